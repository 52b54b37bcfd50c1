/**
 * Which connection values a failure points at. A refused connection points at the port and host, a TLS "wrong
 * version number" at the protocol and port, a refused logon at the credentials of the authentication used. The
 * report then says where each of those values came from (command line, environment, which profile, default) and
 * tells the user to edit that place. The conditions are IKnowledgeCondition data, matched as knowledge entries are;
 * every rule that holds adds its values, in the order of this list.
 */
import type { IKnowledgeCondition } from "./doc/IKnowledgeEntry";
import type { ConnectionValueName } from "../failure/doc/IValueOrigin";

/** One kind of failure and the values it points at. */
export interface ISuspectValueRule {
    id: string;
    /** The values, most likely first. */
    values: ConnectionValueName[];
    /**
     * `correct`: the value is likely wrong, so the step says to correct it where it came from; `check`: the value is a
     * fact of the failure (the user ID that lacks an access), so the step says where to change it if it is not the one
     * meant; `supply`: the value was missing (Zowe prompted for it), so the step says where to set it.
     */
    fix: "correct" | "check" | "supply";
    /** Conditions, any one of which makes the rule hold. */
    when: IKnowledgeCondition[];
}

/**
 * How imperative names a property whose prompt timed out: v3 as the config names it (`user`, `tokenValue`), older
 * releases in words (`host name`, `port number`, `user name`: imperative 4 and 5's ConnectionPropsForSessCfg).
 */
export const PROMPT_WORDS: Readonly<Partial<Record<ConnectionValueName, string[]>>> = {
    user: ["user", "user name"], password: ["password"], host: ["host", "host name"], port: ["port", "port number"],
    tokenValue: ["tokenValue"], tokenType: ["tokenType"], basePath: ["basePath"], protocol: ["protocol"]
};

export const SUSPECT_VALUES: readonly ISuspectValueRule[] = [
    // Zowe prompted for the value and nobody answered: "Timed out waiting for user." names it.
    ...(Object.entries(PROMPT_WORDS) as Array<[ConnectionValueName, string[]]>).map(([name, words]): ISuspectValueRule => ({
        id: `prompted-${name}`, values: [name], fix: "supply", when: [{ textMatches: words.map((word) => `\\bTimed out waiting for ${word}\\.`) }]
    })),
    // Nothing accepts connections on that port of that host.
    { id: "refused", values: ["port", "host"], fix: "correct", when: [{ code: ["ECONNREFUSED"] }] },
    // The port answered in plain HTTP to a TLS handshake (or the reverse closed it): the protocol and port disagree.
    {
        id: "protocol-and-port", values: ["protocol", "port"], fix: "correct",
        when: [{ code: ["EPROTO", "ERR_SSL_WRONG_VERSION_NUMBER"] }, { textMatches: ["wrong version number"] }]
    },
    { id: "host-not-found", values: ["host"], fix: "correct", when: [{ code: ["ENOTFOUND", "EAI_AGAIN", "EAI_NONAME"] }] },
    { id: "host-unreachable", values: ["host", "port"], fix: "check", when: [{ code: ["ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"] }] },
    { id: "certificate-name", values: ["host"], fix: "correct", when: [{ code: ["ERR_TLS_CERT_ALTNAME_INVALID"] }] },
    // An untrusted certificate points at no value to change: certificate checking is right to be on, and the TLS
    // knowledge says to trust the site's CA (NODE_EXTRA_CA_CERTS); a step that offered "drop --reject-unauthorized" would
    // turn checking off.
    // An API ML token sent without a base path went straight to the service.
    { id: "apiml-token-base-path", values: ["basePath"], fix: "correct", when: [{ authKind: ["apiml-token-without-base-path"] }] },
    // Which token went, and from where: a fact to check (another base profile may hold the one meant).
    { id: "apiml-token-sent", values: ["tokenValue"], fix: "check", when: [{ authKind: ["apiml-token-without-base-path"] }] },
    // Not the gateway's answer to a proxy's: Liberty has no application at that path, or API ML no route.
    { id: "no-such-route", values: ["basePath", "port"], fix: "check", when: [{ status: [404], service: ["liberty"], zosmfReport: false }] },
    { id: "logon-refused", values: ["user", "password"], fix: "correct", when: [{ status: [401], authKind: ["basic"] }] },
    { id: "token-refused", values: ["tokenValue", "tokenType"], fix: "correct", when: [{ status: [401], authKind: ["token", "bearer"] }] },
    { id: "certificate-refused", values: ["certFile"], fix: "correct", when: [{ status: [401], authKind: ["cert-pem"] }] },
    // An access check refused the user ID that made the call: the user is a fact to check, not a typing error.
    { id: "access-refused", values: ["user"], fix: "check", when: [{ status: [403], authKind: ["basic"], hasMessageId: true }] }
];
