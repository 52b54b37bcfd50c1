/**
 * One shape for every piece of failure knowledge: message IDs, z/OSMF reason codes, body patterns, network and TLS
 * errors, the 401 wording per authentication type, and rules that weigh several facts at once. An entry is plain
 * JSON (no RegExp, no function): the facts that trigger it (`when`), how much it counts (`priority`), and what it
 * says (`advice`), so that a site can add its own entries as data. The advice follows Zowe Explorer's
 * ErrorCorrelator (`summary`, tips as `nextSteps`, `resources`); see exportToErrorCorrelator.
 */
import type { IZoweNextCommand } from "./IHttpStatus";
import type { AuthKind, IExternalResource, Verdict, ZosmfServiceFamily } from "./IKnownError";
import type { ProxyHop } from "../../failure/doc/IFailedCall";

/** What kind of knowledge an entry is; it names where the entry came from, matching does not depend on it. */
export type KnowledgeKind = "message-id" | "zosmf-reason" | "body-pattern" | "auth" | "connection" | "proxy" | "rule";

/**
 * The facts an entry needs, all of them (absent keys do not count). A list means "any of these values".
 * Patterns are strings, compiled case-insensitively; every repeat in them must be bounded (`{0,64}`, not `*` or `+`),
 * since evidence from anywhere reaches them.
 */
export interface IKnowledgeCondition {
    /** HTTP statuses, or a class mask such as `"4xx"`. A call without a status never matches. */
    status?: number[] | string;
    /** How the call failed: `http`, `client`, `timeout`, `other`. */
    source?: string[];
    /**
     * The server that answered, as the reader classified it: `zosmf`, `apiml`, `liberty`, `cics`, `mq`, `db2`, `ims`,
     * `ftp`, `rse`, `endevor`, `zosconnect`, `unknown`.
     */
    service?: string[];
    /** The z/OSMF service family of the request path (`files`, `jobs`, `console`, `tso`; `any` for other paths). */
    family?: ZosmfServiceFamily[];
    /** True: the reply holds a z/OSMF category, rc or reason; false: it holds none of them. */
    zosmfReport?: boolean;
    /** z/OSMF error category, return code and reason code (the console's return-code and reason-code). */
    category?: number;
    rc?: number;
    reason?: number;
    /** Message IDs found in the body, exact or as a prefix ending in `*` (`IZUG*`). */
    messageId?: string[];
    /** True: the body holds a message ID (IZUG…, ZWEA…, …); false: it holds none (a proxy's or firewall's own page). */
    hasMessageId?: boolean;
    /** Node network or TLS error codes (`ECONNREFUSED`, `EPROTO`). */
    code?: string[];
    /** How the call authenticated. */
    authKind?: AuthKind[];
    /** True: the call had no base path (it went straight to the service); false: it had one. */
    basePathEmpty?: boolean;
    /** The call's port is none of these. A call without a port never matches. */
    portNot?: number[];
    /** Patterns, any of which must match the request's resource (path and query). */
    resourceMatches?: string[];
    /** Patterns, any of which must match the server's message, the body or the network error's message. */
    textMatches?: string[];
    /** Patterns, any of which must match the response body alone. */
    bodyMatches?: string[];
    /** The client that made the call: `zowe-cli`, `zowe-explorer`, `sdk`, `unknown`. */
    client?: string[];
    /** The id of the evidence format the record was read from (`zowe-explorer-log-message`). */
    format?: string[];
    /**
     * Codes the service reported by name (IServerReply.fields), each one of the values listed, compared without case:
     * `{ "RESPONSE": ["NOTFOUND"] }` for a CMCI answer, `{ "ftpReply": ["530"] }`, `{ "securityReason": ["1"] }`.
     */
    fields?: Record<string, string[]>;
    /** The request's protocol is one of these (`https`). A call whose protocol is unknown never matches. */
    protocol?: string[];
    /** The server that answered is none of these. */
    serviceNot?: string[];
    /** These request fields are known (not null): `basePath`, `port`, `resource`, `protocol`, `host`. */
    known?: Array<"basePath" | "port" | "resource" | "protocol" | "host">;
    /**
     * True: a message-ID or z/OSMF reason-code entry already explains the call's message. Only advice tags use it
     * (ADVICE_TAGS): it depends on the other entries that matched, not on the call alone.
     */
    decoded?: boolean;
    /**
     * True: the profile that supplied the call keeps its password in the secure vault; false: it does not (plain text,
     * or none). Only advice tags use it, when the team config was read (readProfileFacts); unknown never matches.
     */
    passwordSecure?: boolean;
    /** Where the call met its proxy (`proxy`, `target`, `through`). A call that went through no proxy never matches. */
    proxyHop?: ProxyHop[];
    /**
     * The same failure was logged at least this many times in a short time (IFailedCall.repeats: a script or loop that
     * retries). A call logged once never matches.
     */
    repeatedAtLeast?: number;
}

/**
 * What a piece of advice presumes, so that the facts of a failure can rule it out (see `ADVICE_TAGS` in
 * `../adviceTags.ts`, which says for each tag which facts contradict it):
 * - `base-path`: the profile's base path may be wrong (ruled out when z/OSMF itself answered with its JSON report, or
 *   when no server answered at all);
 * - `wrong-url`: the request may have reached the wrong server, port or path (ruled out by z/OSMF's JSON error report);
 * - `apiml`: the call went through the API ML gateway (ruled out when it had no base path and another server answered);
 * - `basic-auth`, `token-auth`, `cert-auth`: the call authenticated that way (ruled out by another known kind);
 * - `password`: the server checked a password and refused it (ruled out for token or certificate calls and for calls
 *   that got no answer);
 * - `uss`, `data-set`: the request was about a USS file or a data set (ruled out by a request path of the other kind);
 * - `undecoded`: the message has not been explained yet (ruled out when a message-ID or reason-code entry explains it);
 * - `vault`: the credentials are kept in the secure vault, so `zowe config secure` changes them (ruled out when the
 *   failing profile keeps its password in a config file or has none);
 * - `suggests-https`: switching to https would help (ruled out when the request already used https, or its TLS handshake
 *   started, which only an https request does).
 */
export type AdviceTag = "base-path" | "wrong-url" | "apiml" | "basic-auth" | "token-auth" | "cert-auth" | "password" | "uss" | "data-set" |
    "undecoded" | "vault" | "suggests-https";

/** A cause or step with what it presumes: plain JSON, like the rest of an entry. */
export interface IAdviceItem {
    /** The cause or step in plain words. */
    text: string;
    /** What the advice presumes; when the facts contradict one of them, the advice is left out. */
    tags?: AdviceTag[];
    /**
     * What the advice is about, e.g. `which-profile`: of several items on one topic (from a specific entry and from the
     * status guidance), a diagnosis keeps only the first, the most specific.
     */
    topic?: string;
}

/** A cause or step: plain text, or text with the facts it presumes. */
export type AdviceText = string | IAdviceItem;

/** What an entry says: the shape of IDiagnosis's advice, and of ErrorCorrelator's `summary`, `tips`, `resources`. */
export interface IKnowledgeAdvice {
    /** One sentence: what this failure means, in plain words. */
    summary: string;
    /** Whose side the failure is on. When absent, the next entry's verdict or the HTTP status's applies. */
    verdict?: Verdict;
    /** Likely causes, most likely first. */
    causes: AdviceText[];
    /** What to do, in order (ErrorCorrelator's `tips`). */
    nextSteps: AdviceText[];
    /** Zowe CLI commands to run next. */
    nextCommands?: IZoweNextCommand[];
    /** A warning to read before acting. */
    caution?: string;
    /** The topic the caution covers: while it is shown, steps and causes of that topic are left out as repeats. */
    cautionTopic?: string;
    /** What the caution presumes (`password`: a password was checked); when the facts contradict it, it is not shown. */
    cautionTags?: AdviceTag[];
    /**
     * True: the caution is more urgent than the HTTP status's own (a burst of refused logons): it is shown instead of
     * that one, and the entry's steps come before every other step. Otherwise the status's caution, when it has one,
     * comes first.
     */
    cautionFirst?: boolean;
    /** Documentation to read. */
    resources?: IExternalResource[];
}

/** Where the knowledge of an entry comes from: an IBM or Zowe documentation page, or a public thread. */
export interface IKnowledgeSource {
    title: string;
    url: string;
}

/** One piece of failure knowledge. */
export interface IKnowledgeEntry {
    /** Unique across all knowledge, e.g. `ZWEAO503E`, `ECONNREFUSED`, `zosmf-files-4-8-not-cataloged`, `rule-tso-logon-password`. */
    id: string;
    kind: KnowledgeKind;
    /** The facts that trigger the entry; a list means any one of these conditions. */
    when: IKnowledgeCondition | IKnowledgeCondition[];
    /**
     * Higher first. Built-in levels: rules that decide a verdict 500, message IDs 400, z/OSMF reason codes 300,
     * body patterns 200, connection errors and 401 wording 100, rules that only add a cause below 100. Equal
     * priorities go by specificity (the number of facts in the condition that matched), then by id.
     */
    priority: number;
    /**
     * Entries of one group are alternatives: only the first of them, in the order above, counts. Built-in groups:
     * `zosmf-reason`, `body-pattern`, `auth`, `connection`, `tso-500`.
     */
    group?: string;
    advice: IKnowledgeAdvice;
    /** The server that produces the message or body the entry describes. */
    server?: string;
    /** The message text, abridged, with %s for inserts (message-ID entries). */
    text?: string;
    /** The HTTP status the message usually comes with (informative: matching does not use it). */
    usualStatus?: number;
    /** Where the knowledge comes from. */
    source?: IKnowledgeSource;
}
