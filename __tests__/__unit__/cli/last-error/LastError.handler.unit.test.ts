/**
 * `zowe http-status last-error`, in process: a captured log in a temporary logs folder, an empty one, a saved --rfj
 * result (file and standard input), and --count.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ImperativeConfig, ImperativeError } from "@zowe/imperative";
import type { IFailureReport } from "../../../../src";
import LastErrorHandler from "../../../../src/cli/last-error/LastError.handler";
import { handlerParameters } from "../../../__helpers__/HandlerParameters";

const fixtures = path.resolve(__dirname, "..", "..", "..", "__resources__", "logs");
let home: string;
let logs: string;

beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), "hs-handler-"));
    logs = path.join(home, "logs");
    fs.mkdirSync(logs);
    // The handler asks imperative for the CLI home; outside zowe there is none, so point it at the temporary one.
    jest.spyOn(ImperativeConfig.instance, "cliHome", "get").mockReturnValue(home);
});

afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(home, { recursive: true, force: true });
});

async function lastError(args: Record<string, unknown>, stdin = "") {
    const { params, response } = handlerParameters(args, stdin);
    await new LastErrorHandler().process(params);
    return response;
}

function refusalOf(args: Record<string, unknown>): Promise<unknown> {
    const { params } = handlerParameters(args);
    return new LastErrorHandler().process(params).then(() => undefined, (error: unknown) => error);
}

describe("last-error handler", () => {
    it("explains the failure in a logs folder given with --log-dir, masked", async () => {
        fs.copyFileSync(path.join(fixtures, "failure-404.log"), path.join(logs, "imperative.log"));
        const response = await lastError({ logDir: logs });
        const report = response.data as IFailureReport;
        expect(report).toMatchObject({ status: 404, source: "http", request: { method: "GET", port: 40609 },
            evidence: { kind: "imperative-log", file: path.join(logs, "imperative.log") }, diagnosis: { verdict: "not-found" } });
        expect(response.message).toBe(report.diagnosis.summary);
        expect(response.log).toHaveLength(1);
        expect(response.log[0]).toContain("Verdict:   not-found");
        expect(response.log[0]).toContain("ISRZ002");
        expect(response.log[0]).toContain("Repeat the call with curl");
        // The fixture's environment dump holds a canary value: it must not come out.
        expect(JSON.stringify(response)).not.toContain("FixtureEnvCanary-81");
        expect(response.exitCode).toBeUndefined();
    });

    it("reads $ZOWE_CLI_HOME/logs when no folder is given", async () => {
        fs.copyFileSync(path.join(fixtures, "failure-tls.log"), path.join(logs, "imperative.log"));
        const response = await lastError({});
        expect(response.data).toMatchObject({ source: "client", diagnosis: { verdict: "tls" } });
    });

    it("says where it looked when nothing failed, with null data and exit 0", async () => {
        fs.writeFileSync(path.join(logs, "imperative.log"), "");
        const response = await lastError({ logDir: logs });
        expect(response.data).toBeNull();
        expect(response.message).toBe("No failed Zowe REST call was found");
        expect(response.log[0]).toContain("No failed Zowe REST call was found.");
        expect(response.log[0]).toContain(path.join(logs, "imperative.log"));
        expect(response.exitCode).toBeUndefined();
    });

    describe("with a saved --rfj result", () => {
        const saved = JSON.stringify({
            success: false, exitCode: 1, message: "", stdout: "", stderr: "", data: {},
            error: {
                msg: "Rest API failure with HTTP(S) status 404", causeErrors: JSON.stringify({ category: 4, rc: 8, reason: 0, message: "LMINIT error",
                    details: ["ISRZ002 Data set not cataloged - 'IBMUSER.NOPE' was not found in catalog."] }),
                source: "http", errorCode: "404", httpStatus: 404, protocol: "http", port: 40609, host: "127.0.0.1", basePath: "",
                resource: "/zosmf/restfiles/ds?dslevel=IBMUSER.NOPE", request: "GET", headers: [{ "X-CSRF-ZOSMF-HEADER": "true" }],
                payload: null
            }
        }, null, 4);

        it("reads it from a file", async () => {
            const file = path.join(home, "failure.json");
            fs.writeFileSync(file, saved);
            const response = await lastError({ input: file });
            expect(response.data).toMatchObject({ status: 404, evidence: { kind: "rfj", file }, request: { port: 40609 },
                diagnosis: { verdict: "not-found" } });
            expect(response.log[0]).toContain("Verdict:   not-found");
        });

        it("reads it from standard input with --input=-", async () => {
            const response = await lastError({ input: "-" }, saved);
            expect(response.data).toMatchObject({ status: 404, evidence: { kind: "rfj" }, diagnosis: { verdict: "not-found" } });
        });
    });

    it("lists failures newest first as a table with --count", async () => {
        fs.writeFileSync(path.join(logs, "imperative.log"),
            ["failure-refused.log", "failure-404.log", "failure-tls.log"].map((name) => fs.readFileSync(path.join(fixtures, name), "utf8")).join(""));
        const response = await lastError({ logDir: logs, count: 2 });
        const reports = response.data as IFailureReport[];
        expect(reports).toHaveLength(2);
        expect(reports.map((report) => report.diagnosis.verdict)).toEqual(["tls", "not-found"]);
        expect(response.message).toBe("2 failed Zowe REST call(s) found");
        expect(response.formatted).toHaveLength(1);
        expect(response.formatted[0]).toMatchObject({
            format: "table", header: true,
            fields: ["index", "time", "status", "verdict", "target", "request", "message"]
        });
        expect((response.formatted[0].output as Array<{ verdict: string }>).map((row) => row.verdict)).toEqual(["tls", "not-found"]);
        expect(response.log).toEqual([]);
    });

    describe("--index, --brief and --markdown", () => {
        // In the order they were logged, as in a real log: newest first, they are refused, tls, 404.
        beforeEach(() => fs.writeFileSync(path.join(logs, "imperative.log"),
            ["failure-404.log", "failure-tls.log", "failure-refused.log"].map((name) => fs.readFileSync(path.join(fixtures, name), "utf8")).join("")));

        it("numbers the rows from 1, newest first, with target and base path, and '-' where nothing answered", async () => {
            const rows = (await lastError({ logDir: logs, all: true })).formatted[0].output as Array<Record<string, string>>;
            expect(rows.map((row) => row.index)).toEqual(["1", "2", "3"]);
            const refused = rows[0];
            expect(refused.status).toBe("ECONNREFUSED");
            expect(refused.service).toBe("-");
            expect(refused.target).toMatch(/^[\w.-]+:\d+$/);
            expect(rows[2]).toMatchObject({ status: "404", service: "zosmf", basePath: "-", target: "127.0.0.1:40609" });
        });

        it("expands row N of the table into the full report, alone or with --count", async () => {
            const table = (await lastError({ logDir: logs, count: 3 })).data as IFailureReport[];
            for (const args of [{ index: 3 }, { count: 3, index: 3 }, { all: true, index: 3 }]) {
                const response = await lastError({ logDir: logs, ...args });
                expect(response.data).toEqual(table[2]);
                expect(response.formatted).toEqual([]);
                expect(response.log[0]).toContain("Verdict:   not-found");
                expect(response.log[0]).toContain("Likely causes");
            }
        });

        it.each([
            [{ index: 4 }, "--index 4 is past the last failure found: give a row number from 1 to 3"],
            [{ count: 2, index: 3 }, "--index takes a row number from 1 to 2 (the rows of --count 2), for example --index 1."],
            [{ index: 0 }, "--index takes a whole number from 1 to 1000, for example --count 5 --index 2."],
            [{ index: 1.5 }, "--index takes a whole number from 1 to 1000"],
            [{ count: 2, markdown: true }, "--markdown shows one failure: pick a row of the table with --index"],
            [{ all: true, brief: true }, "--brief shows one failure"]
        ])("refuses %j with one line", async (args, message) => {
            const refusal = await refusalOf({ logDir: logs, ...args });
            expect(refusal).toBeInstanceOf(ImperativeError);
            expect((refusal as Error).message).toContain(message);
            expect((refusal as Error).message).not.toContain("\n");
        });

        it("--brief gives the header lines, the verdict and the first three steps", async () => {
            const full = (await lastError({ logDir: logs, index: 3 })).log[0].split("\n");
            const brief = (await lastError({ logDir: logs, index: 3, brief: true })).log[0].split("\n");
            expect(brief.slice(0, brief.indexOf(""))).toEqual(full.slice(0, full.indexOf("")));
            expect(brief).toContain("What to do");
            expect(brief.filter((line) => /^ {2}\d+\. /.test(line)).map((line) => line.trim().slice(0, 2))).toEqual(["1.", "2.", "3."]);
            expect(brief.join("\n")).toMatch(/more steps?, causes and next commands: run it without --brief/);
            expect(brief.join("\n")).not.toContain("Likely causes");
            expect(brief.length).toBeLessThan(full.length / 2);
        });
    });

    it.each([[0], [1001], [2.5]])("refuses --count %s with one line", async (count) => {
        const refusal = await refusalOf({ logDir: logs, count });
        expect(refusal).toBeInstanceOf(ImperativeError);
        expect((refusal as Error).message).toBe("--count takes a whole number from 1 to 1000, for example --count 5.");
    });

    it("refuses a file it cannot read with one line that names it", async () => {
        const missing = path.join(home, "nope.json");
        const refusal = await refusalOf({ input: missing });
        expect(refusal).toBeInstanceOf(ImperativeError);
        expect((refusal as Error).message).not.toContain("\n");
        expect((refusal as Error).message).toContain("nope.json");
    });
});
