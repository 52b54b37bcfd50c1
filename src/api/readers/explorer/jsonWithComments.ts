/** Settings files larger than this are not read: a user settings.json is a few kilobytes. */
const MAX_SETTINGS_BYTES = 4 * 1024 * 1024;

/** Blank a range of a text: spaces, with its line breaks kept, so that every later offset, line and column stays put. */
function blank(text: string): string {
    return text.replace(/[^\r\n]/g, " ");
}

/**
 * Turn JSON with comments and trailing commas (as VS Code's settings.json and Zowe's team config are written) into
 * plain JSON of the same shape on the page: `//` and `/* *\/` comments and a comma before `}` or `]` become spaces
 * outside strings, line breaks stay, so a line and column found in the result are those of the original (a leading
 * byte-order mark is dropped, as editors do not show it). One pass, linear in the text.
 * @param text - the file's text
 * @returns JSON text, for JSON.parse and for jsonErrorPlace
 */
export function blankJsonComments(text: string): string {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let out = "";
    let copiedTo = 0;
    let pendingComma = -1;
    const blankRange = (start: number, end: number): void => {
        out += source.slice(copiedTo, start) + blank(source.slice(start, end));
        copiedTo = end;
    };
    let index = 0;
    while (index < source.length) {
        const char = source[index];
        const next = source[index + 1];
        if (char === "\"") {
            // A string, skipped whole: its escapes may hold anything, including // and commas.
            let end = index + 1;
            while (end < source.length && source[end] !== "\"") {
                end += source[end] === "\\" ? 2 : 1;
            }
            pendingComma = -1;
            index = end + 1;
        } else if (char === "/" && (next === "/" || next === "*")) {
            const close = next === "/" ? source.indexOf("\n", index) : source.indexOf("*/", index + 2);
            const end = close < 0 ? source.length : next === "/" ? close : close + 2;
            blankRange(index, end);
            index = end;
        } else if (char === "}" || char === "]") {
            // A comma just before a closing bracket is a trailing comma: blanked.
            if (pendingComma >= 0) {
                blankRange(pendingComma, pendingComma + 1);
            }
            pendingComma = -1;
            index++;
        } else {
            if (char === ",") {
                pendingComma = index;
            } else if (char !== " " && char !== "\t" && char !== "\n" && char !== "\r") {
                pendingComma = -1;
            }
            index++;
        }
    }
    return out + source.slice(copiedTo);
}

/**
 * Parse JSON with comments and trailing commas, as VS Code writes settings.json (see blankJsonComments). Texts over
 * 4 MB are refused.
 * @param text - the file's text
 * @returns the value, or undefined when the text is not JSON even so (or is too large)
 */
export function parseJsonWithComments(text: string): unknown {
    if (text.length > MAX_SETTINGS_BYTES) {
        return undefined;
    }
    try {
        return JSON.parse(blankJsonComments(text));
    } catch {
        return undefined;
    }
}
