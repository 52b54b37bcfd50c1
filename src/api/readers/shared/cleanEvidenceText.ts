import { stripVTControlCharacters } from "util";

/** ANSI colour codes as a Windows console renders them when they are copied: `←[31m`. */
const RENDERED_ANSI = /\u2190\[[0-9;]{0,16}m/g;
/** A Markdown code fence line. */
const FENCE = /^[ \t]{0,3}(?:`{3,}|~{3,})[^\n]{0,64}$/gm;
/** Markdown quote markers at the start of a line (`> `, `>> `). */
const QUOTE = /^[ \t]{0,3}(?:>[ \t]?){1,8}/gm;
/** Markdown bold around words (`**Command Error:**`); runs of stars that mask a value (`*****.example.com`) stay. */
const BOLD = /(?<!\*)\*\*(?=[^*\s])([^*\n]{1,200}?)(?<=[^*\s])\*\*(?!\*)/g;
/** Shell-trace prefixes (`+ zowe …` from `set -x`). */
const TRACE = /^\+{1,4} (?=zowe\b)/gm;

/**
 * Markdown emphasis around a line: `*…*` when it wraps the whole line, and `_` where it opens a line or closes one (an
 * italic span often runs over several lines). A `*` at one end only stays: it ends patterns such as `HLQ.*`.
 */
function unwrapEmphasis(line: string): string {
    const starred = /^([ \t]{0,8})\*{1,2}(?=\S)(.*\S)\*{1,2}$/.exec(line);
    const unstarred = starred == null ? line : `${starred[1]}${starred[2]}`;
    return unstarred.replace(/^([ \t]{0,8})_(?=[A-Za-z0-9])/, "$1").replace(/(?<=\S)_$/, "");
}

/** True when nearly every line is followed by a blank line: a paste double-spaced by a chat window or editor. */
function isDoubleSpaced(lines: string[]): boolean {
    const content = lines.filter((line) => line.trim().length > 0).length;
    let followedByBlank = 0;
    for (let index = 0; index + 1 < lines.length; index++) {
        if (lines[index].trim().length > 0 && lines[index + 1].trim().length === 0) {
            followedByBlank++;
        }
    }
    return content >= 4 && followedByBlank >= content * 0.8;
}

/**
 * Clean what a user pasted or saved before any reader looks at it: a byte-order mark, CRLF and lone CR line ends,
 * ANSI colour codes (also as Windows renders them when copied, `←[31m`), Markdown code fences, quote markers, bold
 * marks and emphasis around whole lines, shell-trace prefixes, and the blank line a chat window puts after every
 * line. What the error says is left as it is.
 * @param raw - the evidence as given
 * @returns the text a reader can read
 */
export function cleanEvidenceText(raw: string): string {
    const text = stripVTControlCharacters(raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n")).replace(RENDERED_ANSI, "")
        .replace(FENCE, "").replace(QUOTE, "").replace(TRACE, "").replace(BOLD, "$1");
    let lines = text.split("\n").map((line) => (line.includes("_") || line.includes("*") ? unwrapEmphasis(line.trimEnd()) : line.trimEnd()));
    if (isDoubleSpaced(lines)) {
        lines = lines.filter((line) => line.trim().length > 0);
    }
    return lines.join("\n");
}
