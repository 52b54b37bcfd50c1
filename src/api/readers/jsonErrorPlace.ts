/** Where a text that is not valid JSON goes wrong, 1-based, as an editor shows it. */
export interface IJsonErrorPlace {
    line: number;
    column: number;
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})/y;

/** The offset just after the string that starts at `start`, or the offset of its fault as a negative number minus one. */
function stringEnd(text: string, start: number): number {
    let at = start + 1;
    while (at < text.length) {
        const char = text.charCodeAt(at);
        if (char === 0x22) {
            return at + 1;
        }
        if (char === 0x5c) {
            ESCAPE.lastIndex = at;
            if (!ESCAPE.test(text)) {
                return -at - 1;
            }
            at = ESCAPE.lastIndex;
        } else if (char < 0x20) {
            return -at - 1;
        } else {
            at++;
        }
    }
    return -at - 1;
}

/** The offset of the first fault in a text that JSON.parse refused, or -1 when none is found. */
function faultOffset(text: string): number {
    const closers: string[] = [];
    let state = "value" as "value" | "first-value" | "key" | "first-key" | "colon" | "after";
    let at = 0;
    for (;;) {
        while (at < text.length && " \t\n\r".includes(text[at])) {
            at++;
        }
        if (at >= text.length) {
            return state === "after" && closers.length === 0 ? -1 : at;
        }
        const char = text[at];
        if ((state === "first-value" && char === "]") || (state === "first-key" && char === "}") ||
            (state === "after" && closers.length > 0 && char === closers[closers.length - 1])) {
            closers.pop();
            at++;
            state = "after";
        } else if (state === "after") {
            if (closers.length === 0 || char !== ",") {
                return at;
            }
            at++;
            state = closers[closers.length - 1] === "}" ? "key" : "value";
        } else if (state === "colon") {
            if (char !== ":") {
                return at;
            }
            at++;
            state = "value";
        } else if (char === "\"") {
            const end = stringEnd(text, at);
            if (end < 0) {
                return -end - 1;
            }
            at = end;
            state = state === "key" || state === "first-key" ? "colon" : "after";
        } else if (state === "key" || state === "first-key") {
            return at;
        } else if (char === "{" || char === "[") {
            closers.push(char === "{" ? "}" : "]");
            at++;
            state = char === "{" ? "first-key" : "first-value";
        } else {
            LITERAL.lastIndex = at;
            if (!LITERAL.test(text)) {
                return at;
            }
            at = LITERAL.lastIndex;
            state = "after";
        }
    }
}

/**
 * Where a text that JSON.parse refused goes wrong. V8's own message quotes the input around that place, and the
 * input may hold a password: a refusal names the line and column instead.
 * @returns the place, or undefined when no fault is found
 */
export function jsonErrorPlace(text: string): IJsonErrorPlace | undefined {
    const offset = faultOffset(text);
    if (offset < 0) {
        return undefined;
    }
    const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
    let line = 1;
    for (let at = text.indexOf("\n"); at >= 0 && at < offset; at = text.indexOf("\n", at + 1)) {
        line++;
    }
    return { line, column: offset - lineStart + 1 };
}
