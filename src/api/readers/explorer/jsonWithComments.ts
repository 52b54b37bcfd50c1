/** Settings files larger than this are not read: a user settings.json is a few kilobytes. */
const MAX_SETTINGS_BYTES = 4 * 1024 * 1024;

/**
 * Parse JSON with comments and trailing commas, as VS Code writes settings.json: `//` and `/* *\/` comments and a
 * comma before `}` or `]` are dropped outside strings, then the text is parsed as JSON. One pass, linear in the
 * text; texts over 4 MB are refused.
 * @param text - the file's text
 * @returns the value, or undefined when the text is not JSON even so (or is too large)
 */
export function parseJsonWithComments(text: string): unknown {
    if (text.length > MAX_SETTINGS_BYTES) {
        return undefined;
    }
    let out = "";
    let pendingComma = "";
    let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (index < text.length) {
        const char = text[index];
        const next = text[index + 1];
        if (char === "\"") {
            // A string, copied whole: its escapes may hold anything, including // and commas.
            let end = index + 1;
            while (end < text.length && text[end] !== "\"") {
                end += text[end] === "\\" ? 2 : 1;
            }
            out += pendingComma + text.slice(index, end + 1);
            pendingComma = "";
            index = end + 1;
        } else if (char === "/" && next === "/") {
            const end = text.indexOf("\n", index);
            index = end < 0 ? text.length : end;
        } else if (char === "/" && next === "*") {
            const end = text.indexOf("*/", index + 2);
            index = end < 0 ? text.length : end + 2;
        } else if (char === ",") {
            out += pendingComma;
            pendingComma = ",";
            index++;
        } else if (char === "}" || char === "]") {
            // A comma just before a closing bracket is a trailing comma: dropped.
            pendingComma = "";
            out += char;
            index++;
        } else if (/\s/.test(char)) {
            out += char;
            index++;
        } else {
            out += pendingComma + char;
            pendingComma = "";
            index++;
        }
    }
    try {
        return JSON.parse(out + pendingComma);
    } catch {
        return undefined;
    }
}
