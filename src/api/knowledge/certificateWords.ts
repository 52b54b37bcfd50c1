/**
 * The words for a certificate check that failed: which check, what the certificate says, and the fix. The probe's tls
 * layer says them from the certificate it read; a diagnosis of a logged failure says what the error message still
 * holds (Node's altname message lists the names for a host name, not for an IP address) and what to run to read the rest.
 *
 * Facts: Node.js tls.checkServerIdentity's messages ("Host: lpar1. is not in the cert's altnames: DNS:…", "IP: … is not
 * in the cert's list: …") and its verify error codes (OpenSSL's X509_V_ERR names), read on Node 20. The wording is our own.
 */

/** Which check of a certificate failed. */
export type CertificateCheck = "name" | "expired" | "not-yet-valid" | "self-signed" | "untrusted-issuer" | "incomplete-chain";

/** One failed check, in words, with the fix. */
export interface ICertificateFinding {
    check: CertificateCheck;
    /** Node's code for this check (`ERR_TLS_CERT_ALTNAME_INVALID`, `CERT_HAS_EXPIRED`, …). */
    code: string;
    /** What failed, from the facts: "the certificate names localhost; the profile uses 127.0.0.1". */
    words: string;
    /** What to do about it: "set host to localhost". */
    fix: string;
    /** A name the certificate carries that the profile's host could become (only for a name mismatch with one clear choice). */
    suggestedHost?: string;
}

/** The Node code of each check, as Node reports the failure. */
export const CHECK_CODES: Readonly<Record<CertificateCheck, string>> = {
    "name": "ERR_TLS_CERT_ALTNAME_INVALID",
    "expired": "CERT_HAS_EXPIRED",
    "not-yet-valid": "CERT_NOT_YET_VALID",
    "self-signed": "DEPTH_ZERO_SELF_SIGNED_CERT",
    "untrusted-issuer": "SELF_SIGNED_CERT_IN_CHAIN",
    "incomplete-chain": "UNABLE_TO_VERIFY_LEAF_SIGNATURE"
};

/** The check each of Node's trust codes stands for. */
const TRUST_CODES: Readonly<Record<string, CertificateCheck>> = {
    DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed",
    SELF_SIGNED_CERT_IN_CHAIN: "untrusted-issuer",
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "untrusted-issuer",
    UNABLE_TO_GET_ISSUER_CERT: "untrusted-issuer",
    CERT_UNTRUSTED: "untrusted-issuer",
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: "incomplete-chain",
    CERT_HAS_EXPIRED: "expired",
    CERT_NOT_YET_VALID: "not-yet-valid",
    ERR_TLS_CERT_ALTNAME_INVALID: "name"
};

/** The check a Node TLS error code stands for, or undefined for a code that is not a certificate check. */
export function checkOfCode(code: string | null | undefined): CertificateCheck | undefined {
    return code == null ? undefined : TRUST_CODES[code];
}

/** How to trust a CA the way Node.js (and so Zowe CLI) reads it. */
const TRUST_FIX = "add its CA certificate (PEM) to the file NODE_EXTRA_CA_CERTS names, and run zowe again (restart the daemon in daemon mode)";

/** `a`, `a and b`, `a, b and c`. */
function listed(items: readonly string[]): string {
    return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * The name the profile's host should become: a full name that starts with the short name used (`lpar1` →
 * `lpar1.example.com`), else the only name the certificate carries; none when the choice is not clear.
 */
function suggestedName(names: readonly string[], host: string): string | undefined {
    const plain = names.filter((name) => !name.includes("*"));
    const lower = host.toLowerCase();
    return plain.find((name) => name.toLowerCase().startsWith(`${lower}.`)) ?? (plain.length === 1 ? plain[0] : undefined);
}

/**
 * A host the certificate does not name.
 * @param names - the certificate's names (subjectAltName DNS names and IP addresses, or the subject's CN without them)
 * @param host - the host the profile uses
 */
export function nameMismatch(names: readonly string[], host: string): ICertificateFinding {
    const suggestion = suggestedName(names, host);
    const fix = suggestion != null ? `set host to ${suggestion}` : names.length > 0 ?
        `set host to a name the certificate carries (${listed(names)}), or ask for ${host} to be added to its subjectAltName` :
        `ask for ${host} to be added to the certificate's subjectAltName`;
    return {
        check: "name", code: CHECK_CODES.name, fix,
        words: names.length > 0 ? `the certificate names ${listed(names)}; the profile uses ${host}` :
            `the certificate names no host (no subjectAltName and no common name); the profile uses ${host}`,
        ...(suggestion == null ? {} : { suggestedHost: suggestion })
    };
}

/** Days between two times, whole, for "3 days ago". */
function daysBetween(earlier: Date, later: Date): number {
    return Math.floor((later.getTime() - earlier.getTime()) / 86400000);
}

/** An expired certificate. */
export function expired(validTo: Date, now: Date, subject: string | null): ICertificateFinding {
    const days = daysBetween(validTo, now);
    return {
        check: "expired", code: CHECK_CODES.expired,
        words: `the certificate${subject == null ? "" : ` of ${subject}`} expired on ${validTo.toISOString().slice(0, 10)}` +
            `${days > 0 ? ` (${days} day(s) ago)` : ""}`,
        fix: "the server's certificate must be renewed (tell the z/OS security administrator); if the date looks wrong, check this machine's clock"
    };
}

/** A certificate whose start date is still ahead. */
export function notYetValid(validFrom: Date, subject: string | null): ICertificateFinding {
    return {
        check: "not-yet-valid", code: CHECK_CODES["not-yet-valid"],
        words: `the certificate${subject == null ? "" : ` of ${subject}`} is valid only from ${validFrom.toISOString().replace(/\.\d{3}Z$/, "Z")}`,
        fix: "check this machine's date, time and time zone; if they are right, tell the z/OS security administrator about the start date"
    };
}

/**
 * A certificate Node does not trust, by its verify code.
 * @param code - Node's authorization error (`SELF_SIGNED_CERT_IN_CHAIN`, …)
 * @param issuer - the common name of the CA at the top of the chain the server sent (or of the server's own certificate)
 * @param throughProxy - whether the path goes through a proxy (then an inspecting proxy is the likelier issuer)
 */
export function untrusted(code: string, issuer: string | null, throughProxy: boolean): ICertificateFinding {
    const check = checkOfCode(code) ?? "untrusted-issuer";
    const named = issuer == null ? "an issuer that is not named" : `"${issuer}"`;
    if (check === "self-signed") {
        return {
            check, code, words: `the certificate is self-signed (by ${named}), so no CA vouches for it, and it is not trusted here`,
            fix: `add that certificate (PEM) to the file NODE_EXTRA_CA_CERTS names, or ask for a certificate from the site's CA`
        };
    }
    if (check === "incomplete-chain") {
        return {
            check, code, words: `the certificate is issued by ${named}, but the server sent no CA certificate above it and none here is trusted`,
            fix: `${TRUST_FIX}, or ask for the server to send its intermediate CA certificates with its own`
        };
    }
    const who = throughProxy ? "a TLS-inspecting proxy that re-signs the traffic, or the site's own CA" :
        "the site's own CA, or a TLS-inspecting proxy";
    return { check, code, words: `the certificate is issued by ${named}, not trusted here: ${who}`, fix: TRUST_FIX };
}

/** The names an `ERR_TLS_CERT_ALTNAME_INVALID` message lists (`… is not in the cert's altnames: DNS:a, DNS:b`), if any. */
function namesInMessage(message: string): string[] {
    const list = /is not in the cert's (?:altnames|list): ?([^\n]{0,2000})/.exec(message)?.[1] ?? "";
    return list.split(/,\s{0,4}/).map((name) => name.replace(/^(?:DNS|IP Address):/, "").trim()).filter((name) => name.length > 0);
}

/** What `zowe http-status probe` reads that a log cannot hold, said in every finding from a log. */
const PROBE_READS = "run zowe http-status probe with the same profile to read the chain the server sends (names, dates, issuers, fingerprints)";

/**
 * The words a logged TLS failure still supports: for a name mismatch, the names Node's message lists; for the other
 * checks, which one failed and what to run to read the certificate, since a log holds no certificate.
 * @param code - Node's error code in the logged failure
 * @param message - the logged error message
 * @param host - the host of the failed request
 * @returns the finding, or undefined when the code is not a certificate check or the host is unknown
 */
export function findingFromLoggedError(code: string | null, message: string, host: string | null): ICertificateFinding | undefined {
    const check = checkOfCode(code);
    if (check == null || host == null || code == null) {
        return undefined;
    }
    if (check === "name") {
        const names = namesInMessage(message);
        if (names.length > 0) {
            return nameMismatch(names, host);
        }
        return {
            check, code, words: `the certificate does not name ${host}, and the logged message does not list the names it does carry`,
            fix: PROBE_READS
        };
    }
    const what: Record<CertificateCheck, string> = {
        "name": "", "expired": "the server's certificate, or one in its chain, has expired (the log does not say when)",
        "not-yet-valid": "the server's certificate is not valid yet (the log does not say from when)",
        "self-signed": `the certificate ${host} sent is self-signed and not trusted here`,
        "untrusted-issuer": `the certificate ${host} sent is issued by a CA that is not trusted here (the log does not name it)`,
        "incomplete-chain": `the certificate ${host} sent could not be traced to a trusted CA: a CA certificate is missing (the log does not name it)`
    };
    return { check, code, words: what[check], fix: PROBE_READS };
}
