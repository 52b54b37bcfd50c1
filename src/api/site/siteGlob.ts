/**
 * Globs of site knowledge (`*.prod.example.com`, `/zosmf/restjobs/*`), matched without regular expressions: a site's
 * pattern can inject nothing, and no pattern costs more than its length times the text's, whatever the evidence holds.
 */

/** Globs longer than this are refused when a file is loaded. */
export const MAX_GLOB_LENGTH = 256;
/** Only this much of a text is compared: hosts and resources are far shorter. */
const MAX_SUBJECT_LENGTH = 4096;

/** Whether `part` (which may hold `?`) matches the text at `at`. */
function partAt(text: string, part: string, at: number): boolean {
    if (at + part.length > text.length) {
        return false;
    }
    for (let index = 0; index < part.length; index++) {
        if (part[index] !== "?" && part[index] !== text[at + index]) {
            return false;
        }
    }
    return true;
}

/** The first place at or after `from`, and no later than `last`, where `part` matches, or -1. */
function findPart(text: string, part: string, from: number, last: number): number {
    for (let at = from; at <= last; at++) {
        if (partAt(text, part, at)) {
            return at;
        }
    }
    return -1;
}

/**
 * Whether a text matches a glob: `*` stands for any run of characters (`/` included), `?` for one character, and
 * every other character for itself; case does not count. The parts between stars are found leftmost first, which
 * decides a star-only glob exactly, in at most (text length × glob length) steps.
 * @param glob - the pattern, e.g. `*.example.com`
 * @param text - the host, resource or message ID
 */
export function globMatches(glob: string, text: string): boolean {
    const subject = text.slice(0, MAX_SUBJECT_LENGTH).toLowerCase();
    const parts = glob.toLowerCase().split("*");
    const first = parts[0];
    if (parts.length === 1) {
        return subject.length === first.length && partAt(subject, first, 0);
    }
    const final = parts[parts.length - 1];
    const tailAt = subject.length - final.length;
    if (!partAt(subject, first, 0) || tailAt < first.length || !partAt(subject, final, tailAt)) {
        return false;
    }
    let at = first.length;
    for (const middle of parts.slice(1, -1)) {
        const found = findPart(subject, middle, at, tailAt - middle.length);
        if (found < 0) {
            return false;
        }
        at = found + middle.length;
    }
    return true;
}
