/**
 * The shapes of the failure knowledge that `last-error` (and any caller of `diagnose`) matches a failed call
 * against: z/OSMF reason codes, z/OSMF and API ML message IDs, Liberty error pages, Node network and TLS error
 * codes, and 401 wording per authentication type. Data lives beside this folder, one file per kind; this file
 * holds only types. The advice fields follow the shape of Zowe Explorer's ErrorCorrelator entries (summary, tips,
 * resources), so the data can be exported to it.
 */
import type { IZoweNextCommand } from "./IHttpStatus";

/**
 * Whose side a failure is on, in one word. The order of the list is the order a user should rule things out:
 * their own configuration first, the server last.
 */
export type Verdict =
    | "client-config" | "network" | "tls" | "authentication" | "authorization" | "not-found" | "conflict"
    | "bad-request" | "server-error" | "server-unavailable" | "timeout" | "unknown";

/** A page worth reading about an error (the ErrorCorrelator `resources` shape). */
export interface IExternalResource {
    href: string;
    title: string;
}

/** What every known error says: a summary, whose side it is on, causes, steps and commands. */
export interface IKnownErrorAdvice {
    /** One sentence: what this error means, in plain words. */
    summary: string;
    /** Whose side the failure is on. When absent, the verdict of the HTTP status applies. */
    verdict?: Verdict;
    /** Likely causes, most likely first. */
    causes: string[];
    /** What to do, in order. */
    nextSteps: string[];
    /** Zowe CLI commands to run next. */
    nextCommands?: IZoweNextCommand[];
    /** Documentation to read. */
    resources?: IExternalResource[];
}

/** The z/OSMF REST service families whose error reports use their own category numbers. */
export type ZosmfServiceFamily = "files" | "jobs" | "console" | "tso" | "any";

/**
 * A z/OSMF error report (`{ category, rc, reason, message, details }`, or the console's `return-code` /
 * `reason-code`) matched by its numbers and, optionally, its text. An absent number matches any value.
 */
export interface IZosmfReasonEntry extends IKnownErrorAdvice {
    /** The service family whose numbering this entry uses, told apart by the request path. */
    family: ZosmfServiceFamily;
    category?: number;
    rc?: number;
    reason?: number;
    /** Matched against the report's message and details, when the numbers alone are not specific enough. */
    pattern?: RegExp;
}

/** The meaning of a category number of one service family's error reports. */
export interface IZosmfCategoryEntry {
    family: Exclude<ZosmfServiceFamily, "any">;
    category: number;
    /** The category's name in IBM's documentation, e.g. `ISPF`, `Dynamic allocation`. */
    name: string;
    /** What failing in this category usually means. */
    meaning: string;
}

/** A message ID that a z/OS service puts in an error body: IZUG… (z/OSMF), ZWEA… (API ML), ISRZ… (ISPF), DFHWU… (CMCI). */
export interface IMessageIdEntry extends IKnownErrorAdvice {
    /** The message ID as it appears in a body, e.g. `ZWEAO503E`, `IZUG846W`. */
    id: string;
    /** The server that sends it. */
    service: "zosmf" | "apiml" | "cics";
    /** The HTTP status it usually comes with. */
    status?: number;
    /** The message text, abridged, with %s for inserts. */
    text: string;
}

/** A failure with no HTTP status: a Node network error or a TLS certificate error. */
export interface IConnectionErrorEntry extends IKnownErrorAdvice {
    /** Node's error code, e.g. `ECONNREFUSED`, `DEPTH_ZERO_SELF_SIGNED_CERT`, `ERR_TLS_CERT_ALTNAME_INVALID`. */
    code: string;
    kind: "network" | "tls";
    /** Matched against the error message when the code was lost (Zowe's --rfj drops it for some errors). */
    pattern?: RegExp;
}

/** A body that is not a z/OS service's own: a Liberty error page, a proxy or load balancer page. */
export interface IBodyPatternEntry extends IKnownErrorAdvice {
    id: string;
    /** The server that produces such a body. */
    service: "liberty" | "apiml" | "zosmf" | "cics" | "unknown";
    /** Matched against the response body. */
    pattern: RegExp;
    /** The statuses it comes with; any status when absent. */
    statuses?: number[];
}

/** How Zowe authenticated a call, as `Auth type used:` reports it, refined where the wording tells more. */
export type AuthKind = "basic" | "token" | "apiml-token-without-base-path" | "bearer" | "cert-pem" | "none" | "unknown";

/** What a 401 means for one way of authenticating. */
export interface IAuthFailureEntry extends IKnownErrorAdvice {
    authKind: AuthKind;
}
