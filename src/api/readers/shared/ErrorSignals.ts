/**
 * The signals of an error in any text: an HTTP status in any of the spellings Zowe's clients and servers use, a Node
 * network or TLS error code, a z/OS or Zowe message ID. Text that holds one of them is never refused.
 */
import { findMessageIds } from "../../knowledge/messageIdGrammar";

/** The message IDs a text holds (IBM-style IDs of any family, from the one grammar). */
export { findMessageIds };

/** The spellings of an HTTP status, most specific first; the first that matches gives the status. */
const STATUS_SPELLINGS: RegExp[] = [
    /Rest API failure with HTTP\(S\) status (\d{3})\b/i,
    /HTTP\(S\) error status "(\d{3})" received/i,
    /Received HTTP\(S\) error (\d{3})\b/i,
    /["']?httpStatus["']?\s{0,4}[:=]\s{0,4}["']?(\d{3})\b/,
    /\(Error Code (\d{3})\)/i,
    /\bstatus (?:error )?code:?\s{0,4}(\d{3})\b/i,
    /\bStatusCodeError: (\d{3})\b/,
    /\bresponse status is (\d{3})\b/i,
    /\bHTTP\/1\.[01] (\d{3})\b/,
    /\bHTTP(?:\(S\))?\s{0,4}(?:status\s{0,4}|error\s{0,4})?(\d{3})\b/i,
    /\berror (\d{3}) = /i,
    /\bstatus\s{0,4}[:=]?\s{0,4}(\d{3})\b/i,
    /\bCode:\s{0,4}(\d{3})\b/
];

/** Zowe's words for a 401, which v1 and v2 print without the status when the request was refused for its credentials. */
const UNAUTHORIZED_WORDS = /This operation requires authentication\.|Username or password are not valid or expired\.|Token is not valid or expired\./;

/** Node's network, TLS and file system error codes, as Node and OpenSSL spell them. */
const NODE_ERROR_CODE = new RegExp("\\b(ECONNREFUSED|ECONNRESET|ECONNABORTED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|" +
    "EPROTO|EPIPE|ENOENT|EACCES|EPERM|ERR_[A-Z_]{4,64}|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|" +
    "UNABLE_TO_GET_ISSUER_CERT(?:_LOCALLY)?|CERT_HAS_EXPIRED|CERT_NOT_YET_VALID|CERT_UNTRUSTED|HOSTNAME_MISMATCH)\\b");

/** Node error messages that name no code but tell which error it was. */
const NODE_MESSAGES: Array<[RegExp, string]> = [
    [/self[- ]signed certificate in certificate chain/i, "SELF_SIGNED_CERT_IN_CHAIN"],
    [/self[- ]signed certificate/i, "DEPTH_ZERO_SELF_SIGNED_CERT"],
    [/unable to verify the first certificate/i, "UNABLE_TO_VERIFY_LEAF_SIGNATURE"],
    [/unable to get local issuer certificate/i, "UNABLE_TO_GET_ISSUER_CERT_LOCALLY"],
    [/certificate has expired/i, "CERT_HAS_EXPIRED"],
    [/wrong[ _]version[ _]number/i, "EPROTO"],
    [/socket hang up|Client network socket disconnected/i, "ECONNRESET"]
];

/** A status from 100 to 599, or null. */
function httpStatus(digits: string | undefined): number | null {
    const status = digits == null ? NaN : Number(digits);
    return status >= 100 && status <= 599 ? status : null;
}

/**
 * The HTTP status a text reports, in any spelling (`Rest API failure with HTTP(S) status 401`, `HTTP(S) error status
 * "404" received.`, `Received HTTP(S) error 503 = …`, `(Error Code 401)`, `Status code: 404`, `HTTP 503`).
 * @param text - the evidence
 * @returns the status, or null when the text names none
 */
export function findStatus(text: string): number | null {
    for (const spelling of STATUS_SPELLINGS) {
        const status = httpStatus(spelling.exec(text)?.[1]);
        if (status != null) {
            return status;
        }
    }
    return UNAUTHORIZED_WORDS.test(text) ? 401 : null;
}

/**
 * The Node network or TLS error a text reports: its code (named, or told by its words) and the line that says it.
 * @param text - the evidence
 * @returns the error, or null when the text holds none
 */
export function findNodeError(text: string): { code: string | null; message: string } | null {
    // Found in the whole text first (one pass), then the line that holds it: a text of many lines costs one scan.
    const named = NODE_ERROR_CODE.exec(text);
    const worded = named == null ? NODE_MESSAGES.map(([words, code]) => ({ match: words.exec(text), code }))
        .filter((found) => found.match != null).sort((a, b) => (a.match?.index ?? 0) - (b.match?.index ?? 0))[0] : undefined;
    const at = named?.index ?? worded?.match?.index;
    if (at == null) {
        return null;
    }
    const lineEnd = text.indexOf("\n", at);
    const line = text.slice(text.lastIndexOf("\n", at) + 1, lineEnd < 0 ? text.length : lineEnd);
    const message = line.trim().replace(/^.{0,200}?\b(?:[A-Za-z]*Error|error): (?=\S)/, "").slice(0, 1000);
    return { code: named?.[1] ?? worded?.code ?? null, message };
}

/**
 * True when a text shows an error signal: such text is read, never refused.
 * @param text - the evidence
 */
export function hasErrorSignal(text: string): boolean {
    return findStatus(text) != null || findNodeError(text) != null || findMessageIds(text).length > 0;
}
