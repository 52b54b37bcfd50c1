/**
 * How each service behind one of Zowe's plug-ins shows itself in a failure, as data: the message IDs only it issues,
 * the routes it serves, the shape of its answers, the plug-in's command group, and weaker hints (the plug-in's message
 * prefix, the service's usual port). A prefix alone never decides: Zowe CLI v1/v2 print `z/OSMF REST API Error:` for
 * anything reached through a zosmf profile, and a plug-in prints its own prefix for whatever answered its request.
 * Patterns are compiled case-insensitively; every repeat in them is bounded.
 *
 * Facts: the plug-ins' sources (CicsCmciRestClient: `CICS CMCI REST API Error:`, the `/CICSSystemManagement/` routes
 * and `api_response1`; the MQ plug-in's `MQ REST API Error:` and `/ibmmq/rest/` routes; the IMS plug-in's ImsRestClient:
 * `IMS Operations API Error:`, `/ims/apis/v1/` and the `ims/api/v1` base path, its `Did not receive the expected response
 * from the IMS REST API` and the `rsntxt` of OM's reply in IIMSApiResponse; the Db2 plug-in's `DB2 ODBC
 * Driver Error:` over node-ibm_db; the FTP plug-in over zos-node-accessor and Zowe Explorer's FTP extension; Explorer
 * for Endevor's `/EndevorService/` sessions), IBM's message catalogues (DFHWU, MQWB, SQL…N, BAQ), and the pastes in
 * the project's corpus (RSE API's `rseapi` base path in IBM/zopeneditor-about#48).
 */
import type { ServiceKind } from "../failure/doc/IFailedCall";

/** The signs of one service; every list is "any of these". */

/** The FTP commands whose failure the z/OS FTP plug-in reports as `<COMMAND> command failed`. */
export const FTP_FAILED_COMMAND = "\\b(PASS|USER|RETR|STOR|LIST|NLST|CWD|SITE|DELE|RNFR|RNTO|MKD) command failed\\b";
/** An FTP reply line of a failure: 530 not logged in, 550 unavailable, 451/452 local or storage errors, … */
export const FTP_FAILURE_REPLY = "(?:^|\\n)[ \\t]{0,8}(?:530|550|451|452|553|425|426)[ -][A-Za-z]";
export interface IServiceSign {
    service: ServiceKind;
    /** Message ID prefixes only this service issues (strong). */
    messageIdPrefixes?: string[];
    /** Patterns over the request's base path and resource, joined by `/` (strong). */
    pathMatches?: string[];
    /** Patterns over what the service said and the text around it: the body, the message, the logging extension (strong). */
    textMatches?: string[];
    /** Patterns over the command line that failed: the plug-in's command group (strong). */
    commandMatches?: string[];
    /** The plug-in's message prefix (weak: decides only with the port). */
    prefixMatches?: string[];
    /** The service's usual ports (weak: decides only with the prefix). */
    ports?: number[];
}

export const SERVICE_SIGNS: readonly IServiceSign[] = [
    {
        service: "cics",
        messageIdPrefixes: ["DFHWU"],
        pathMatches: ["/CICSSystemManagement/"],
        textMatches: ["api_response1", "Did not receive the expected response from CMCI REST API", "<response [^>]{0,256}xmlns=\"http://www\\.ibm\\.com/xmlns/prod/CICS/smw2int"],
        commandMatches: ["^zowe\\s{1,4}cics\\s"],
        prefixMatches: ["CICS CMCI REST API Error:"]
    },
    {
        service: "mq",
        messageIdPrefixes: ["MQWB"],
        pathMatches: ["/ibmmq/rest/"],
        textMatches: ["\\bMQRC_[A-Z_]{3,40}"],
        commandMatches: ["^zowe\\s{1,4}mq\\s"],
        prefixMatches: ["MQ REST API Error:"],
        ports: [9443]
    },
    {
        service: "db2",
        messageIdPrefixes: ["SQL"],
        textMatches: ["\\[IBM\\]\\[CLI Driver\\]", "\\[node-ibm_db\\]", "\\bSQLSTATE[=:]\\s{0,4}[0-9A-Z]{5}\\b"],
        commandMatches: ["^zowe\\s{1,4}db2\\s"],
        prefixMatches: ["DB2 ODBC Driver Error:"],
        ports: [446]
    },
    {
        service: "ims",
        pathMatches: ["/ims/apis?/v1/", "(?:^|/)ims/api/v1(?:/|$)"],
        // The plug-in's ImsMessages.imsRequestFailed, and the field names of OM's reply in IIMSApiResponse.messages.
        textMatches: ["Did not receive the expected response from the IMS REST API", "\\brsntxt\\W{1,8}[^\\n]{0,64}"],
        commandMatches: ["^zowe\\s{1,4}ims\\s"],
        prefixMatches: ["IMS Operations API Error:"]
    },
    {
        service: "ftp",
        textMatches: [
            FTP_FAILED_COMMAND,
            "zowe-explorer-ftp-extension",
            FTP_FAILURE_REPLY
        ],
        commandMatches: ["^zowe\\s{1,4}(?:zos-ftp|zftp)\\s"]
    },
    {
        service: "rse",
        pathMatches: ["(?:^|/)rseapi(?:/|$)"],
        // `zowe rse-api-for-zowe-cli` is the group's full name in the RSE API plug-in's web help (Zowe docs v1.27).
        commandMatches: ["^zowe\\s{1,4}(?:rse|rse-api|rse-api-for-zowe-cli)\\s"],
        prefixMatches: ["Zowe REST Operations API Error:"]
    },
    {
        service: "endevor",
        messageIdPrefixes: ["C1G", "C1E", "EWS", "API00"],
        pathMatches: ["/EndevorService/"],
        textMatches: ["/EndevorService/"],
        commandMatches: ["^zowe\\s{1,4}endevor\\s"]
    },
    {
        service: "zosconnect",
        messageIdPrefixes: ["BAQ"],
        // A stopped API answers without a message ID (IBM's "Change the status of an API").
        textMatches: ["\"errorMessage\"\\s{0,8}:\\s{0,8}\"(?:BAQ|The API has been stopped)"],
        pathMatches: ["/zosConnect/"],
        commandMatches: ["^zowe\\s{1,4}zosconnect\\s"]
    }
];
