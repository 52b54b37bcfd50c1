/**
 * Failures of the services behind Zowe's plug-ins, made as close to the real thing as this machine allows, then read
 * by `zowe http-status last-error` through the real Zowe CLI:
 * - CICS CMCI: the CICS plug-in's own client (@zowe/cics-for-zowe-sdk's CicsCmciRestClient, as `zowe cics` uses it)
 *   against the fake z/OSMF's CMCI answers: a RESPONSE value inside a 200 answer, and a DFHWU HTTP error;
 * - IBM MQ: imperative's RestClient (the client the MQ plug-in's own extends) against the fake's MQ REST answers.
 * The error each client threw is saved as the --rfj result a failed command prints ({ success: false, message,
 * error }), and last-error must name the service, give the verdict the facts call for, no advice the facts rule out,
 * and no canary secret.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { RestClient, Session } from "@zowe/imperative";
import { CicsCmciRestClient } from "@zowe/cics-for-zowe-sdk";
import type { IFailureReport } from "../../src";
import type { FakeZosmf, FakeZosmfScenarioName } from "../__servers__/fakeZosmf";
import { PROJECT_ROOT, createZoweHome, hasStackTrace, installPlugin, removeZoweHome, runZowe } from "../__helpers__/ZoweCli";

const { startFakeZosmf, scenarios } = require("../__servers__/fakeZosmf.js");

const PASSWORD = "CanaryPluginPw-4k8R";
const BASIC = Buffer.from(`ibmuser:${PASSWORD}`).toString("base64");

let home: string;
let folder: string;

beforeAll(() => {
    home = createZoweHome("plugin-services");
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "hs-plugin-failures-"));
    installPlugin(PROJECT_ROOT, home);
});

afterAll(() => {
    removeZoweHome(home);
    fs.rmSync(folder, { recursive: true, force: true });
});

/** Run a client call against a fake that answers one scenario; return the error it threw. */
async function failureAgainst(scenario: FakeZosmfScenarioName, call: (session: Session) => Promise<unknown>, basePath?: string): Promise<any> {
    const server: FakeZosmf = await startFakeZosmf({ rules: scenarios[scenario], lifetimeMs: 30000 });
    try {
        const session = new Session({ hostname: "127.0.0.1", port: server.port, protocol: "http", type: "basic", user: "ibmuser",
            password: PASSWORD, rejectUnauthorized: false, basePath });
        await call(session);
    } catch (error) {
        return error;
    } finally {
        await server.close();
    }
    throw new Error(`${scenario}: the client did not fail`);
}

/** Save a thrown error as the --rfj result of a failed command, and read it with last-error through the real CLI. */
function lastErrorOf(name: string, error: any): { report: IFailureReport; text: string; printed: string } {
    const file = path.join(folder, `${name}.json`);
    fs.writeFileSync(file, JSON.stringify({ success: false, exitCode: 1, message: error.message, stdout: "", stderr: "", data: {},
        error: error.mDetails ?? { msg: error.message } }, null, 2));
    const rfj = runZowe(["http-status", "last-error", "--input", file, "--rfj"], home);
    const text = runZowe(["http-status", "last-error", "--input", file], home);
    expect(text.status).toBe(0);
    expect(hasStackTrace(text.stdout + text.stderr)).toBe(false);
    const printed = rfj.stdout + rfj.stderr + text.stdout + text.stderr;
    expect(printed).not.toContain(PASSWORD);
    expect(printed).not.toContain(BASIC);
    return { report: JSON.parse(rfj.stdout).data as IFailureReport, text: text.stdout, printed };
}

/** Advice for z/OSMF, API ML or tokens: it never fits a plug-in's service. */
const FOREIGN_ADVICE = /zowe (?:zosmf|auth login apiml|zos-files|zos-jobs)|basePath|API ML|IZUUSER/;

describe("CICS CMCI failures made by the CICS plug-in's own client", () => {
    it("a NOTPERMIT inside a 200 answer is an authorization failure of CICS, with no password advice", async () => {
        const error = await failureAgainst("cmci-notpermit", (session) =>
            CicsCmciRestClient.getExpectParsedXml(session, "/CICSSystemManagement/CICSProgram/CICSEX56/?CRITERIA=PROGRAM%3DDFH*"));
        expect(error.message).toContain("Did not receive the expected response from CMCI REST API");
        const { report, text } = lastErrorOf("cmci-notpermit", error);
        expect(report.service).toBe("cics");
        expect(report.server.fields).toMatchObject({ RESPONSE: "NOTPERMIT", RESP: "1031", RESP2: "2" });
        expect(report.diagnosis.verdict).toBe("authorization");
        expect(report.diagnosis.matched[0]).toBe("cmci-response-notpermit");
        expect(JSON.stringify(report.diagnosis)).not.toMatch(FOREIGN_ADVICE);
        expect(report.diagnosis.nextSteps.join("\n")).not.toMatch(/correct the password|wrong password/i);
        expect(text).toMatch(/CMCI answered/);
        // The XML namespace in the answer is not where the request went.
        expect(report.request.host).toBeNull();
    });

    it("an INVALIDPARM inside a 200 answer is a bad request, pointing at the RESP2 value", async () => {
        const error = await failureAgainst("cmci-invalidparm", (session) =>
            CicsCmciRestClient.getExpectParsedXml(session, "/CICSSystemManagement/CICSProgram/CICSEX56/?CRITERIA=PROGRAM%3D**"));
        const { report } = lastErrorOf("cmci-invalidparm", error);
        expect(report.service).toBe("cics");
        expect(report.diagnosis.verdict).toBe("bad-request");
        expect(report.diagnosis.summary).toMatch(/RESP2/);
    });

    it("a DFHWU4003 HTTP 400 is CICS's, with the facts of the request", async () => {
        const error = await failureAgainst("cmci-dfhwu4003", (session) =>
            CicsCmciRestClient.getExpectParsedXml(session, "/CICSSystemManagement/CICSProgram/CICSEX56/?NOPE=1"));
        // The plug-in's get calls imperative's RestClient directly, so its "CICS CMCI REST API Error:" prefix is not added here.
        expect(error.message).toBe("Rest API failure with HTTP(S) status 400");
        const { report } = lastErrorOf("cmci-dfhwu4003", error);
        expect(report).toMatchObject({ service: "cics", status: 400, request: { host: "127.0.0.1", method: "GET" } });
        expect(report.request.resource).toContain("/CICSSystemManagement/CICSProgram/");
        expect(report.diagnosis.verdict).toBe("bad-request");
        expect(report.diagnosis.matched).toContain("DFHWU4003");
        expect(JSON.stringify(report.diagnosis)).not.toMatch(FOREIGN_ADVICE);
    });
});

describe("a CICS route through the API ML gateway", () => {
    it("the gateway's own ZWEAO503E is the gateway's answer, not CICS's", async () => {
        const error = await failureAgainst("apiml-cics-unavailable", (session) =>
            CicsCmciRestClient.getExpectParsedXml(session, "/CICSSystemManagement/CICSProgram/CICSEX56"), "ibmcics/api/v1");
        const { report } = lastErrorOf("apiml-cics", error);
        expect(report).toMatchObject({ service: "apiml", status: 503, request: { basePath: "ibmcics/api/v1" } });
        expect(report.diagnosis.matched).toContain("ZWEAO503E");
    });
});

describe("IBM MQ REST API failures", () => {
    const mqsc = (session: Session): Promise<unknown> => RestClient.postExpectString(session, "/ibmmq/rest/v2/admin/action/qmgr/QM1/mqsc",
        [{ "Content-Type": "application/json" }, { "ibm-mq-rest-csrf-token": "zowe" }],
        JSON.stringify({ type: "runCommand", parameters: { command: "DISPLAY QMGR" } }));

    it("reason 2035 is an authorization failure of MQ, with the MQ plug-in's command and no password advice", async () => {
        const { report, text } = lastErrorOf("mq-2035", await failureAgainst("mq-not-authorized", mqsc));
        expect(report).toMatchObject({ service: "mq", status: 403 });
        expect(report.server.fields).toMatchObject({ reasonCode: "2035" });
        expect(report.diagnosis.verdict).toBe("authorization");
        expect(report.diagnosis.nextCommands.map((next) => next.command)).toContain("zowe mq run mqsc <qmgr> \"DISPLAY QMGR\"");
        expect(JSON.stringify(report.diagnosis)).not.toMatch(FOREIGN_ADVICE);
        expect(text).toMatch(/IBM MQ REST API/);
    });

    it("MQWB0300E is a queue manager that is not available", async () => {
        const { report } = lastErrorOf("mq-qmgr-down", await failureAgainst("mq-qmgr-down", mqsc));
        expect(report).toMatchObject({ service: "mq", status: 503 });
        expect(report.diagnosis.verdict).toBe("server-unavailable");
        expect(report.diagnosis.matched[0]).toBe("MQWB0300E");
    });
});

describe("z/OS Connect failures", () => {
    it("a stopped API's 503, with no message ID, is z/OS Connect's and unavailable, not a profile problem", async () => {
        const error = await failureAgainst("zosconnect-api-stopped", (session) => RestClient.getExpectString(session, "/catalog/items/0010"));
        const { report, text } = lastErrorOf("zosconnect-api-stopped", error);
        expect(report).toMatchObject({ service: "zosconnect", status: 503, request: { host: "127.0.0.1", method: "GET" } });
        expect(report.diagnosis.verdict).toBe("server-unavailable");
        expect(report.diagnosis.matched[0]).toBe("zosconnect-api-stopped");
        expect(JSON.stringify(report.diagnosis)).not.toMatch(FOREIGN_ADVICE);
        expect(report.diagnosis.causes.join("\n")).not.toMatch(/password/i);
        expect(text).toMatch(/The API has been stopped|stopped/);
    });
});
