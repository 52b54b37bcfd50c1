/**
 * The message IDs that z/OS services put in error bodies, with what each means for a Zowe user: the Zowe API
 * Mediation Layer (API ML) messages that reach a client (ZWEA...), with the HTTP status each comes with; the
 * z/OSMF messages (IZUG...) that Zowe users meet; and a CICS CMCI example (DFHWU...).
 *
 * Facts: the API ML message catalogs and the Zowe docs page "API Mediation Layer error message codes", the status
 * mapping in the API ML gateway and security code (v2 and v3), API ML issues and pull requests on expired
 * passwords (api-layer #2888, #4083, PR #4800) and on IZUG846W (api-layer #4478), IBM's z/OSMF migration action for
 * cross-site REST requests, the CMCI error documentation, and Zowe CLI issues on TSO messages (zowe-cli #28, #468),
 * as collected in the project's research notes. The wording is our own. Messages that only appear in server logs
 * (ZWEAG181W, ZWEAG183E, ZWEAG184E, ZWEAG700E, ZWEAG716E) are not listed here, since a client never sees them.
 */

import type { IExternalResource } from "./doc/IKnownError";
import type { IKnowledgeAdvice, IKnowledgeEntry } from "./doc/IKnowledgeEntry";

/** The Zowe docs page that lists every API ML message with its reason and action. */
const APIML_MESSAGES_PAGE: IExternalResource = {
    href: "https://docs.zowe.org/stable/troubleshoot/troubleshoot-apiml-error-codes",
    title: "Zowe docs: API Mediation Layer error message codes"
};

/** What to do about a path the gateway does not route: the advice of ZWEAO404E and ZWEAM104E. */
const MISSING_BASE_PATH_ADVICE: Pick<IKnowledgeAdvice, "nextSteps" | "nextCommands"> = {
    nextSteps: [
        "Check basePath in the profile; use ibmzosmf/api/v1 for z/OSMF, ibmcics/api/v1 for CICS, ibmdb2/api/v1 for Db2.",
        "If basePath is right, ask the API ML administrator whether the service is registered."
    ],
    nextCommands: [
        {
            command: "zowe config set profiles.zosmf.properties.basePath ibmzosmf/api/v1",
            purpose: "Set the API ML route to z/OSMF on the zosmf profile (adjust the profile name to yours)."
        },
        {
            command: "zowe config list --locations",
            purpose: "See which profile and file supply basePath and port."
        },
        {
            command: "zowe config auto-init --dry-run",
            purpose: "Show the profiles and base paths API ML offers, without changing your config."
        }
    ]
};

/** What to do about a login that came without credentials: the advice of ZWEAS121E and ZWEAG121E. */
const MISSING_LOGIN_CREDENTIALS_ADVICE: Pick<IKnowledgeAdvice, "causes" | "nextSteps" | "nextCommands"> = {
    causes: [
        "The profile has no user and password (or certificate) to log in with.",
        "A script or custom client sent the login request without an Authorization header or with a malformed body."
    ],
    nextSteps: [
        "Make sure the base profile holds a user and password, or a client certificate, then log in again.",
        "For a custom client, send Basic credentials in the Authorization header, or a valid JSON body."
    ],
    nextCommands: [
        {
            command: "zowe config list --locations",
            purpose: "See whether user and password are set, and in which profile."
        },
        {
            command: "zowe auth login apiml",
            purpose: "Log in again; it prompts for missing credentials."
        }
    ]
};

/** What to do when API ML itself failed to authenticate: the advice of ZWEAS100E and ZWEAG100E. */
const AUTHENTICATION_SERVICE_FAILURE_ADVICE: Pick<IKnowledgeAdvice, "causes" | "nextSteps" | "nextCommands"> = {
    causes: ["A failure inside API ML or in the authentication provider it calls (for example z/OSMF)."],
    nextSteps: ["Give the API ML administrator the full message and time; retrying the password will not help."],
    nextCommands: [
        {
            command: "zowe zosmf check status",
            purpose: "Check whether z/OSMF, which often serves as the authentication provider, answers."
        }
    ]
};

/** The API ML pull request that tells an expired password apart from a wrong one. */
const APIML_EXPIRED_PASSWORD_PR: IExternalResource = {
    href: "https://github.com/zowe/api-layer/pull/4800",
    title: "api-layer PR #4800: report an expired password instead of \"Invalid username or password\""
};

/**
 * Message IDs found in error bodies (API ML `messages[].messageNumber`, z/OSMF `messageId` or message text, CMCI
 * `message_id`), each with the status it usually comes with and what to do. IDs are unique.
 */
export const MESSAGE_IDS: readonly IKnowledgeEntry[] = [
    {
        id: "ZWEAO400E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAO400E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 400,
        text: "The structure of the request is invalid: %s",
        advice: {
            summary: "The API ML gateway found the request malformed: a value it needs is missing or not valid.",
            verdict: "bad-request",
            causes: [
                "A missing or invalid parameter, header or body; the inserted text names it.",
                "A client that builds requests this API ML level does not accept (a script, an old SDK, or a Zowe defect)."
            ],
            nextSteps: [
                "Read the text after the colon: it names what was wrong.",
                "Correct the input; if it came from a Zowe command with valid input, report it with the environment details."
            ],
            nextCommands: [
                {
                    command: "zowe config report-env",
                    purpose: "Collect environment details for an issue report."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG701E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG701E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 400,
        text: "Service '%s' does not allow encoded characters in the request path",
        advice: {
            summary: "The request path holds percent-encoded characters, which the gateway does not pass to this service.",
            verdict: "bad-request",
            causes: [
                "A data set, member or file name with special characters, which the client encodes in the URL.",
                "The service is registered with API ML without permission for encoded characters."
            ],
            nextSteps: [
                "Avoid special characters in the name if you can.",
                "Otherwise ask the API ML administrator to allow encoded characters for this service, " +
                "or call the service directly with a profile that bypasses the gateway."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "Check whether the profile goes through the gateway (gateway port and a basePath)."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG702E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG702E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 400,
        text: "Gateway does not allow encoded slashes in request",
        advice: {
            summary: "The request path holds an encoded slash (%2F), for example from a UNIX path, and the gateway is set to refuse it.",
            verdict: "bad-request",
            causes: [
                "A UNIX file path or a name containing a slash that the client encoded into the URL.",
                "The gateway configuration does not allow encoded slashes."
            ],
            nextSteps: [
                "Ask the API ML administrator to allow encoded slashes in the gateway, or call the service directly, bypassing the gateway."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "Check whether the profile goes through the gateway (gateway port and a basePath)."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAS121E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAS121E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 400,
        text: "Authorization header is missing, or the request body is missing or invalid",
        advice: {
            summary: "A login to the API ML authentication service came without credentials, or with a body it could not read.",
            verdict: "authentication",
            ...MISSING_LOGIN_CREDENTIALS_ADVICE,
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG121E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG121E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 400,
        text: "Authorization header is missing, or the request body is missing or invalid",
        advice: {
            summary: "A login through the API ML gateway came without credentials, or with a body the gateway could not read.",
            verdict: "authentication",
            ...MISSING_LOGIN_CREDENTIALS_ADVICE,
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAT413E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAT413E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 400,
        text: "The platform returned error: %s",
        advice: {
            summary: "A password change was refused: the new password is not acceptable to the security product (EMVSPASSWORD).",
            verdict: "bad-request",
            causes: [
                "The new password breaks the site's password rules (length, characters, reuse of an old password).",
                "An installation exit that checks new passwords rejected it."
            ],
            nextSteps: [
                "Choose a new password that follows the site's rules (ask the security administrator if you do not know them) and change it again.",
                "Once it is changed, store it in the profile."
            ],
            nextCommands: [
                {
                    command: "zowe config secure",
                    purpose: "Store the new password in the secure vault after the change succeeded.",
                    tags: ["vault"]
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG130E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG130E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 401,
        text: "Token is not valid for URL '%s'",
        advice: {
            summary:
                "The API ML token sent with the request is not valid: expired, logged out, issued by another API ML, " +
                "or damaged (a token that is not even well formed gets 400).",
            verdict: "authentication",
            causes: [
                "The token expired or was invalidated by a logout.",
                "The token was issued by another API ML installation (another host or port than the one called now).",
                "The stored token value was cut or altered, for example when pasted by hand."
            ],
            nextSteps: [
                "Get a new token by logging in again; a stale token stays in the vault until replaced.",
                "If the problem returns right after a login, check that host and port point at the API ML that issued the token."
            ],
            nextCommands: [
                {
                    command: "zowe auth login apiml",
                    purpose: "Get a new API ML token and store it in the base profile."
                },
                {
                    command: "zowe config list --locations",
                    purpose: "Check which profile supplies tokenType, tokenValue, host and port."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAO402E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAO402E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 401,
        text: "The request has not been applied because it lacks valid authentication credentials.",
        advice: {
            summary: "The gateway found no valid credentials in the request: they are missing, wrong or expired.",
            verdict: "authentication",
            causes: [
                "No user and password, token or certificate was sent, or a value is missing from the profile.",
                "The password or token has expired, or the password is wrong."
            ],
            nextSteps: [
                "Check which credentials the profile supplies before trying again; each wrong password counts toward a revoke.",
                "Log in again or store the corrected password; ask the security administrator if your user ID may be revoked."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which credentials are set, and in which profile."
                },
                {
                    command: "zowe auth login apiml",
                    purpose: "Get a new token once the credentials are known to be right."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG105E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG105E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 401,
        text: "Authentication is required for URL '%s'",
        advice: {
            summary:
                "The request reached a route that needs authentication without any usable credentials; the X-Zowe-Auth-Failure " +
                "response header, when kept, tells more (for example ZWEAG160E).",
            verdict: "authentication",
            causes: [
                "The profile sends no credentials: no user and password, no token, no certificate.",
                "A token or certificate was sent but the gateway could not use it."
            ],
            nextSteps: [
                "Add credentials to the profile (user and password, or a token from a login) and run the command again."
            ],
            nextCommands: [
                {
                    command: "zowe auth login apiml",
                    purpose: "Log in to API ML and store a token in the base profile."
                },
                {
                    command: "zowe config list --locations",
                    purpose: "See which credentials the profile supplies."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG120E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG120E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 401,
        text: "Invalid username or password for URL '%s'",
        advice: {
            summary:
                "The gateway rejected the user ID or password. With z/OSMF as the authentication provider, API ML also answers " +
                "an expired password this way, so this message does not prove that the password is mistyped.",
            verdict: "authentication",
            causes: [
                "A wrong password, or a wrong user ID, stored in the profile or the vault.",
                "An expired password: older API ML levels could not tell it apart and reported it as invalid.",
                "Another profile or config layer supplies a different user than you expect."
            ],
            nextSteps: [
                "Stop: each further wrong attempt counts toward the revoke limit of your user ID, so never retry in a loop.",
                "Check the password once by hand, for example with a TSO logon; that logon also asks for a new password if it has expired.",
                "Store the corrected password, then log in again."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which profile and config file supply the user ID."
                },
                {
                    command: "zowe config secure",
                    purpose: "Store the corrected password in the vault, after checking it by hand.",
                    tags: ["vault"]
                },
                {
                    command: "zowe auth login apiml",
                    purpose: "Log in again once the password is right."
                }
            ],
            resources: [APIML_MESSAGES_PAGE, APIML_EXPIRED_PASSWORD_PR]
        }
    },
    {
        id: "ZWEAS120E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAS120E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 401,
        text: "Invalid username or password for URL '%s'",
        advice: {
            summary:
                "The API ML authentication service rejected the user ID or password. With z/OSMF as the authentication " +
                "provider, an expired password can also be reported this way.",
            verdict: "authentication",
            causes: [
                "A wrong password or user ID in the profile or the vault.",
                "An expired password that the API ML level in use cannot report as such."
            ],
            nextSteps: [
                "Do not retry in a loop: each wrong attempt counts toward the revoke limit.",
                "Check the password once by hand (a TSO logon), store the corrected one, then log in again."
            ],
            nextCommands: [
                {
                    command: "zowe config secure",
                    purpose: "Store the corrected password in the vault, after checking it by hand.",
                    tags: ["vault"]
                },
                {
                    command: "zowe auth login apiml",
                    purpose: "Log in again once the password is right."
                }
            ],
            resources: [APIML_MESSAGES_PAGE, APIML_EXPIRED_PASSWORD_PR]
        }
    },
    {
        id: "ZWEAG131E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG131E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 401,
        text: "No authorization token provided for URL '%s'",
        advice: {
            summary: "The request needed an API ML token and none was sent.",
            verdict: "authentication",
            causes: [
                "The profile has tokenType set but no tokenValue, for example after a logout.",
                "The token was removed from the vault or never stored."
            ],
            nextSteps: ["Log in to API ML to get and store a token, then run the command again."],
            nextCommands: [
                {
                    command: "zowe auth login apiml",
                    purpose: "Get a new API ML token and store it in the base profile."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAT100E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAT100E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 401,
        text: "Token is expired for URL '%s'",
        advice: {
            summary: "The API ML token has expired.",
            verdict: "authentication",
            causes: [
                "The token lifetime has run out since the last login.",
                "When failures return soon after each login: the z/OSMF LTPA token inside the API ML token can expire before the API ML token."
            ],
            nextSteps: ["Log in again to get a new token; if the failure returns quickly, tell the API ML administrator about the token lifetimes."],
            nextCommands: [
                {
                    command: "zowe auth login apiml",
                    purpose: "Get a new API ML token and store it in the base profile."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG103E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG103E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 401,
        text: "The token has expired",
        advice: {
            summary: "The API ML token has expired (the v2 gateway's wording).",
            verdict: "authentication",
            causes: [
                "The token lifetime has run out since the last login.",
                "When failures return soon after each login: the z/OSMF LTPA token inside the API ML token can expire before the API ML token."
            ],
            nextSteps: ["Log in again to get a new token."],
            nextCommands: [
                {
                    command: "zowe auth login apiml",
                    purpose: "Get a new API ML token and store it in the base profile."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG160E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG160E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 401,
        text: "No authentication provided in the request",
        advice: {
            summary:
                "The gateway received no credentials at all. It puts this message in the X-Zowe-Auth-Failure header, while " +
                "the body usually carries ZWEAG105E.",
            verdict: "authentication",
            causes: [
                "The profile has no user and password, no token and no client certificate.",
                "A custom client does not send a token or a client certificate."
            ],
            nextSteps: ["Add credentials to the profile, or log in to API ML to get a token, and run the command again."],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which credentials the profile supplies."
                },
                {
                    command: "zowe auth login apiml",
                    purpose: "Log in to API ML and store a token."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG161E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG161E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 401,
        text: "No user was found",
        advice: {
            summary: "The certificate or token was accepted, but no z/OS user ID is mapped to it.",
            verdict: "authentication",
            causes: [
                "The client certificate is not associated with a z/OS user ID in the security product.",
                "An identity from an external token (for example an OIDC token) has no mapping to a mainframe user ID."
            ],
            nextSteps: [
                "Ask the security administrator to map your certificate or distributed identity to your z/OS user ID.",
                "Until then, connect with a user ID and password."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which certificate files or token the profile uses."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAT410E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAT410E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 401,
        text: "The platform returned error: %s",
        advice: {
            summary: "The security product says the password is incorrect (EACCES).",
            verdict: "authentication",
            causes: ["A mistyped or outdated password in the profile or the vault.", "A password changed elsewhere but not in Zowe."],
            nextSteps: [
                "Stop: each further wrong attempt counts toward the revoke limit of your user ID.",
                "Check the password once by hand (a TSO logon), store the corrected one, then try once."
            ],
            nextCommands: [
                {
                    command: "zowe config secure",
                    purpose: "Store the corrected password in the vault.",
                    tags: ["vault"]
                },
                {
                    command: "zowe config list --locations",
                    purpose: "See which profile supplies the user and password."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAT411E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAT411E"] },
        priority: 400,
        server: "apiml",
        text: "The platform returned error: %s",
        advice: {
            summary:
                "The security product or z/OS returned an error while checking the credentials; the inserted text names it. " +
                "It comes with 401 for an error inside the security product and with 500 for other platform errors.",
            verdict: "server-error",
            causes: [
                "An internal error of the security product (EMVSSAF2ERR).",
                "A platform error such as EMVSERR, ENOSYS or EPERM in the address space that checks the password."
            ],
            nextSteps: ["Give the security administrator the full message and the time of the failure; retrying will not help."],
            nextCommands: [
                {
                    command: "zowe config report-env",
                    purpose: "Collect environment details to go with the message."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAT412E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAT412E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 401,
        text: "The platform returned error: %s",
        advice: {
            summary: "The password has expired (EMVSEXPIRE).",
            verdict: "authentication",
            causes: ["The site's password interval has passed since the last change.", "The security administrator reset the password as expired."],
            nextSteps: [
                "Change the password: log on to TSO, or use the z/OSMF web interface, which both prompt for a new one.",
                "Store the new password in Zowe, then run the command once."
            ],
            nextCommands: [
                {
                    command: "zowe config secure",
                    purpose: "Store the new password in the vault after the change.",
                    tags: ["vault"]
                },
                {
                    command: "zowe auth login apiml",
                    purpose: "Get a new API ML token with the new password, if the profile uses tokens."
                }
            ],
            resources: [APIML_MESSAGES_PAGE, APIML_EXPIRED_PASSWORD_PR]
        }
    },
    {
        id: "ZWEAT414E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAT414E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 401,
        text: "The platform returned error: %s",
        advice: {
            summary: "Your user ID has been revoked (EMVSSAFEXTRERR); no password will work until it is resumed.",
            verdict: "authentication",
            causes: [
                "Too many wrong passwords, often from a stale password retried by a client or a script.",
                "The security administrator revoked the user ID."
            ],
            nextSteps: [
                "Stop every client and script that logs on with this user ID, so it is not revoked again right after being resumed.",
                "Ask the security administrator to resume the user ID (and reset the password if needed).",
                "Store the right password in Zowe before the next attempt."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "Find every profile and config layer that stores this user ID."
                },
                {
                    command: "zowe config secure",
                    purpose: "Store the right password once the user ID is resumed.",
                    tags: ["vault"]
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAT415E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAT415E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 401,
        text: "The platform returned error: %s",
        advice: {
            summary: "The user ID is not known to the security product (ESRCH).",
            verdict: "authentication",
            causes: [
                "A typing error in the user ID, or a user ID from another system.",
                "The user ID is not defined on this system, or may lack the OMVS segment that z/OS UNIX password checks need."
            ],
            nextSteps: [
                "Check the user ID in the profile.",
                "If it is right, ask the security administrator whether it is fully defined on this system."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which profile supplies the user ID."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAT416E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAT416E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 401,
        text: "The platform returned error: %s",
        advice: {
            summary: "The security product found the user name or password not valid (EINVAL).",
            verdict: "authentication",
            causes: [
                "An empty or malformed user ID or password, for example with stray blanks.",
                "A user ID longer than 8 characters, which z/OS does not allow."
            ],
            nextSteps: [
                "Check the user ID and password in the profile once, by hand, before the next attempt.",
                "Store the corrected values."
            ],
            nextCommands: [
                {
                    command: "zowe config secure",
                    purpose: "Re-enter the user ID and password in the vault.",
                    tags: ["vault"]
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAT409E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAT409E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 500,
        text: "The platform returned error: %s",
        advice: {
            summary: "The platform answered the credential check with an error code API ML does not know.",
            verdict: "server-error",
            causes: ["An unexpected return from the security product or z/OS during the password check."],
            nextSteps: ["Give the API ML administrator the full message and time; the catalog asks for an issue to be raised with it."],
            nextCommands: [
                {
                    command: "zowe config report-env",
                    purpose: "Collect environment details to go with the message."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAT403E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAT403E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 403,
        text: "The user is not authorized to the target resource: %s",
        advice: {
            summary: "You are logged in, but the security product denies your user ID access to this resource.",
            verdict: "authorization",
            causes: [
                "Your user ID lacks the SAF access that the resource or service requires.",
                "The command went to another resource than intended."
            ],
            nextSteps: [
                "Check that the resource in the message is the one you meant.",
                "Ask the security administrator for access, naming the resource from the message."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "Confirm which user ID the access was checked for."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "IZUG846W",
        kind: "message-id",
        when: { source: ["http"], messageId: ["IZUG846W"] },
        priority: 400,
        server: "zosmf",
        usualStatus: 403,
        text:
            "An HTTP request for a z/OSMF REST service was received from a remote site. The request was rejected ... " +
            "the remote site \"%s\" is not permitted",
        advice: {
            summary:
                "z/OSMF rejected the call as a cross-site request: the X-CSRF-ZOSMF-HEADER header was missing, " +
                "or the calling origin is not permitted.",
            verdict: "client-config",
            causes: [
                "A script, curl call or older SDK that does not send X-CSRF-ZOSMF-HEADER (Zowe CLI always sends it).",
                "API ML 3.3 did not pass the header on to z/OSMF; Zowe 3.5 fixes it.",
                "A browser-based client whose origin is not permitted by a ZMFAPLA profile under IZUDFLT.ZOSMF.REST."
            ],
            nextSteps: [
                "For your own scripts, add the header X-CSRF-ZOSMF-HEADER to every z/OSMF request.",
                "If the call goes through API ML 3.3, ask the Zowe administrator for the upgrade to Zowe 3.5 or later.",
                "For a browser-based client, ask the security administrator to permit its origin in class ZMFAPLA."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "Check whether the call goes through API ML (gateway port and basePath) or straight to z/OSMF."
                },
                {
                    command: "zowe zosmf check status",
                    purpose: "Check that a call from Zowe CLI, which sends the header, works."
                }
            ],
            resources: [
                {
                    href: "https://ibm.com/docs/en/zos/2.3.0?topic=v2r3-establish-security-cross-site-zosmf-rest-requests",
                    title: "IBM z/OS: establish security for cross-site z/OSMF REST requests"
                }
            ]
        }
    },
    {
        id: "ZWEAO404E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAO404E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 404,
        text: "The service can not find the requested resource.",
        advice: {
            summary: "The API ML gateway has no route for this path: the profile's basePath is most likely missing or wrong.",
            verdict: "client-config",
            causes: [
                "basePath is empty or wrong for a profile that goes through the gateway; z/OSMF is routed with ibmzosmf/api/v1.",
                "An older default such as /zosmf/api/v1 written by an earlier zowe config auto-init.",
                "The service is not registered with this API ML."
            ],
            ...MISSING_BASE_PATH_ADVICE,
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAM104E",
        kind: "message-id",
        // MFS0103 is the same message in the API ML of Zowe 1.x (zowe-explorer-vscode #21).
        when: { source: ["http"], messageId: ["ZWEAM104E", "MFS0103"] },
        priority: 400,
        server: "apiml",
        usualStatus: 404,
        text: "The endpoint you are looking for '%s' could not be located",
        advice: {
            summary: "The API ML gateway does not know the path: the profile's basePath is most likely missing or wrong.",
            verdict: "client-config",
            causes: [
                "basePath is empty, so the gateway sees a bare /zosmf/... path it does not route.",
                "basePath is wrong, for example /zosmf/api/v1 instead of ibmzosmf/api/v1.",
                "The service is not registered with this API ML."
            ],
            ...MISSING_BASE_PATH_ADVICE,
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG709E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG709E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 404,
        text: "Service is not available at URL '%s'. Error returned: '%s'",
        advice: {
            summary: "The gateway knows the service but cannot reach it at its registered URL (v2 gateways).",
            verdict: "server-unavailable",
            causes: ["The service (z/OSMF, CICS, Db2) is down or restarting.", "The gateway cannot reach the service's host or port."],
            nextSteps: [
                "Wait a little and retry once.",
                "If it lasts, give the API ML administrator the message; they check that the service runs and is reachable from the gateway."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Check whether z/OSMF answers through the profile you use."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAO405E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAO405E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 405,
        text: "The request method has been disabled and cannot be used for the requested resource.",
        advice: {
            summary: "The gateway does not accept this HTTP method for this resource.",
            verdict: "bad-request",
            causes: [
                "The profile sends the request to another service than intended (a wrong basePath or port).",
                "A client that uses a method this API ML level does not support for the resource."
            ],
            nextSteps: [
                "Check the Request and Resource lines under Diagnostic Information, and the profile's basePath.",
                "If both are right, report it with the environment details."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which profile supplies host, port and basePath."
                },
                {
                    command: "zowe config report-env",
                    purpose: "Collect environment details for an issue report."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG101E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG101E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 405,
        text: "Authentication method '%s' is not supported for URL '%s'",
        advice: {
            summary: "An authentication endpoint was called with an HTTP method it does not support.",
            verdict: "bad-request",
            causes: [
                "A script or custom client calls the login or query endpoint with the wrong method.",
                "A client whose login call does not match this API ML level."
            ],
            nextSteps: [
                "Use the HTTP method the API ML documentation gives for that endpoint.",
                "If the call came from zowe auth login apiml, report it with the environment details."
            ],
            nextCommands: [
                {
                    command: "zowe config report-env",
                    purpose: "Collect environment details for an issue report."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAO415E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAO415E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 415,
        text: "The media format of the requested data is not supported ...",
        advice: {
            summary: "The gateway or service does not accept the content type of the request body.",
            verdict: "bad-request",
            causes: ["A script or custom client that sends a body without the right Content-Type header.", "A client and server level mismatch."],
            nextSteps: ["Send the Content-Type the service expects (application/json for most z/OSMF requests) and try again."],
            nextCommands: [
                {
                    command: "zowe config report-env",
                    purpose: "Collect environment details if the call came from Zowe itself."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAO500E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAO500E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 500,
        text: "The service has encountered a situation it doesn't know how to handle ... message instance ID",
        advice: {
            summary: "The gateway failed in a way it did not expect; the message instance ID identifies the entry in the gateway log.",
            verdict: "server-error",
            causes: ["An internal error in API ML or in its handling of the routed service's answer."],
            nextSteps: [
                "Give the API ML administrator the message, its instance ID and the time of the failure, so they can find the log entry.",
                "Check the target afterwards before repeating a write."
            ],
            nextCommands: [
                {
                    command: "zowe config report-env",
                    purpose: "Collect environment details to go with the message."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAS100E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAS100E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 500,
        text: "Authentication exception: '%s' for URL '%s'",
        advice: {
            summary: "The API ML authentication service failed while checking the credentials; the inserted text says why.",
            verdict: "server-error",
            ...AUTHENTICATION_SERVICE_FAILURE_ADVICE,
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG100E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG100E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 500,
        text: "Authentication exception: '%s' for URL '%s'",
        advice: {
            summary: "The gateway failed while authenticating the request; the inserted text says why.",
            verdict: "server-error",
            ...AUTHENTICATION_SERVICE_FAILURE_ADVICE,
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG141E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG141E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 500,
        text: "PassTicket generation failed",
        advice: {
            summary: "The gateway could not create a PassTicket to sign you on to the routed service (v2 gateways).",
            verdict: "server-error",
            causes: ["The PassTicket setup in the security product (APPL class and PassTicket data profiles) is missing or wrong for this service."],
            nextSteps: ["Give the API ML administrator the message; the security administrator must fix the PassTicket definitions."],
            nextCommands: [
                {
                    command: "zowe config report-env",
                    purpose: "Collect environment details to go with the message."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG150E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG150E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 500,
        text: "SAF IDT generation failed",
        advice: {
            summary: "The gateway could not create a SAF identity token (IDT) to sign you on to the routed service (v2 gateways).",
            verdict: "server-error",
            causes: ["The SAF IDT setup in the security product is missing or wrong for this service."],
            nextSteps: ["Give the API ML administrator the message; the security administrator must fix the IDT definitions."],
            nextCommands: [
                {
                    command: "zowe config report-env",
                    purpose: "Collect environment details to go with the message."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG706E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG706E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 500,
        text: "RequestContext is not prepared for load balancing.",
        advice: {
            summary: "An internal gateway error: its load balancing was not ready when the request was routed (v2 gateways).",
            verdict: "server-error",
            causes: ["A defect or a start-up problem inside the gateway."],
            nextSteps: ["Give the API ML administrator the message and time; the catalog directs it to the vendor's support."],
            nextCommands: [
                {
                    command: "zowe config report-env",
                    purpose: "Collect environment details to go with the message."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG707E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG707E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 500,
        text: "The request to the URL '%s' aborted without retrying on another instance. Caused by: %s",
        advice: {
            summary: "The gateway's call to the service failed and was not retried on another instance (v2 gateways); the cause is inserted.",
            verdict: "server-error",
            causes: ["The connection to the service failed or broke; the \"Caused by\" text says how."],
            nextSteps: [
                "Read the \"Caused by\" text.",
                "Check the target before repeating a write, then give the API ML administrator the message if it recurs."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Check whether z/OSMF answers through the profile you use."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG708E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG708E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 500,
        text: "The request to the URL '%s' failed after retrying on all known service instances. Caused by: %s",
        advice: {
            summary: "No instance of the service could take the request, even after retries (v2 gateways).",
            verdict: "server-unavailable",
            causes: ["Every registered instance of the service is down, restarting or unreachable from the gateway."],
            nextSteps: [
                "Wait a few minutes and retry once.",
                "If it lasts, give the API ML administrator the message; they check the service's instances and the route to them."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Check whether z/OSMF answers through the profile you use."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG510E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG510E"] },
        priority: 400,
        server: "apiml",
        text: "Request to the resource ended with unexpected status code.",
        advice: {
            summary: "The routed service answered with a status the gateway did not expect; API ML v3 passes that status on.",
            causes: ["The service behind the gateway (z/OSMF, CICS, Db2) failed or refused the request."],
            nextSteps: [
                "Read the HTTP status: it is the service's own, so its usual meaning applies.",
                "Check that the target service is healthy, or ask its administrator."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Check whether z/OSMF answers through the profile you use."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAM511E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAM511E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 502,
        text: "There was a TLS request error accessing the URL '%s': '%s'",
        advice: {
            summary:
                "The gateway could not set up TLS with the routed service (v2 gateways). The problem is between the gateway " +
                "and the service, not between you and the gateway.",
            verdict: "server-error",
            causes: [
                "The gateway does not trust the service's certificate.",
                "The service's certificate does not carry the host name the gateway uses.",
                "Gateway and service have no TLS protocol or cipher in common."
            ],
            nextSteps: ["Give the API ML administrator the message; they check the gateway's truststore and the service's certificate."],
            nextCommands: [
                {
                    command: "zowe config report-env",
                    purpose: "Collect environment details to go with the message."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAO503E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAO503E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 503,
        text: "The server is not ready to handle the request: %s",
        advice: {
            summary: "The gateway is up but the routed service is not ready: still starting, waiting for another service, or not registered.",
            verdict: "server-unavailable",
            causes: [
                "z/OSMF (or CICS, Db2) is starting, restarting or stopped.",
                "The service has not registered with API ML Discovery yet, or the gateway cannot reach its host."
            ],
            nextSteps: [
                { text: "Wait a few minutes and retry once; after an IPL or restart services need time to register.", topic: "wait-and-retry" },
                "If it lasts, ask the API ML administrator to check the service in the API Catalog and the gateway log."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Check whether z/OSMF answers through the profile you use."
                },
                {
                    command: "zowe config list --locations",
                    purpose: "See which basePath routes the call, to name the service to the administrator."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAG710E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAG710E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 503,
        text: "Load balancer does not have available server for client: %s",
        advice: {
            summary: "The gateway has no available instance of the service (v2 gateways).",
            verdict: "server-unavailable",
            causes: ["The service's instances are down or were taken out of rotation after failures."],
            nextSteps: ["Wait and retry once; if it lasts, give the API ML administrator the message."],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Check whether z/OSMF answers through the profile you use."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAS104E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAS104E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 503,
        text: "Authentication service is not available by URL '%s'",
        advice: {
            summary: "The API ML authentication service is not available, so logins and token checks fail.",
            verdict: "server-unavailable",
            causes: [
                "The authentication service, or the provider it uses (often z/OSMF), is down or starting.",
                "API ML cannot reach the z/OSMF host it authenticates with."
            ],
            nextSteps: [
                "Wait and retry once; repeated logins do not speed recovery.",
                "If it lasts, ask the API ML administrator to check the authentication service and its route to z/OSMF."
            ],
            nextCommands: [
                {
                    command: "zowe auth login apiml",
                    purpose: "Log in again once the authentication service is back."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "ZWEAM700E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["ZWEAM700E"] },
        priority: 400,
        server: "apiml",
        usualStatus: 504,
        text: "No response received within the allowed time: %s",
        advice: {
            summary: "The routed service did not answer within the gateway's timeout (v2 gateways); the work may still have run.",
            verdict: "timeout",
            causes: [
                "A request that covers too much: a broad data set pattern, a large download, a long TSO or console command.",
                "z/OSMF or the service is slow or overloaded."
            ],
            nextSteps: [
                "Check whether the work happened before repeating a submit, upload or command.",
                "Narrow the request, or retry at a quieter time; if it lasts, ask the API ML administrator about the timeout."
            ],
            nextCommands: [
                {
                    command: "zowe zos-jobs list jobs",
                    purpose: "See whether a job you submitted ran despite the timeout."
                },
                {
                    command: "zowe zosmf check status",
                    purpose: "Check that z/OSMF answers short requests."
                }
            ],
            resources: [APIML_MESSAGES_PAGE]
        }
    },
    {
        id: "IZUG1126E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["IZUG1126E"] },
        priority: 400,
        server: "zosmf",
        text: "z/OSMF cannot correlate the request for key \"%s\" with an active z/OS application session.",
        advice: {
            summary: "The TSO servlet key names no active TSO/E address space: the session has ended, never started, or the key is wrong.",
            verdict: "not-found",
            causes: [
                "The TSO/E address space started with that key has ended.",
                "The address space failed during logon, for example because of a wrong logon procedure in the tso profile.",
                "A mistyped key, or a key from another system."
            ],
            nextSteps: [
                "Start a new address space and use the key it returns.",
                "If new address spaces end at once, look at the TSU job's output for logon errors and check the tso profile's " +
                "logonProcedure and account."
            ],
            nextCommands: [
                {
                    command: "zowe zos-tso start address-space",
                    purpose: "Start a new TSO/E address space and print its servlet key."
                },
                {
                    command: "zowe zos-jobs list jobs --prefix \"*\"",
                    purpose: "Find the TSU job of the address space and see whether it is active."
                }
            ],
            resources: [
                {
                    href: "https://github.com/zowe/zowe-cli/issues/468",
                    title: "zowe-cli #468: IZUG1126E when starting TSO"
                }
            ]
        }
    },
    {
        id: "IZUG1115E",
        kind: "message-id",
        when: { source: ["http"], messageId: ["IZUG1115E"] },
        priority: 400,
        server: "zosmf",
        text: "The request could not be completed. The common event adapter (CEA) component returned reason code %s ...",
        advice: {
            summary: "The common event adapter (CEA) refused to start or serve a TSO/E address space; its reason code says why.",
            causes: [
                "A TSO start parameter CEA does not accept, for example a column count out of range in the tso profile.",
                "Missing access to start TSO/E address spaces through z/OSMF, or a CEA problem on the system."
            ],
            nextSteps: [
                "Check the tso profile's values (account, logon procedure, rows, columns, region size) against what the site allows.",
                "Look up the CEA reason code in the z/OSMF Configuration Guide's table of CEA reason codes, or give it to the system programmer."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "Show the tso profile's values and where they come from."
                },
                {
                    command: "zowe zos-tso start address-space",
                    purpose: "Try a start again once the values are corrected, and see the full error."
                }
            ],
            resources: [
                {
                    href: "https://github.com/zowe/zowe-cli/issues/28",
                    title: "zowe-cli #28: IZUG1115E for an invalid tso profile value"
                }
            ]
        }
    },
    {
        id: "DFHWU4003",
        kind: "message-id",
        when: { source: ["http"], messageId: ["DFHWU4003"] },
        priority: 400,
        server: "cics",
        usualStatus: 400,
        text: "An unknown query parameter was specified in the URI.",
        advice: {
            summary: "CICS CMCI refused the request because its URL carries a query parameter CMCI does not know.",
            verdict: "bad-request",
            causes: [
                "A script or custom client that builds the CMCI URL by hand.",
                "A client that expects a newer CMCI level than the one installed."
            ],
            nextSteps: [
                "Check the URL for a misspelled or unsupported parameter and correct it.",
                "If the call came from a Zowe CICS command, compare the CICS level with what the plug-in needs."
            ],
            nextCommands: [
                {
                    command: "zowe config report-env",
                    purpose: "Collect environment details for an issue report."
                }
            ],
            resources: [
                {
                    href: "https://www.ibm.com/docs/en/SSJL4D_6.x/reference-system-programming/cmci/clientapi_rc.html",
                    title: "IBM CICS: CMCI HTTP response codes and DFHWU messages"
                }
            ]
        }
    }
];
