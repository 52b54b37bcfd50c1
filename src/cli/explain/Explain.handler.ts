import type { ICommandHandler, IHandlerParameters } from "@zowe/imperative";
import { ImperativeError } from "@zowe/imperative";
import { explainQueries, isKnowledgeExplanation } from "../../api/explain/ExplainQueries";
import { anyExplanationTitle, renderAnyBriefExplanation, renderAnyExplanation } from "../shared/ExplanationText";
import { maskedRefusal } from "../shared/withUserInput";
import { guardOutput } from "../shared/guardOutput";
import { loadSiteForCommand } from "../shared/loadSiteForCommand";
import { matchSiteKnowledge, siteFactsOfKnowledge, siteFactsOfStatus } from "../../api/site/matchSiteKnowledge";

/**
 * `zowe http-status explain <codes...>`: explain each argument (a status, a message ID, an error code), the site's
 * matching advice first; one object for one explanation, an array for several; then one line per argument that could
 * not be explained, and exit 1.
 */
export default class ExplainHandler implements ICommandHandler {
    public async process(params: IHandlerParameters): Promise<void> {
        guardOutput();
        const { explanations: found, refused } = explainQueries(([] as unknown[]).concat(params.arguments.codes ?? []).map(String));
        const refusals = refused.map((refusal) => maskedRefusal(refusal.message));
        // The input is checked before the site files are read: a refusal of everything comes alone, without their warnings.
        if (found.length === 0) {
            throw new ImperativeError({ msg: refusals.join("\n") });
        }
        const site = loadSiteForCommand(params).entries;
        const explanations = found.map((explanation) => ({ ...explanation, site: matchSiteKnowledge(
            isKnowledgeExplanation(explanation) ? siteFactsOfKnowledge(explanation) : siteFactsOfStatus(explanation.code), site) }));
        params.response.data.setObj(explanations.length === 1 ? explanations[0] : explanations);
        params.response.data.setMessage(explanations.map(anyExplanationTitle).join("; "));
        params.response.console.log(params.arguments.brief === true ? explanations.map(renderAnyBriefExplanation).join("\n\n") :
            explanations.map(renderAnyExplanation).join("\n\n" + "-".repeat(76) + "\n\n"));
        if (refusals.length > 0) {
            params.response.console.error(refusals.join("\n"));
            params.response.data.setExitCode(1);
        }
    }
}
