import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import { readErrorBlock } from "../shared/readErrorBlock";
import { splitBlocks } from "../shared/splitBlocks";

/** The openings of Zowe Explorer's error notifications, of VS Code's wrapper around them, and of its login messages. */
const OPENING = /(?:Retrieving response from [\w.-]{1,80} Error:|Error running command [\w.-]{1,80}:|Error encountered when [^\n]{0,80}!|Unable to log in)/i;

/** What the Troubleshoot view's "Copy details" button puts on the clipboard (Zowe Explorer 3.1 and later). */
const COPIED_DETAILS = /^Error details:\n[\s\S]{0,65536}?\nStack trace:/m;

/** Which Zowe Explorer writes a notification: 3.x puts `(Error Code N)`, 2.x joins lines with ` | `. */
function explorerVersions(block: string): string | undefined {
    return COPIED_DETAILS.test(block) ? "Zowe Explorer 3.1 or later (Troubleshoot, Copy details)" :
        /\(Error Code \d{3}\)/i.test(block) ? "Zowe Explorer 3.x" : / \| /.test(block) ? "Zowe Explorer 2.x" :
            /Retrieving response from/i.test(block) ? "Zowe Explorer 1.x or 2.x" : undefined;
}

/**
 * The error notifications Zowe Explorer shows (and users copy): `Retrieving response from zowe.List Error: …` (1.x,
 * lines kept), ` | `-joined lines (2.x), `… (Error Code 401) …` with the details inline (3.x), VS Code's `Error
 * running command …` wrapper, the login messages, and what the Troubleshoot view's "Copy details" copies (3.1+).
 * Their facts are read as from Zowe CLI text, with the lines that Explorer 2 joined split again.
 */
export const EXPLORER_NOTIFICATION: IEvidenceFormat = {
    id: "zowe-explorer-notification",
    label: "Zowe Explorer notification",
    detect: (text) => (OPENING.test(text) || COPIED_DETAILS.test(text) || /\(Error Code \d{3}\)/i.test(text) ? 0.9 :
        / \| /.test(text) && /REST API Error:|Rest API failure/i.test(text) ? 0.85 : 0),
    read: (text, context) => splitBlocks(text, OPENING).reverse().slice(0, context.limit).map((block) => ({
        call: readErrorBlock(block.replace(/ \| ?/g, "\n"), {
            format: { id: EXPLORER_NOTIFICATION.id, label: EXPLORER_NOTIFICATION.label, versions: explorerVersions(block) },
            kind: "explorer-text", client: "zowe-explorer", replyIsText: true
        }, context.name, context.includePayload),
        environmentValues: []
    }))
};
