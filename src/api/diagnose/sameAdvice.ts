/**
 * Whether two pieces of advice say the same thing in other words. Knowledge from several entries (a rule, the 401
 * wording, the status guidance) often phrases one step twice; a report that lists both reads as padding and hides
 * the steps that differ. Two texts say the same when most of their content words are shared.
 */

/** Words that carry no advice of their own. */
const FILLER = new Set(["the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "by", "is", "are", "be", "it", "its", "this",
    "that", "these", "those", "as", "at", "from", "use", "using", "give", "set", "instead", "then", "so", "you", "your", "than", "was", "were",
    "has", "have", "not", "no", "but", "if", "when", "which", "who", "can", "may", "there", "their", "them", "do", "does"]);

/** How much of both sets together must be shared, or of the later text's, for it to say what the earlier one says. */
const SHARED_OF_BOTH = 0.6;
const SHARED_OF_LATER = 0.85;
/** Texts with fewer content words than this are compared only for equality. */
const MIN_WORDS = 5;
/** Only the start of a text is compared: advice is short, and hostile text must not cost more than its start. */
const COMPARED_LENGTH = 600;

/** The content words of a text, lower case, plural `s` dropped. */
export function contentWords(text: string): Set<string> {
    const words = text.slice(0, COMPARED_LENGTH).toLowerCase().match(/[a-z0-9][a-z0-9/_.'-]{0,40}/g) ?? [];
    return new Set(words.map((word) => word.replace(/[.'-]{1,40}$/, "").replace(/(?<=[a-z]{3})s$/, "")).filter((word) => word.length > 1 && !FILLER.has(word)));
}

/**
 * Whether a later text says nothing the earlier one does not: most of the words of both shared, or nearly every
 * word of the later one in the earlier one. A later text that says more than the earlier one is not a repeat.
 * @param earlier the text given first
 * @param later the text that may repeat it
 * @returns true when the later text repeats the earlier one
 */
export function sayTheSame(earlier: string, later: string): boolean {
    return wordsSayTheSame(contentWords(earlier), contentWords(later));
}

/** sayTheSame for texts already cut into content words. */
export function wordsSayTheSame(earlier: ReadonlySet<string>, later: ReadonlySet<string>): boolean {
    if (earlier.size < MIN_WORDS || later.size < MIN_WORDS) {
        // Short texts say the same only in the same words (the exact text is compared elsewhere).
        return later.size > 0 && later.size === earlier.size && [...later].every((word) => earlier.has(word));
    }
    const shared = [...later].filter((word) => earlier.has(word)).length;
    return shared / (earlier.size + later.size - shared) >= SHARED_OF_BOTH || shared / later.size >= SHARED_OF_LATER;
}
