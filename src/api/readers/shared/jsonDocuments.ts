/**
 * The JSON objects a text holds, also when they stand among other output, or when a terminal broke a line inside a
 * string (a raw line break there is not valid JSON: it is taken out, as the wrap put it in).
 */

/** Where the object that opens at `start` closes (its matching brace, outside strings), or -1. */
function objectEnd(text: string, start: number): number {
    let depth = 0;
    let inString = false;
    for (let index = start; index < text.length; index++) {
        const char = text.charAt(index);
        if (inString) {
            if (char === "\\") {
                index++;
            } else if (char === "\"") {
                inString = false;
            }
        } else if (char === "\"") {
            inString = true;
        } else if (char === "{") {
            depth++;
        } else if (char === "}" && --depth === 0) {
            return index;
        }
    }
    return -1;
}

/** Take out the raw line breaks (and the indentation after them) that stand inside strings. */
function joinBrokenStrings(json: string): string {
    const parts: string[] = [];
    let inString = false;
    let from = 0;
    for (let index = 0; index < json.length; index++) {
        const char = json.charAt(index);
        if (inString && char === "\\") {
            index++;
        } else if (char === "\"") {
            inString = !inString;
        } else if (inString && (char === "\n" || char === "\r")) {
            parts.push(json.slice(from, index));
            while (index + 1 < json.length && /[\r\n ]/.test(json.charAt(index + 1))) {
                index++;
            }
            from = index + 1;
        }
    }
    parts.push(json.slice(from));
    return parts.join("");
}

/** The value of a JSON text, or undefined when it is not JSON. */
function parseJson(text: string): unknown {
    try {
        return JSON.parse(text) as unknown;
    } catch {
        return undefined;
    }
}

/**
 * The top-level JSON objects of a text, in order. A text whose objects cannot be parsed gives none of them.
 * @param text - cleaned evidence
 * @param limit - how many objects to look at, at most
 */
export function jsonDocuments(text: string, limit = 16): unknown[] {
    // A text that is one JSON object as saved (the common case: a --rfj file) is parsed natively, without the walk
    // over every character that finds where objects end among other output.
    const trimmed = text.trim();
    if (limit > 0 && trimmed.startsWith("{") && trimmed.endsWith("}")) {
        const whole = parseJson(trimmed);
        if (whole !== undefined && whole !== null && typeof whole === "object" && !Array.isArray(whole)) {
            return [whole];
        }
    }
    const documents: unknown[] = [];
    let from = 0;
    while (documents.length < limit) {
        const start = text.indexOf("{", from);
        if (start < 0) {
            break;
        }
        const end = objectEnd(text, start);
        if (end < 0) {
            break;
        }
        const candidate = text.slice(start, end + 1);
        const parsed = parseJson(candidate) ?? parseJson(joinBrokenStrings(candidate));
        if (parsed !== undefined) {
            documents.push(parsed);
        }
        from = end + 1;
    }
    return documents;
}
