/**
 * One grammar for IBM-style message IDs, instead of a hand-kept list of families: a component prefix, a number and,
 * most often, a severity or type letter. IBM documents the shape in "z/OS MVS System Messages, Message format" (a
 * three-character component prefix, a subcomponent letter or digits, a number, then the type code: A action, D
 * decision, E eventual action or error, I information, S severe, W wait or warning, ...); Db2 (`SQL30081N`), Language
 * Environment (`CEE3501S`), CICS (`DFHAC2206`, no letter), ISPF (`ISRZ002`, no letter) and JES2 (`$HASP106J`) vary it.
 *
 * The grammar is bounded (a prefix of 3 to 5 letters, after an optional `$`; 3 to 5 digits; one letter) and guarded
 * against what only looks like an ID: a qualifier of a data set name or host (`USER001.CNTL`, `LPAR123.example.com`),
 * job IDs (`JOB01234`), code pages and ciphers (`IBM1047`, `AES256`), lower or mixed case words. An ID without its
 * letter is taken only where a message starts (see WITHOUT_LETTER) and with a prefix that is not all hexadecimal
 * digits (`DEAD1234`).
 */

/** The parts of an IBM-style message ID. */
export interface IMessageIdParts {
    /** The ID as written, e.g. `IEF212I`. */
    id: string;
    /** The letters before the number, with a leading `$` (`IEF`, `ZWEAM`, `$HASP`, `DSNL`). */
    prefix: string;
    /** The three-character component identifier IBM assigns (`IEF`, `ZWE`, `HAS` for `$HASP`). */
    component: string;
    /** The number, as written (`212`, `30081`). */
    number: string;
    /** The severity or type letter (`I`, `E`, `N`), or null when the family writes none (`DFHAC2206`, `ISRZ002`). */
    severity: string | null;
}

/** Prefixes of tokens that have the shape of an ID but are not messages: job IDs, code pages, ciphers, standards. */
const NOT_COMPONENTS = new Set(["JOB", "TSU", "STC", "IBM", "ISO", "UTF", "CP", "AES", "SHA", "RSA", "DES", "RFC", "CVE", "HTTP", "TLS",
    "SSL", "PORT", "LPAR", "USER", "TEST", "PROD", "SYS", "APAR", "PTF", "FMID", "VER", "REL"]);

/** The core of the grammar, reused by the two patterns below (bounded: no `*` or `+`). */
const CORE = "(\\$?[A-Z][A-Z0-9@#]{2,4}?)(\\d{3,5})";
/** Not inside a longer token, a path or a dotted name. */
const BEFORE = "(?<![\\w$@#./\\\\-])";
const AFTER = "(?![\\w@#$]|\\.[\\w$@#]|-\\d)";

/** An ID with its severity letter, anywhere in a text. */
const WITH_LETTER = new RegExp(`${BEFORE}${CORE}([A-Z])${AFTER}`, "g");
/**
 * An ID without a letter, only where a message starts: at the start of a line, after `:`, `=`, a quote, a bracket or
 * a list dash, or before the upper-case words of its text (`DMS2971 DO YOU WANT TO RESTORE`).
 */
const WITHOUT_LETTER = new RegExp(`(?:(?:^|(?<=[:"'(\\[>=]\\s{0,4})|(?<=^[ \\t]{0,16}[-*][ \\t]{1,4}))${CORE}${AFTER}|` +
    `${BEFORE}${CORE}(?=[ \\t]{1,4}[A-Z]{2,40}\\b))`, "gm");

/** The grammar's patterns, for checks that every repeat in them is bounded. */
export const MESSAGE_ID_PATTERNS: readonly RegExp[] = [WITH_LETTER, WITHOUT_LETTER];

/** A prefix of hexadecimal letters only, with no letter after the number, is a hexadecimal value (`DEAD1234`), not an ID. */
const HEX_ONLY = /^[A-F]+$/;

function partsOf(prefix: string, number: string, severity: string | null): IMessageIdParts | null {
    const bare = prefix.replace(/^\$/, "");
    if (NOT_COMPONENTS.has(bare)) {
        return null;
    }
    if (severity == null && HEX_ONLY.test(bare)) {
        return null;
    }
    return { id: `${prefix}${number}${severity ?? ""}`, prefix, component: bare.slice(0, 3), number, severity };
}

/**
 * The message IDs a text holds, each once, in the order they first appear.
 * @param text - any evidence (an answer, a message, a log)
 * @returns the IDs, e.g. `["IEF212I", "IKJ56425I"]`
 */
export function findMessageIds(text: string): string[] {
    const found: Array<{ at: number; id: string }> = [];
    for (const pattern of [WITH_LETTER, WITHOUT_LETTER]) {
        for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
            const [prefix, number] = match[1] != null ? [match[1], match[2]] : [match[3], match[4]];
            const parts = partsOf(prefix, number, pattern === WITH_LETTER ? match[3] : null);
            if (parts != null) {
                found.push({ at: match.index ?? 0, id: parts.id });
            }
        }
    }
    return [...new Set(found.sort((a, b) => a.at - b.at).map((entry) => entry.id))];
}

/**
 * The parts of one message ID, or null when the text is not shaped like one.
 * @param text - what the user typed (`ief212i`, `$HASP106J`, `DFHAC2206`), any case
 */
export function parseMessageId(text: string): IMessageIdParts | null {
    const id = text.trim().toUpperCase();
    const match = /^(\$?[A-Z][A-Z0-9@#]{2,4}?)(\d{3,5})([A-Z])?$/.exec(id);
    return match == null ? null : partsOf(match[1], match[2], match[3] ?? null);
}
