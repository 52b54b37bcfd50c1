import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import { readOwnError } from "../shared/readOwnError";

/**
 * Words that say something failed, in any client's or server's text: `Error:` as a heading, `failed`, `could not`,
 * `unable to`, `not found`, `refused`. The bare word "error" does not count (`this is not a Zowe error`), nor a log's
 * level tag (`[ERROR]`): it says how a line was logged, not that the line holds an error.
 */
const ERROR_WORDS = new RegExp("\\b(?:error|fatal)\\s{0,2}:|\\b(?:exception|failed|failure|cannot|can't|could not|unable to|not found|" +
    "denied|refused|rejected|is not valid|is invalid|timed out|abend(?:ed)?)\\b", "i");
const LEVEL_TAG = /\[(?:ERROR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|MARK)\]/g;

/** The first line that says what failed, without level tags. */
function errorLine(text: string): string | undefined {
    return text.split("\n").map((line) => line.replace(LEVEL_TAG, "").trim()).find((line) => ERROR_WORDS.test(line))?.slice(0, 1000);
}

/**
 * The last resort: a text that says in words that something failed, but that no format reads and that holds no
 * status, code or ID. It is reported, never refused, with what its words and the knowledge tell (often the verdict
 * `unknown`, with the error line quoted); only a text that holds no error at all is refused.
 */
export const ERROR_WORDS_TEXT: IEvidenceFormat = {
    id: "error-words",
    label: "a text that says an error occurred",
    ownErrors: true,
    detect: (text) => (errorLine(text.slice(0, 65536)) != null ? 0.05 : 0),
    read: (text, context) => [readOwnError(text, ERROR_WORDS_TEXT, { kind: "text", client: "unknown", message: errorLine(text) ?? null }, context)]
};
