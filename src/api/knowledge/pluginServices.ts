/**
 * What the failures of the services behind Zowe's plug-ins mean for a Zowe user: CICS CMCI (the RESPONSE values of
 * an answer that came back as 200), the IBM MQ REST API (MQWB messages and the MQ reason codes they carry), Db2
 * (SQL30081N by its protocol error code, SQL30082N by its security reason, SQL0805N, SQL1776N), the z/OS FTP server behind the FTP
 * plug-in and Zowe Explorer's FTP extension (reply codes, the failed PASS command, the extension's stand-in 401),
 * the IBM RSE API and Broadcom Endevor Web Services. Each entry names its source; the wording is our own.
 *
 * Next commands that use a plug-in's own commands were checked against its `--help` (recorded in
 * __tests__/__resources__/plugin-help.json with the plug-in versions): @zowe/cics-for-zowe-cli 6.23.1,
 * @zowe/mq-for-zowe-cli 4.0.1, @zowe/zos-ftp-for-zowe-cli 3.1.1, @broadcom/endevor-for-zowe-cli 8.3.2. The Db2 plug-in
 * did not install here (its native driver), so Db2 entries suggest only Zowe's own commands.
 */
import type { IKnowledgeEntry, IKnowledgeSource } from "./doc/IKnowledgeEntry";
import type { IZoweNextCommand } from "./doc/IHttpStatus";

const CMCI_PROBLEMS: IKnowledgeSource = {
    title: "IBM CICS TS: CMCI problem determination (resultsummary: api_response1, api_response1_alt, api_response2)",
    url: "https://www.ibm.com/docs/en/SSJL4D_6.x/reference-system-programming/cmci/clientapi_problems.html"
};
const CPSM_RESPONSES: IKnowledgeSource = {
    title: "IBM CICSPlex SM: RESPONSE and REASON values",
    url: "https://www.ibm.com/docs/en/SSGMCP_5.6.0/reference-system-programming/commands-cpsm/eyup2kr.html"
};
const MQ_REST_ERRORS: IKnowledgeSource = {
    title: "IBM MQ: REST API error handling (messageId, completionCode, reasonCode)",
    url: "https://ibm.com/support/knowledgecenter/SSFKSJ_9.1.0/com.ibm.mq.adm.doc/q128280_.htm"
};
const DB2_30081: IKnowledgeSource = {
    title: "Db2: protocol-specific error codes for the SQL30081N message",
    url: "https://www.ibm.com/support/knowledgecenter/en/SSEPGG_9.7.0/com.ibm.db2.luw.messages.doc/doc/r0052008.html"
};
const DB2_30082: IKnowledgeSource = {
    title: "Db2 for z/OS: -30082 CONNECTION FAILED FOR SECURITY REASON reason-code",
    url: "https://www.ibm.com/support/knowledgecenter/SSEPEK_10.0.0/com.ibm.db2z10.doc.codes/src/tpc/n30082.html"
};
const FTP_530: IKnowledgeSource = {
    title: "z/OS Communications Server: FTPD 530 replies to the PASS command",
    url: "https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.cs3cod0/ftp530-28.htm"
};
const FTP_550: IKnowledgeSource = {
    title: "z/OS Communications Server: FTPD 550 reply codes",
    url: "https://www.ibm.com/docs/en/SSLTBW_2.2.0/com.ibm.zos.v2r2.cs3cod0/rc550.htm"
};
const FTP_REPLIES: IKnowledgeSource = {
    title: "z/OS Communications Server: IP and SNA Codes, FTPD reply codes",
    url: "https://www.ibm.com/docs/SSLTBW_2.2.0/com.ibm.zos.v2r2.cs3cod0/toc.htm"
};
const EXPLORER_FOR_ENDEVOR: IKnowledgeSource = {
    title: "Explorer for Endevor source (packages/endevor: API0034S, C1G0410E, C1G0129E)",
    url: "https://github.com/eclipse-che4z/che-che4z-explorer-for-endevor"
};

const CONFIG_LOCATIONS: IZoweNextCommand = {
    command: "zowe config list --locations",
    purpose: "See which profile and config file supply the host, port, user and protocol the plug-in used."
};
const CMCI_REGION: IZoweNextCommand = {
    command: "zowe cics get resource CICSRegion --region-name <region>",
    purpose: "Check that CMCI answers for the region, with the cics profile's host, port and credentials."
};
const MQ_DISPLAY_QMGR: IZoweNextCommand = {
    command: "zowe mq run mqsc <qmgr> \"DISPLAY QMGR\"",
    purpose: "Check that the MQ REST API reaches the queue manager with the mq profile's credentials."
};
const FTP_LIST_JOBS: IZoweNextCommand = {
    command: "zowe zos-ftp list jobs --owner <user>",
    purpose: "Log on to the FTP server again with the zftp profile, once the password is corrected."
};
const ENDEVOR_CHECK: IZoweNextCommand = {
    command: "zowe endevor check instance <instance>",
    purpose: "Run Endevor Web Services' health check for the instance (configuration) the profile names."
};
const ENDEVOR_ENVIRONMENTS: IZoweNextCommand = {
    command: "zowe endevor list environments",
    purpose: "See which Endevor environments your user may use."
};
const LOCK_OUT = "Each logon with a wrong password counts towards RACF revoking the user ID: correct the password before retrying.";

export const PLUGIN_SERVICES: readonly IKnowledgeEntry[] = [
    {
        id: "cmci-response-notfound",
        kind: "rule",
        when: { service: ["cics"], fields: { RESPONSE: ["NOTFOUND"] } },
        priority: 450,
        server: "cics",
        source: CMCI_PROBLEMS,
        advice: {
            summary: "CMCI answered, but CICS found no resource of that name in the scope asked (RESPONSE NOTFOUND).",
            verdict: "not-found",
            causes: [
                "The resource name is misspelt, or the resource is not installed in the region or CICSplex asked.",
                "The profile's region name or CICSplex points at another region than the one that holds the resource."
            ],
            nextSteps: [
                "Check the resource name and the --region-name and --cics-plex the command used.",
                "List the region's resources of that type to see what is installed."
            ],
            nextCommands: [CMCI_REGION, CONFIG_LOCATIONS],
            resources: [{ href: CPSM_RESPONSES.url, title: CPSM_RESPONSES.title }]
        }
    },
    {
        id: "cmci-response-nodata",
        kind: "rule",
        when: { service: ["cics"], fields: { RESPONSE: ["NODATA"] } },
        priority: 450,
        server: "cics",
        source: CMCI_PROBLEMS,
        advice: {
            summary: "CMCI answered, but no record matched the request's criteria (RESPONSE NODATA).",
            verdict: "not-found",
            causes: ["The criteria or the resource name match nothing in the region or CICSplex asked."],
            nextSteps: ["Widen the criteria (a * pattern) or check the region and CICSplex names."],
            nextCommands: [CMCI_REGION],
            resources: [{ href: CPSM_RESPONSES.url, title: CPSM_RESPONSES.title }]
        }
    },
    {
        id: "cmci-response-notpermit",
        kind: "rule",
        when: { service: ["cics"], fields: { RESPONSE: ["NOTPERMIT"] } },
        priority: 450,
        server: "cics",
        source: CPSM_RESPONSES,
        advice: {
            summary: "CMCI answered, but the security manager refused your user ID the action on that resource (RESPONSE NOTPERMIT).",
            verdict: "authorization",
            causes: [
                "Your user ID lacks the CICS or CICSPlex SM security profile for this resource type or action.",
                "In a CICSplex that spans systems, one CMAS refused the request for your user ID."
            ],
            nextSteps: [
                "Ask the CICS security administrator for access to the resource type and action (the RESP2 value narrows which check failed).",
                "Do not change the password: the logon worked, the access check did not."
            ],
            nextCommands: [CONFIG_LOCATIONS],
            resources: [{ href: CMCI_PROBLEMS.url, title: CMCI_PROBLEMS.title }]
        }
    },
    {
        id: "cmci-response-invalidparm",
        kind: "rule",
        when: { service: ["cics"], fields: { RESPONSE: ["INVALIDPARM"] } },
        priority: 450,
        server: "cics",
        source: CPSM_RESPONSES,
        advice: {
            summary: "CMCI answered, but a parameter of the request is not valid for that resource (RESPONSE INVALIDPARM; RESP2 names which).",
            verdict: "bad-request",
            causes: [
                "An attribute, criteria or parameter value the resource type does not accept.",
                "A resource name longer than CICS allows, or with characters it does not allow."
            ],
            nextSteps: ["Correct the value the RESP2 code points at, then repeat the command."],
            nextCommands: [CMCI_REGION],
            resources: [{ href: CMCI_PROBLEMS.url, title: CMCI_PROBLEMS.title }]
        }
    },
    {
        id: "cmci-response-notavailable",
        kind: "rule",
        when: { service: ["cics"], fields: { RESPONSE: ["NOTAVAILABLE"] } },
        priority: 450,
        server: "cics",
        source: CPSM_RESPONSES,
        advice: {
            summary: "CMCI answered, but the CICS region or CICSPlex SM component it needed is not available (RESPONSE NOTAVAILABLE).",
            verdict: "server-unavailable",
            causes: ["The target region, its CMAS or the CICSPlex SM API task is down or not connected."],
            nextSteps: ["Ask the CICS system programmer whether the region and its CMAS are active; retry when they are."],
            nextCommands: [CMCI_REGION],
            resources: [{ href: CMCI_PROBLEMS.url, title: CMCI_PROBLEMS.title }]
        }
    },
    {
        id: "mq-reason-2035",
        kind: "rule",
        when: { service: ["mq"], fields: { reasonCode: ["2035"] } },
        priority: 450,
        server: "mq",
        source: {
            title: "IBM MQ: 2035 (07F3) (RC2035): MQRC_NOT_AUTHORIZED",
            url: "https://www.ibm.com/docs/SSFKSJ_9.2.0/com.ibm.mq.tro.doc/q041060_.htm"
        },
        advice: {
            summary: "The MQ REST API reached the queue manager, which refused your user ID the command or " +
                "object (MQ reason 2035, MQRC_NOT_AUTHORIZED).",
            verdict: "authorization",
            causes: [
                "Your user ID is not authorised to the queue manager, the object or the MQSC command (on z/OS, its RACF profiles).",
                "The mqweb server maps your login to a user ID that has no MQ authority."
            ],
            nextSteps: [
                "Ask the MQ administrator for access to the object or command; the logon itself worked.",
                "Check which user ID mqweb runs the command under (the MQWEBUser role)."
            ],
            nextCommands: [MQ_DISPLAY_QMGR, CONFIG_LOCATIONS],
            resources: [{ href: MQ_REST_ERRORS.url, title: MQ_REST_ERRORS.title }]
        }
    },
    {
        id: "MQWB0300E",
        kind: "message-id",
        when: { service: ["mq"], messageId: ["MQWB0300E"] },
        priority: 400,
        server: "mq",
        text: "Cannot create messaging connection to %s on %s.",
        source: { title: "IBM MQ: MQWB03xx REST API messages", url: "https://www.ibm.com/docs/en/ibm-mq/9.3.x?topic=messages-mqwb03xx-rest-api" },
        advice: {
            summary: "The MQ REST API could not connect to the queue manager: it is not created or not running.",
            verdict: "server-unavailable",
            causes: ["The queue manager named in the request is stopped, or its name is misspelt."],
            nextSteps: ["Check the queue manager name; ask the MQ administrator whether it is running."],
            nextCommands: [MQ_DISPLAY_QMGR]
        }
    },
    {
        id: "mq-rest-message",
        kind: "message-id",
        when: { service: ["mq"], messageId: ["MQWB*"] },
        priority: 390,
        server: "mq",
        source: { title: "IBM MQ: REST API messages (MQWB)", url: "https://www.ibm.com/docs/SSFKSJ_9.4.0/reference/rest.html" },
        advice: {
            summary: "The IBM MQ REST API (mqweb) refused the request; its MQWB message and any MQ reason code say why.",
            causes: ["Look up the MQWB message ID: its explanation names the failing part (queue manager, object, request)."],
            nextSteps: [
                "Read the message's explanation and response in IBM's MQWB list, and any reasonCode in the answer.",
                "Run the same MQSC command through the plug-in to see whether it fails the same way."
            ],
            nextCommands: [MQ_DISPLAY_QMGR, CONFIG_LOCATIONS],
            resources: [{ href: MQ_REST_ERRORS.url, title: MQ_REST_ERRORS.title }]
        }
    },
    {
        id: "db2-sql30081n-refused",
        kind: "rule",
        when: { service: ["db2"], messageId: ["SQL30081N"], fields: { protocolCode: ["111", "10061", "79"] } },
        priority: 450,
        server: "db2",
        source: DB2_30081,
        advice: {
            summary: "Db2 was never reached: nothing accepted the connection at the host and port the db2 " +
                "profile names (SQL30081N, connection refused).",
            verdict: "client-config",
            causes: [
                "The port is not Db2's DRDA port (DDF's TCPPORT or SECPORT), or Db2's DDF is stopped.",
                "A firewall refuses connections to that port."
            ],
            nextSteps: [
                "Check the db2 profile's host and port against the DDF ports (ask the Db2 administrator, or see DSNL004I in the Db2 job log).",
                "The password is not the problem: the connection was refused before any logon."
            ],
            nextCommands: [CONFIG_LOCATIONS]
        }
    },
    {
        id: "db2-sql30081n-reset",
        kind: "rule",
        when: { service: ["db2"], messageId: ["SQL30081N"], fields: { protocolCode: ["10054", "104", "54"] } },
        priority: 450,
        server: "db2",
        source: DB2_30081,
        advice: {
            summary: "The connection to Db2 was reset by the other side (SQL30081N, connection reset): often a " +
                "TLS port spoken to without TLS, or the reverse.",
            verdict: "client-config",
            causes: [
                "The db2 profile's port is Db2's secure port (SECPORT) but the connection was plain, or " +
                    "the port is plain and the profile asks for TLS.",
                "A firewall or proxy cut the connection."
            ],
            nextSteps: [
                "Compare the port with DDF's TCPPORT and SECPORT; for SECPORT, configure the connection for SSL with the CA certificate.",
                "The password is not the problem: the connection was cut before any logon."
            ],
            nextCommands: [CONFIG_LOCATIONS]
        }
    },
    {
        id: "db2-sql30081n",
        kind: "message-id",
        when: { service: ["db2"], messageId: ["SQL30081N"] },
        priority: 400,
        server: "db2",
        source: DB2_30081,
        advice: {
            summary: "Db2's client found a communication error before or while talking to Db2 (SQL30081N); its protocol error code says which.",
            verdict: "network",
            causes: ["The TCP/IP error in 'Protocol specific error code(s)': refused, reset, timed out or unreachable."],
            nextSteps: [
                "Read the protocol error code and the communication function (connect, recv) in the message.",
                "Check the host, port and TLS settings of the db2 profile."
            ],
            nextCommands: [CONFIG_LOCATIONS]
        }
    },
    {
        id: "db2-sql30082n-password-expired",
        kind: "rule",
        when: { service: ["db2"], messageId: ["SQL30082N"], fields: { securityReason: ["1"] } },
        priority: 450,
        server: "db2",
        source: DB2_30082,
        advice: {
            summary: "Db2 refused the logon because the password has expired (SQL30082N reason 1).",
            verdict: "authentication",
            causes: ["The z/OS password of the user ID has expired."],
            nextSteps: ["Change the password on z/OS (a TSO logon or Zowe Explorer's password prompt), then store the new one in the profile."],
            nextCommands: [{ command: "zowe config secure", purpose: "Store the new password securely." }],
            caution: LOCK_OUT
        }
    },
    {
        id: "db2-sql30082n-password-invalid",
        kind: "rule",
        when: { service: ["db2"], messageId: ["SQL30082N"], fields: { securityReason: ["2", "24"] } },
        priority: 450,
        server: "db2",
        source: DB2_30082,
        advice: {
            summary: "Db2 refused the logon: the user ID or password is wrong (SQL30082N reason 2 or 24).",
            verdict: "authentication",
            causes: ["The password in the db2 profile (or the base profile) is wrong or out of date."],
            nextSteps: ["Correct the password in the profile that supplies it, then try once."],
            nextCommands: [CONFIG_LOCATIONS, { command: "zowe config secure", purpose: "Enter the password again, stored securely." }],
            caution: LOCK_OUT
        }
    },
    {
        id: "db2-sql30082n-revoked",
        kind: "rule",
        when: { service: ["db2"], messageId: ["SQL30082N"], fields: { securityReason: ["7"] } },
        priority: 450,
        server: "db2",
        source: DB2_30082,
        advice: {
            summary: "Db2 refused the logon because the user ID is revoked (SQL30082N reason 7).",
            verdict: "authentication",
            causes: ["RACF revoked the user ID, often after too many wrong passwords."],
            nextSteps: ["Ask the security administrator to resume the user ID; do not retry until it is."],
            nextCommands: [CONFIG_LOCATIONS],
            caution: LOCK_OUT
        }
    },
    {
        id: "db2-sql30082n",
        kind: "message-id",
        when: { service: ["db2"], messageId: ["SQL30082N"] },
        priority: 400,
        server: "db2",
        source: DB2_30082,
        advice: {
            summary: "Db2 refused the logon (SQL30082N): the security reason code in the message says why.",
            verdict: "authentication",
            causes: [
                "Reason 1: the password has expired; 2 or 24: the user ID or password is wrong; 7: the user ID is revoked.",
                "Another reason code: a security product or Db2 setting refused the connection; its number tells which."
            ],
            nextSteps: [
                "Read the reason number in 'Security processing failed with reason \"N\"' and look it up under SQL30082N.",
                "Check the user and password of the profile that supplies them, and try once only."
            ],
            nextCommands: [CONFIG_LOCATIONS],
            caution: LOCK_OUT
        }
    },
    {
        id: "db2-sql1776n",
        kind: "message-id",
        when: { service: ["db2"], messageId: ["SQL1776N"] },
        priority: 400,
        server: "db2",
        text: "The command cannot be issued on an HADR database. Reason code = \"%s\".",
        source: {
            title: "IBM Db2 10.5 messages SQL1750 - SQL1999 (SQL1776N; the page found is the Chinese edition)",
            url: "https://www.ibm.com/support/knowledgecenter/zh/SSEPGG_10.5.0/com.ibm.db2.luw.messages.sql.doc/sql1750-sql1999.html"
        },
        advice: {
            summary: "Db2 refused the request because the database is in an HADR pair and the request does not fit the role of the " +
                "server that answered (SQL1776N); reason code 1 says the command is not supported on an HADR standby.",
            verdict: "client-config",
            causes: [
                "The db2 profile's host and port reach the HADR standby, not the primary (after a takeover the roles swap).",
                "A Db2 client level that does not match the server's can report SQL1776N on a later request even against the primary " +
                "(node-ibm_db #29: a 10.5 client with a 9.7 FP5 server)."
            ],
            nextSteps: [
                "Ask the Db2 administrator which host and port serve the HADR primary, and point the db2 profile there.",
                "If it already does, compare the Db2 client level (the plug-in's ibm_db driver) with the server's.",
                "The password is not the problem: Db2 accepted the connection."
            ],
            nextCommands: [CONFIG_LOCATIONS]
        }
    },
    {
        id: "db2-sql0805n",
        kind: "message-id",
        when: { service: ["db2"], messageId: ["SQL0805N"] },
        priority: 400,
        server: "db2",
        text: "Package \"%s\" was not found.",
        source: {
            title: "IBM Support: Db2 V11.5 bind file and package name list (SQL0805N, NULLID packages, db2clipk.bnd)",
            url: "https://ibm.com/support/pages/db2-v115-bind-file-and-package-name-list"
        },
        advice: {
            summary: "Db2 accepted the connection, but the package the driver runs SQL with is not bound on that Db2 (SQL0805N); " +
                "NULLID.SYSSH…, SYSSN…, SYSLH… and SYSLN… are the CLI driver's own packages.",
            verdict: "server-error",
            causes: [
                "The CLI packages (db2clipk.bnd, in collection NULLID) were never bound on this Db2 location, or were freed.",
                "A package number beyond those bound (for example SYSLH203) means the application ran out of statement handles."
            ],
            nextSteps: [
                "Ask the Db2 administrator to bind the CLI packages (db2cli.lst, or db2clipk.bnd) on that location; " +
                "for Db2 for z/OS someone with BINDADD authority can bind them from a Db2 client.",
                "The host, port and password are not the problem: Db2 accepted the connection."
            ],
            nextCommands: [CONFIG_LOCATIONS]
        }
    },
    {
        id: "db2-sql0551n",
        kind: "message-id",
        when: { service: ["db2"], messageId: ["SQL0551N"] },
        priority: 400,
        server: "db2",
        text: "%s does not have the required authorization or privilege to perform operation %s on object %s.",
        source: {
            title: "Db2 for z/OS: -551 auth-id DOES NOT HAVE THE PRIVILEGE TO PERFORM OPERATION operation ON OBJECT object-name",
            url: "https://www.ibm.com/support/knowledgecenter/SSEPEK_10.0.0/com.ibm.db2z10.doc.codes/src/tpc/n551.html"
        },
        advice: {
            summary: "Db2 accepted the logon but refused the statement: your authorization ID lacks the privilege on the object (SQL0551N).",
            verdict: "authorization",
            causes: [
                "The privilege (SELECT, INSERT, EXECUTE, …) on the table, view or package was not granted to your ID or to PUBLIC.",
                "With RACF access control, the ID RACF checked (ICH408I) may differ from the one Db2 names."
            ],
            nextSteps: ["Ask the Db2 administrator to grant the privilege the message names; the password is not the problem."],
            nextCommands: [CONFIG_LOCATIONS]
        }
    },
    {
        id: "ftp-logon-failed",
        kind: "rule",
        when: [{ service: ["ftp"], fields: { ftpCommand: ["PASS", "USER"] } }, { service: ["ftp"], fields: { ftpReply: ["530"] } }],
        priority: 450,
        server: "ftp",
        source: FTP_530,
        advice: {
            summary: "The z/OS FTP server refused the logon (the PASS command failed, reply 530).",
            verdict: "authentication",
            causes: [
                "The password in the zftp profile is wrong, expired, or the user ID is revoked.",
                "The FTP server's security exit or RACF refused the user ID."
            ],
            nextSteps: ["Correct the user and password in the profile that supplies them, then try once."],
            nextCommands: [CONFIG_LOCATIONS, FTP_LIST_JOBS],
            caution: LOCK_OUT
        }
    },
    {
        id: "ftp-explorer-401",
        kind: "rule",
        when: { service: ["ftp"], status: [401] },
        priority: 460,
        // The alternative to the 401 wording entries: their token and API ML causes do not apply to FTP.
        group: "auth",
        server: "ftp",
        source: {
            title: "Zowe Explorer FTP extension: ZoweExplorerAbstractFtpApi (an FTP logon failure reported as status 401)",
            url: "https://github.com/zowe/zowe-explorer-vscode/blob/main/packages/zowe-explorer-ftp-extension/src/ZoweExplorerAbstractFtpApi.ts"
        },
        advice: {
            summary: "This 401 is not an HTTP answer: Zowe Explorer's FTP extension reports an FTP logon failure (reply 530) in these words.",
            verdict: "authentication",
            causes: ["The user or password of the zftp profile was refused by the z/OS FTP server."],
            nextSteps: [
                "Correct the password of the zftp profile (Zowe Explorer: Update Credentials), then try once.",
                "Do not look for an HTTP cause: the FTP server answered the logon with reply 530, not a web server with 401."
            ],
            nextCommands: [CONFIG_LOCATIONS, FTP_LIST_JOBS],
            caution: LOCK_OUT
        }
    },
    {
        id: "ftp-reply-550",
        kind: "rule",
        when: { service: ["ftp"], fields: { ftpReply: ["550"] } },
        priority: 440,
        server: "ftp",
        source: FTP_550,
        advice: {
            summary: "The z/OS FTP server did not do the action on the data set, file or job (reply 550).",
            verdict: "not-found",
            causes: [
                "The data set, member, file or job does not exist (or is not catalogued).",
                "The user ID is not authorised to it: the reply then says 'not authorized' or 'access denied'."
            ],
            nextSteps: ["Read the 550 reply text: it names the data set or file and why; check the name and your access."],
            nextCommands: [FTP_LIST_JOBS]
        }
    },
    {
        id: "ftp-reply-550-not-authorized",
        kind: "rule",
        when: {
            service: ["ftp"], fields: { ftpReply: ["550"] },
            textMatches: ["not authori[sz]ed|access to [^\\n]{0,64}denied|INSUFFICIENT ACCESS"]
        },
        priority: 445,
        server: "ftp",
        source: FTP_550,
        advice: {
            summary: "The z/OS FTP server refused the action because your user ID may not use that data set or file (reply 550).",
            verdict: "authorization",
            causes: ["RACF (or the file's permissions) does not give your user ID access to it."],
            nextSteps: ["Ask the owner or the security administrator for access; the logon itself worked."],
            nextCommands: [CONFIG_LOCATIONS]
        }
    },
    {
        id: "ftp-reply-421",
        kind: "rule",
        when: { service: ["ftp"], fields: { ftpReply: ["421"] } },
        priority: 440,
        server: "ftp",
        source: FTP_REPLIES,
        advice: {
            summary: "The z/OS FTP server closed the control connection (reply 421): it is shutting down, is full, or timed the session out.",
            verdict: "server-unavailable",
            causes: ["The FTP server's idle timeout, its session limit, or a shutdown."],
            nextSteps: ["Retry shortly; if it repeats, ask the system programmer about the FTP server's limits."],
            nextCommands: [FTP_LIST_JOBS]
        }
    },
    {
        id: "ftp-reply-451",
        kind: "rule",
        when: { service: ["ftp"], fields: { ftpReply: ["451", "452"] } },
        priority: 440,
        server: "ftp",
        source: FTP_REPLIES,
        advice: {
            summary: "The z/OS FTP server aborted the transfer on its side (reply 451 or 452): a local error or no space.",
            verdict: "server-error",
            causes: ["An allocation or I/O error on z/OS, or the data set ran out of space (B37, D37, E37)."],
            nextSteps: ["Read the reply text; for space, allocate the data set larger and transfer again."],
            nextCommands: [FTP_LIST_JOBS]
        }
    },
    {
        id: "rse-tls-to-http-port",
        kind: "rule",
        when: { service: ["rse"], code: ["EPROTO"] },
        priority: 450,
        server: "rse",
        source: {
            title: "IBM/zopeneditor-about #48: RSE API profile with https against a port that serves http (EPROTO)",
            url: "https://github.com/IBM/zopeneditor-about/issues/48"
        },
        advice: {
            summary: "The RSE API port did not speak TLS: an https request reached a port that serves plain http (EPROTO, wrong version number).",
            verdict: "client-config",
            causes: ["The rse profile says protocol https, but the RSE API on that port is configured for http (or the port is another service's)."],
            nextSteps: ["Set the rse profile's protocol to http for that port, or use the RSE API's https port."],
            nextCommands: [CONFIG_LOCATIONS]
        }
    },
    {
        id: "API0034S",
        kind: "message-id",
        when: { service: ["endevor"], messageId: ["API0034S"] },
        priority: 400,
        server: "endevor",
        source: EXPLORER_FOR_ENDEVOR,
        advice: {
            summary: "Endevor Web Services refused the credentials (API0034S).",
            verdict: "authentication",
            causes: ["The user or password of the endevor profile is wrong or expired."],
            nextSteps: ["Correct the password in the profile that supplies it, then try once."],
            nextCommands: [CONFIG_LOCATIONS, ENDEVOR_CHECK],
            caution: LOCK_OUT
        }
    },
    {
        id: "C1G0410E",
        kind: "message-id",
        when: { service: ["endevor"], messageId: ["C1G0410E"] },
        priority: 400,
        server: "endevor",
        source: EXPLORER_FOR_ENDEVOR,
        advice: {
            summary: "Endevor refused the change because the element changed since you retrieved it (C1G0410E, fingerprint mismatch).",
            verdict: "conflict",
            causes: ["Someone else updated the element after your copy was retrieved."],
            nextSteps: ["Retrieve the element again, merge your change, then add or update it."],
            nextCommands: [ENDEVOR_ENVIRONMENTS]
        }
    },
    {
        id: "C1G0129",
        kind: "message-id",
        when: { service: ["endevor"], messageId: ["C1G0129E", "C1G0129S"] },
        priority: 400,
        server: "endevor",
        source: EXPLORER_FOR_ENDEVOR,
        advice: {
            summary: "An Endevor processor step ended with a return code above the allowed maximum (C1G0129): " +
                "the generate failed on the element's content.",
            verdict: "bad-request",
            causes: ["A compile or link step of the processor failed on the element (see the processor's listing)."],
            nextSteps: ["Read the C1MSGS1 report and the step's listing, fix the element, and generate again."],
            nextCommands: [ENDEVOR_ENVIRONMENTS]
        }
    },
    {
        id: "C1E0106E",
        kind: "message-id",
        when: { service: ["endevor"], messageId: ["C1E0106E"] },
        priority: 400,
        server: "endevor",
        source: {
            title: "eclipse-che4z/che-che4z-lsp-for-cobol #2447: C1E0106E ENV NOT DEFINED OR THE USER IS NOT AUTHORIZED",
            url: "https://github.com/eclipse-che4z/che-che4z-lsp-for-cobol/issues/2447"
        },
        advice: {
            summary: "Endevor does not let your user ID use that environment, or the environment is not defined (C1E0106E).",
            verdict: "authorization",
            causes: ["Your user ID is not authorised to the environment, or its name is misspelt in the location profile."],
            nextSteps: ["Check the environment name; ask the Endevor administrator for access to it."],
            nextCommands: [ENDEVOR_ENVIRONMENTS]
        }
    },
    {
        id: "BAQR0431W",
        kind: "message-id",
        when: { service: ["zosconnect"], messageId: ["BAQR0431W"] },
        priority: 400,
        server: "zosconnect",
        text: "Service %s is not available.",
        source: {
            title: "IBM z/OS Connect: error responses (errorMessage, BAQR0431W)",
            url: "https://www.ibm.com/docs/SS4SVW_3.0.0/developing/error_responses.html"
        },
        advice: {
            summary: "z/OS Connect has no service (or API) of that name installed and started (BAQR0431W).",
            verdict: "not-found",
            causes: ["The service or API name in the path is misspelt, or it is not deployed or started in this z/OS Connect server."],
            nextSteps: ["Check the name in the path; ask the z/OS Connect administrator whether the service is deployed and started."]
        }
    },
    {
        id: "BAQM0003E",
        kind: "message-id",
        when: { service: ["zosconnect"], messageId: ["BAQM0003E"] },
        priority: 400,
        server: "zosconnect",
        text: "Service %s is stopped and can not be invoked.",
        source: {
            title: "IBM z/OS Connect EE: MQ service provider messages (BAQM0003E)",
            url: "https://www.ibm.com/docs/en/zos-connect/zosconnect/3.0?topic=messages-mq-service-provider"
        },
        advice: {
            summary: "z/OS Connect knows the service, but it is stopped, so the request was not passed on to MQ (BAQM0003E).",
            verdict: "server-unavailable",
            causes: ["An administrator stopped the service (or it was installed stopped); the name and the route are right."],
            nextSteps: [
                "Ask the z/OS Connect administrator to start the service, then send the request again.",
                "Do not change the profile's host, port or credentials: z/OS Connect answered and named the service."
            ]
        }
    },
    {
        id: "zosconnect-api-stopped",
        kind: "rule",
        when: { service: ["zosconnect"], textMatches: ["The API has been stopped"] },
        priority: 400,
        server: "zosconnect",
        source: {
            title: "IBM z/OS Connect: Change the status of an API (a stopped API answers 503, errorMessage \"The API has been stopped\")",
            url: "https://www.ibm.com/docs/en/zos-connect/zosconnect/3.0?topic=interface-change-status-api"
        },
        advice: {
            summary: "z/OS Connect has the API installed but stopped, so it refuses new requests to it (503, \"The API has been stopped\").",
            verdict: "server-unavailable",
            causes: ["A user with Admin or Operations authority stopped the API; the path and the server are right."],
            nextSteps: [
                "Ask the z/OS Connect administrator to start the API (PUT /zosConnect/apis/<api>?status=started), then send the request again.",
                "Do not change the profile's host, port or credentials: z/OS Connect answered and knows the API."
            ]
        }
    },
    {
        id: "zosconnect-message",
        kind: "message-id",
        when: { service: ["zosconnect"], messageId: ["BAQ*"] },
        priority: 390,
        server: "zosconnect",
        source: { title: "IBM z/OS Connect: error responses", url: "https://www.ibm.com/docs/SS4SVW_3.0.0/developing/error_responses.html" },
        advice: {
            summary: "z/OS Connect refused the request; its BAQ message in errorMessage says why.",
            causes: ["Look up the BAQ message ID in z/OS Connect's messages: it names the failing API, service or back end."],
            nextSteps: ["Read errorMessage and errorDetails in the answer; the server's message log has the matching BAQ message."]
        }
    },
    {
        id: "ims-om-command-error",
        kind: "rule",
        when: { service: ["ims"], textMatches: ["\\brsntxt\\W{1,8}[^\\n]{0,64}"] },
        priority: 440,
        server: "ims",
        source: {
            title: "Zowe CLI IMS plug-in source: IIMSApiResponse (messages from OM: rc, rsn, rsntxt, command, keyed by IMS member or OM)",
            url: "https://github.com/zowe/zowe-cli-ims-plugin/blob/master/src/api/doc/IIMSApiResponse.ts"
        },
        advice: {
            summary: "IMS was reached: the IMS Operations API passed the command through IMS Connect to the Operations Manager (OM), " +
                "and OM or an IMS member reported a return code, a reason code and its text (rc, rsn, rsntxt).",
            causes: [
                "The command was refused or failed inside IMS: the program, transaction or region named is unknown or in a state " +
                "that forbids the command, or your user ID may not issue it; rsntxt and the message of the member that answered say which.",
                "The connection worked: the IMS Connect host and port and the password got the command as far as IMS."
            ],
            nextSteps: [
                "Read rsntxt and message under each key of the answer (the key is the IMS member or OM that reported it).",
                "Look up OM's rc and rsn in IMS's messages and codes if rsntxt does not say enough; ask the IMS administrator about authority."
            ],
            nextCommands: [CONFIG_LOCATIONS]
        }
    },
    {
        id: "ims-operations-api-error",
        kind: "rule",
        when: { service: ["ims"], source: ["http"] },
        priority: 50,
        server: "ims",
        source: {
            title: "Zowe CLI IMS plug-in source: ImsRestClient ('IMS Operations API Error:', the IMS Connect host and port headers)",
            url: "https://github.com/zowe/zowe-cli-ims-plugin/blob/master/src/api/rest/ImsRestClient.ts"
        },
        advice: {
            summary: "The IMS Operations API answered with an error; it passes each command on to IMS Connect, whose host and port the ims " +
                "profile names separately.",
            causes: [
                "The IMS Connect host or port in the ims profile is wrong, or IMS Connect is down.",
                "The IMS resource (program, transaction, region) named does not exist, or your user ID may not use the command."
            ],
            nextSteps: [
                "Read the IMS message in the answer; check both the IMS Operations API and the IMS Connect host and port of the profile.",
                "Repeat the command once IMS Connect answers."
            ],
            nextCommands: [CONFIG_LOCATIONS]
        }
    }
];
