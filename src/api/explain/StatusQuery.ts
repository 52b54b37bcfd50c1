import type { StatusClassMask } from "../knowledge/doc/IHttpStatus";
import type { Verdict } from "../knowledge/doc/IKnownError";
import { CLASS_VERDICTS, STATUS_VERDICTS } from "../knowledge/statusVerdicts";
import { UserInputError } from "../UserInputError";

/** What a user may ask `explain` about: one code, a range of codes, or a name. */
export type StatusQuery =
    | { kind: "code"; code: number }
    | { kind: "mask"; mask: string; first: number; last: number }
    | { kind: "name"; text: string };

/** The lowest and highest status codes HTTP defines (RFC 9110 section 15: three digits, first digit 1 to 5). */
export const MIN_STATUS_CODE = 100;
export const MAX_STATUS_CODE = 599;

/** Longer queries are refused before any matching: no status name comes near this length. */
const MAX_QUERY_LENGTH = 80;
/** How much of a refused query is echoed back in the error message. */
const ECHO_LENGTH = 40;

/** The one sentence every refusal ends with: what is accepted, with examples. */
export const ACCEPTED_QUERIES =
    "Give a status code from 100 to 599 (503, \"HTTP 503\", \"error 401 = Unauthorized\"), a class mask (5xx, 50x), part of a " +
    "status name (\"gateway timeout\"), a message ID (IZUG846W, ZWEAO503E) or a Node error code (ECONNREFUSED).";

/**
 * A status as users paste it: `HTTP 503`, `HTTP/1.1 503 Service Unavailable`, `error 401 = Unauthorized`,
 * `Received HTTP(S) error 401 = Unauthorized.`, `status 404`, `503 Service Unavailable`. The code is group 1.
 * Every repeat is bounded: the text is the user's.
 */
const PASTED_STATUS = new RegExp(
    "^(?:received\\s{1,4})?(?:(?:https?(?:\\(s\\))?(?:\\/\\d(?:\\.\\d)?)?|rest api failure with https?(?:\\(s\\))?)\\s{0,4})?" +
    "(?:(?:error|status|status code|code)\\s{0,4}[:#]?\\s{0,4})?(\\d{3})" +
    "(?:\\s{0,4}[=:-]?\\s{0,4}[a-z][a-z' -]{0,60})?\\.?$", "i");

/**
 * A query `explain` cannot answer. The message is one line that says what was wrong, what is accepted
 * and gives an example.
 */
export class StatusQueryError extends UserInputError {}

/** Shorten a query for an error message, so a 10,000-character argument does not flood the terminal. */
export function echoQuery(text: string): string {
    const oneLine = text.replace(/\s+/g, " ");
    return oneLine.length > ECHO_LENGTH ? `${oneLine.slice(0, ECHO_LENGTH)}… (${text.length} characters)` : oneLine;
}

/**
 * Parse one `explain` argument.
 * @param raw - what the user typed: `503`, `5xx`, `50x`, `gateway timeout`, `teapot`
 * @returns the query it stands for
 * @throws {StatusQueryError} when the text is none of the accepted forms
 */
export function parseStatusQuery(raw: string): StatusQuery {
    const text = String(raw ?? "").trim();
    if (text.length === 0) {
        throw new StatusQueryError(`An empty status was given. ${ACCEPTED_QUERIES}`);
    }
    if (text.length > MAX_QUERY_LENGTH) {
        throw new StatusQueryError(`The status "${echoQuery(text)}" is too long. ${ACCEPTED_QUERIES}`);
    }
    const pasted = /^\d+$/.test(text) ? null : PASTED_STATUS.exec(text.replace(/\u2019/g, "'"));
    if (pasted != null) {
        return parseStatusQuery(pasted[1]);
    }
    if (/^\d+$/.test(text)) {
        const code = Number(text);
        if (text.length !== 3 || code < MIN_STATUS_CODE || code > MAX_STATUS_CODE) {
            throw new StatusQueryError(`${text} is not an HTTP status code. ${ACCEPTED_QUERIES}`);
        }
        return { kind: "code", code };
    }
    const mask = /^([1-5]\d?)(x{1,2})$/i.exec(text);
    if (mask != null && text.length === 3) {
        const digits = mask[1];
        const span = 10 ** mask[2].length;
        const first = Number(digits) * span;
        return { kind: "mask", mask: `${digits}${"x".repeat(mask[2].length)}`, first, last: first + span - 1 };
    }
    if (/^[a-z][a-z0-9' .-]*$/i.test(text.replace(/\u2019/g, "'")) && /[a-z]{2}/i.test(text)) {
        return { kind: "name", text };
    }
    throw new StatusQueryError(`"${echoQuery(text)}" is not a status code, class mask or status name. ${ACCEPTED_QUERIES}`);
}

/**
 * Parse a class filter such as `4xx` (used by `list --class`).
 * @throws {StatusQueryError} when the text is not a class or range mask
 */
export function parseClassMask(raw: string): { mask: string; first: number; last: number } {
    const text = String(raw ?? "").trim();
    const query = /^[1-5]\d?x{1,2}$/i.test(text) && text.length === 3 ? parseStatusQuery(text) : undefined;
    if (query?.kind !== "mask") {
        throw new StatusQueryError(`"${echoQuery(text)}" is not a class mask. Give 1xx, 2xx, 3xx, 4xx or 5xx, or a range such as 50x.`);
    }
    return query;
}

/** The class mask of a code: 503 gives `5xx`. */
export function classOf(code: number): StatusClassMask {
    return `${Math.floor(code / 100)}xx` as StatusClassMask;
}

/**
 * Whether a status fits a code (`401`, `"401"`) or a class or range mask (`"4xx"` fits 400 to 499, `"40x"` 400 to 409).
 * @param wanted - the code or mask
 * @param status - the HTTP status
 */
export function statusFitsMask(wanted: number | string, status: number): boolean {
    const digits = String(status);
    const mask = String(wanted).toLowerCase();
    return mask.length === digits.length && [...mask].every((char, index) => char === "x" || char === digits[index]);
}

/** Whose side a status alone puts a failure on: the code's verdict, else its class's (`unknown` for neither). */
export function verdictOfStatus(code: number): Verdict {
    return STATUS_VERDICTS[code] ?? CLASS_VERDICTS[classOf(code)] ?? "unknown";
}
