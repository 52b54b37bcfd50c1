/**
 * `zowe http-status last-error` against reality: real Zowe CLI commands fail against the project's fake z/OSMF
 * (HTTP, and HTTPS with a certificate made for the test, on 127.0.0.1), then last-error reads what they left in the
 * same ZOWE_CLI_HOME. Its facts must equal what the failed command's own --rfj printed, its verdict must be right,
 * and no canary secret may appear in anything it prints.
 */
import * as fs from "fs";
import * as path from "path";
import type { IFailureReport } from "../../src";
import type { FakeZosmfRule } from "../__servers__/fakeZosmf";
import {
    PROJECT_ROOT, createZoweHome, hasStackTrace, installPlugin, parseRfj, removeZoweHome, runZowe, runZoweAsync
} from "../__helpers__/ZoweCli";
import { expectSameFacts } from "../__helpers__/sameFacts";
import { freePort } from "../__helpers__/freePort";

const { startFakeZosmf, scenarios } = require("../__servers__/fakeZosmf.js");

/** Secrets planted in every failing command; none may appear in last-error's output. */
const CANARY = {
    password: "CanaryPw-7q2Z",
    proxyUser: "proxyCanaryUser",
    proxyPassword: "CanaryProxyPw-55x",
    environment: "CanaryEnvValue-93XK"
};
const CANARY_BASE64 = Buffer.from(`ibmuser:${CANARY.password}`).toString("base64");
const CANARY_ENV = {
    // An unrelated variable with an odd name: Zowe logs it in clear (its name does not look secret).
    HS_SYSTEM_TEST_HINT: CANARY.environment,
    // Proxy credentials: Zowe logs them in clear in the environment dump; NO_PROXY keeps the calls direct.
    HTTPS_PROXY: `http://${CANARY.proxyUser}:${CANARY.proxyPassword}@127.0.0.1:9/`,
    HTTP_PROXY: `http://${CANARY.proxyUser}:${CANARY.proxyPassword}@127.0.0.1:9/`,
    NO_PROXY: "127.0.0.1,localhost"
};


function expectNoCanary(text: string): void {
    for (const secret of [...Object.values(CANARY), CANARY_BASE64]) {
        expect(text).not.toContain(secret);
    }
}

let home: string;

beforeAll(() => {
    home = createZoweHome("last-error");
    installPlugin(PROJECT_ROOT, home);
});

afterAll(() => removeZoweHome(home));

interface IScenario {
    name: string;
    protocol: "http" | "https";
    rules: FakeZosmfRule[];
    command: string[];
    verdict: string;
    /** Use a port nothing listens on. */
    refused?: boolean;
    extraArgs?: string[];
}

const files = ["zos-files", "list", "data-set", "IBMUSER.*"];
const jobs = ["zos-jobs", "list", "jobs"];
const check = ["zosmf", "check", "status"];

const cases: IScenario[] = [
    { name: "400 on list data-set", protocol: "http", rules: scenarios[400], command: files, verdict: "bad-request" },
    { name: "401 on check status", protocol: "https", rules: scenarios[401], command: check, verdict: "authentication" },
    { name: "403 on list data-set", protocol: "https", rules: scenarios[403], command: files, verdict: "authorization" },
    { name: "404 on list data-set", protocol: "http", rules: scenarios[404], command: files, verdict: "not-found" },
    { name: "409 on list jobs", protocol: "http", rules: scenarios[409], command: jobs, verdict: "conflict" },
    { name: "500 on list jobs", protocol: "https", rules: scenarios[500], command: jobs, verdict: "server-error" },
    { name: "503 through API ML on list data-set", protocol: "https", rules: scenarios[503], command: files, verdict: "server-unavailable" },
    { name: "504 on check status", protocol: "http", rules: scenarios[504], command: check, verdict: "timeout" },
    { name: "connection refused", protocol: "http", rules: [], command: files, verdict: "client-config", refused: true },
    { name: "self-signed certificate", protocol: "https", rules: [], command: check, verdict: "tls", extraArgs: ["--reject-unauthorized", "true"] },
    { name: "completion timeout", protocol: "http", rules: scenarios.hang, command: jobs, verdict: "timeout", extraArgs: ["--completion-timeout", "2"] }
];

describe.each(cases)("after $name", (scenario) => {
    let failed: ReturnType<typeof parseRfj>;
    let report: IFailureReport;
    let reportRun: ReturnType<typeof runZowe>;
    let textRun: ReturnType<typeof runZowe>;

    beforeAll(async () => {
        const server = await startFakeZosmf({ protocol: scenario.protocol, rules: scenario.rules, lifetimeMs: 60000 });
        try {
            const port = scenario.refused ? 9 : server.port;
            const args = [...scenario.command, "--host", "127.0.0.1", "--port", String(port), "--user", "ibmuser",
                "--password", CANARY.password, "--protocol", scenario.protocol,
                ...(scenario.extraArgs ?? ["--reject-unauthorized", "false"]), "--rfj"];
            failed = parseRfj(args, await runZoweAsync(args, home, CANARY_ENV));
        } finally {
            await server.close();
        }
        reportRun = runZowe(["http-status", "last-error", "--rfj"], home);
        report = JSON.parse(reportRun.stdout).data;
        textRun = runZowe(["http-status", "last-error"], home);
    });

    it("the command really failed", () => {
        expect(failed.status).toBe(1);
        expect(failed.success).toBe(false);
    });

    it("reports the facts the failed command's --rfj printed", () => {
        expect(reportRun.status).toBe(0);
        expectSameFacts(report, failed.error as Record<string, any>);
        expect(report.evidence.kind).toBe("imperative-log");
        expect(report.command).toContain(scenario.command.slice(0, 2).join(" "));
    });

    it("gives the right verdict, with causes, steps and next commands", () => {
        expect(report.diagnosis.verdict).toBe(scenario.verdict);
        expect(report.diagnosis.summary.length).toBeGreaterThan(20);
        expect(report.diagnosis.causes.length).toBeGreaterThan(0);
        expect(report.diagnosis.nextSteps.length).toBeGreaterThan(0);
        expect(report.curl).toContain("X-CSRF-ZOSMF-HEADER: true");
        expect(report.curl).toContain(`127.0.0.1:${report.request.port}`);
    });

    it("prints a readable report that ends with a curl command", () => {
        expect(textRun.status).toBe(0);
        expect(textRun.stderr).toBe("");
        expect(textRun.stdout).toContain(`Verdict:   ${scenario.verdict}`);
        expect(textRun.stdout).toContain("Repeat the call with curl");
        expect(hasStackTrace(textRun.stdout)).toBe(false);
    });

    it("shows no canary secret anywhere", () => {
        expectNoCanary(reportRun.stdout);
        expectNoCanary(reportRun.stderr);
        expectNoCanary(textRun.stdout);
        expectNoCanary(textRun.stderr);
    });
});

describe("around the failures", () => {
    it("skips the plug-in's own failures and lists recent failures newest first", async () => {
        // Its own three failures, in its own order: the test does not depend on the scenarios above or their order.
        const ruleFor = (status: number, path: string) => scenarios[status].find((rule: FakeZosmfRule) => rule.path === path);
        const server = await startFakeZosmf({ protocol: "http", rules: [ruleFor(404, "/zosmf/restfiles/"), ruleFor(409, "/zosmf/restjobs/")],
            lifetimeMs: 60000 });
        const refusedPort = await freePort();
        try {
            const connection = (port: number) => ["--host", "127.0.0.1", "--port", String(port), "--user", "ibmuser", "--password", CANARY.password,
                "--protocol", "http", "--reject-unauthorized", "false"];
            for (const args of [[...files, ...connection(server.port)], [...jobs, ...connection(server.port)], [...check, ...connection(refusedPort)]]) {
                expect((await runZoweAsync(args, home, CANARY_ENV)).status).toBe(1);
            }
        } finally {
            await server.close();
        }
        expect(runZowe(["http-status", "explain", "abc"], home).status).toBe(1);
        const last = JSON.parse(runZowe(["http-status", "last-error", "--rfj"], home).stdout).data as IFailureReport;
        expect(last).toMatchObject({ source: "client", request: { port: refusedPort, resource: "/zosmf/info" } });
        const listed = JSON.parse(runZowe(["http-status", "last-error", "--count", "3", "--rfj"], home).stdout).data as IFailureReport[];
        expect(listed.map((entry) => [entry.status, entry.diagnosis.verdict])).toEqual([[null, "client-config"], [409, "conflict"], [404, "not-found"]]);
        const table = runZowe(["http-status", "last-error", "--count", "3"], home).stdout;
        expect(table).toMatch(/index\s+time\s+status\s+verdict/);
        expect(table.indexOf("ECONNREFUSED")).toBeLessThan(table.indexOf("conflict"));
        expect(table.indexOf("conflict")).toBeLessThan(table.indexOf("not-found"));
        expectNoCanary(table);
    });

    it("explains a saved --rfj result from a file and error text from standard input", async () => {
        const server = await startFakeZosmf({ protocol: "http", rules: scenarios[404], lifetimeMs: 60000 });
        const args = [...files, "--host", "127.0.0.1", "--port", String(server.port), "--user", "ibmuser", "--password", CANARY.password,
            "--protocol", "http", "--reject-unauthorized", "false"];
        const saved = await runZoweAsync([...args, "--rfj"], home, CANARY_ENV);
        const plain = await runZoweAsync(args, home, CANARY_ENV);
        await server.close();
        const file = path.join(home, "failure.json");
        fs.writeFileSync(file, saved.stdout);
        const fromFile = JSON.parse(runZowe(["http-status", "last-error", "--input", file, "--rfj"], home).stdout).data as IFailureReport;
        expect(fromFile).toMatchObject({ status: 404, evidence: { kind: "rfj", file }, request: { port: server.port } });
        expect(fromFile.diagnosis.verdict).toBe("not-found");
        const fromStdin = await runZoweAsync(["http-status", "last-error", "--input=-", "--rfj"], home, {}, { input: plain.stderr });
        const stdinReport = JSON.parse(fromStdin.stdout).data as IFailureReport;
        expect(stdinReport).toMatchObject({ status: 404, evidence: { kind: "stderr-text" }, request: { port: server.port, method: "GET" } });
        expect(stdinReport.server.messageIds).toContain("ISRZ002");
        expectNoCanary(fromStdin.stdout);
    });

    it("reads logs copied from another machine, as a folder or as one file", () => {
        const copied = path.join(home, "support-case-logs");
        fs.mkdirSync(copied, { recursive: true });
        const fixture = path.join(PROJECT_ROOT, "__tests__", "__resources__", "logs", "failure-tls.log");
        fs.copyFileSync(fixture, path.join(copied, "imperative.log"));
        const fromFolder = JSON.parse(runZowe(["http-status", "last-error", "--log-dir", copied, "--rfj"], home).stdout).data as IFailureReport;
        expect(fromFolder).toMatchObject({ source: "client", networkError: { code: "DEPTH_ZERO_SELF_SIGNED_CERT" },
            evidence: { kind: "imperative-log", file: path.join(copied, "imperative.log") } });
        expect(fromFolder.diagnosis.verdict).toBe("tls");
        const fromFile = runZowe(["http-status", "last-error", "--input", fixture], home);
        expect(fromFile.status).toBe(0);
        expect(fromFile.stdout).toContain("Verdict:   tls");
        // The fixture's environment dump holds canaries: neither may be printed.
        expect(fromFile.stdout).not.toContain("FixtureEnvCanary-81");
        expect(fromFile.stdout).not.toContain("FixtureProxyPw-3");
    });

    it("refuses input it cannot read with one line and exit 1", () => {
        const missing = runZowe(["http-status", "last-error", "--input", path.join(home, "nope.json")], home);
        expect(missing.status).toBe(1);
        expect(missing.stderr).toContain("no such file");
        expect(hasStackTrace(missing.stderr)).toBe(false);
        const junk = path.join(home, "junk.txt");
        fs.writeFileSync(junk, "this is not a zowe error\n");
        const unreadable = runZowe(["http-status", "last-error", "--input", junk], home);
        expect(unreadable.status).toBe(1);
        expect(unreadable.stderr).toContain("holds no error: no HTTP status, network or TLS error code, or message ID. Give what a failed Zowe command");
        const noFolder = runZowe(["http-status", "last-error", "--log-dir", path.join(home, "no-such-logs")], home);
        expect(noFolder.status).toBe(1);
        expect(noFolder.stderr).toContain("does not exist or is not a folder");
        const badCount = runZowe(["http-status", "last-error", "--count", "0"], home);
        expect(badCount.status).toBe(1);
        expect(badCount.stderr).toContain("--count takes a whole number from 1 to 1000");
    });

    it("says where it looked when nothing failed, and when the log level hides errors", () => {
        const fresh = createZoweHome("last-error-empty");
        try {
            installPlugin(PROJECT_ROOT, fresh);
            const run = runZowe(["http-status", "last-error"], fresh, { ZOWE_IMPERATIVE_LOG_LEVEL: "OFF" });
            expect(run.status).toBe(0);
            expect(run.stdout).toContain("No failed Zowe REST call was found.");
            expect(run.stdout).toContain(path.join(fresh, "logs", "imperative.log"));
            expect(run.stdout).toContain("ZOWE_IMPERATIVE_LOG_LEVEL is OFF");
            const json = JSON.parse(runZowe(["http-status", "last-error", "--rfj"], fresh).stdout);
            expect(json.data).toBeUndefined();
            expect(json.message).toBe("No failed Zowe REST call was found");
        } finally {
            removeZoweHome(fresh);
        }
    });

    it("shows the request body only when asked, and masked", async () => {
        const jclCanary = "JclCanaryPw9";
        const jcl = path.join(home, "canary.jcl");
        fs.writeFileSync(jcl, `//CANARYJ JOB (ACCT),'HS TEST',PASSWORD=${jclCanary},CLASS=A\n//STEP1 EXEC PGM=IEFBR14\n`);
        const server = await startFakeZosmf({ protocol: "http", rules: scenarios[500], lifetimeMs: 60000 });
        try {
            const submitted = await runZoweAsync(["zos-jobs", "submit", "local-file", jcl, "--host", "127.0.0.1", "--port", String(server.port),
                "--user", "ibmuser", "--password", CANARY.password, "--protocol", "http"], home, CANARY_ENV);
            expect(submitted.status).toBe(1);
        } finally {
            await server.close();
        }
        const plain = runZowe(["http-status", "last-error", "--rfj"], home);
        const report = JSON.parse(plain.stdout).data as IFailureReport;
        expect(report).toMatchObject({ status: 500, request: { method: "PUT", resource: "/zosmf/restjobs/jobs" } });
        expect(report.payload).toBeUndefined();
        expect(plain.stdout).not.toContain("CANARYJ");
        const shown = runZowe(["http-status", "last-error", "--show-payload"], home);
        expect(shown.stdout).toContain("Request body (masked)");
        expect(shown.stdout).toContain("//CANARYJ JOB");
        expect(shown.stdout).toContain("PASSWORD=****");
        expect(shown.stdout).not.toContain(jclCanary);
        expectNoCanary(shown.stdout);
    });
});
