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
 * The line and column (1-based, as an editor shows them) of an offset in a text.
 * @param text - the text
 * @param offset - a 0-based offset into it
 */
export function placeOf(text: string, offset: number): IJsonErrorPlace {
    const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
    let line = 1;
    for (let at = text.indexOf("\n"); at >= 0 && at < offset; at = text.indexOf("\n", at + 1)) {
        line++;
    }
    return { line, column: offset - lineStart + 1 };
}

/**
 * Where a text that JSON.parse refused goes wrong. V8's own message quotes the input around that place, and the
 * input may hold a password: a refusal names the line and column instead.
 * @returns the place, or undefined when no fault is found
 */
export function jsonErrorPlace(text: string): IJsonErrorPlace | undefined {
    const offset = faultOffset(text);
    return offset < 0 ? undefined : placeOf(text, offset);
}

/** Where the values and member names of a JSON text start, by JSON Pointer (RFC 6901): `/entries/0/when/status`. */
export interface IJsonPlaces {
    /** The offset of each value (the root's pointer is ""). */
    values: Map<string, number>;
    /** The offset of the name of each object member, by the member's pointer. */
    names: Map<string, number>;
}

/** One open object or array while scanning: its pointer, and the member or item being read. */
interface IOpenContainer {
    pointer: string;
    array: boolean;
    index: number;
    name: string;
}

/**
 * Where each value and member name of a valid JSON text starts, so that a check of its content can name the line
 * and column of what it refuses. One pass, linear in the text; the text must be valid JSON (JSON.parse took it).
 * @param text - valid JSON
 * @returns the offsets by JSON Pointer
 */
export function jsonPlaces(text: string): IJsonPlaces {
    const places: IJsonPlaces = { values: new Map(), names: new Map() };
    const open: IOpenContainer[] = [];
    const pointerHere = (): string => {
        const inner = open[open.length - 1];
        return inner == null ? "" : `${inner.pointer}/${inner.array ? inner.index : inner.name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    };
    let expectName = false;
    let at = 0;
    while (at < text.length) {
        const char = text[at];
        if (char === "," || char === "}" || char === "]" || char === ":" || " \t\n\r".includes(char)) {
            const inner = open[open.length - 1];
            if (char === "," && inner != null) {
                inner.index++;
                expectName = !inner.array;
            } else if (char === "}" || char === "]") {
                open.pop();
                expectName = false;
            }
            at++;
        } else if (char === "\"" && expectName) {
            const end = stringEnd(text, at);
            open[open.length - 1].name = JSON.parse(text.slice(at, end));
            places.names.set(pointerHere(), at);
            expectName = false;
            at = end;
        } else {
            places.values.set(pointerHere(), at);
            if (char === "{" || char === "[") {
                open.push({ pointer: pointerHere(), array: char === "[", index: 0, name: "" });
                expectName = char === "{";
                at++;
            } else if (char === "\"") {
                at = stringEnd(text, at);
            } else {
                LITERAL.lastIndex = at;
                at = LITERAL.test(text) ? LITERAL.lastIndex : at + 1;
            }
        }
    }
    return places;
}
