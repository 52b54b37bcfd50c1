/**
 * The codes a service reports in its own terms, and where each is read from, as data: the CMCI `resultsummary`
 * (attributes of the XML, or the `key: value` lines the CICS plug-in prints), the MQ REST error's reasonCode, Db2's
 * SQLCODE, SQLSTATE and the tokens of SQL30081N and SQL30082N, the return and reason codes of IMS's Operations Manager
 * (rc, rsn in the IMS plug-in's IIMSApiResponse), an FTP reply. Knowledge entries test them with the
 * `fields` condition. Each pattern has one capture group and bounded repeats, and applies to its service only.
 *
 * Facts: IBM CICS "CMCI problem determination" (resultsummary attributes), IBM MQ "REST API error handling"
 * (reasonCode), Db2 for z/OS -30081 and -30082, the z/OS FTPD reply codes; see the README's Services section.
 */
import type { ServiceKind } from "../failure/doc/IFailedCall";
import { FTP_FAILED_COMMAND } from "./serviceSigns";

/** One named code and where it is read from. */
export interface IServiceField {
    /** The name a knowledge condition uses (`RESPONSE`, `reasonCode`). */
    name: string;
    service: ServiceKind;
    /** A pattern with one capture group: the value. */
    pattern: string;
}

export const SERVICE_FIELDS: readonly IServiceField[] = [
    { name: "RESPONSE", service: "cics", pattern: "api_response1_alt\\W{1,8}([A-Z]{2,16})" },
    { name: "RESP", service: "cics", pattern: "api_response1(?!_)\\W{1,8}(\\d{1,6})" },
    { name: "RESP2", service: "cics", pattern: "api_response2(?!_)\\W{1,8}(\\d{1,6})" },
    { name: "reasonCode", service: "mq", pattern: "reasonCode\\W{1,8}(\\d{4})" },
    { name: "SQLCODE", service: "db2", pattern: "SQLCODE[\\s:=\"]{1,8}(-?\\d{1,5})" },
    { name: "SQLSTATE", service: "db2", pattern: "SQLSTATE\\W{1,8}([0-9A-Z]{5})\\b" },
    { name: "protocolCode", service: "db2", pattern: "Protocol specific error code\\(s\\):\\s{0,4}\"([^\"]{1,16})\"" },
    { name: "protocolFunction", service: "db2", pattern: "Communication function detecting the error:\\s{0,4}\"([^\"]{1,16})\"" },
    { name: "securityReason", service: "db2", pattern: "SQL30082N[^\\n]{0,120}?reason \"(\\d{1,3})\"" },
    { name: "omRc", service: "ims", pattern: "\\brc\\W{1,8}([0-9A-Fa-f]{1,8})\\b" },
    { name: "omRsn", service: "ims", pattern: "\\brsn\\W{1,8}([0-9A-Fa-f]{1,8})\\b" },
    { name: "ftpReply", service: "ftp", pattern: "(?:^|\\n)[ \\t]{0,8}([45]\\d\\d)[ -][A-Za-z]" },
    // The FTP verbs by name: the patterns are case-insensitive, and "The command failed" names no command.
    { name: "ftpCommand", service: "ftp", pattern: FTP_FAILED_COMMAND }
];
