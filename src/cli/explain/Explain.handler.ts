import type { ICommandHandler, IHandlerParameters } from "@zowe/imperative";
import { explainStatusQueries } from "../../api/explain/StatusCatalogue";
import { explanationTitle, renderBriefExplanation, renderExplanation } from "../shared/ExplanationText";
import { withUserInput } from "../shared/withUserInput";
import { guardOutput } from "../shared/guardOutput";
import { loadSiteForCommand } from "../shared/loadSiteForCommand";
import { matchSiteKnowledge, siteFactsOfStatus } from "../../api/site/matchSiteKnowledge";

/**
 * `zowe http-status explain <codes...>`: explain each argument, the site's matching advice first; one object for one
 * code, an array for several.
 */
export default class ExplainHandler implements ICommandHandler {
    public async process(params: IHandlerParameters): Promise<void> {
        guardOutput();
        const queries = ([] as unknown[]).concat(params.arguments.codes ?? []).map(String);
        // The input is checked before the site files are read: a refusal comes alone, without their warnings.
        const found = withUserInput(() => explainStatusQueries(queries));
        const site = loadSiteForCommand(params).entries;
        const explanations = found.map((explanation) => ({ ...explanation, site: matchSiteKnowledge(siteFactsOfStatus(explanation.code), site) }));
        params.response.data.setObj(explanations.length === 1 ? explanations[0] : explanations);
        params.response.data.setMessage(explanations.map(explanationTitle).join("; "));
        params.response.console.log(params.arguments.brief === true ? explanations.map(renderBriefExplanation).join("\n\n") :
            explanations.map(renderExplanation).join("\n\n" + "-".repeat(76) + "\n\n"));
    }
}
