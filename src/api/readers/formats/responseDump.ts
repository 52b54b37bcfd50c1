import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import { errorFieldsOf } from "../ImperativeLogReader";
import { toFailedCall } from "../RestErrorRecord";

/** The start of a failed command's response as util.inspect prints it (keys unquoted), after anything on its line. */
const DUMP_START = /(?:\[[ \t]{0,8}\n?[ \t]{0,8})?\{\s{0,16}success: false,/;

/**
 * The dump of a failed command's response that imperative.log holds, pasted without the log's event lines:
 * `[ { success: false, exitCode: 1, message: '…', error: { msg: '…', causeErrors: …, … } } ]`.
 */
export const RESPONSE_DUMP: IEvidenceFormat = {
    id: "zowe-cli-response-dump",
    label: "a Zowe CLI response dump (from imperative.log)",
    detect: (text) => (DUMP_START.test(text) ? 0.8 : 0),
    read: (text, context) => {
        const start = DUMP_START.exec(text)?.index ?? 0;
        const fields = errorFieldsOf(text.slice(start));
        const call = fields == null ? undefined : toFailedCall(fields, {
            time: null, command: null, includePayload: context.includePayload, partial: true,
            evidence: { kind: "imperative-log", file: context.name, format: { id: RESPONSE_DUMP.id, label: RESPONSE_DUMP.label } }
        });
        return call == null ? [] : [{ call, environmentValues: [] }];
    }
};
