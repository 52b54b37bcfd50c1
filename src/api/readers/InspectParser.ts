/**
 * A tolerant reader of Node's `util.inspect` output, which is how Zowe CLI logs a failed command's response
 * (`[ { success: false, ..., error: { msg: '...', causeErrors: ..., ... } } ]` in imperative.log).
 *
 * It reads values, never runs them: strings in any of the three quote styles, joined with `' +` across lines,
 * numbers, booleans, null and undefined, objects and arrays in one-line or multi-line layout, Error values printed
 * as their stack with own properties, and the placeholders util.inspect writes for what it did not expand
 * (`<Buffer ...>`, `[Object]`, `[Circular *1]`, `... 5 more items`, `'...'... 900 more characters`).
 * Whatever it cannot read becomes `undefined`, and parsing goes on with the next property.
 */

/** An Error as util.inspect printed it. */
export interface IInspectedError {
    /** Marks the value as an Error in a parsed tree. */
    inspectedError: true;
    /** The error's class name, e.g. `Error`, `ImperativeError`. */
    name: string;
    /** The message: the stack's first lines, before the `at` frames. */
    message: string;
    /** The own properties printed after the stack (`code`, `errno`, `mDetails`, ...). */
    props: Record<string, InspectValue>;
}

/** A value read from util.inspect output. */
export type InspectValue =
    | string | number | boolean | null | undefined | IInspectedError | InspectValue[] | { [key: string]: InspectValue };

/** True when a parsed value is an Error. */
export function isInspectedError(value: InspectValue): value is IInspectedError {
    return typeof value === "object" && value != null && !Array.isArray(value) && (value as IInspectedError).inspectedError === true;
}

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", v: "\v", 0: "\0" };
const IDENTIFIER = /[A-Za-z_$][\w$-]*/y;
const NUMBER = /-?(?:\d+(?:\.\d+)?(?:e[+-]?\d+)?n?|Infinity|NaN)/y;
/** An Error's first line: its name and code, then `: message`, or nothing when the message is empty (frames follow). */
const ERROR_START = /((?:[A-Z][A-Za-z]*)?Error)(?: \[[A-Z_]+\])?(?:: |(?=\r?\n {1,64}at ))/y;
/** A stack frame line, `\n    at …`, found by the frame search. */
const FRAME_LINE = /\n( {0,256})at /g;
/** How far ahead an Error's first stack frame is looked for: no message a REST error carries comes near it. */
const MAX_MESSAGE_LENGTH = 65536;
/** Nesting deeper than this is read as undefined: a hostile log cannot exhaust the stack. */
const MAX_DEPTH = 64;

/** Parses one util.inspect text. Create one per text. */
export class InspectParser {
    private pos = 0;
    /** For each indentation: the first frame line at or after `from` indented deeper than it (Infinity: none). */
    private readonly frames = new Map<number, { from: number; at: number }>();

    constructor(private readonly text: string) {}

    /**
     * Parse the whole text as one value.
     * @returns the value, or undefined when the text does not start with one
     */
    public parse(): InspectValue {
        this.skipSpace();
        return this.value(0);
    }

    private peek(offset = 0): string {
        return this.text.charAt(this.pos + offset);
    }

    private skipSpace(): void {
        while (this.pos < this.text.length && /\s/.test(this.text.charAt(this.pos))) {
            this.pos++;
        }
    }

    private sticky(pattern: RegExp): string | undefined {
        pattern.lastIndex = this.pos;
        const match = pattern.exec(this.text);
        if (match == null) {
            return undefined;
        }
        this.pos += match[0].length;
        return match[0];
    }

    /** The indentation of the line the parser is on. */
    private lineIndent(at: number = this.pos): number {
        const lineStart = this.text.lastIndexOf("\n", at - 1) + 1;
        let indent = 0;
        while (this.text.charAt(lineStart + indent) === " ") {
            indent++;
        }
        return indent;
    }

    private value(depth: number): InspectValue {
        if (depth > MAX_DEPTH || this.pos >= this.text.length) {
            return undefined;
        }
        const char = this.peek();
        if (char === "'" || char === "\"" || char === "`") {
            return this.stringValue();
        }
        if (char === "{") {
            return this.objectValue(depth);
        }
        if (char === "[") {
            return this.bracketValue(depth);
        }
        if (char === "<") {
            return this.angleValue(depth);
        }
        ERROR_START.lastIndex = this.pos;
        if (ERROR_START.test(this.text)) {
            return this.errorValue(depth);
        }
        const number = this.sticky(NUMBER);
        if (number != null) {
            return number.endsWith("n") ? Number(number.slice(0, -1)) : Number(number);
        }
        const word = this.sticky(IDENTIFIER);
        if (word == null) {
            this.pos++;
            return undefined;
        }
        switch (word) {
            case "true": return true;
            case "false": return false;
            case "null": return null;
            case "undefined": return undefined;
        }
        // A class-prefixed object or array: `Foo {`, `Map(1) {`, `[Object: null prototype] {`.
        this.sticky(/\(\d+\)/y);
        this.skipInline();
        if (this.peek() === "{" || this.peek() === "[") {
            return this.value(depth + 1);
        }
        return word;
    }

    private skipInline(): void {
        while (this.peek() === " ") {
            this.pos++;
        }
    }

    /** One quoted string, or several joined with `+` across lines; a `... N more characters` tail is dropped. */
    private stringValue(): string {
        let result = this.quoted();
        for (;;) {
            const save = this.pos;
            this.skipSpace();
            if (this.peek() === "+") {
                this.pos++;
                this.skipSpace();
                const next = this.peek();
                if (next === "'" || next === "\"" || next === "`") {
                    result += this.quoted();
                    continue;
                }
            }
            this.pos = save;
            break;
        }
        this.sticky(/\.\.\. \d+ more characters?/y);
        return result;
    }

    private quoted(): string {
        const quote = this.peek();
        this.pos++;
        let out = "";
        while (this.pos < this.text.length) {
            const char = this.text.charAt(this.pos++);
            if (char === quote) {
                return out;
            }
            if (char !== "\\") {
                out += char;
                continue;
            }
            const escaped = this.text.charAt(this.pos++);
            if (escaped === "x" || escaped === "u") {
                const hex = escaped === "x" ? this.text.substr(this.pos, 2) : this.text.substr(this.pos, 4);
                if (/^[0-9a-fA-F]+$/.test(hex)) {
                    out += String.fromCharCode(parseInt(hex, 16));
                    this.pos += hex.length;
                    continue;
                }
            }
            out += ESCAPES[escaped] ?? escaped;
        }
        return out;
    }

    private key(): string | undefined {
        const char = this.peek();
        if (char === "'" || char === "\"" || char === "`") {
            return this.quoted();
        }
        if (char === "[") {
            // [Symbol(name)] keys
            const end = this.text.indexOf("]", this.pos);
            const key = end < 0 ? undefined : this.text.slice(this.pos, end + 1);
            this.pos = end < 0 ? this.text.length : end + 1;
            return key;
        }
        return this.sticky(IDENTIFIER);
    }

    private objectValue(depth: number): { [key: string]: InspectValue } {
        const result: { [key: string]: InspectValue } = {};
        this.pos++;
        for (;;) {
            this.skipSpace();
            const char = this.peek();
            if (char === "}" || char === "") {
                this.pos++;
                return result;
            }
            if (char === ",") {
                this.pos++;
                continue;
            }
            if (this.sticky(/\.\.\. \d+ more (?:items?|properties)/y) != null) {
                continue;
            }
            const start = this.pos;
            const key = this.key();
            this.skipInline();
            if (key == null || this.peek() !== ":") {
                this.skipToNextEntry(start);
                continue;
            }
            this.pos++;
            // Node before 12 put a long value on the line after its key (`message:\n     'z/OSMF …'`).
            this.skipSpace();
            result[key] = this.value(depth + 1);
        }
    }

    /** After something unreadable, go on at the next `,` or line, so one odd value does not lose the rest. */
    private skipToNextEntry(start: number): void {
        const newline = this.text.indexOf("\n", start + 1);
        this.pos = newline < 0 ? this.text.length : newline;
    }

    private bracketValue(depth: number): InspectValue {
        // Placeholders: [Object], [Array], [Circular *1], [Function: x], [Getter], [class X], [Object: null prototype] {...}
        const placeholder = /\[(?:Object|Array|[A-Za-z]{0,32}Error|Circular \*\d+|Function(?:: [^\]]*)?|Getter(?:\/Setter)?|Setter|class [^\]]*|AsyncFunction[^\]]*)\]/y;
        if (this.sticky(placeholder) != null) {
            return undefined;
        }
        if (this.sticky(/\[Object: null prototype\] ?/y) != null) {
            return this.value(depth + 1);
        }
        // [Error: message] when the error has no stack
        const shortError = /\[((?:[A-Z][A-Za-z]*)?Error): ([^\]\n]*)\]/y;
        shortError.lastIndex = this.pos;
        const shortMatch = shortError.exec(this.text);
        if (shortMatch != null) {
            this.pos += shortMatch[0].length;
            return { inspectedError: true, name: shortMatch[1], message: shortMatch[2], props: {} };
        }
        const result: InspectValue[] = [];
        this.pos++;
        for (;;) {
            this.skipSpace();
            const char = this.peek();
            if (char === "]" || char === "") {
                this.pos++;
                return result;
            }
            if (char === ",") {
                this.pos++;
                continue;
            }
            if (this.sticky(/\.\.\. \d+ more items?/y) != null || this.sticky(/<\d+ empty items?>/y) != null) {
                continue;
            }
            const before = this.pos;
            result.push(this.value(depth + 1));
            if (this.pos === before) {
                this.pos++;
            }
        }
    }

    /** `<Buffer 55 6e ...>`, `<ref *1> {...}`, `<Inspection threw ...>`. */
    private angleValue(depth: number): InspectValue {
        if (this.sticky(/<ref \*\d+> ?/y) != null) {
            return this.value(depth + 1);
        }
        const end = this.text.indexOf(">", this.pos);
        this.pos = end < 0 ? this.text.length : end + 1;
        return undefined;
    }

    /**
     * An Error: its stack (message lines, then `at` frames), then, when it has own properties, ` {` and the
     * properties. util.inspect indents every line after the first by the Error's own indentation, so the message's
     * later lines stand at that indentation and the frames deeper: every line before the first frame is the
     * message's, blank ones included. After the frames, it ends at the first line that is not indented deeper than
     * the line it started on.
     */
    private errorValue(depth: number): IInspectedError {
        const baseIndent = this.lineIndent();
        ERROR_START.lastIndex = this.pos;
        const head = ERROR_START.exec(this.text) as RegExpExecArray;
        const name = head[1];
        this.pos += head[0].length;
        const framesAt = this.firstFrame(baseIndent);
        const messageLines: string[] = [];
        let inFrames = false;
        let props: Record<string, InspectValue> = {};
        for (let first = true; this.pos < this.text.length; first = false) {
            const newline = this.text.indexOf("\n", this.pos);
            const lineEnd = newline < 0 ? this.text.length : newline;
            const line = this.text.slice(this.pos, lineEnd);
            const trimmed = line.trim();
            const inMessage: boolean = !inFrames && this.pos <= framesAt;
            const indent = this.lineIndent(this.pos);
            if (!first && (inMessage ? trimmed.length > 0 && indent < baseIndent : trimmed.length === 0 || indent <= baseIndent)) {
                // The line belongs to the parent: leave the newline for the caller.
                this.pos--;
                break;
            }
            inFrames = inFrames || (!inMessage && trimmed.startsWith("at "));
            if (line.endsWith(" {") && (inFrames || first)) {
                if (!inFrames) {
                    messageLines.push(line.slice(0, -2).trim());
                }
                this.pos += line.length - 1;
                props = this.objectValue(depth + 1);
                break;
            }
            if (!inFrames) {
                messageLines.push(first ? line.replace(/,$/, "") : line.slice(Math.min(indent, baseIndent)).replace(/,$/, ""));
            }
            if (!inMessage && line.endsWith(",") && this.nextLineIndent(lineEnd) <= baseIndent) {
                this.pos += line.length - 1;
                break;
            }
            this.pos = lineEnd + 1;
        }
        return { inspectedError: true, name, message: messageLines.join("\n").trim(), props };
    }

    /**
     * Where the first stack frame of an Error that starts at the current position begins (the newline before it):
     * the first `at` line indented deeper than the Error's own line, within MAX_MESSAGE_LENGTH; -1 when there is
     * none (a stack without frames), and then only deeper lines continue the Error. The answer for each indentation
     * is kept, since the parser only moves forward: a text with many Errors is searched once per indentation.
     */
    private firstFrame(baseIndent: number): number {
        const cached = this.frames.get(baseIndent);
        let at = cached != null && cached.from <= this.pos && cached.at >= this.pos ? cached.at : undefined;
        if (at == null) {
            const frames = new RegExp(FRAME_LINE.source, "g");
            frames.lastIndex = this.pos;
            at = Infinity;
            for (let frame = frames.exec(this.text); frame != null; frame = frames.exec(this.text)) {
                if (frame[1].length > baseIndent) {
                    at = frame.index;
                    break;
                }
            }
            this.frames.set(baseIndent, { from: this.pos, at });
        }
        return at - this.pos <= MAX_MESSAGE_LENGTH ? at : -1;
    }

    private nextLineIndent(lineEnd: number): number {
        return lineEnd >= this.text.length ? 0 : this.lineIndent(lineEnd + 1);
    }
}

/**
 * Parse util.inspect output.
 * @param text - the printed value, e.g. the message of a `CommandYargs` error event
 * @returns the value, or undefined when nothing could be read; never throws
 */
export function parseInspected(text: string): InspectValue {
    try {
        return new InspectParser(text).parse();
    } catch {
        return undefined;
    }
}
