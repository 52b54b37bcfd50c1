import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import { readErrorBlock } from "../shared/readErrorBlock";
import { splitBlocks } from "../shared/splitBlocks";

const COMMAND_ERROR = /^[ \t]{0,8}Command Error:/im;
const PREFIXES = /(?:z\/OSMF|CICS CMCI|MQ|Zowe REST Operations) REST API Error:|IMS Operations API Error:|DB2 ODBC Driver Error:|http\(s\) request error event called/i;

/**
 * The error text Zowe CLI v1 (6.x) and v2 (7.x) print: `Command Error:`, the message (`z/OSMF REST API Error:`, `Rest
 * API failure with HTTP(S) status N` and the reply, or `http(s) request error event called` and the Node error), then
 * `Error Details:` with the 11-column labels (`Protocol:` since 6.27; a 401 puts the labels before the details).
 */
export const CLI_TEXT_V1_V2: IEvidenceFormat = {
    id: "zowe-cli-v1-v2-text",
    label: "Zowe CLI v1/v2 error text",
    detect: (text) => (COMMAND_ERROR.test(text) ? 0.85 : /^[ \t]{0,8}Error Details:/im.test(text) && PREFIXES.test(text) ? 0.75 :
        PREFIXES.test(text) ? 0.6 : 0),
    read: (text, context) => splitBlocks(text, COMMAND_ERROR).reverse().slice(0, context.limit).map((block) => ({
        call: readErrorBlock(block, {
            format: {
                id: CLI_TEXT_V1_V2.id, label: CLI_TEXT_V1_V2.label,
                versions: /^[ \t]{0,8}Protocol:/m.test(block) ? "Zowe CLI 6.27 or later, or 7.x" : "Zowe CLI 6.x or 7.x"
            },
            kind: "stderr-text", client: "zowe-cli"
        }, context.name, context.includePayload),
        environmentValues: []
    }))
};
