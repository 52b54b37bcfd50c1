import type { ICommandHandler, IHandlerParameters } from "@zowe/imperative";
import { ImperativeError } from "@zowe/imperative";
import { explainQueries } from "../../api/explain/ExplainQueries";
import { anyExplanationTitle, renderAnyExplanation } from "../shared/ExplanationText";
import { maskedRefusal } from "../shared/withUserInput";
import { guardOutput } from "../shared/guardOutput";

/**
 * `zowe http-status explain <codes...>`: explain each argument (a status, a message ID, an error code); one object
 * for one explanation, an array for several; then one line per argument that could not be explained, and exit 1.
 */
export default class ExplainHandler implements ICommandHandler {
    public async process(params: IHandlerParameters): Promise<void> {
        guardOutput();
        const { explanations, refused } = explainQueries(([] as unknown[]).concat(params.arguments.codes ?? []).map(String));
        const refusals = refused.map((refusal) => maskedRefusal(refusal.message));
        if (explanations.length === 0) {
            throw new ImperativeError({ msg: refusals.join("\n") });
        }
        params.response.data.setObj(explanations.length === 1 ? explanations[0] : explanations);
        params.response.data.setMessage(explanations.map(anyExplanationTitle).join("; "));
        params.response.console.log(explanations.map(renderAnyExplanation).join("\n\n" + "-".repeat(76) + "\n\n"));
        if (refusals.length > 0) {
            params.response.console.error(refusals.join("\n"));
            params.response.data.setExitCode(1);
        }
    }
}
