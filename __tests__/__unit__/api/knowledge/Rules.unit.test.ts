/**
 * The rules that weigh several facts of a failed call, on calls shaped like the real failures they come from (the
 * threads are in each rule's source): each rule fires on its facts, gives its verdict and lists the cause the users
 * found; each rule stays silent when one of its facts is missing; overlaps resolve by priority, not by data order.
 */
import type { IFailedCall } from "../../../../src/api/failure/doc/IFailedCall";
import { failedCall } from "../../../__helpers__/failedCalls";
import { diagnose } from "../../../../src/api/diagnose/diagnose";
import { matches, matchKnowledge } from "../../../../src/api/diagnose/matchKnowledge";
import { KNOWLEDGE } from "../../../../src/api/knowledge/knowledge";
import { RULES } from "../../../../src/api/knowledge/rules";
import type { IKnowledgeEntry } from "../../../../src/api/knowledge/doc/IKnowledgeEntry";

const failed = failedCall;

function rule(id: string): IKnowledgeEntry {
    const found = RULES.find((entry) => entry.id === id);
    if (found == null) {
        throw new Error(`no rule ${id}`);
    }
    return found;
}

const zosmfReport = (fields: Record<string, unknown>): string => JSON.stringify({ category: 2, rc: 4, reason: 1, ...fields });

/** The calls of the real threads. */
const CALLS = {
    // zowe-cli #2497: user ID not in IZUUSER, right password.
    notIzuuser: () => failed({ source: "http", httpStatus: 401, port: 10443, resource: "/zosmf/restfiles/ds?dslevel=USERID.TRACE*",
        msg: "Rest API failure with HTTP(S) status 401\nUsername or password are not valid or expired." }),
    // zowe-explorer-vscode #4374 wording, on a direct z/OSMF port.
    apimlTokenToZosmf: () => failed({ source: "http", httpStatus: 401, port: 443, resource: "/zosmf/restfiles/ds?dslevel=IBMUSER.*",
        msg: "Rest API failure with HTTP(S) status 401\nToken type \"apimlAuthenticationToken\" requires base path to be defined. " +
            "You must either connect with username and password or provide a base path." }, "token"),
    // zowe-explorer-vscode #261: a wrong password as a 500 from IZUGUEST.
    izuguest: () => failed({ source: "http", httpStatus: 500, resource: "/zosmf/restfiles/ds?dslevel=USERID.public.*",
        causeErrors: zosmfReport({ rc: 16, reason: 1141, message: "login: _msg_rcv_timed() error on: TsoServerConnection(USER=IZUGUEST, " +
            "ASID=0x01d9, QID=0x0034003a), QID=0x0034003a" }) }),
    // zopeneditor-about #465: ICH408I INVALID PASSWORD during the TSO logon of z/OSMF.
    logonPassword: () => failed({ source: "http", httpStatus: 500, resource: "/zosmf/tsoApp/tso",
        causeErrors: zosmfReport({ reason: 2, details: ["ICH408I USER(USERID  ) GROUP(GRP     ) NAME(A USER) LOGON/JOB INITIATION - INVALID PASSWORD",
            "IRR013I VERIFICATION FAILED. INVALID PASSWORD GIVEN."], message: "TSO logon failed" }) }),
    // cobol-programming-course #43: ISRZ002 Authorization failed on another user's data set.
    isrz002Authorization: () => failed({ source: "http", httpStatus: 500, resource: "/zosmf/restfiles/ds/Z99999.CBL/member",
        causeErrors: zosmfReport({ category: 4, rc: 8, reason: 0, message: "LMOPEN error details: - ISRZ002 Authorization failed - " +
            "You may not use this protected data set. Open 913 abend." }) }),
    // zowe-explorer-vscode #943: the TSO servlet's 30-second timeout.
    tsoTimeout: () => failed({ source: "http", httpStatus: 500, resource: "/zosmf/restfiles/ds?dslevel=USERID",
        causeErrors: zosmfReport({ message: "receiveResponseHeader: timeout receiving response (>30 secs): TsoServerConnection(USER=USERID, " +
            "ASID=0x00be, QID=0x00000012)" }) }),
    // IBM APAR PK47518 wording: a data set allocated to another job.
    dataSetInUse: () => failed({ source: "http", httpStatus: 500, resource: "/zosmf/restfiles/ds/USERID.LOAD",
        causeErrors: zosmfReport({ details: ["IKJ56225I DATA SET USERID.LOAD ALREADY IN USE, TRY LATER", "IKJ56225I DATA SET IS ALLOCATED TO ANOTHER JOB OR USER"],
            message: "allocation failed" }) }),
    // zowe-explorer-vscode #272: an account number that is not defined.
    tsoAccount: () => failed({ source: "http", httpStatus: 500, resource: "/zosmf/restfiles/ds?dslevel=USERID",
        causeErrors: zosmfReport({ reason: 2, details: ["IKJ56486I THE ACCOUNT NUMBER 12345 HAS NOT BEEN DEFINED FOR USE", "IKJ56429A REENTER -"],
            message: "TSO logon failed" }) }),
    // zowe-explorer-vscode #739: the TLS handshake cut short.
    tlsCut: () => failed({ source: "client", errorCode: "ECONNRESET", msg: "Failed to send an HTTP request.",
        causeErrors: { code: "ECONNRESET", message: "Client network socket disconnected before secure TLS connection was established" } }),
    // zowe-cli #486: EPROTO wrong version number.
    eproto: () => failed({ source: "client", errorCode: "EPROTO", msg: "Failed to send an HTTP request.",
        causeErrors: { code: "EPROTO", message: "write EPROTO 80ECE8:error:0A00010B:SSL routines::wrong version number:ssl3_record.c:350:" } })
};

describe("rules fire on the facts of real failures", () => {
    it.each([
        ["rule-zosmf-401-not-izuuser", CALLS.notIzuuser, "authentication", /not connected to the IZUUSER group/],
        ["rule-apiml-token-sent-to-zosmf", CALLS.apimlTokenToZosmf, "client-config", /went straight to z\/OSMF/],
        ["rule-tso-500-izuguest", CALLS.izuguest, "authentication", /wrong password: z\/OSMF fell back to the unauthenticated IZUGUEST/],
        ["rule-tso-500-logon-password", CALLS.logonPassword, "authentication", /wrong or expired password/],
        ["rule-tso-500-authorization", CALLS.isrz002Authorization, "authorization", /another high-level qualifier/],
        ["rule-tso-500-timeout", CALLS.tsoTimeout, "timeout", /longer than 30 seconds/],
        ["rule-tso-500-data-set-in-use", CALLS.dataSetInUse, "conflict", /Another job or user holds the data set/],
        ["rule-tso-500-environment", CALLS.tsoAccount, "server-error", /account number is not valid/],
        ["rule-tls-handshake-cut", CALLS.tlsCut, "client-config", /proxy, firewall or VPN/]
    ])("%s", (id, make, verdict, humansCause) => {
        const call = make();
        expect(matches(rule(id), call)).toBeGreaterThan(0);
        const diagnosis = diagnose(call);
        expect(diagnosis.matched).toContain(id);
        expect(diagnosis.verdict).toBe(verdict);
        expect(diagnosis.causes.some((cause) => humansCause.test(cause))).toBe(true);
    });

    it("EPROTO stays the connection entry's, and its advice is http or the HTTPS port, never 'switch to https'", () => {
        const diagnosis = diagnose(CALLS.eproto());
        expect(diagnosis.verdict).toBe("client-config");
        expect(diagnosis.matched).toEqual(["EPROTO"]);
        expect(diagnosis.nextSteps.join("\n")).toMatch(/--protocol http/);
        expect(diagnosis.nextCommands.map((next) => next.command)).toContain("zowe config set profiles.zosmf.properties.protocol http");
        const advice = (d: typeof diagnosis): string => JSON.stringify([d.nextSteps, d.nextCommands]);
        expect(advice(diagnosis)).not.toMatch(/protocol https|to https/i);
        expect(advice(diagnose(CALLS.tlsCut()))).not.toMatch(/protocol https|to https/i);
    });

    it("ERR_SSL_WRONG_VERSION_NUMBER is the same entry as EPROTO", () => {
        const call = failed({ source: "client", msg: "Failed to send an HTTP request.",
            causeErrors: { code: "ERR_SSL_WRONG_VERSION_NUMBER", message: "ssl3_get_record" } });
        expect(diagnose(call)).toMatchObject({ verdict: "client-config", matched: ["EPROTO"] });
    });
});

describe("rules stay silent without one of their facts", () => {
    const silent = (id: string, call: IFailedCall): void => {
        expect(matches(rule(id), call)).toBe(0);
        expect(diagnose(call).matched).not.toContain(id);
    };

    it("IZUUSER: not on a 403, not through API ML, not with a token and no such wording", () => {
        silent("rule-zosmf-401-not-izuuser", { ...CALLS.notIzuuser(), status: 403 });
        silent("rule-zosmf-401-not-izuuser", { ...CALLS.notIzuuser(), service: "apiml" });
        silent("rule-zosmf-401-not-izuuser",
            failed({ source: "http", httpStatus: 401, resource: "/zosmf/info", msg: "Rest API failure with HTTP(S) status 401" }, "token"));
    });

    it("API ML token to z/OSMF: not with a base path, not on the gateway's port, not to another service, not with Zowe silent", () => {
        const call = CALLS.apimlTokenToZosmf();
        silent("rule-apiml-token-sent-to-zosmf", { ...call, request: { ...call.request, basePath: "ibmzosmf/api/v1" } });
        silent("rule-apiml-token-sent-to-zosmf", { ...call, request: { ...call.request, port: 7554 } });
        silent("rule-apiml-token-sent-to-zosmf", { ...call, request: { ...call.request, resource: "/api/v1/gateway/auth/login" } });
        silent("rule-apiml-token-sent-to-zosmf", { ...call, auth: { kind: "token", allowUnauthorizedCert: false } });
        // Without the rule the 401 advice for that wording speaks, with its verdict.
        expect(diagnose({ ...call, request: { ...call.request, port: 7554 } }).verdict).toBe("authentication");
    });

    it("TSO rules: not without their message, not on another status", () => {
        silent("rule-tso-500-izuguest", { ...CALLS.izuguest(), status: 503 });
        const noGuest = CALLS.izuguest();
        silent("rule-tso-500-izuguest", { ...noGuest, server: { ...noGuest.server, message: noGuest.server.message?.replace("IZUGUEST", "USERID") ?? null,
            body: noGuest.server.body?.replace("IZUGUEST", "USERID") } });
        silent("rule-tso-500-logon-password", { ...CALLS.logonPassword(), status: 400 });
        silent("rule-tso-500-logon-password", CALLS.tsoAccount());
        silent("rule-tso-500-authorization", { ...CALLS.isrz002Authorization(), server: { message: "ISRZ002 Data set not cataloged", category: 4, rc: 8 } });
        silent("rule-tso-500-timeout", { ...CALLS.tsoTimeout(), status: 504 });
        silent("rule-tso-500-timeout", CALLS.izuguest());
        silent("rule-tso-500-data-set-in-use", CALLS.tsoAccount());
        silent("rule-tso-500-data-set-in-use", { ...CALLS.dataSetInUse(), status: 409 });
        silent("rule-tso-500-environment", { ...CALLS.tsoAccount(), status: 503 });
        silent("rule-tso-500-environment", failed({ source: "http", httpStatus: 500, resource: "/zosmf/restjobs/jobs", causeErrors: zosmfReport({ message: "boom" }) }));
    });

    it("TLS cut: not on an HTTP failure, and not for a plain reset", () => {
        silent("rule-tls-handshake-cut", { ...CALLS.tlsCut(), networkError: { code: "ECONNRESET", message: "socket hang up" } });
        expect(diagnose({ ...CALLS.tlsCut(), networkError: { code: "ECONNRESET", message: "socket hang up" } }).matched).toEqual(["ECONNRESET"]);
    });
});

describe("overlaps resolve by priority, the same whatever the order of the data", () => {
    it("a more telling TSO rule silences the TSO environment rule, and a rule's verdict beats the reason code's", () => {
        const izuguest = matchKnowledge(CALLS.izuguest()).map((match) => match.id);
        expect(izuguest).toEqual(["rule-tso-500-izuguest", "zosmf-files-category-2-rc-16-reason-1141"]);
        const isrz = matchKnowledge(CALLS.isrz002Authorization()).map((match) => match.id);
        expect(isrz).toEqual(["rule-tso-500-authorization", "zosmf-files-category-4-rc-8"]);
        expect(diagnose(CALLS.isrz002Authorization()).verdict).toBe("authorization");
    });

    it("the 401 advice speaks first and the IZUUSER cause follows it", () => {
        expect(matchKnowledge(CALLS.notIzuuser()).map((match) => match.id)).toEqual(["auth-basic", "rule-zosmf-401-not-izuuser"]);
        expect(matchKnowledge(CALLS.apimlTokenToZosmf()).map((match) => match.id)).toEqual(["rule-apiml-token-sent-to-zosmf", "auth-apiml-token-without-base-path"]);
    });

    it("gives the same matches for every call when the knowledge is reversed or shuffled", () => {
        const reversed = [...KNOWLEDGE].reverse();
        const shuffled = [...KNOWLEDGE].sort((a, b) => (a.id.length * 7919 + a.id.charCodeAt(0)) % 13 - (b.id.length * 7919 + b.id.charCodeAt(0)) % 13);
        for (const make of Object.values(CALLS)) {
            const call = make();
            const ids = matchKnowledge(call).map((match) => match.id);
            expect(matchKnowledge(call, reversed).map((match) => match.id)).toEqual(ids);
            expect(matchKnowledge(call, shuffled).map((match) => match.id)).toEqual(ids);
        }
    });
});
