/**
 * Which facts of a failure contradict what a piece of advice presumes. Causes, steps and next commands carry tags
 * (AdviceTag); one generic filter (narrowAdvice) leaves out every item with a tag that one of these conditions rules
 * out. The conditions are IKnowledgeCondition data, matched the same way as knowledge entries; a fact that the
 * evidence does not hold rules nothing out.
 */
import type { AdviceTag, IKnowledgeCondition } from "./doc/IKnowledgeEntry";
import type { AuthKind } from "./doc/IKnownError";

/** The kinds of credentials that are not a user ID and password. */
const NOT_BASIC: AuthKind[] = ["token", "apiml-token-without-base-path", "bearer", "cert-pem"];
/** Request paths of data set, job, console and TSO services: not about USS files. */
const NOT_USS_PATHS = ["\\/restfiles\\/ds\\b", "\\/restjobs\\/", "\\/restconsoles\\/", "\\/tsoApp\\/"];
/** Request paths of USS file, job, console and TSO services: not about data sets. */
const NOT_DATA_SET_PATHS = ["\\/restfiles\\/(?:fs|mfs)\\b", "\\/restjobs\\/", "\\/restconsoles\\/", "\\/tsoApp\\/"];

/** One tag: what it presumes, and the facts that contradict it (any one of them). */
export interface IAdviceTagRule {
    /** What advice with this tag presumes, in words. */
    presumes: string;
    /** Conditions, any one of which rules the advice out. */
    ruledOutWhen: IKnowledgeCondition[];
}

export const ADVICE_TAGS: Readonly<Record<AdviceTag, IAdviceTagRule>> = {
    "base-path": {
        presumes: "the profile's base path may be wrong",
        // z/OSMF's own JSON error report proves the path reached z/OSMF; with no answer at all, no path was looked at.
        ruledOutWhen: [{ zosmfReport: true }, { source: ["client"] }]
    },
    "wrong-url": {
        presumes: "the request may have gone to the wrong server, port or path",
        ruledOutWhen: [{ zosmfReport: true }]
    },
    "apiml": {
        presumes: "the call went through the API ML gateway",
        ruledOutWhen: [{ known: ["basePath"], basePathEmpty: true, serviceNot: ["apiml"] }]
    },
    "basic-auth": {
        presumes: "the call authenticated with a user ID and password",
        ruledOutWhen: [{ authKind: [...NOT_BASIC, "none"] }]
    },
    "token-auth": {
        presumes: "the call authenticated with a token",
        ruledOutWhen: [{ authKind: ["basic", "cert-pem", "none"] }]
    },
    "cert-auth": {
        presumes: "the call authenticated with a client certificate",
        ruledOutWhen: [{ authKind: ["basic", "token", "apiml-token-without-base-path", "bearer", "none"] }]
    },
    "password": {
        presumes: "a server checked the password and refused it",
        ruledOutWhen: [{ authKind: NOT_BASIC }, { source: ["client", "timeout"] }]
    },
    "uss": {
        presumes: "the request was about a USS file or directory",
        ruledOutWhen: [{ resourceMatches: NOT_USS_PATHS }]
    },
    "data-set": {
        presumes: "the request was about a data set or member",
        ruledOutWhen: [{ resourceMatches: NOT_DATA_SET_PATHS }]
    },
    "undecoded": {
        presumes: "the server's message has not been explained yet",
        ruledOutWhen: [{ decoded: true }]
    },
    "vault": {
        presumes: "the credentials are kept in the secure vault, where zowe config secure changes them",
        ruledOutWhen: [{ passwordSecure: false }]
    },
    "suggests-https": {
        presumes: "the request used plain http, so switching to https may help",
        // Only an https request starts a TLS handshake: a cut handshake or a "wrong version number" proves it was https.
        ruledOutWhen: [
            { protocol: ["https"] },
            { code: ["EPROTO", "ERR_SSL_WRONG_VERSION_NUMBER"] },
            { textMatches: ["before secure TLS connection was established", "wrong version number"] }
        ]
    }
};
