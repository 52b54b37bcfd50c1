/**
 * The services behind Zowe's plug-ins, read from the texts their plug-ins and clients print (shapes from the plug-ins'
 * sources: CicsCmciRestClient's `Did not receive the expected response from CMCI REST API` with the resultsummary in
 * prettyJson, the MQ plug-in's `MQ REST API Error:` with the MQ REST error body, the Db2 plug-in's `DB2 ODBC Driver
 * Error:` over node-ibm_db, the FTP plug-in's failed FTP command, Zowe Explorer FTP's stand-in 401, RSE API and
 * Endevor texts from public threads): each names its service, reaches the verdict its facts call for, and shows no
 * advice the facts rule out. A prefix alone never names a service, and hostile input costs what ordinary input costs.
 */
import * as fs from "fs";
import * as path from "path";
import { findLastFailures } from "../../../../src/api/lastError/findLastFailures";
import type { IFailureReport } from "../../../../src/api/failure/doc/IFailedCall";
import { SERVICE_SIGNS } from "../../../../src/api/knowledge/serviceSigns";
import { SERVICE_FIELDS } from "../../../../src/api/knowledge/serviceFields";
import { readServiceFields, recogniseService } from "../../../../src/api/readers/recogniseService";
import { unboundedRepeats } from "../../../__helpers__/unboundedRepeats";

const pastes = path.resolve(__dirname, "..", "..", "..", "__resources__", "pastes");

function reportOf(text: string): IFailureReport {
    return findLastFailures({ inputText: { text, name: "standard input" } }).reports[0];
}

/** Everything the diagnosis tells the user to think or do. */
function advice(report: IFailureReport): string {
    const { causes, nextSteps, nextCommands } = report.diagnosis;
    return [...causes, ...nextSteps, ...nextCommands.map((next) => next.command)].join("\n");
}

/** Advice for z/OSMF or API ML (their commands, base paths, tokens): it never fits a plug-in's service. */
const ZOSMF_OR_APIML = /zowe (?:zosmf|auth login apiml|zos-files|zos-jobs)|basePath|base path|API ML|apimlAuthenticationToken/;
/** Advice about the password: it does not fit a failure before any logon, or after a logon that worked. */
const PASSWORD_ADVICE = /password/i;

const V3_HEADER = "Unable to perform this operation due to the following problem.";

describe("CICS CMCI", () => {
    const cmciAnswer = (response: string, resp1: number, resp2: number): string => [
        V3_HEADER,
        "Did not receive the expected response from CMCI REST API. ",
        "response: ",
        "  xmlns:           http://www.ibm.com/xmlns/prod/CICS/smw2int",
        "  resultsummary: ",
        `    api_response1:     ${resp1}`,
        `    api_response2:     ${resp2}`,
        `    api_response1_alt: ${response}`,
        "    api_response2_alt: ",
        "    recordcount:       0"
    ].join("\n");

    it.each([
        ["NOTFOUND", 1036, 1, "not-found"], ["NODATA", 1027, 0, "not-found"], ["NOTPERMIT", 1031, 2, "authorization"],
        ["INVALIDPARM", 1028, 6, "bad-request"], ["NOTAVAILABLE", 1034, 1, "server-unavailable"]
    ])("RESPONSE %s inside a 200 answer is CICS's, with its verdict", (response, resp1, resp2, verdict) => {
        const report = reportOf(cmciAnswer(response as string, resp1 as number, resp2 as number));
        expect(report.service).toBe("cics");
        expect(report.server.fields).toMatchObject({ RESPONSE: response, RESP: String(resp1), RESP2: String(resp2) });
        expect(report.diagnosis.verdict).toBe(verdict);
        expect(report.request.host).toBeNull();
        expect(advice(report)).not.toMatch(ZOSMF_OR_APIML);
    });

    it("NOTPERMIT says the logon worked: no advice to change the password", () => {
        expect(reportOf(cmciAnswer("NOTPERMIT", 1031, 2)).diagnosis.causes.join("\n")).not.toMatch(PASSWORD_ADVICE);
    });

    it("a CICS route answered by the API ML gateway is the gateway's answer, not CICS's", () => {
        const report = reportOf([V3_HEADER, "Rest API failure with HTTP(S) status 503", "", "Response From Service",
            "{\"messages\":[{\"messageType\":\"ERROR\",\"messageNumber\":\"ZWEAO503E\",\"messageContent\":\"The server is not ready\"}]}",
            "", "Diagnostic Information", "Received HTTP(S) error 503 = Service Unavailable.", "Protocol:          https",
            "Host:              mf.example.com", "Port:              7554", "Base Path:         ibmcics/api/v1",
            "Resource:          /CICSSystemManagement/CICSProgram/CICSEX56", "Request:           GET"].join("\n"));
        expect(report.service).toBe("apiml");
    });
});

describe("IBM MQ REST API", () => {
    const mqError = (reasonCode: number, msgId: string, status: number): string => [
        V3_HEADER, "MQ REST API Error:", `Rest API failure with HTTP(S) status ${status}`, "", "Response From Service",
        `{"error":[{"type":"pcf","msgId":"${msgId}","message":"${msgId}: Could not query the queue manager 'QM1'.",` +
        `"completionCode":2,"reasonCode":${reasonCode}}]}`, "", "Diagnostic Information",
        `Received HTTP(S) error ${status} = Forbidden.`, "Protocol:          https", "Host:              mq.example.com",
        "Port:              9443", "Base Path:", "Resource:          /ibmmq/rest/v2/admin/action/qmgr/QM1/mqsc", "Request:           POST"
    ].join("\n");

    it("reason 2035 is an authorization failure, with the MQ plug-in's command", () => {
        const report = reportOf(mqError(2035, "MQWB0009E", 403));
        expect(report).toMatchObject({ service: "mq", status: 403, server: { fields: { reasonCode: "2035" } } });
        expect(report.diagnosis.verdict).toBe("authorization");
        expect(report.diagnosis.nextCommands[0].command).toMatch(/^zowe mq run mqsc /);
        expect(advice(report)).not.toMatch(ZOSMF_OR_APIML);
    });

    it("the MQ plug-in's v3 paste (Zowe CLI #2585) is MQ's, and its MQWB message is looked up", () => {
        const report = reportOf(fs.readFileSync(path.join(pastes, "cli-2585-v3-mq-mqwb0104e.txt"), "utf8"));
        expect(report.service).toBe("mq");
        expect(report.diagnosis.matched).toContain("mq-rest-message");
    });
});

describe("Db2", () => {
    const sql30081 = (func: string, code: string): string => [
        "Command Error:", "DB2 ODBC Driver Error: [node-ibm_db] SQL_ERROR", "Error Details:",
        "Error:    [IBM][CLI Driver] SQL30081N  A communication error has been detected. Communication protocol being used: " +
        "\"TCP/IP\".  Communication API being used: \"SOCKETS\".  Location where the error was detected: \"192.0.2.30\".  " +
        `Communication function detecting the error: "${func}".  Protocol specific error code(s): "${code}", "*", "*".  SQLSTATE=08001`,
        "SQLCODE:  -30081", "SQLSTATE: 08001"
    ].join("\n");

    it("a refused connection (SQL30081N connect 111) is the port, never the password", () => {
        const report = reportOf(sql30081("connect", "111"));
        expect(report.service).toBe("db2");
        expect(report.server.fields).toMatchObject({ SQLCODE: "-30081", SQLSTATE: "08001", protocolCode: "111", protocolFunction: "connect" });
        expect(report.diagnosis.verdict).toBe("client-config");
        expect(report.diagnosis.matched[0]).toBe("db2-sql30081n-refused");
        expect(report.diagnosis.nextSteps.join("\n")).toMatch(/The password is not the problem/);
        expect(report.diagnosis.nextCommands.map((next) => next.command)).not.toContain("zowe config secure");
        expect(report.diagnosis.caution).toBeUndefined();
    });

    it("a reset on recv (the secure port spoken to without TLS, docs-site #1611) is client configuration", () => {
        const report = reportOf(fs.readFileSync(path.join(pastes, "docs-1611-db2-sql30081n-secport.txt"), "utf8"));
        expect(report.diagnosis.matched[0]).toBe("db2-sql30081n-reset");
        expect(report.diagnosis.verdict).toBe("client-config");
    });

    it.each([["1", /expired/], ["24", /wrong/], ["7", /revoked/]])("SQL30082N reason %s is an authentication failure", (reason, words) => {
        const report = reportOf(`Error: [IBM][CLI Driver] SQL30082N  Security processing failed with reason "${reason}" ("X").  SQLSTATE=08001`);
        expect(report.service).toBe("db2");
        expect(report.diagnosis.verdict).toBe("authentication");
        expect(report.diagnosis.summary).toMatch(words);
        expect(report.diagnosis.caution).toMatch(/revok/);
    });
});

describe("Db2 statements", () => {
    it("SQL0551N is an authorization failure after a logon that worked", () => {
        const report = reportOf("DB2 ODBC Driver Error: [node-ibm_db] SQL_ERROR\nError:    [IBM][CLI Driver][DB2] SQL0551N  \"USERID\" does not " +
            "have the required authorization or privilege to perform operation \"SELECT\" on object \"SYSIBM.SYSTABLES\".  SQLSTATE=42501\n" +
            "SQLCODE:  -551\nSQLSTATE: 42501");
        expect(report).toMatchObject({ service: "db2", server: { fields: { SQLCODE: "-551", SQLSTATE: "42501" } } });
        expect(report.diagnosis.verdict).toBe("authorization");
        expect(report.diagnosis.caution).toBeUndefined();
    });
});

describe("z/OS FTP (the FTP plug-in, and Zowe Explorer's FTP extension)", () => {
    it("PASS command failed, as `zowe zftp` prints it, is a refused logon", () => {
        const report = reportOf(fs.readFileSync(path.join(pastes, "ftp-85-pass-command-failed.txt"), "utf8"));
        expect(report).toMatchObject({ service: "ftp", command: "zowe zftp list jobs", server: { fields: { ftpCommand: "PASS" } } });
        expect(report.diagnosis.verdict).toBe("authentication");
        expect(advice(report)).not.toMatch(ZOSMF_OR_APIML);
    });

    it("Zowe Explorer FTP's stand-in 401 is an FTP logon failure, with no token or API ML advice", () => {
        const report = reportOf(fs.readFileSync(path.join(pastes, "ze-3496-zftp-401-log.txt"), "utf8"));
        expect(report.service).toBe("ftp");
        expect(report.diagnosis.matched[0]).toBe("ftp-explorer-401");
        expect(advice(report)).not.toMatch(ZOSMF_OR_APIML);
        expect(advice(report)).not.toMatch(/token/i);
    });

    it("names a failed FTP command only by its verb: \"The command failed\" names none", () => {
        expect(readServiceFields("ftp", "USER command failed\n530 PASS command failed")).toMatchObject({ ftpCommand: "USER" });
        expect(readServiceFields("ftp", "The command failed\n530 Login incorrect.")?.ftpCommand).toBeUndefined();
    });

    it.each([
        ["550 Request nonexistent data set IBMUSER.NOPE.", "not-found"],
        ["550 RETR fails: IBMUSER.SECRET. User not authorized.", "authorization"],
        ["421 Timeout (300 seconds): closing control connection.", "server-unavailable"],
        ["451 Transfer aborted: send error.", "server-error"]
    ])("reply %s through `zowe zos-ftp` has its verdict", (reply, verdict) => {
        const report = reportOf(`$ zowe zos-ftp view data-set "IBMUSER.NOPE"\nCommand Error:\n${reply}\n`);
        expect(report.service).toBe("ftp");
        expect(report.server.fields?.ftpReply).toBe(reply.slice(0, 3));
        expect(report.diagnosis.verdict).toBe(verdict);
    });
});

describe("IBM RSE API, Endevor, IMS, z/OS Connect", () => {
    it("the RSE API's base path names it; https to its http port is client configuration (IBM/zopeneditor-about #48)", () => {
        const report = reportOf(fs.readFileSync(path.join(pastes, "zoe-48-rse-eproto-https-to-http.txt"), "utf8"));
        expect(report.service).toBe("rse");
        expect(report.diagnosis.matched[0]).toBe("rse-tls-to-http-port");
        expect(report.diagnosis.verdict).toBe("client-config");
        expect(advice(report)).not.toMatch(/switch to https|--protocol https/i);
    });

    it("API0034S from Endevor Web Services is refused credentials, with the Endevor plug-in's commands", () => {
        const report = reportOf("Endevor session: https://mf.example.com:8040/EndevorService/api/v2\nrc: 0012, message: " +
            "API0034S INVALID USERID OR PASSWORD DETECTED");
        expect(report.service).toBe("endevor");
        expect(report.diagnosis.verdict).toBe("authentication");
        expect(report.diagnosis.nextCommands.map((next) => next.command)).toContain("zowe endevor check instance <instance>");
    });

    it("C1E0106E (che4z COBOL LS #2447) is Endevor's authorization failure", () => {
        const report = reportOf(fs.readFileSync(path.join(pastes, "che4z-2447-endevor-c1e0106e.txt"), "utf8"));
        expect(report).toMatchObject({ service: "endevor", diagnosis: { verdict: "authorization" } });
    });

    it("a failure of `zowe ims` is the IMS Operations API's", () => {
        const report = reportOf("$ zowe ims query program \"IVTNO\"\nCommand Error:\nRest API failure with HTTP(S) status 500\n" +
            "Error Details:\nHTTP(S) error status \"500\" received.\nHost:      mf.example.com\nPort:      8081\nResource:  /query/pgm\n");
        expect(report.service).toBe("ims");
        expect(report.diagnosis.causes.join("\n")).toMatch(/IMS Connect/);
        expect(advice(report)).not.toMatch(ZOSMF_OR_APIML);
    });

    it("the IMS Operations API's route and the IMS plug-in's prefix name it", () => {
        const report = reportOf("Command Error:\nIMS Operations API Error:\nRest API failure with HTTP(S) status 500\nError Details:\n" +
            "HTTP(S) error status \"500\" received.\nHost:      mf.example.com\nPort:      8081\nBase Path: ims/api/v1\n" +
            "Resource:  /ims/apis/v1/IMS1/query/pgm\n");
        expect(report.service).toBe("ims");
    });

    it("a z/OS Connect route names z/OS Connect", () => {
        const report = reportOf([V3_HEADER, "Rest API failure with HTTP(S) status 404", "", "Diagnostic Information",
            "Received HTTP(S) error 404 = Not Found.", "Host:              mf.example.com", "Port:              9443",
            "Resource:          /zosConnect/apis/catalog", "Request:           GET"].join("\n"));
        expect(report.service).toBe("zosconnect");
    });
});

describe("never a service from a prefix alone", () => {
    it.each([
        ["z/OSMF REST API Error:", "zosmf"], ["CICS CMCI REST API Error:", "cics"], ["MQ REST API Error:", "mq"],
        ["Zowe REST Operations API Error:", "rse"], ["DB2 ODBC Driver Error:", "db2"]
    ])("%s with a bare status names no plug-in's service", (prefix) => {
        const report = reportOf(`Command Error:\n${prefix}\nRest API failure with HTTP(S) status 500\n`);
        expect(["zosmf", "apiml", "liberty", "unknown"]).toContain(report.service);
    });

    it("the plug-in's prefix with the service's usual port does name it", () => {
        expect(recogniseService({ message: "MQ REST API Error:", port: 9443 })).toEqual({ service: "mq", by: "route" });
        expect(recogniseService({ message: "MQ REST API Error:", port: 443 })).toBeUndefined();
    });
});

describe("the signs and fields are data that hostile input cannot slow down", () => {
    const patterns = [...SERVICE_SIGNS.flatMap((sign) => [...sign.pathMatches ?? [], ...sign.textMatches ?? [], ...sign.commandMatches ?? [],
        ...sign.prefixMatches ?? []]), ...SERVICE_FIELDS.map((field) => field.pattern)];

    it.each(patterns.map((pattern) => [pattern]))("%s has only bounded repeats", (pattern) => {
        expect(unboundedRepeats(pattern)).toEqual([]);
    });

    // What 1 MB of near-misses costs against ordinary text is measured in `npm run bench` (hostileInProcess.js).
    it("reads 1 MB of near-misses to the same answer as their first line", () => {
        const unit = "SQL30082N reason \"api_response1 5xmlns: http://";
        const hostile = unit.repeat(20000) + "\n550".repeat(1000);
        const once = recogniseService({ message: unit, body: unit, around: unit });
        expect(recogniseService({ message: hostile, body: hostile, around: hostile })?.service).toBe(once?.service);
    });
});

describe("z/OS messages that z/OSMF passes through", () => {
    const zosmfReport = (status: number, message: string, details: string): string => [
        "Command Error:", "z/OSMF REST API Error:", `Rest API failure with HTTP(S) status ${status}`,
        "category: 6", "rc:       8", "reason:   0", `message:  ${message}`, "details:", `  - ${details}`, "Error Details:",
        `HTTP(S) error status "${status}" received.`, "Host:      mf.example.com", "Port:      443",
        "Resource:  /zosmf/restfiles/ds/IBMUSER.NOPE", "Request:   PUT"
    ].join("\n");

    it("IKJ56228I (the data set is not catalogued) is not-found, with no base path advice", () => {
        const report = reportOf(zosmfReport(404, "Data set not found.", "IKJ56228I DATA SET IBMUSER.NOPE NOT IN CATALOG OR CATALOG CAN NOT BE ACCESSED"));
        expect(report.service).toBe("zosmf");
        expect(report.diagnosis.verdict).toBe("not-found");
        expect(report.diagnosis.matched).toContain("IKJ56228I");
    });

    it("ICH408I with INSUFFICIENT ACCESS AUTHORITY is authorization, and not a password problem", () => {
        const report = reportOf(zosmfReport(403, "LMINIT error",
            "ICH408I USER(IBMUSER ) GROUP(SYS1    ) NAME(IBMUSER ) IBMUSER.SECRET CL(DATASET ) INSUFFICIENT ACCESS AUTHORITY"));
        expect(report.diagnosis.verdict).toBe("authorization");
        expect(report.diagnosis.matched).toContain("ICH408I");
        expect(report.diagnosis.nextCommands.map((next) => next.command)).not.toContain("zowe config secure");
    });

    it("ICH408I for an invalid password is not taken for an access failure", () => {
        const report = reportOf(zosmfReport(500, "TSO logon failed", "ICH408I USER(IBMUSER ) LOGON/JOB INITIATION - INVALID PASSWORD"));
        expect(report.diagnosis.matched).not.toContain("ICH408I");
    });
});

describe("z/OS Connect's JSON error response", () => {
    it("BAQR0431W in errorMessage is z/OS Connect's not-found", () => {
        const report = reportOf([V3_HEADER, "Rest API failure with HTTP(S) status 404", "", "Response From Service",
            "{\"errorMessage\": \"BAQR0431W: Service doesNotExist is not available.\"}", "", "Diagnostic Information",
            "Received HTTP(S) error 404 = Not Found.", "Host:              mf.example.com", "Port:              9443",
            "Resource:          /services/doesNotExist", "Request:           GET"].join("\n"));
        expect(report.service).toBe("zosconnect");
        expect(report.server.messageIds).toContain("BAQR0431W");
        expect(report.diagnosis.verdict).toBe("not-found");
        expect(report.diagnosis.matched[0]).toBe("BAQR0431W");
    });
});

describe("more failures of the services behind the plug-ins", () => {
    /** What the IMS plug-in prints for an error answer: its prefix, then the body pretty-printed (ImsRestClient.processError). */
    const imsOmAnswer = [
        "$ zowe ims start transaction \"IVTNO\"", "Command Error:", "IMS Operations API Error:",
        "Rest API failure with HTTP(S) status 400", "messages: ", "  IMS1OM: ", "    rc:      0200000C", "    rsn:     00003000",
        "    rsntxt:  Command processing failed for at least one client", "    command: UPD TRAN NAME(IVTNO) START(Q,SCHD)",
        "Error Details:", "HTTP(S) error status \"400\" received.", "Host:      mf.example.com", "Port:      8081",
        "Resource:  /ims/apis/v1/IMS1/start/tran?names=IVTNO", "Request:   PUT"
    ].join("\n");

    it("OM's rc, rsn and rsntxt in an IMS answer name IMS, are read as fields, and rule out the connection and the password", () => {
        const report = reportOf(imsOmAnswer);
        expect(report.service).toBe("ims");
        expect(report.server.fields).toMatchObject({ omRc: "0200000C", omRsn: "00003000" });
        expect(report.diagnosis.matched[0]).toBe("ims-om-command-error");
        expect(report.diagnosis.summary).toMatch(/IMS was reached/);
        expect(report.diagnosis.nextSteps.join("\n")).toMatch(/rsntxt/);
        expect(report.diagnosis.nextCommands.map((next) => next.command)).not.toContain("zowe config secure");
        expect(advice(report)).not.toMatch(ZOSMF_OR_APIML);
    });

    it("the OM reply shape alone names IMS, without the route or the prefix", () => {
        expect(recogniseService({ body: "messages:\n  OM1OM:\n    rc:     0200000C\n    rsntxt: Command failed" }))
            .toEqual({ service: "ims", by: "reply" });
        expect(recogniseService({ message: "Did not receive the expected response from the IMS REST API. " }))
            .toEqual({ service: "ims", by: "reply" });
    });

    it("BAQM0003E (the service is stopped) is z/OS Connect's unavailable service, not a profile problem", () => {
        const report = reportOf([V3_HEADER, "Rest API failure with HTTP(S) status 503", "", "Response From Service",
            "{\"errorMessage\": \"BAQM0003E: Service 'mqPutService' is stopped and can not be invoked.\"}", "", "Diagnostic Information",
            "Received HTTP(S) error 503 = Service Unavailable.", "Host:              mf.example.com", "Port:              9443",
            "Resource:          /zosConnect/services/mqPutService", "Request:           POST"].join("\n"));
        expect(report.service).toBe("zosconnect");
        expect(report.diagnosis.matched[0]).toBe("BAQM0003E");
        expect(report.diagnosis.verdict).toBe("server-unavailable");
        expect(report.diagnosis.causes.join("\n")).not.toMatch(PASSWORD_ADVICE);
        expect(advice(report)).not.toMatch(ZOSMF_OR_APIML);
    });

    it("SQL1776N (node-ibm_db #29) is Db2's HADR refusal: the host and the client level, never the password", () => {
        const report = reportOf(fs.readFileSync(path.join(pastes, "ibmdb-29-sql1776n-hadr.txt"), "utf8"));
        expect(report.service).toBe("db2");
        expect(report.diagnosis.matched[0]).toBe("db2-sql1776n");
        expect(report.diagnosis.verdict).toBe("client-config");
        expect(report.diagnosis.causes.join("\n")).toMatch(/standby/);
        expect(report.diagnosis.nextSteps.join("\n")).toMatch(/The password is not the problem/);
        expect(report.diagnosis.nextCommands.map((next) => next.command)).not.toContain("zowe config secure");
    });

    it("a stopped API's 503 (\"The API has been stopped\", no message ID) is z/OS Connect's, by its answer alone", () => {
        const report = reportOf([V3_HEADER, "Rest API failure with HTTP(S) status 503", "", "Response From Service",
            "{ \"errorMessage\": \"The API has been stopped\" }", "", "Diagnostic Information",
            "Received HTTP(S) error 503 = Service Unavailable.", "Host:              mf.example.com", "Port:              9443",
            "Resource:          /catalog/items", "Request:           GET"].join("\n"));
        expect(report.service).toBe("zosconnect");
        expect(report.diagnosis.matched[0]).toBe("zosconnect-api-stopped");
        expect(report.diagnosis.verdict).toBe("server-unavailable");
        expect(advice(report)).not.toMatch(ZOSMF_OR_APIML);
        expect(report.diagnosis.causes.join("\n")).not.toMatch(PASSWORD_ADVICE);
    });

    it("SQL0805N for a NULLID package (node-ibm_db #754) is Db2's unbound CLI packages, not the connection", () => {
        const report = reportOf(fs.readFileSync(path.join(pastes, "ibmdb-754-sql0805n-zos-package.txt"), "utf8"));
        expect(report.service).toBe("db2");
        expect(report.diagnosis.matched[0]).toBe("db2-sql0805n");
        expect(report.diagnosis.verdict).toBe("server-error");
        expect(report.diagnosis.nextSteps.join("\n")).toMatch(/bind the CLI packages/);
        expect(report.diagnosis.nextSteps.join("\n")).toMatch(/password are not the problem/);
        expect(report.diagnosis.nextCommands.map((next) => next.command)).not.toContain("zowe config secure");
    });

    it("a failure of `zowe rse-api-for-zowe-cli` is the RSE API's", () => {
        const report = reportOf("$ zowe rse-api-for-zowe-cli check status\nCommand Error:\nRest API failure with HTTP(S) status 500\n" +
            "Error Details:\nHTTP(S) error status \"500\" received.\nHost:      mf.example.com\nPort:      6800\nResource:  /rseapi/api/v1/info\n");
        expect(report.service).toBe("rse");
        expect(recogniseService({ command: "zowe rse-api-for-zowe-cli check status" })).toEqual({ service: "rse", by: "route" });
    });
});

describe("z/OS data set messages that z/OSMF passes through", () => {
    it("IEC032I E37 (the data set is full) is the data set's space, with a command that shows it, and no password or base path advice", () => {
        const report = reportOf(["Command Error:", "z/OSMF REST API Error:", "Rest API failure with HTTP(S) status 500",
            "category: 6", "rc:       4", "reason:   0", "message:  An I/O abend was trapped.", "details:",
            "  - IEC032I E37-04,IFG0554P,IBMUSER,IZUFPROC,SYS00012,0A91,USER01,IBMUSER.SMALL.PDS(BIGMEM)",
            "Error Details:", "HTTP(S) error status \"500\" received.", "Host:      mf.example.com", "Port:      443",
            "Resource:  /zosmf/restfiles/ds/IBMUSER.SMALL.PDS(BIGMEM)", "Request:   PUT"].join("\n"));
        expect(report.service).toBe("zosmf");
        expect(report.diagnosis.matched[0]).toBe("IEC032I-E37");
        expect(report.diagnosis.verdict).toBe("server-error");
        // The write began, so the TSO logon environment (procedure, account, region) is not what failed.
        expect(report.diagnosis.matched).not.toContain("rule-tso-500-environment");
        expect(advice(report)).not.toMatch(/account number|region size is too small/i);
        expect(report.diagnosis.summary).toMatch(/ran out of space/);
        expect(report.diagnosis.nextCommands.map((next) => next.command)).toContain("zowe zos-files list data-set \"<data-set>\" --attributes");
        expect(advice(report)).not.toMatch(/password|basePath|base path/i);
    });

    const tsoLogon500 = (detail: string): string => ["Command Error:", "z/OSMF REST API Error:", "Rest API failure with HTTP(S) status 500",
        "category: 2", "rc:       16", "reason:   1141", "message:  TSO logon failed", "details:", `  - ${detail}`,
        "Error Details:", "HTTP(S) error status \"500\" received.",
        "Host:      mf.example.com", "Port:      443", "Resource:  /zosmf/tsoApp/tso", "Request:   POST"].join("\n");

    it.each([
        ["IRR012I VERIFICATION FAILED. USER PROFILE NOT FOUND.", "IRR012I", /misspelt/],
        ["IRR014I VERIFICATION FAILED. EXPIRED PASSWORD GIVEN.", "IRR014I", /expired/],
        ["IRR017I VERIFICATION FAILED. USER IS REVOKED AT THE GROUP LEVEL.", "IRR017I", /revoked/]
    ])("%s behind a TSO logon 500 is RACF's logon refusal, not the TSO environment", (detail, id, cause) => {
        const report = reportOf(tsoLogon500(detail as string));
        expect(report.service).toBe("zosmf");
        expect(report.diagnosis.matched[0]).toBe(id);
        expect(report.diagnosis.verdict).toBe("authentication");
        expect(report.diagnosis.causes.join("\n")).toMatch(cause as RegExp);
        expect(report.diagnosis.matched).not.toContain("rule-tso-500-environment");
        expect(advice(report)).not.toMatch(/account number|region size is too small|basePath|base path/i);
    });

    it("IRR017I (revoked) does not suggest changing the password", () => {
        const steps = reportOf(tsoLogon500("IRR017I VERIFICATION FAILED. USER IS REVOKED AT THE GROUP LEVEL.")).diagnosis.nextSteps.join("\n");
        expect(steps).toMatch(/changing the password in the profile does not help/);
    });
});
