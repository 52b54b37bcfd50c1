/**
 * What a Zowe user should know about the HTTP statuses a z/OS REST service most often returns: what each
 * one means for Zowe CLI and Zowe Explorer, its likely causes as seen from each server (z/OSMF, the API
 * Mediation Layer gateway, the Liberty server under z/OSMF, CICS CMCI, Db2 native REST services), the steps
 * to take in order, and the Zowe CLI commands worth running next.
 *
 * Facts: the Zowe docs page "Troubleshooting HTTP(S) status codes" and its companion z/OSMF pages, IBM's
 * z/OSMF error report categories and troubleshooting notes, the API ML message catalog and its status
 * mapping, the CMCI and Db2 REST error documentation, and user reports in Zowe GitHub issues (collected in
 * the project's research notes). The wording is our own.
 */

import type { IZoweStatusGuidance } from "./doc/IHttpStatus";

/**
 * Guidance for the statuses Zowe users meet most: 400, 401, 403, 404, 405, 408, 409, 413, 415, 429, 500, 502, 503 and 504.
 */
export const ZOWE_STATUS_GUIDANCE: readonly IZoweStatusGuidance[] = [
    {
        code: 400,
        definition:
            "The z/OS service read the request and refused it as invalid: a parameter, name or body it cannot accept, " +
            "or a required header that is missing. Contrary to what the Zowe docs table suggests, on z/OS this is most " +
            "often input you can correct (a data set name, a job ID, a path) and only sometimes a defect in the client.",
        causes: [
            {
                service: "zosmf",
                cause:
                    "The jobs service rejected a value and says so in the JSON error report (message, category, rc, reason): for " +
                    "example rc 4 reason 4 \"Value of jobid query parameter is not valid\", or rc 4 reason 10 \"No job found for " +
                    "reference\", which z/OSMF sends as 400, not 404, when the job name and ID do not match or the job has been purged."
            },
            {
                service: "zosmf",
                cause:
                    "The data set, file or console service rejected the URL or a name: category 1 (service) rc 4 with reason " +
                    "1 for a URL that is not valid or reason 2 for a data set name over 44 characters; console services " +
                    "answer \"No match for method ... and pathInfo\" (return-code 1, reason-code 3) for a path they do not know."
            },
            {
                service: "apiml",
                tags: ["undecoded"],
                cause:
                    "ZWEAO400E: the gateway found the structure of the request invalid. ZWEAG701E or ZWEAG702E: the path holds " +
                    "encoded characters or encoded slashes (for example from a USS path) that the gateway or that service does not allow."
            },
            {
                service: "apiml",
                tags: ["undecoded"],
                cause:
                    "Authentication requests: ZWEAS121E or ZWEAG121E for a login without an Authorization " +
                    "header or with a missing or invalid body, ZWEAG130E when the token is not even well " +
                    "formed, and ZWEAT413E when the new password in a password change is not acceptable."
            },
            {
                service: "cics",
                tags: ["undecoded"],
                cause:
                    "CMCI answers with an XML error whose message_id is between DFHWU4001 and DFHWU4029, for example DFHWU4003 " +
                    "for an unknown query parameter; others in the range mean a missing resource name or context (CICSplex or " +
                    "region), a path over 256 bytes, a missing cache token, a missing or invalid body, or a bad record index or count."
            },
            {
                service: "db2",
                cause:
                    "Db2 native REST services found a problem with the input parameters before running any SQL, or a " +
                    "DB2ServiceManager or DB2DiscoverService request failed; the StatusDescription field in the body says what was wrong."
            },
            {
                service: "any",
                cause:
                    "The input is right but the client builds a request that this server level does not accept (a client defect or a version " +
                    "mismatch). Only in this case is the Zowe docs advice, to open an issue against Zowe CLI or Zowe Explorer, the right one."
            }
        ],
        resolution: [
            "Read the \"Response From Service\" section of the error: the z/OSMF message with its category, rc " +
            "and reason, the API ML messageNumber or the CMCI DFHWU message ID names the value that was refused.",
            "Check what you typed against z/OS naming rules: data set names of at most 44 characters with qualifiers of at most 8 " +
            "and no quotes, member names of at most 8 characters, a job ID that belongs to the job name you gave, absolute USS paths.",
            "For a job that cannot be found, list the jobs to see whether it was purged or belongs to another owner.",
            {
                text: "For ZWEAG701E or ZWEAG702E through API ML, avoid encoded characters in the path or ask the API " +
                    "ML administrator to allow encoded characters or slashes for that service; for CICS or Db2, " +
                    "check the context (CICSplex, region) or service parameters that the profile or command supplies.",
                tags: ["apiml"]
            },
            "If the input is valid, repeat the call with curl as the Zowe troubleshooting docs describe; if curl works and " +
            "Zowe does not, open an issue against Zowe CLI or Zowe Explorer and attach the output of zowe config report-env."
        ],
        nextCommands: [
            {
                command: "zowe http-status last-error",
                purpose: "Explain the failed call: which server answered, which value it refused and the z/OSMF or API ML message behind it."
            },
            {
                command: "zowe zos-files list data-set \"HLQ.*\"",
                purpose: "Check the exact spelling of a data set name under its high-level qualifier."
            },
            {
                command: "zowe zos-jobs list jobs --owner \"*\" --prefix \"JOBNAME\"",
                purpose: "See whether the job is still on the spool and which job ID it has."
            },
            {
                command: "zowe config report-env",
                purpose: "Collect environment details to attach to an issue when the input is correct and the call still fails."
            }
        ]
    },
    {
        code: 401,
        definition:
            "The service did not accept the identity the client sent: credentials were missing, the user ID or password was wrong or " +
            "expired, or the token or certificate was invalid or expired. Through API ML the gateway may answer 401 itself before " +
            "z/OSMF is called. Zowe CLI adds a hint that depends on the kind of credential it sent (user and password, token or certificate).",
        causes: [
            {
                service: "zosmf",
                tags: ["password"],
                topic: "wrong-password",
                cause:
                    "Wrong user ID or password: a correctly configured z/OSMF always answers a bad password with 401. An expired password looks " +
                    "the same unless detailed authentication messages are enabled; with APAR PH34912 the authenticate service reports expired " +
                    "passwords and revoked user IDs, and the 401 body can carry SAFReturnCode=8 and SAFReasonCode=24 for an expired password."
            },
            {
                service: "zosmf",
                tags: ["password"],
                cause:
                    "z/OSMF cannot check the logon properly: the server is not connected to the angel process (its " +
                    "job log shows BPXP014I with ICH420I, or BPXP015I), the unauthenticated guest user IZUGUEST is " +
                    "not set up, or a mixed-case password is used while SETROPTS PASSWORD(MIXEDCASE) is not active."
            },
            {
                service: "apiml",
                tags: ["password", "apiml", "undecoded"],
                topic: "wrong-password",
                cause:
                    "The gateway rejected the user ID or password: ZWEAG120E \"Invalid username or password\" (with the z/OSMF authentication " +
                    "provider this is also what an expired password looks like), ZWEAT410E password incorrect, ZWEAT412E password expired, " +
                    "ZWEAT414E user ID revoked, ZWEAT415E user not defined to the security product, ZWEAT416E user name or password not valid."
            },
            {
                service: "apiml",
                tags: ["apiml", "undecoded"],
                cause:
                    "Token or certificate problems: ZWEAT100E (ZWEAG103E on v2 gateways) token expired, ZWEAG130E token not " +
                    "valid, ZWEAG131E no token sent, ZWEAG105E authentication required (with ZWEAG160E in the X-Zowe-Auth-Failure " +
                    "header), ZWEAG161E no mainframe user mapped to the certificate or token, ZWEAO402E no valid credentials. The " +
                    "z/OSMF LTPA token inside an API ML token can expire before the API ML token itself, which gives repeated 401s."
            },
            {
                service: "any",
                topic: "profile-layers",
                cause:
                    "Client configuration: a stale password or token is still stored in the secure vault, another profile " +
                    "or config layer supplies a different user than you expect, or tokenType is apimlAuthenticationToken " +
                    "while basePath is empty (Zowe then says that this token type requires a base path)."
            },
            {
                service: "db2",
                cause:
                    "Db2 native REST services answer 401 when the request was not " +
                    "authenticated with a user ID and password or certificate that Db2 accepts."
            }
        ],
        resolution: [
            "Read what Zowe prints under Diagnostic Information (auth type used, available credentials, auth order) and any " +
            "ZWEAT or ZWEAG message ID: they tell a wrong password from an expired one, a revoked user ID or a stale token.",
            {
                text: "Check which profile and config file supply user, password, tokenType and tokenValue, " +
                    "and that a profile using an API ML token also has a basePath such as ibmzosmf/api/v1.",
                topic: "which-profile"
            },
            {
                text: "Verify the password once outside Zowe, for example with a TSO logon or in the z/OSMF web interface. If it has " +
                    "expired (ZWEAT412E), change it there; if the user ID is revoked (ZWEAT414E), ask the security administrator to resume it.",
                tags: ["password"],
                topic: "check-password"
            },
            {
                text: "Store the corrected password with zowe config secure, or, for token profiles, " +
                    "run zowe auth logout apiml and then zowe auth login apiml to get a fresh token.",
                topic: "store-credentials"
            },
            "If the credentials are right and the 401 persists, ask the system programmer to check SYSLOG for ICH408I and ICH420I " +
            "messages for your user ID at the time of the failure, the z/OSMF job log (IZUSVR1) for BPXP014I or BPXP015I, and the API " +
            "ML gateway log for ZWEAG181W, ZWEAG183E, ZWEAG184E or ZWEAG716E, which mean the gateway could not use z/OSMF to authenticate."
        ],
        nextCommands: [
            {
                command: "zowe http-status last-error",
                purpose: "Show which credential type and profile the failed call used and decode the API ML or z/OSMF message."
            },
            {
                command: "zowe config list --locations",
                purpose: "Show which config file and profile supply user, password, tokenType, tokenValue and basePath."
            },
            {
                command: "zowe config secure",
                purpose: "Enter the corrected password into the secure vault, after it has been checked once by hand.",
                tags: ["vault"]
            },
            {
                command: "zowe auth login apiml",
                purpose: "Get a new API ML token when the profile uses one and it has expired or been revoked.",
                tags: ["apiml", "token-auth"]
            }
        ],
        cautionTopic: "no-retry",
        // A refused token or certificate revokes no user ID: the lock-out warning is for password logons.
        cautionTags: ["password"],
        caution:
            "Do not retry a failed logon blindly, and never in a script loop. RACF, ACF2 and Top Secret revoke a " +
            "z/OS user ID after a small number of wrong passwords (each site sets the limit), and only a security " +
            "administrator can resume it. Check the password once, by hand, before the next attempt. Some sites " +
            "answer a wrong or expired password with 403 instead of 401, so treat an unexplained 403 with the same care."
    },
    {
        code: 403,
        definition:
            "The service knows what you asked for and refuses it: the security product or z/OSMF denies your user " +
            "ID access to the function or resource, or z/OSMF rejected the call as a cross-site request. Some sites " +
            "also answer a wrong or expired password with 403, so a 403 does not prove that the credentials are good.",
        causes: [
            {
                service: "zosmf",
                cause:
                    "Cross-site request protection: IZUG846W says that a request \"was received from a remote site\" and was rejected. " +
                    "The X-CSRF-ZOSMF-HEADER header is missing (Zowe CLI always sends it; custom scripts, older SDKs and API ML 3.3, " +
                    "fixed in Zowe 3.5, did not), or a browser origin is not permitted by a ZMFAPLA profile under IZUDFLT.ZOSMF.REST."
            },
            {
                service: "zosmf",
                cause:
                    "The user ID is not authorized to z/OSMF REST services: it is not connected to IZUUSER (or the group the " +
                    "site uses instead) or has no READ access to the EJBROLE profile <prefix>.IzuManagementFacility.izuUsers."
            },
            {
                service: "zosmf",
                cause:
                    "Services that run through TSO (data sets, TSO and console commands) need more: a TSO segment and READ access to ACCTNUM " +
                    "IZUACCT, TSOPROC IZUFPROC and SERVAUTH CEA.CEATSO.TSOREQUEST. A missing piece can also surface as a 500 from the TSO layer."
            },
            {
                service: "apiml",
                tags: ["undecoded"],
                cause:
                    "ZWEAT403E \"The user is not authorized to the target resource\": the " +
                    "gateway authenticated you, but the SAF check for that resource failed."
            },
            {
                service: "cics",
                cause:
                    "CICS web support maps a security failure (URP_SECURITY_FAILURE) to 403 by default. For CMCI, a NOTPERMIT response (1031) " +
                    "with RESP2 1345 (USRID) means your user ID is not authorized for some resources, and it can come back as partial results."
            },
            {
                service: "db2",
                cause: "Db2 native REST services answer 403 when the authenticated user lacks permission for the requested service."
            },
            {
                service: "any",
                tags: ["password"],
                cause:
                    "A wrong or expired password answered with 403 instead of 401, as some sites are set up to do (Zowe Explorer then " +
                    "does not prompt for new credentials). Suspect this when the body has no IZUG846W, ZWEAT403E or other authorization detail."
            }
        ],
        resolution: [
            {
                text: "Read the body: IZUG846W points to the CSRF header or the origin, ZWEAT403E to a " +
                    "SAF authorization check, and a body without any detail may hide a credential problem.",
                tags: ["undecoded"]
            },
            "For your own scripts or curl calls to z/OSMF, add the header X-CSRF-ZOSMF-HEADER; if " +
            "IZUG846W comes through API ML 3.3, ask for the upgrade that contains the fix (Zowe 3.5).",
            {
                text: "If credentials could be the cause, verify the password once outside " +
                    "Zowe (TSO logon or the z/OSMF web interface) before any further attempt.",
                tags: ["password"],
                topic: "check-password"
            },
            "Ask the security administrator to look for ICH408I messages for your user ID in SYSLOG at the time of the failure and " +
            "give them the profile and class involved: IZUUSER membership, EJBROLE izuUsers, ZMFAPLA IZUDFLT.ZOSMF.REST.*, ACCTNUM " +
            "IZUACCT, TSOPROC IZUFPROC, SERVAUTH CEA.CEATSO.TSOREQUEST, the TSO segment, or the data set, CICS or Db2 resource itself.",
            "Once access has been granted, run the command again, once."
        ],
        nextCommands: [
            {
                command: "zowe http-status last-error",
                purpose: "Show which server refused the call and whether the body names IZUG846W, ZWEAT403E or nothing at all."
            },
            {
                command: "zowe zosmf check status",
                purpose:
                    "Call /zosmf/info, which needs no authorization: if it works while the failing call " +
                    "gets 403, the connection is fine and the refusal is specific to that service or resource."
            },
            {
                command: "zowe config list --locations",
                purpose: "Confirm which user ID is sent; access is checked for that ID, not for the one you think you use."
            },
            {
                command: "zowe zos-files list data-set \"HLQ.*\"",
                purpose:
                    "Check that a plain data set call under your own high-level " +
                    "qualifier works, which narrows the refusal down to the target resource.",
                tags: ["data-set"]
            }
        ],
        // Once a message ID explains the 403 (ICH408I's access check, IZUG846W), it no longer can hide a failed logon.
        cautionTags: ["undecoded"],
        caution:
            "A 403 can hide a failed logon: some sites answer a wrong or expired password with 403 instead of 401. Do not retry blindly, " +
            "and never in a script loop: RACF, ACF2 and Top Secret revoke a z/OS user ID after a small number of wrong passwords (each " +
            "site sets the limit), and only a security administrator can resume it. Check the password once, by hand, before the next attempt."
    },
    {
        code: 404,
        definition:
            "Nothing was found at the URL the client built. On z/OS this means either that the resource " +
            "is missing (data set, member, USS file) or that the URL itself is wrong: the wrong port, " +
            "base path or profile. The body tells which: z/OSMF JSON, a Liberty HTML page or an API ML message.",
        causes: [
            {
                service: "zosmf",
                tags: ["data-set"],
                cause:
                    "The data set or member does not exist or is not cataloged: category 4 (ISPF) rc 8 \"LMINIT " +
                    "error\" with the detail ISRZ002 \"Data set not cataloged\", or the message \"ISPF LMINIT - " +
                    "data set not found\". Usually a typing error in the name or the wrong high-level qualifier."
            },
            {
                service: "zosmf",
                tags: ["uss"],
                cause:
                    "The USS file or directory does not exist: \"File not found.\" with the detail " +
                    "EDC5129I \"No such file or directory\" (category 6, rc 8). USS paths are case sensitive."
            },
            {
                service: "liberty",
                cause:
                    "An HTML page saying that the application or context root for this request has not been " +
                    "found (for example for /zosmf/restfiles/...): the host and port reach a Liberty server, " +
                    "but not one that serves this path. Usually the profile points at the wrong port or server."
            },
            {
                service: "apiml",
                tags: ["base-path", "undecoded"],
                cause:
                    "ZWEAM104E (v2) or ZWEAO404E (v3): the gateway has no route for the path. Most often basePath is " +
                    "missing or wrong, for example /zosmf/api/v1 instead of ibmzosmf/api/v1 as older zowe config auto-init " +
                    "wrote it; CICS and Db2 are routed with ibmcics/api/v1 and ibmdb2/api/v1. Older gateways answered MFS0103."
            },
            {
                service: "apiml",
                tags: ["undecoded"],
                cause:
                    "ZWEAG709E (v2 gateways): the service is not available at its registered URL, so the " +
                    "gateway cannot route to it; the service must be running and reachable from the gateway."
            },
            {
                service: "any",
                tags: ["wrong-url"],
                cause:
                    "The command used another profile than you meant, for example a " +
                    "base or CICS profile whose host and port belong to another service."
            }
        ],
        resolution: [
            {
                text: "Look at the body: z/OSMF JSON means the resource is missing; a Liberty HTML " +
                    "page or an API ML message means the URL (port, base path, profile) is wrong.",
                tags: ["wrong-url"]
            },
            "For a missing resource, list what exists under the high-level " +
            "qualifier or directory and compare the exact data set, member or path name.",
            {
                text: "For the Liberty page, check host and port in the profile: a direct z/OSMF connection needs the " +
                    "z/OSMF port and no basePath, a connection through API ML needs the gateway port and a basePath.",
                tags: ["base-path"]
            },
            {
                text: "For an API ML 404, set basePath to the service's route (ibmzosmf/api/v1, ibmcics/api/v1 or ibmdb2/api/v1) " +
                    "and ask the API ML administrator whether the service is registered; the API Catalog lists the registered services.",
                tags: ["base-path"]
            },
            "Run zowe zosmf check status with the same profile to confirm that it reaches z/OSMF and to see the installed plug-ins."
        ],
        nextCommands: [
            {
                command: "zowe http-status last-error",
                purpose: "Tell a missing resource from a wrong URL by the body the server sent."
            },
            {
                command: "zowe config list --locations",
                purpose: "Show the host, port and basePath each profile supplies and which config file sets them.",
                tags: ["wrong-url"]
            },
            {
                command: "zowe config set profiles.zosmf.properties.basePath ibmzosmf/api/v1",
                purpose: "Route a z/OSMF profile through API ML; adapt the profile name and route to your configuration.",
                tags: ["base-path"]
            },
            {
                command: "zowe zos-files list data-set \"HLQ.*\"",
                purpose: "List the data sets under a qualifier to check that the name you used exists.",
                tags: ["data-set"]
            }
        ]
    },
    {
        code: 405,
        definition:
            "The URL exists but does not accept the HTTP method used (GET, PUT, POST or DELETE). For a Zowe client this usually means " +
            "the request reached a different endpoint than intended, or the function is disabled or not available at that server's level.",
        causes: [
            {
                service: "apiml",
                tags: ["undecoded"],
                cause: "ZWEAO405E (v3): the request method has been disabled for this resource on the gateway."
            },
            {
                service: "apiml",
                tags: ["undecoded"],
                cause:
                    "ZWEAG101E: the authentication method is not supported for that URL, for example a " +
                    "login sent to an endpoint or with a method that the gateway does not accept for logins."
            },
            {
                service: "apiml",
                cause:
                    "Logging in from Zowe Explorer with a base profile that points at API ML has been " +
                    "seen to end in 405, which points at the host, port or path the login was sent to."
            },
            {
                service: "zosmf",
                cause:
                    "The endpoint exists at this z/OSMF level only for other methods: a newer Zowe function can " +
                    "call an operation that an older z/OSMF release, or one without the required APAR, does not provide."
            },
            {
                service: "any",
                cause:
                    "A proxy, load balancer or firewall between the client and z/OS " +
                    "lets only some methods through, for example it blocks PUT or DELETE."
            }
        ],
        resolution: [
            "Note the method and resource shown under Diagnostic Information, and the Allow header if the server sent one.",
            "Check host, port and basePath in the profile: the request may be landing on another service than the one you meant.",
            {
                text: "For a failing login, run zowe auth login apiml against a base profile whose host and port are the API ML gateway's.",
                tags: ["apiml"]
            },
            "If the URL is right, ask the z/OSMF or API ML administrator whether the method is disabled or the " +
            "function needs a newer level or an APAR; zowe zosmf check status shows the z/OSMF version and plug-ins.",
            "If a proxy sits in the path, compare with a direct curl call and ask the network team whether it filters methods."
        ],
        nextCommands: [
            {
                command: "zowe http-status last-error",
                purpose: "Show the method and resource of the failed call and the message of the server that refused it."
            },
            {
                command: "zowe config list --locations",
                purpose: "Check the host, port and basePath the request was built from."
            },
            {
                command: "zowe auth login apiml",
                purpose: "Log in through the gateway's own login endpoint with the base profile.",
                tags: ["apiml"]
            },
            {
                command: "zowe zosmf check status",
                purpose: "Show the z/OSMF version and installed plug-ins, to spot a function the server does not offer."
            }
        ]
    },
    {
        code: 408,
        definition:
            "The server closed the connection because the request did not arrive completely in time. It is rare with z/OS " +
            "services and usually points at the network path (a slow link, VPN or proxy) or a large upload. It is not the " +
            "same as a Zowe-side timeout (\"HTTP request timed out after connecting\"), which comes with no HTTP status at all.",
        causes: [
            {
                service: "any",
                cause:
                    "A large upload, such as a local file written to a data set member or USS file, crosses a slow " +
                    "or congested link and takes longer than the server or a proxy is willing to wait for the body."
            },
            {
                service: "any",
                cause:
                    "A proxy, load balancer or firewall between the client and z/OS holds up or drops " +
                    "part of the request, or sends 408 itself when a connection stays idle for too long."
            },
            {
                service: "liberty",
                cause:
                    "The Liberty server under z/OSMF limits how long it waits for the rest of a request " +
                    "that has stalled; those limits are server settings that only an administrator can change."
            }
        ],
        resolution: [
            "Retry once: 408 is one of the few client errors where sending the same " +
            "request again is expected to work, and repeating a read is always safe.",
            "Before repeating an upload, check whether the target already changed.",
            "If it happens again, try from a more direct network path (off VPN, without a proxy) or compare with curl to find the slow hop.",
            "For large transfers, split the content into smaller pieces, such as several members or files.",
            "If it persists, give the network team or the z/OS administrator the time of " +
            "the failure and the host and port, so they can check the proxy and server timeouts."
        ],
        nextCommands: [
            {
                command: "zowe http-status last-error",
                purpose: "Confirm that the status came from a server and not from a Zowe-side timeout, and see which host and port were used."
            },
            {
                command: "zowe zosmf check status",
                purpose: "Send a small request to see whether short calls on the same connection work."
            },
            {
                command: "zowe config list --locations",
                purpose: "Check which host and port, and so which network path, the profile uses."
            }
        ],
        caution:
            "Repeating a read is harmless; before repeating an upload, check the target, " +
            "because a server can time out after it has already received part of the data."
    },
    {
        code: 409,
        definition:
            "The request clashes with the current state of the resource on z/OS: it already exists, is in use, or has changed in a way that " +
            "makes the request invalid. The Zowe docs describe it as your data disagreeing with the mainframe's. Note that a save based on " +
            "an outdated copy (an ETag mismatch) comes back from z/OSMF as 412, which is what opens Zowe Explorer's compare and overwrite choice.",
        causes: [
            {
                service: "any",
                cause:
                    "The state of the resource does not allow the action, for example creating something whose " +
                    "name is already taken, or changing an object while another operation on it is still running."
            },
            {
                service: "zosmf",
                cause:
                    "Another user or job holds the data set or member (ISPF edit, a job with exclusive use). z/OSMF usually reports " +
                    "this as a 500 with category 6 rc 8 reason 513 \"Enqueue for QNAME=SPFEDIT failed\" rather than as 409, so check both."
            },
            {
                service: "zosmf",
                cause:
                    "Your local copy is older than the one on z/OS. Zowe Explorer sends the ETag of the copy it opened; when the member " +
                    "or file has changed since, z/OSMF answers 412 Precondition Failed, which Zowe Explorer presents as a save conflict."
            },
            {
                service: "apiml",
                tags: ["undecoded"],
                cause:
                    "Through API ML the conflict is reported by the routed service, not by the gateway; in v3 the " +
                    "gateway passes the service's status on (ZWEAG510E), so read the service's own message in the body."
            }
        ],
        resolution: [
            "Read the body to learn which resource is in conflict and why: it exists, it is in use, or it has changed.",
            "Fetch the current copy from z/OS and compare it with yours; merge your changes into the latest version instead of overwriting it.",
            "If the resource is in use, wait until the other user or job releases " +
            "it; an operator can find the holder of an ENQ with the DISPLAY GRS command.",
            "If the name already exists, pick another name or delete the old resource deliberately first.",
            "Send the change once, on top of the latest copy."
        ],
        nextCommands: [
            {
                command: "zowe zos-files view data-set \"HLQ.DATA(MEMBER)\"",
                purpose: "Show the current content on z/OS to compare with your local copy."
            },
            {
                command: "zowe zos-files download data-set \"HLQ.DATA(MEMBER)\"",
                purpose: "Save the latest version locally so you can merge your changes into it."
            },
            {
                command: "zowe zos-files list data-set \"HLQ.*\"",
                purpose: "Check whether a data set with the name you want to create already exists."
            },
            {
                command: "zowe http-status last-error",
                purpose: "Show which resource the service reported as in conflict."
            }
        ],
        caution:
            "Forcing the write through (for example by uploading your local file over the member again) replaces whatever " +
            "the other person saved; merge first. If the first request partly ran, repeating it can also do the work twice."
    },
    {
        code: 413,
        definition:
            "The body of the request, usually an upload, is larger than the receiving server, or a gateway or proxy in " +
            "front of it, accepts. It is about the size of what was sent, not about the space left in the target data set.",
        causes: [
            {
                service: "any",
                cause:
                    "The file uploaded to a data set member or USS file, or the JCL submitted from a " +
                    "local file, is larger than the limit of one of the hops between the client and z/OS."
            },
            {
                service: "apiml",
                cause:
                    "The call goes through the API ML gateway, which is one more hop handling the request body: a " +
                    "transfer that works directly against z/OSMF but fails through the gateway points at the gateway's limits."
            },
            {
                service: "any",
                cause:
                    "A site proxy, load balancer or ingress in front of z/OS enforces a maximum " +
                    "request size; its 413 usually comes as an HTML page rather than as z/OSMF JSON."
            }
        ],
        resolution: [
            "Check the size of what was sent: the local file, or the request shown in the error details.",
            "Find out which hop refused it: an HTML page or proxy headers mean a proxy, an " +
            "API ML message means the gateway; compare with the same call made directly to z/OSMF.",
            "Send smaller pieces, for example several members instead of one large one.",
            "If the size is legitimate, ask the administrator of the hop that refused it to raise its limit."
        ],
        nextCommands: [
            {
                command: "zowe http-status last-error",
                purpose: "Show which server refused the body and the target of the failed upload."
            },
            {
                command: "zowe config list --locations",
                purpose: "See whether the profile goes through API ML (gateway port and basePath) or straight to z/OSMF."
            },
            {
                command: "zowe config report-env",
                purpose: "Collect environment details for the administrator who owns the limit."
            }
        ],
        caution: "An unchanged retry fails again, unless the response carried a Retry-After header, which means the limit is only temporary."
    },
    {
        code: 415,
        definition:
            "The service refused the body because of its declared format (Content-Type or content " +
            "encoding). Zowe CLI sets these headers itself, so a 415 usually comes from a custom script or " +
            "curl call, from a proxy that changes headers, or from a client and server level that do not match.",
        causes: [
            {
                service: "apiml",
                tags: ["undecoded"],
                cause: "ZWEAO415E: the gateway or the routed service does not support the media type of the request data."
            },
            {
                service: "zosmf",
                cause:
                    "The z/OSMF endpoint expects another Content-Type: requests that describe an action (create, copy, rename, changes to a " +
                    "job) carry JSON and need application/json, while content writes send text or binary data as the X-IBM-Data-Type header declares."
            },
            {
                service: "any",
                cause: "A proxy or security device in the path rewrites or strips the Content-Type header."
            },
            {
                service: "any",
                cause: "A newer client sends a request format that an older service level does not know."
            }
        ],
        resolution: [
            "Look at the request headers in the error details: Content-Type, Content-Encoding and X-IBM-Data-Type.",
            "For your own scripts or curl calls, send the Content-Type that the z/OSMF REST documentation gives for that request.",
            "For Zowe commands, check the options that change the data format, such " +
            "as --binary, --record and --encoding, and try once without unusual ones.",
            "Compare with curl; if curl works and Zowe does not, open an issue and attach the output of zowe config report-env."
        ],
        nextCommands: [
            {
                command: "zowe http-status last-error",
                purpose: "Show the headers of the failed request and the message of the server that refused it."
            },
            {
                command: "zowe zosmf check status",
                purpose: "Show the z/OSMF version and plug-ins, to spot a client that is newer than the server."
            },
            {
                command: "zowe config report-env",
                purpose: "Collect the Zowe and plug-in versions to attach to an issue."
            }
        ]
    },
    {
        code: 429,
        definition:
            "A component between you and the z/OS service, or the service itself, limits how many requests you may " +
            "send in a given time, and you went over that limit. Nothing is wrong with the request itself; it has to wait.",
        causes: [
            {
                service: "any",
                cause:
                    "A gateway, proxy or load balancer in front of z/OS enforces a request " +
                    "rate per user or per client address, and a script or tool went over it."
            },
            {
                service: "any",
                cause: "A script calls Zowe once per data set, member or job in a tight loop, or starts many Zowe commands in parallel."
            },
            {
                service: "any",
                cause: "Several people or tools share one user ID or one client address and use up the same allowance."
            }
        ],
        resolution: [
            "Stop sending for now. If the response has a Retry-After header (a number of seconds or a date), wait at least that long.",
            "Slow the script down: run the calls one after another, pause between them and wait longer after each further 429.",
            "Ask for more in one request instead of item by item, for example one list with a pattern instead of one call per data set.",
            "If the limit blocks legitimate work, ask the owner of the component that answered " +
            "(the API ML or proxy administrator) what the limit is and whether it can be raised."
        ],
        nextCommands: [
            {
                command: "zowe http-status last-error",
                purpose: "Show which component answered with 429 for the failed call."
            },
            {
                command: "zowe zos-files list data-set \"HLQ.*\"",
                purpose: "Fetch many data sets in one request instead of one request each."
            },
            {
                command: "zowe zos-jobs list jobs --prefix \"JOBNAME*\"",
                purpose: "List a set of jobs in one request instead of querying each job on its own."
            }
        ],
        caution:
            "Honour Retry-After. Retrying at once, or from many parallel processes, keeps you over the limit and can make the block last longer."
    },
    {
        code: 500,
        definition:
            "The z/OS service failed while carrying out the request. With z/OSMF the JSON body's category, rc and " +
            "reason usually point to the exact problem: a lock, missing access to a data set, a failed allocation, or " +
            "a fault in the TSO and CEA back end. Some of these you can fix yourself; others need the system programmer.",
        causes: [
            {
                service: "zosmf",
                // A list of codes to look up: a z/OS message or reason code that is already decoded says what failed.
                tags: ["undecoded"],
                cause:
                    "The TSO and CEA back end failed: category 3 rc 12 reason 2 \"CeaTso request failed\" (often exhausted IPC message queues: " +
                    "check with ipcs -x, raise IPCMSGNIDS in BPXPRMxx, recycle ZWESLSTC), or category 2 rc 16 reason 1141 \"_msg_rcv_timed() " +
                    "error on TsoServerConnection\" (a wrong TSO logon procedure for RESTAPI_FILE in IZUPRMxx such as a missing IZUFPROC, no " +
                    "TSO segment, or a logon exit blocking the logon). With USER=IZUGUEST in the message, a wrong password can be hidden behind it."
            },
            {
                service: "zosmf",
                cause:
                    "The data set or member is in use: category 6 rc 8 reason 513 \"Enqueue " +
                    "for QNAME=SPFEDIT failed\" means someone holds it in ISPF edit or another tool."
            },
            {
                service: "zosmf",
                cause:
                    "Access is missing: \"Client is not authorized for file access.\" or \"An I/O abend was trapped\" with " +
                    "__code=0x0913 (a 913 security abend) means your user ID may not write (or read) that data set or file."
            },
            {
                service: "zosmf",
                cause:
                    "Input that fails deep inside z/OS: category 8 rc 860 reason 2 \"Dynamic allocation " +
                    "Error\" (for example quotes inside a data set name), or category 2 rc 4 reason 3 " +
                    "\"received TSO Prompt\" when a migrated or archived data set would first have to be recalled."
            },
            {
                service: "zosmf",
                cause:
                    "Console and TSO commands: return-code 2 reason-code 7 (the internal connection to the z/OSMF REST TSO service timed out), " +
                    "return-code 3 reason-code 12 (the TSO/E address space for the console cannot be found), or IZUG1115E with a CEA reason code."
            },
            {
                service: "apiml",
                tags: ["undecoded"],
                cause:
                    "ZWEAO500E with a message instance ID to look up in the gateway log; ZWEAS100E or ZWEAG100E " +
                    "authentication exception; ZWEAG141E or ZWEAG150E PassTicket or SAF IDT generation failed (v2); ZWEAG706E " +
                    "to ZWEAG708E back-end connection failures (v2); ZWEAT411E or ZWEAT409E platform errors such as EMVSERR."
            },
            {
                service: "db2",
                cause: "Db2 native REST services: running the SQL failed; the StatusDescription field in the body usually carries the SQL code."
            }
        ],
        resolution: [
            {
                text: "Read the body and note category, rc, reason, message and details, or the ZWEA message ID and its instance ID.",
                tags: ["undecoded"]
            },
            "Fix what you can yourself: remove quotes or other bad characters from names, wait until a locked " +
            "member is released, recall a migrated data set before using it, or ask for access to the data set or file.",
            "For TSO and CEA errors (category 2 or 3), console return codes or anything unexplained, send the " +
            "system programmer the body and the time of the failure; they check the IZUSVR1 and IZUANG1 job logs, " +
            "/global/zosmf/data/logs, the TSO settings in IZUPRMxx, your TSO segment and the CEA message queues.",
            {
                text: "For API ML errors, give the administrator the message ID and instance ID so they can find the entry in the gateway log.",
                tags: ["apiml"]
            },
            "Retry only after the cause is fixed, and for writes first check whether the failed attempt changed anything."
        ],
        nextCommands: [
            {
                command: "zowe http-status last-error",
                purpose: "Decode the category, rc and reason, or the message ID, of the failed call."
            },
            {
                command: "zowe zos-files list data-set \"HLQ.*\" --attributes",
                purpose: "Check that the data set exists, see its attributes and whether it is migrated.",
                tags: ["data-set"]
            },
            {
                command: "zowe zos-files recall data-set \"HLQ.DATA\"",
                purpose: "Recall a migrated data set before reading or writing it.",
                tags: ["data-set"]
            },
            {
                command: "zowe zosmf check status",
                purpose: "Confirm that z/OSMF answers and list its plug-ins before reporting a server fault."
            }
        ],
        caution:
            "A 500 on a write, a submit or a command can come after part of the work was done: check " +
            "the result before repeating it so that nothing runs twice. If the message shows " +
            "USER=IZUGUEST, do not keep retrying the logon, since a wrong password can be hidden behind it."
    },
    {
        code: 502,
        definition:
            "A gateway or proxy in front of the z/OS service got an invalid answer, or a broken connection, from " +
            "the server behind it. For Zowe users this is usually the API ML gateway failing to talk to z/OSMF or " +
            "another routed service, or a site proxy failing to reach z/OS; the request itself is not at fault.",
        causes: [
            {
                service: "apiml",
                tags: ["undecoded"],
                cause:
                    "ZWEAM511E (v2 gateways): a TLS error between the gateway and the service, such as a certificate the " +
                    "gateway does not trust, a host name that does not match the certificate, or no protocol or cipher in common."
            },
            {
                service: "apiml",
                cause:
                    "The routed service (z/OSMF, CICS, Db2) dropped the connection or sent " +
                    "a malformed response, for example because it was stopping or restarting."
            },
            {
                service: "any",
                cause:
                    "A site proxy, load balancer or reverse proxy could not get a usable answer from the z/OS " +
                    "host, for example because it speaks plain HTTP to an HTTPS port or cannot reach the host."
            },
            {
                service: "any",
                cause: "A firewall between the gateway or proxy and the z/OS service closes the connections."
            }
        ],
        resolution: [
            "Find out who answered: an API ML message (messageNumber) means the gateway; an HTML page or a Via or Server header can name a proxy.",
            "Call the service directly, bypassing the gateway or proxy, with a profile that has the z/OSMF " +
            "host and port and no basePath; if that works, the fault lies between the gateway and the service.",
            "Ask the Zowe administrator to check the API ML gateway log at the time of the failure " +
            "for TLS or connection errors (such as ZWEAM511E) and the certificates the gateway trusts.",
            "If the direct call fails too, ask the z/OS team to check that z/OSMF is up (IZUSVR1 job log).",
            "Retry once the fault is fixed; repeating a read is harmless, but check the target before repeating a write."
        ],
        nextCommands: [
            {
                command: "zowe http-status last-error",
                purpose: "Show which component answered and the message it sent."
            },
            {
                command: "zowe zosmf check status --zosmf-profile <direct-zosmf-profile>",
                purpose: "Check z/OSMF directly, bypassing the gateway, with a profile that has the z/OSMF host and port and no basePath."
            },
            {
                command: "zowe config list --locations",
                purpose: "Show whether the failing profile goes through the gateway (gateway port and basePath)."
            },
            {
                command: "zowe config report-env",
                purpose: "Collect environment details for the administrator."
            }
        ]
    },
    {
        code: 503,
        definition:
            "The service is running but cannot take the request right now: it is starting, stopping or overloaded, or, through API ML, the " +
            "service behind the gateway is not ready or not reachable. It is usually temporary, but when it lasts the fix is on the server " +
            "side. When z/OSMF is down and you connect to it directly, you normally get a connection error (ECONNREFUSED) instead of a 503.",
        causes: [
            {
                service: "apiml",
                tags: ["undecoded"],
                cause:
                    "ZWEAO503E \"The server is not ready to handle the request\": the gateway is up, but the routed service (for example " +
                    "z/OSMF for basePath ibmzosmf/api/v1) is still starting, waiting for another service or not registered with Discovery."
            },
            {
                service: "apiml",
                tags: ["undecoded"],
                cause:
                    "ZWEAS104E: the API ML authentication service is not available, so logins and token checks fail. A 503 on login " +
                    "can also mean that API ML cannot reach the z/OSMF host it authenticates with (gateway log ZWEAG181W or ZWEAG184E)."
            },
            {
                service: "apiml",
                tags: ["undecoded"],
                cause:
                    "ZWEAG710E (v2 gateways): the gateway's load balancer has no available " +
                    "instance of the service, for example after a circuit breaker took it out."
            },
            {
                service: "zosmf",
                cause:
                    "z/OSMF, or the service behind the gateway (CICS, Db2), is starting, stopping " +
                    "or overloaded, for example right after an IPL or a restart of its started task."
            },
            {
                service: "any",
                cause: "A site load balancer or proxy has no healthy z/OS back end, or the system is in a maintenance window."
            }
        ],
        resolution: [
            {
                text: "Note who answered (ZWEA message ID or proxy page) and whether the response has a Retry-After header.",
                tags: ["undecoded"]
            },
            {
                text: "Wait a few minutes and retry once; after an IPL or restart, services need time to start and register with the gateway.",
                topic: "wait-and-retry"
            },
            "Check z/OSMF directly, bypassing the gateway, to see whether z/OSMF itself or the gateway's route to it is unavailable.",
            "If it lasts, ask the Zowe administrator to check the API Catalog for the service, the gateway log for ZWEAO503E, " +
            "ZWEAG181W or ZWEAG184E and whether the gateway host can reach z/OSMF; ask the z/OS team to check the IZUSVR1 job log.",
            {
                text: "Once the service is back, log in again with zowe auth login apiml if your token could not be issued or checked meanwhile.",
                tags: ["apiml", "token-auth"]
            }
        ],
        nextCommands: [
            {
                command: "zowe zosmf check status",
                purpose: "Check whether z/OSMF answers through the profile you use."
            },
            {
                command: "zowe http-status last-error",
                purpose: "Decode the API ML message and show which route the failed call used."
            },
            {
                command: "zowe config list --locations",
                purpose: "Confirm whether the profile goes through the gateway and which basePath routes the call."
            },
            {
                command: "zowe auth login apiml",
                purpose: "Get a new API ML token once the authentication service is available again.",
                tags: ["apiml", "token-auth"]
            }
        ],
        caution: "Honour Retry-After and avoid tight retry loops while services start: they add load and do not speed up recovery."
    },
    {
        code: 504,
        definition:
            "A gateway or proxy in front of the z/OS service stopped waiting for the service's answer. " +
            "The work may still be running, or may already have finished, on z/OS; only the answer was lost.",
        causes: [
            {
                service: "apiml",
                tags: ["undecoded"],
                cause:
                    "ZWEAM700E (v2 gateways) \"No response received within the allowed time\": the routed service took longer " +
                    "than the gateway's timeout, for example for a large listing, a big download or a long TSO or console command."
            },
            {
                service: "zosmf",
                cause:
                    "z/OSMF is slow to answer: a busy system, a slow TSO address space start for services that run through " +
                    "TSO, or a request that covers too much (a broad data set pattern, the members of a very large PDS)."
            },
            {
                service: "any",
                cause: "A site proxy or load balancer has a shorter timeout than the request needs."
            },
            {
                service: "any",
                cause:
                    "The gateway or proxy cannot reach the service at all (a firewall drops the packets), so it waits until its timeout runs out."
            }
        ],
        resolution: [
            "Before repeating anything, check whether the work happened: look at the job after a submit, view the member after an upload.",
            "Narrow the request: a more specific data set pattern, fewer members, smaller downloads.",
            "Retry once after a pause; if it also fails at quiet times, call z/OSMF directly to see whether the gateway or proxy is the limit.",
            "Ask the Zowe or network administrator to check the gateway log (ZWEAM700E) and the " +
            "timeout settings, and the z/OS team to check z/OSMF's load and its IZUSVR1 job log."
        ],
        nextCommands: [
            {
                command: "zowe zos-jobs view job-status-by-jobid <jobid>",
                purpose: "See whether a job you submitted ran despite the timeout."
            },
            {
                command: "zowe zos-files list data-set \"HLQ.*\"",
                purpose: "Check whether a data set operation took effect, with a narrower pattern than before."
            },
            {
                command: "zowe zosmf check status",
                purpose: "Check that z/OSMF answers short requests."
            },
            {
                command: "zowe http-status last-error",
                purpose: "Show which component timed out and the request it was serving."
            }
        ],
        caution:
            "Repeating a submit, an upload, or a TSO or console command after a 504 " +
            "can run it twice, because the first attempt may have completed on z/OS."
    }
];
