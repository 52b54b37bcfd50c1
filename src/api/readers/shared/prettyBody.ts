/**
 * Zowe prints a JSON response body as aligned `key: value` lines (imperative's TextUtils.prettyJson): `rc:       4`,
 * `details:` with `- item` lines, API ML's `messages:` with `- messageType: ERROR` blocks. Windows and chat tools
 * often join those lines into one. This turns either form back into the JSON the server sent, so that the body
 * decodes like a logged one.
 */

/** The keys of z/OSMF, API ML and MQ error bodies. */
const BODY_KEYS = ["category", "rc", "reason", "return-code", "reason-code", "message", "details", "stack", "messages", "messageType",
    "messageNumber", "messageContent", "messageReason", "messageAction", "messageKey", "msgId", "explanation", "action"];
const MESSAGE_KEYS = new Set(["messageType", "messageNumber", "messageContent", "messageReason", "messageAction", "messageKey"]);
const NUMERIC_KEYS = new Set(["category", "rc", "reason", "return-code", "reason-code"]);
const KEY = new RegExp(`(?<=^|\\s)(?:-\\s{1,8})?(${BODY_KEYS.join("|")}):(?=\\s|$)`, "g");

/**
 * The items of a list written after its key: one per `- ` line; on a joined line, where ` - ` may also stand inside
 * an item's text, the whole rest is one item.
 */
function listItems(value: string): string[] {
    const items = value.includes("\n") ? value.split(/\n[ \t]{0,16}-(?:[ \t]|$)/) : [value];
    return items.map((item) => item.trim().replace(/^-\s/, "").replace(/\s{1,64}/g, " ").trim()).filter((item) => item.length > 0);
}

/**
 * The JSON of a body Zowe printed as `key: value` lines or joined on one line.
 * @param text - the body as printed, from its first key on
 * @returns the body as JSON text, or null when the text does not start with a body key
 */
export function prettyBodyToJson(text: string): string | null {
    const matches = [...text.matchAll(new RegExp(KEY.source, KEY.flags))];
    if (matches.length === 0 || text.slice(0, matches[0].index).trim().length > 0) {
        return null;
    }
    const body: Record<string, unknown> = {};
    const messages: Array<Record<string, string>> = [];
    matches.forEach((match, index) => {
        const key = match[1];
        const start = (match.index ?? 0) + match[0].length;
        const value = text.slice(start, matches[index + 1]?.index ?? text.length).trim();
        if (MESSAGE_KEYS.has(key)) {
            const current = messages[messages.length - 1];
            if (current == null || key in current || /^-/.test(match[0])) {
                messages.push({ [key]: value });
            } else {
                current[key] = value;
            }
        } else if (key === "details") {
            body.details = listItems(value);
        } else if (key !== "messages") {
            body[key] = NUMERIC_KEYS.has(key) && /^-?\d{1,12}$/.test(value) ? Number(value) : value;
        }
    });
    if (messages.length > 0) {
        body.messages = messages;
    }
    return JSON.stringify(body);
}
