import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import { readLogText } from "../ImperativeLogReader";

const EVENT_HEAD = /^\[\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\.\d{3}\] \[[A-Z]{4,5}\] /m;

/**
 * Zowe CLI's imperative.log, of any version (v1 and v2 under `imperative/logs`, v3 under `logs`), whole or an excerpt
 * a user pasted: the events of a failed command, from `Handler for command "…" failed.` to the dump of its response.
 */
export const CLI_LOG: IEvidenceFormat = {
    id: "zowe-cli-log",
    label: "Zowe CLI log (imperative.log)",
    detect: (text) => (!EVENT_HEAD.test(text) ? 0 : /Handler for command "|Error in command /.test(text) ? 0.95 : 0.4),
    read: (text, context) => readLogText(text, context.name, { limit: context.limit, includePayload: context.includePayload }).failures
        .map((failure) => ({
            ...failure,
            call: { ...failure.call, evidence: { ...failure.call.evidence, format: { id: CLI_LOG.id, label: CLI_LOG.label } } }
        }))
};
