/**
 * Error bodies that are not a z/OS service's JSON error report, recognized by their text: the HTML pages of the
 * Liberty server under z/OSMF, the pages of a proxy or load balancer in front of z/OS, CICS CMCI XML errors, the
 * Db2 native REST services' StatusDescription, and API ML message bodies whose ID is not listed on its own.
 * Telling them apart answers the first question about a failure: which server actually answered.
 *
 * Facts: user threads in which a Liberty "context root not found" page meant a wrong port or profile
 * (IBM/zowe-cli-cics-deploy-plugin #252), a console "Error 500" page from Liberty (zowe-cli #160), measurements of
 * how Zowe CLI shows HTML bodies for 502 and 504, the CMCI error documentation (DFHWU4001 to DFHWU4029 come with 400),
 * the Db2 native REST troubleshooting documentation, and the API ML message format, as collected in the project's
 * research notes. The wording is our own.
 */

import type { IKnowledgeEntry } from "./doc/IKnowledgeEntry";

/**
 * Body patterns (group `body-pattern`: only the best match counts, since a body comes from one server). An entry that
 * names statuses is more specific than one that does not; the context-root page outranks Liberty's generic 404 page,
 * whose text it may also hold.
 */
export const BODY_PATTERNS: readonly IKnowledgeEntry[] = [
    {
        id: "liberty-context-root-not-found",
        kind: "body-pattern",
        when: { source: ["http"], status: [404], bodyMatches: ["context root for this request has not been found", "application or context root"] },
        // Liberty's context-root page can also carry "Error 404:"; this entry says more than liberty-error-404.
        priority: 210,
        group: "body-pattern",
        server: "liberty",
        advice: {
            summary:
                "A Liberty web server answered, but no application there serves this path: the profile reaches the wrong " +
                "server or port, or z/OSMF's web application is not running.",
            verdict: "client-config",
            causes: [
                "The port in the profile belongs to another Liberty server on the same host, not to z/OSMF.",
                {
                    text: "basePath is set for a direct z/OSMF connection, or missing or wrong for one through API ML, so the path does not exist.",
                    tags: ["base-path"]
                },
                "The command used another profile than you meant, for example a default profile pointing at another server.",
                "z/OSMF's Liberty server is up but its web application has not started (yet)."
            ],
            nextSteps: [
                "Compare host, port and basePath under Diagnostic Information with the values the site gives for z/OSMF or the gateway.",
                "Correct the profile, or pick the right one with --zosmf-profile.",
                "If the values are right, ask the z/OS team whether z/OSMF has started completely (IZUSVR1 job log)."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which profile and config file supply host, port and basePath."
                },
                {
                    command: "zowe config set profiles.zosmf.properties.port 443",
                    purpose: "Correct the port (use your site's z/OSMF or gateway port and your profile's name)."
                },
                {
                    command: "zowe zosmf check status",
                    purpose: "Check that the corrected profile reaches z/OSMF."
                }
            ]
        }
    },
    {
        id: "cmci-dfhwu4-error",
        kind: "body-pattern",
        when: { source: ["http"], status: [400], bodyMatches: ["<error\\b[^<>]{0,1024}message_id=\"DFHWU4\\d{3}\""] },
        priority: 200,
        group: "body-pattern",
        server: "cics",
        advice: {
            summary: "CICS CMCI refused the request as invalid; the DFHWU message in the XML body names the problem.",
            verdict: "bad-request",
            causes: [
                "An unknown query parameter (DFHWU4003) or a missing resource name.",
                "A missing or wrong context: the CICSplex or region the request should address.",
                "A path longer than 256 bytes, a missing cache token, a missing or invalid body, or a bad record index or count."
            ],
            nextSteps: [
                "Read the message_id and the full text of the error in the body.",
                "Check the CICSplex and region that the cics profile or command supplies, and the resource names."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See the cics profile's host, port, CICSplex and region values."
                }
            ],
            resources: [
                {
                    href: "https://www.ibm.com/docs/en/SSJL4D_6.x/reference-system-programming/cmci/clientapi_rc.html",
                    title: "IBM CICS: CMCI HTTP response codes and DFHWU messages"
                }
            ]
        }
    },
    {
        id: "db2-status-description",
        kind: "body-pattern",
        when: { source: ["http"], bodyMatches: ["\"StatusDescription\""] },
        priority: 200,
        group: "body-pattern",
        server: "unknown",
        advice: {
            summary:
                "Db2 native REST services answered; the StatusDescription field says what failed (for a 500, usually with an SQL code).",
            causes: [
                "400: the input parameters of the service call are wrong, or a DB2ServiceManager or DB2DiscoverService request failed.",
                "401 or 403: the user was not authenticated, or lacks permission for the service.",
                "500: running the SQL failed."
            ],
            nextSteps: [
                { text: "Read StatusDescription; for SQL failures look up the SQL code in the Db2 documentation.", tags: ["undecoded"] },
                { text: "Through API ML, check that basePath is ibmdb2/api/v1.", tags: ["apiml", "base-path"] }
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which host, port and basePath the call used."
                }
            ],
            resources: [
                {
                    href: "https://www.ibm.com/docs/SSEPEK_12.0.0/restserv/src/tpc/db2z_restservtroubleshooting.html",
                    title: "IBM Db2 for z/OS: troubleshooting REST services"
                }
            ]
        }
    },
    {
        id: "liberty-error-404",
        kind: "body-pattern",
        when: { source: ["http"], status: [404], bodyMatches: ["\\bError 404:", "SRVE0190E"] },
        priority: 200,
        group: "body-pattern",
        server: "liberty",
        advice: {
            summary:
                "Liberty's generic \"Error 404\" page: the web server found nothing at this path, so the request never reached " +
                "a z/OSMF service that could answer in JSON.",
            verdict: "client-config",
            causes: [
                "A wrong port or basePath, so the path does not exist on this server.",
                "The z/OSMF service or plug-in for this path is not installed or not enabled on this z/OSMF.",
                "A script or custom client that builds the path by hand."
            ],
            nextSteps: [
                "Compare the Resource, Port and Base Path lines under Diagnostic Information with the expected values.",
                "Check the installed z/OSMF plug-ins if the path belongs to an optional service."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "List the z/OSMF plug-ins that are installed."
                },
                {
                    command: "zowe config list --locations",
                    purpose: "See which profile supplies port and basePath."
                }
            ]
        }
    },
    {
        id: "liberty-error-500",
        kind: "body-pattern",
        when: { source: ["http"], status: [500], bodyMatches: ["\\bError 500:"] },
        priority: 200,
        group: "body-pattern",
        server: "liberty",
        advice: {
            summary:
                "Liberty's generic \"Error 500\" page: the z/OSMF code behind this path failed with an exception instead of " +
                "sending a JSON error report (for example a java.lang.NullPointerException).",
            verdict: "server-error",
            causes: ["A defect or an unexpected state in z/OSMF for this request.", "A z/OSMF set-up problem for this service."],
            nextSteps: [
                "Note the exception named on the page and the time of the failure.",
                "Give both to the system programmer, who can find the matching entry in the z/OSMF logs; repeating the request rarely helps."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Check that z/OSMF itself answers."
                },
                {
                    command: "zowe config report-env",
                    purpose: "Collect environment details for the system programmer."
                }
            ]
        }
    },
    {
        id: "proxy-bad-gateway",
        kind: "body-pattern",
        when: { source: ["http"], status: [502], bodyMatches: [
            "<title>\\s{0,64}502 Bad Gateway\\s{0,64}<\\/title>",
            "<h1>\\s{0,64}502 Bad Gateway"
        ] },
        priority: 200,
        group: "body-pattern",
        server: "unknown",
        advice: {
            summary:
                "A proxy or load balancer in front of z/OS answered with its own error page: it could not get a usable answer " +
                "from the z/OS side.",
            verdict: "server-unavailable",
            causes: [
                "The proxy cannot reach z/OSMF or the gateway, or they dropped the connection (down or restarting).",
                "The proxy talks plain HTTP to an HTTPS port, or does not trust the z/OS certificate."
            ],
            nextSteps: [
                "Note that z/OSMF did not produce this page: the problem lies between the proxy and z/OS.",
                "Ask the team that runs the proxy to check its log at the time of the failure, and the z/OS team whether z/OSMF is up."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Check whether z/OSMF answers through this route; retry later to see whether it was transient."
                },
                {
                    command: "zowe config list --locations",
                    purpose: "See which host and port the profile uses, to name the proxy to its administrators."
                }
            ]
        }
    },
    {
        id: "proxy-service-unavailable",
        kind: "body-pattern",
        when: { source: ["http"], status: [503], bodyMatches: [
            "<title>\\s{0,64}503 Service (Temporarily )?Unavailable\\s{0,64}<\\/title>",
            "<h1>\\s{0,64}503 Service (Temporarily )?Unavailable"
        ] },
        priority: 200,
        group: "body-pattern",
        server: "unknown",
        advice: {
            summary: "A proxy or load balancer in front of z/OS answered that no back end is available.",
            verdict: "server-unavailable",
            causes: [
                "No healthy z/OS back end behind the load balancer: z/OSMF or the gateway is down or starting.",
                "A maintenance window on the proxy or on z/OS."
            ],
            nextSteps: ["Wait a few minutes and retry once.", "If it lasts, ask the team that runs the proxy and the z/OS team."],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Check whether z/OSMF answers again."
                }
            ]
        }
    },
    {
        id: "proxy-gateway-timeout",
        kind: "body-pattern",
        when: { source: ["http"], status: [504], bodyMatches: [
            "<title>\\s{0,64}504 Gateway Time-?out\\s{0,64}<\\/title>",
            "<h1>\\s{0,64}504 Gateway Time-?out"
        ] },
        priority: 200,
        group: "body-pattern",
        server: "unknown",
        advice: {
            summary: "A proxy or load balancer in front of z/OS stopped waiting for the z/OS answer; the work may still have run.",
            verdict: "timeout",
            causes: [
                "The request takes longer than the proxy's timeout: a broad listing, a large download, a long command.",
                "z/OSMF is slow or overloaded, or the proxy cannot reach it and waits until its timeout."
            ],
            nextSteps: [
                "Check whether the work happened before repeating a submit, upload or command.",
                "Narrow the request; if even small requests time out, ask the proxy team about its timeout and the z/OS team about load."
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
            ]
        }
    },
    {
        id: "proxy-server-signature",
        kind: "body-pattern",
        when: { source: ["http"], bodyMatches: ["<center>\\s{0,64}nginx[^<]{0,256}<\\/center>", "<address>\\s{0,64}Apache[^<]{0,256}Server at"] },
        priority: 200,
        group: "body-pattern",
        server: "unknown",
        advice: {
            summary:
                "The error page comes from an nginx or Apache web server, so a proxy or web server in front of z/OS answered, " +
                "not z/OSMF or the API ML gateway.",
            causes: [
                "A reverse proxy or load balancer between you and z/OS refused or could not forward the request.",
                "The profile's host and port lead to a web server that is not the z/OS service at all."
            ],
            nextSteps: [
                "Check that host and port in the profile are the ones the site gives for z/OSMF or the gateway.",
                "If they are, ask the team that runs the proxy about the status it returned."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which host and port the profile uses."
                }
            ]
        }
    },
    {
        id: "apiml-message-body",
        kind: "body-pattern",
        when: { source: ["http"], bodyMatches: ["\"messageNumber\"\\s{0,64}:\\s{0,64}\"ZWE"] },
        priority: 200,
        group: "body-pattern",
        server: "apiml",
        advice: {
            summary:
                "The API ML gateway answered with one of its messages; the messageNumber, messageContent and, when present, " +
                "messageInstanceId fields say what happened.",
            causes: ["The gateway itself refused or failed the request, before or after calling the routed service."],
            nextSteps: [
                { text: "Look the messageNumber up in the API ML message codes page for its reason and action.", tags: ["undecoded"] },
                "Give the API ML administrator the message number, the instance ID and the time if the action points to them."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which gateway host, port and basePath the call used."
                }
            ],
            resources: [
                {
                    href: "https://docs.zowe.org/stable/troubleshoot/troubleshoot-apiml-error-codes",
                    title: "Zowe docs: API Mediation Layer error message codes"
                }
            ]
        }
    }
];
