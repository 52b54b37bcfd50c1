import type { Verdict } from "./doc/IKnownError";

/**
 * Whose side a failure is on when only its HTTP status is known. A more specific match (a message ID, a z/OSMF
 * reason code, a Liberty page) overrides it: a 404 from Liberty's "context root not found" page is a wrong base path
 * or port (client-config), not a missing data set.
 */
export const STATUS_VERDICTS: Readonly<Record<number, Verdict>> = {
    400: "bad-request", 401: "authentication", 402: "authorization", 403: "authorization", 404: "not-found",
    405: "client-config", 406: "bad-request", 407: "authentication", 408: "timeout", 409: "conflict", 410: "not-found",
    411: "bad-request", 412: "conflict", 413: "bad-request", 414: "bad-request", 415: "bad-request", 416: "bad-request",
    417: "bad-request", 421: "client-config", 422: "bad-request", 423: "conflict", 424: "conflict", 425: "server-unavailable",
    426: "client-config", 428: "conflict", 429: "server-unavailable", 431: "bad-request", 451: "authorization",
    500: "server-error", 501: "server-error", 502: "server-unavailable", 503: "server-unavailable", 504: "timeout",
    505: "client-config", 506: "server-error", 507: "server-error", 508: "server-error", 510: "client-config", 511: "network"
};

/** The verdict of a code the table above does not list, by its class. */
export const CLASS_VERDICTS: Readonly<Record<string, Verdict>> = {
    "1xx": "unknown", "2xx": "unknown", "3xx": "client-config", "4xx": "bad-request", "5xx": "server-error"
};
