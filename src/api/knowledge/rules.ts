/**
 * Rules: knowledge that weighs several facts of a failed call at once, because real failures show that the status
 * alone misleads. A 401 from z/OSMF can be a user ID outside z/OSMF's SAF group or an API ML token sent past the
 * gateway; a 500 from the TSO-based services (data sets, TSO commands, the console) can be a wrong password, missing
 * access, a hung logon, a data set in use, or the user's TSO environment; a TLS handshake cut short is most often
 * an https profile pointed at a port that does not speak TLS. Each rule names the facts that trigger it and the
 * thread or IBM page it comes from; when the facts cannot settle the verdict, the rule adds the cause that users
 * found, without a verdict of its own.
 *
 * Priorities: 500 and up decide a verdict over message IDs (400) and z/OSMF reason codes (300); the TSO rules form
 * one group (`tso-500`), so the most telling of them speaks; rules below 100 only add causes after the 401 advice.
 */
import type { IKnowledgeEntry } from "./doc/IKnowledgeEntry";

/** The IBM TSO/E messages page of a logon message, for the rules keyed on IKJ messages. */
const TSO_LOGON_MESSAGES = {
    href: "https://www.ibm.com/docs/SSLTBW_2.2.0/com.ibm.zos.v2r2.ikjm100/cd02113.htm",
    title: "IBM z/OS TSO/E Messages: IKJ56420I and the other LOGON messages"
};

export const RULES: readonly IKnowledgeEntry[] = [
    {
        id: "rule-zosmf-401-not-izuuser",
        kind: "rule",
        // A 401 from z/OSMF itself with user and password, or with Zowe's wording for them.
        when: [
            { source: ["http"], status: [401], service: ["zosmf"], authKind: ["basic"] },
            { source: ["http"], status: [401], service: ["zosmf"], textMatches: ["Username or password are not valid or expired"] }
        ],
        priority: 90,
        advice: {
            summary:
                "z/OSMF answers a user ID that is not allowed to use it with the same 401 as a wrong password, so a right " +
                "password can still fail here.",
            causes: [
                "The user ID is not connected to the IZUUSER group (z/OSMF's SAF group for users), so z/OSMF refuses it as if " +
                "the password were wrong: ask your security administrator to CONNECT it to IZUUSER."
            ],
            nextSteps: [
                "If the same user ID and password log on to TSO but z/OSMF still answers 401, ask the security administrator " +
                "whether the user ID is connected to IZUUSER (or the group your site uses for z/OSMF users), e.g. " +
                "CONNECT userid GROUP(IZUUSER), before trying again."
            ]
        },
        source: { title: "zowe-cli #2497: a 401 \"not valid or expired\" fixed by CONNECT to IZUUSER", url: "https://github.com/zowe/zowe-cli/issues/2497" }
    },
    {
        id: "rule-apiml-token-sent-to-zosmf",
        kind: "rule",
        // Zowe's own wording says an API ML token went without a base path; the path and port say it went to z/OSMF.
        when: {
            source: ["http"], status: [401], authKind: ["apiml-token-without-base-path"], basePathEmpty: true,
            resourceMatches: ["^\\/zosmf\\/"], portNot: [7554]
        },
        priority: 500,
        advice: {
            summary:
                "An API ML token was sent straight to z/OSMF: the profile has no base path and a port that is not the gateway's, " +
                "so the call skipped API ML, and z/OSMF does not accept API ML tokens.",
            verdict: "client-config",
            // The topics are those of auth-apiml-token-without-base-path, which says the same for any server.
            causes: [
                {
                    text: "The profile takes the API ML token of the base profile (tokenType apimlAuthenticationToken) but has no basePath, " +
                        "so the token went straight to z/OSMF instead of through the gateway.",
                    topic: "token-without-base-path"
                },
                { text: "basePath was removed, or the port changed to z/OSMF's, after logging in to API ML.", topic: "base-path-removed" }
            ],
            nextSteps: [
                {
                    text: "To go through API ML, set basePath (ibmzosmf/api/v1 for z/OSMF) and the gateway's host and port in this profile.",
                    topic: "route-through-apiml"
                },
                { text: "To call z/OSMF directly, give this profile a user and password instead of the API ML token.", topic: "call-directly" }
            ],
            nextCommands: [
                {
                    command: "zowe config set profiles.zosmf.properties.basePath ibmzosmf/api/v1",
                    purpose: "Route the profile through API ML (use your profile's name, and the gateway's port)."
                },
                {
                    command: "zowe config list --locations",
                    purpose: "See which profiles supply basePath, port, tokenType and tokenValue."
                }
            ]
        },
        source: {
            title: "zowe-explorer-vscode #4374: Token type \"apimlAuthenticationToken\" requires base path to be defined",
            url: "https://github.com/zowe/zowe-explorer-vscode/issues/4374"
        }
    },
    {
        id: "rule-tso-500-izuguest",
        kind: "rule",
        when: { source: ["http"], status: [500], textMatches: ["USER=IZUGUEST"] },
        priority: 520,
        group: "tso-500",
        advice: {
            summary:
                "z/OSMF ran the request as its unauthenticated guest user IZUGUEST, whose TSO logon failed: the credentials were " +
                "not accepted, and this z/OSMF reports that as a 500 instead of a 401.",
            verdict: "authentication",
            causes: [
                "A wrong password: z/OSMF fell back to the unauthenticated IZUGUEST identity, whose TSO logon failed, so a bad " +
                "password surfaced as a 500 instead of a 401.",
                "No credentials reached z/OSMF (an empty user or password in the profile).",
                "z/OSMF's own set-up: a correctly configured z/OSMF answers a wrong password with 401, so tell the system programmer too."
            ],
            nextSteps: [
                "Do not retry in a loop: if the password is wrong, every attempt counts toward the revoke limit of your user ID.",
                "Check the password once by hand (a TSO or z/OSMF web logon), then store the right one in the profile."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which profile and config file supply user and password."
                },
                {
                    command: "zowe config secure",
                    purpose: "Re-enter the password in the secure vault, after it has been checked by hand.",
                    tags: ["vault"]
                }
            ]
        },
        source: { title: "zowe-explorer-vscode #261: a wrong password shown as a 500 with USER=IZUGUEST", url: "https://github.com/zowe/zowe-explorer-vscode/issues/261" }
    },
    {
        id: "rule-tso-500-logon-password",
        kind: "rule",
        when: {
            source: ["http"], status: [500],
            textMatches: ["IKJ56421I", "LOGON\\/JOB INITIATION - INVALID PASSWORD", "LOGON\\/JOB INITIATION - REVOKED USER", "IRR013I"]
        },
        priority: 510,
        group: "tso-500",
        advice: {
            summary:
                "The TSO logon behind the request was refused for the password or the user ID (IKJ56421I, or ICH408I with " +
                "INVALID PASSWORD or REVOKED): a logon failure that z/OSMF passed on as a 500.",
            verdict: "authentication",
            causes: [
                "A wrong or expired password for the TSO logon that z/OSMF makes on your behalf.",
                "The user ID has been revoked after too many failed attempts."
            ],
            nextSteps: [
                "Stop and do not retry: every failed logon counts toward the revoke limit of your user ID.",
                "Log on to TSO once by hand to tell a wrong password from an expired one or a revoked user ID, then store the right password."
            ],
            nextCommands: [
                {
                    command: "zowe config secure",
                    purpose: "Re-enter the password in the secure vault, after it has been checked by hand.",
                    tags: ["vault"]
                }
            ],
            resources: [TSO_LOGON_MESSAGES]
        },
        source: {
            title: "zopeneditor-about #465: ICH408I LOGON/JOB INITIATION - INVALID PASSWORD during z/OSMF TSO logons (IZUFPROC)",
            url: "https://github.com/IBM/zopeneditor-about/issues/465"
        }
    },
    {
        id: "rule-tso-500-authorization",
        kind: "rule",
        when: [
            { source: ["http"], status: [500], textMatches: ["INSUFFICIENT ACCESS AUTHORITY", "IKJ56420I", "IKJ56642I"] },
            // ISRZ002 is ISPF's generic short message: "Authorization failed" is an access failure, whatever the status.
            { source: ["http"], textMatches: ["ISRZ002\\s{1,16}Authorization failed"] }
        ],
        priority: 510,
        group: "tso-500",
        advice: {
            summary:
                "The security product refused your user ID access (ISRZ002 \"Authorization failed\", ICH408I INSUFFICIENT " +
                "ACCESS AUTHORITY, or a user ID not authorized to use TSO): a missing permission, not a missing data set.",
            verdict: "authorization",
            causes: [
                "The data set belongs to another high-level qualifier whose security profile does not give you access " +
                "(for example a course's or a colleague's user ID in the name).",
                "Your user ID lacks READ access to a data set that the TSO logon procedure allocates (ICH408I names it).",
                "Your user ID is not authorized to use TSO (IKJ56420I), which the data set and TSO services of z/OSMF need."
            ],
            nextSteps: [
                "Check that the name holds your own high-level qualifier, or one you were given access to.",
                "Ask the security administrator for the access named in the message (the data set or resource, and READ or UPDATE)."
            ],
            nextCommands: [
                {
                    command: "zowe zos-files list data-set \"HLQ.*\"",
                    purpose: "List the data sets under your own high-level qualifier."
                }
            ],
            resources: [TSO_LOGON_MESSAGES]
        },
        source: {
            title: "cobol-programming-course #43: ISRZ002 Authorization failed on another user's data set (913 abend)",
            url: "https://github.com/openmainframeproject/cobol-programming-course/issues/43"
        }
    },
    {
        id: "rule-tso-500-timeout",
        kind: "rule",
        when: { source: ["http"], status: [500], textMatches: ["timeout receiving response"] },
        priority: 505,
        group: "tso-500",
        advice: {
            summary:
                "z/OSMF's TSO servlet waited too long for the TSO address space behind the request (\"timeout receiving " +
                "response (>30 secs)\"): the work took longer than the servlet's response timeout, or the logon hung.",
            verdict: "timeout",
            causes: [
                "The request is large: a list of hundreds of data sets or members, or a large upload, takes longer than 30 seconds.",
                "The system is busy, or the TSO logon behind the request hung (a logon procedure waiting for a data set or a prompt)."
            ],
            nextSteps: [
                "Narrow the request (a more specific pattern, fewer members), or allow the servlet more time with --response-timeout.",
                "If even small requests time out, give the system programmer the time of the failure and the TsoServerConnection details."
            ],
            nextCommands: [
                {
                    command: "zowe zos-files list data-set \"HLQ.*\" --response-timeout 600",
                    purpose: "Let the z/OSMF TSO servlet run up to 600 seconds for a large list."
                }
            ]
        },
        source: { title: "zowe-explorer-vscode #943: TSO servlet timeout (>30 secs) listing a large HLQ", url: "https://github.com/zowe/zowe-explorer-vscode/issues/943" }
    },
    {
        id: "rule-tso-500-data-set-in-use",
        kind: "rule",
        when: [
            { source: ["http"], status: [500], textMatches: ["IKJ56225I", "IGD17101I"] },
            { source: ["http"], status: [500], family: ["files", "tso"], textMatches: ["already in use", "already exists", "DUPLICATE NAME EXISTS"] },
            // ISPF's serialisation: another editor holds the data set or member (ISGENQ on QNAME SPFEDIT or SPFDSN).
            { source: ["http"], status: [500], textMatches: ["Enqueue for QNAME=SPF\\w{0,8} failed", "ISGENQ obtain for SPF"] }
        ],
        priority: 505,
        group: "tso-500",
        advice: {
            summary:
                "The data set is in use or its name is already taken (IKJ56225I DATA SET ALREADY IN USE, IGD17101I DUPLICATE " +
                "NAME EXISTS IN CATALOG): the request conflicts with another job, user or data set.",
            verdict: "conflict",
            causes: [
                "Another job or user holds the data set (IKJ56225I DATA SET IS ALLOCATED TO ANOTHER JOB OR USER).",
                "A data set with that name already exists, so it cannot be created again."
            ],
            nextSteps: [
                "For a data set in use, wait until the other job or user releases it, then retry once.",
                "For a name that exists, pick another name, or delete or reuse the existing data set on purpose."
            ],
            nextCommands: [
                {
                    command: "zowe zos-files list data-set \"HLQ.*\"",
                    purpose: "See which data sets already exist under the high-level qualifier."
                }
            ]
        },
        source: {
            title: "IBM APAR PK47518: IKJ56225I DATA SET ALREADY IN USE, TRY LATER / DATA SET IS ALLOCATED TO ANOTHER JOB OR USER",
            url: "https://www.ibm.com/support/pages/apar/PK47518"
        }
    },
    {
        id: "rule-tso-500-environment",
        kind: "rule",
        // Any other 500 from a TSO-based service: the user's TSO environment is the usual suspect.
        when: [
            { source: ["http"], status: [500], family: ["tso"] },
            { source: ["http"], status: [500], textMatches: ["TsoServerConnection", "CeaTso", "TsoServlet", "IKJ56\\d{3}[IA]", "IZUFPROC"] }
        ],
        priority: 250,
        group: "tso-500",
        advice: {
            summary:
                "A TSO-based z/OSMF service failed while starting or using your TSO/E address space: a problem of the TSO " +
                "environment on z/OS (logon procedure, account, region, TSO segment), not of the request itself.",
            verdict: "server-error",
            causes: [
                "The account number is not valid for your user ID (IKJ56486I ... HAS NOT BEEN DEFINED FOR USE, or IKJ56716I " +
                "EXTRANEOUS INFORMATION WAS IGNORED: ACCT).",
                "The logon procedure (IZUFPROC by default) cannot start for you, or a data set it allocates is missing, archived or protected.",
                "The region size is too small for the TSO/E address space, or your user ID has no TSO segment.",
                "CEA, which starts these address spaces, ran out of resources (\"Unable to generate unique CeaTso APPTAG\", message queues)."
            ],
            nextSteps: [
                "Read the IKJ and IZUG messages in the details: they name the logon step that failed.",
                "For TSO commands, check the tso profile's account, logonProcedure and regionSize; for data sets, the system " +
                "programmer checks RESTAPI_FILE in IZUPRMxx.",
                "Send the system programmer the messages and the time of the failure; retrying does not help."
            ],
            nextCommands: [
                {
                    command: "zowe zos-tso issue command \"TIME\"",
                    purpose: "Check whether z/OSMF can start a TSO/E address space for your user ID."
                },
                {
                    command: "zowe config list --locations",
                    purpose: "See the tso profile's account, logonProcedure and regionSize."
                }
            ]
        },
        source: {
            title: "zowe-explorer-vscode #272: IKJ56486I THE ACCOUNT NUMBER ... HAS NOT BEEN DEFINED FOR USE (rc 4, reason 2)",
            url: "https://github.com/zowe/zowe-explorer-vscode/issues/272"
        }
    },
    {
        id: "rule-tls-handshake-cut",
        kind: "rule",
        when: {
            source: ["client", "timeout", "other"],
            textMatches: ["Client network socket disconnected before secure TLS connection was established"]
        },
        // Outranks ECONNRESET, whose advice (switch to https) is wrong here: this profile already uses https.
        priority: 150,
        group: "connection",
        advice: {
            summary:
                "The connection closed during the TLS handshake (\"Client network socket disconnected before secure TLS " +
                "connection was established\"): most often an https profile pointed at a port that does not speak TLS.",
            verdict: "client-config",
            causes: [
                "The profile uses https with a port that serves plain HTTP, or that belongs to another service, which drops the connection.",
                "A proxy, firewall or VPN between you and z/OS cut the connection during the handshake, for example a proxy that " +
                "VS Code uses and the CLI does not.",
                "The server refused the TLS versions or ciphers offered."
            ],
            nextSteps: [
                "Check the port against what the site gives: if it serves plain HTTP, set protocol http (--protocol http) in the " +
                "profile; otherwise use the port that serves HTTPS.",
                "If the same profile works in one client but not another (Zowe CLI against Zowe Explorer), compare their proxy " +
                "settings (HTTPS_PROXY, VS Code's http.proxy)."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See the protocol, host and port the profile uses."
                },
                {
                    command: "zowe config set profiles.zosmf.properties.protocol http",
                    purpose: "Only if that port serves plain HTTP: match the protocol to it (use your profile's name)."
                }
            ]
        },
        source: {
            title: "zowe-explorer-vscode #739: Client network socket disconnected before secure TLS connection was established",
            url: "https://github.com/zowe/zowe-explorer-vscode/issues/739"
        }
    },
    {
        id: "rule-zosmf-iconv-open-failed",
        kind: "rule",
        // z/OSMF's files service could not open the code page conversion the request named (EDC5121I: invalid argument).
        when: { source: ["http"], status: [500], textMatches: ["iconv_open\\(\\) failed"] },
        priority: 510,
        advice: {
            summary:
                "z/OS could not set up the code page conversion the request asked for (iconv_open failed): the encoding the " +
                "client sent names a code page z/OS cannot convert.",
            verdict: "bad-request",
            causes: [
                "The encoding given with the command (--encoding), in the profile (encoding) or by the editor is not a code page " +
                "z/OS knows, or is written in a form it does not take (IBM-1047 and 1047 are not always the same to every service).",
                "The conversion tables for that code page are not installed on this z/OS (Unicode Services)."
            ],
            nextSteps: [
                "Run the same request without an encoding, or with IBM-1047; if that works, correct the encoding in the command, " +
                "the profile or the editor's settings.",
                "If a valid code page still fails, ask the system programmer whether its conversion is installed."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See whether a profile sets an encoding, and in which config file."
                }
            ]
        },
        source: { title: "zowe-explorer-vscode #1978: 500 \"iconv_open() failed\" (EDC5121I) opening a member", url: "https://github.com/zowe/zowe-explorer-vscode/issues/1978" }
    }
];
