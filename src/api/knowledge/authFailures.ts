/**
 * What a 401 means for each way Zowe can authenticate a call, as told by the "Auth type used:" line of Zowe's
 * Diagnostic Information and the sentence Zowe adds to the error message for that type (for example "Username or
 * password are not valid or expired.").
 *
 * Facts: the 401 handling of Zowe's ZosmfRestClient and the auth-order code of imperative (read in Zowe CLI 8.37.1),
 * measurements of the wording Zowe prints per auth type, the API ML messages for expired, revoked and unmapped users,
 * and Zowe user threads on lock-outs, expired passwords and expired tokens (zowe-explorer #2326, api-layer #2888 and
 * PR #4800, zowe-cli #1341), as collected in the project's research notes. The wording is our own.
 */

import type { IKnowledgeEntry } from "./doc/IKnowledgeEntry";

/**
 * One entry per authentication type: why a 401 happens with it and how to recover without locking the user ID out.
 */
export const AUTH_FAILURES: readonly IKnowledgeEntry[] = [
    {
        id: "auth-basic",
        kind: "auth",
        when: { source: ["http"], status: [401], authKind: ["basic"] },
        priority: 100,
        group: "auth",
        advice: {
            summary:
                "The user ID and password were refused (Zowe adds \"Username or password are not valid or expired.\"): the " +
                "password is wrong or expired, or the user ID is revoked.",
            verdict: "authentication",
            causes: [
                {
                    text: "A wrong or outdated password stored in the profile or the secure vault, often after a password change elsewhere.",
                    topic: "wrong-password"
                },
                "The password has expired; z/OSMF often reports that exactly like a wrong password.",
                "The user ID has been revoked after too many failed attempts, or by the security administrator.",
                { text: "Another profile or config layer supplies a different user ID than you expect.", topic: "profile-layers" }
            ],
            nextSteps: [
                {
                    text: "Stop and do not retry, and never loop: every failed attempt counts toward the revoke limit of your user ID, " +
                        "and only a security administrator can resume it.",
                    topic: "no-retry"
                },
                { text: "Check which profile and config file supply user and password.", topic: "which-profile" },
                {
                    text: "Check the password once by hand, by logging on to TSO (or the z/OSMF web interface): that tells a wrong " +
                        "password from an expired one (you are asked for a new one) or a revoked user ID (the logon is refused).",
                    topic: "check-password"
                },
                { text: "Fix the stored password before the next Zowe command, then run it once.", topic: "store-credentials" }
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which profile and config file supply the user ID and password."
                },
                {
                    command: "zowe config secure",
                    purpose: "Re-enter the password in the secure vault, after it has been checked by hand.",
                    tags: ["vault"]
                },
                {
                    command: "zowe config set --secure profiles.zosmf.properties.password",
                    purpose: "Store a new password for one profile only; it prompts without echoing (use your profile's name).",
                    tags: ["vault"]
                }
            ]
        }
    },
    {
        id: "auth-token",
        kind: "auth",
        when: { source: ["http"], status: [401], authKind: ["token"] },
        priority: 100,
        group: "auth",
        advice: {
            summary:
                "The token was refused (Zowe adds \"Token type = '...' is not valid, token is invalid, or token is expired.\"): " +
                "the LtpaToken2 or jwtToken has expired, was logged out, or came from another server.",
            verdict: "authentication",
            causes: [
                "The token has expired; LTPA and JWT tokens have a limited lifetime.",
                "The token was issued by another server (another z/OSMF or API ML) than the one the profile calls now.",
                "tokenType does not match the token stored in tokenValue.",
                "Through API ML, the z/OSMF token inside the API ML token expired first, so failures return soon after each login."
            ],
            nextSteps: [
                "Get a new token: for an API ML profile, log in to API ML again; otherwise re-enter the token value.",
                "Check that host and port point at the server that issued the token.",
                "If failures return right after a new login, tell the API ML administrator about the token lifetimes."
            ],
            nextCommands: [
                {
                    command: "zowe auth login apiml",
                    purpose: "Get a new API ML token and store it in the base profile.",
                    tags: ["apiml"]
                },
                {
                    command: "zowe config secure",
                    purpose: "Re-enter the token value (or the user and password) in the secure vault.",
                    tags: ["vault"]
                },
                {
                    command: "zowe config list --locations",
                    purpose: "See which profile supplies tokenType, tokenValue, host and port."
                }
            ]
        }
    },
    {
        id: "auth-apiml-token-without-base-path",
        kind: "auth",
        when: { source: ["http"], status: [401], authKind: ["apiml-token-without-base-path"] },
        priority: 100,
        group: "auth",
        advice: {
            summary:
                "An API ML token was used by a profile without basePath. Zowe says so: Token type \"apimlAuthenticationToken\" " +
                "requires base path to be defined. You must either connect with username and password or provide a base path.",
            verdict: "authentication",
            causes: [
                {
                    text: "The base profile holds an API ML token, while this service profile has no basePath and so calls z/OSMF directly, " +
                        "which does not accept that token.",
                    topic: "token-without-base-path"
                },
                { text: "basePath was removed or never set after switching the profile to go through API ML.", topic: "base-path-removed" }
            ],
            nextSteps: [
                {
                    text: "To go through API ML, set basePath (ibmzosmf/api/v1 for z/OSMF) and use the gateway's host and port.",
                    topic: "route-through-apiml"
                },
                { text: "To call z/OSMF directly, use user and password for this profile instead of the API ML token.", topic: "call-directly" }
            ],
            nextCommands: [
                {
                    command: "zowe config set profiles.zosmf.properties.basePath ibmzosmf/api/v1",
                    purpose: "Route the profile through API ML (use your profile's name)."
                },
                {
                    command: "zowe config list --locations",
                    purpose: "See which profiles supply basePath, tokenType and the host and port."
                }
            ]
        }
    },
    {
        id: "auth-bearer",
        kind: "auth",
        when: { source: ["http"], status: [401], authKind: ["bearer"] },
        priority: 100,
        group: "auth",
        advice: {
            summary:
                "The bearer token was refused. Zowe sends a bearer token when the profile has a tokenValue but no tokenType.",
            verdict: "authentication",
            causes: [
                "The token has expired or is not valid for this server.",
                "tokenType is missing, so an LTPA or API ML token was sent as a bearer token, which the server does not accept that way.",
                "The server is not set up to accept bearer tokens."
            ],
            nextSteps: [
                "If the token is an API ML or LTPA token, set the matching tokenType in the profile.",
                "Otherwise get a new token from its issuer and store it."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which profile supplies tokenValue and whether tokenType is set."
                },
                {
                    command: "zowe config secure",
                    purpose: "Re-enter the token value in the secure vault.",
                    tags: ["vault"]
                }
            ]
        }
    },
    {
        id: "auth-cert-pem",
        kind: "auth",
        when: { source: ["http"], status: [401], authKind: ["cert-pem"] },
        priority: 100,
        group: "auth",
        advice: {
            summary:
                "The client certificate was refused (Zowe adds \"Certificate is not valid or expired.\"): it has expired, " +
                "is not trusted, or is not mapped to a z/OS user ID.",
            verdict: "authentication",
            causes: [
                "The client certificate has expired or is not yet valid.",
                "The server does not trust the CA that issued the certificate.",
                "The certificate is not mapped to a z/OS user ID in the security product; through API ML this shows as ZWEAG161E " +
                "\"No user was found\".",
                "The profile points at the wrong certificate or key file."
            ],
            nextSteps: [
                "Check the certificate's validity dates and the files the profile names.",
                "Ask the security administrator to check that the certificate's issuer is trusted and that the certificate is " +
                "mapped to your user ID.",
                "Until then, connect with a user ID and password."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which certificate and key files the profile uses."
                }
            ]
        }
    },
    {
        id: "auth-none",
        kind: "auth",
        when: { source: ["http"], status: [401], authKind: ["none"] },
        priority: 100,
        group: "auth",
        advice: {
            summary: "No credentials were sent: the profile has no user and password, no token and no certificate.",
            verdict: "authentication",
            causes: [
                "The profile was never given credentials, or they were deleted from the secure vault.",
                "The command used another profile than the one holding the credentials.",
                "The secure vault could not be read on this machine, so stored secrets were not found."
            ],
            nextSteps: [
                "Find out which profile the command used, and add credentials to it or to the base profile.",
                "For a new setup, create a config, which prompts for what is missing."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which profiles exist and which properties each holds."
                },
                {
                    command: "zowe config init",
                    purpose: "Create a config with prompts for host, port, user and password."
                },
                {
                    command: "zowe config set --secure profiles.zosmf.properties.user",
                    purpose: "Add a user ID to an existing profile; it prompts (do the same for password, with your profile's name)."
                }
            ]
        }
    },
    {
        id: "auth-unknown",
        kind: "auth",
        // Any 401 whose authentication is not one of the kinds above: the most general entry of its group.
        when: { source: ["http"], status: [401] },
        priority: 100,
        group: "auth",
        advice: {
            summary: "The service refused the credentials, and the way Zowe authenticated the call could not be determined.",
            verdict: "authentication",
            causes: [
                "Wrong, expired or revoked credentials.",
                "An expired or foreign token.",
                "Credentials from another profile or config layer than you expect."
            ],
            nextSteps: [
                "Do not retry in a loop: failed logons count toward the revoke limit of your user ID.",
                "Check which credentials the profile supplies, verify the password once by hand, and store corrected values before trying again."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which credentials each profile supplies."
                },
                {
                    command: "zowe config secure",
                    purpose: "Re-enter the secure values (password, token) in the vault.",
                    tags: ["vault"]
                }
            ]
        }
    },
    {
        id: "TOKEN_EXPIRED",
        kind: "auth",
        // Only the probe gives this code: it read the token's own expiry (its `exp` claim) and did not send it.
        when: { source: ["client"], code: ["TOKEN_EXPIRED"] },
        priority: 100,
        group: "auth",
        advice: {
            summary: "The token the profile holds has expired by its own expiry time, so it was not sent: no request was spent on it.",
            verdict: "authentication",
            causes: [
                "API ML and z/OSMF tokens last a few hours (API ML's default is 8 hours); the token in the profile was stored by an earlier log-in.",
                "Another tool logged out, or a log-in from elsewhere stored a newer token in a different profile or config layer."
            ],
            nextSteps: [
                "Log in again: the API ML gateway issues a new token, and Zowe CLI stores it in the base profile (tokenValue).",
                { text: "Check which profile and config file supply the token.", topic: "which-profile" }
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which profile and config file supply tokenValue and tokenType."
                }
            ]
        }
    }
];
