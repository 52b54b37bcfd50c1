/**
 * `zowe http-status last-error <file>` and `-` through the real Zowe CLI, on the evidence users hold: what real Zowe
 * CLI v1 and v2 printed (committed by `npm run fixtures`), a Zowe Explorer notification a user pasted into a public
 * issue, and a v2 Zowe CLI home. Facts, format and client are checked, and no planted secret is printed.
 */
import * as fs from "fs";
import * as path from "path";
import { PROJECT_ROOT, createZoweHome, hasStackTrace, installPlugin, removeZoweHome, runZowe, runZoweAsync } from "../__helpers__/ZoweCli";

const resources = path.join(PROJECT_ROOT, "__tests__", "__resources__");
const oldCli = (version: string, scenario: string, file: string) => path.join(resources, "old-cli", version, scenario, file);
let home: string;

beforeAll(() => {
    home = createZoweHome("evidence");
    installPlugin(PROJECT_ROOT, home);
});

afterAll(() => removeZoweHome(home));

it("reads a file given as Unix tools take one: v1 error text", () => {
    const run = runZowe(["http-status", "last-error", oldCli("v1", "401", "stderr.txt"), "--rfj"], home);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout).data;
    expect(report).toMatchObject({
        status: 401, client: "zowe-cli", request: { host: "127.0.0.1", resource: "/zosmf/info", method: "GET" },
        evidence: { kind: "stderr-text", format: { id: "zowe-cli-v1-v2-text" }, missing: ["time", "command"] },
        diagnosis: { verdict: "authentication" }
    });
    const text = runZowe(["http-status", "last-error", oldCli("v1", "401", "stderr.txt")], home).stdout.replace(/\s+/g, " ");
    expect(text).toContain("Read as Zowe CLI v1/v2 error text (Zowe CLI 6.x or 7.x), made by Zowe CLI.");
    expect(text).toContain("Not in the evidence: time, command. For the whole record, run the failing command again with --rfj");
});

it("reads standard input given as -: a v1 --rfj result and a Zowe Explorer notification from a public issue", async () => {
    const rfj = await runZoweAsync(["http-status", "last-error", "-", "--rfj"], home, {}, { input: fs.readFileSync(oldCli("v1", "eproto", "rfj.json"), "utf8") });
    expect(rfj.status).toBe(0);
    expect(JSON.parse(rfj.stdout).data).toMatchObject({
        source: "client", networkError: { code: "EPROTO" }, diagnosis: { verdict: "client-config" }, evidence: { format: { id: "zowe-cli-rfj" } }
    });
    const pasted = fs.readFileSync(path.join(resources, "pastes", "ze-2704-v2-pipes-rse-eproto.txt"), "utf8");
    const notification = await runZoweAsync(["http-status", "last-error", "-", "--rfj"], home, {}, { input: pasted });
    expect(JSON.parse(notification.stdout).data).toMatchObject({
        client: "zowe-explorer", networkError: { code: "EPROTO" }, diagnosis: { verdict: "client-config" },
        evidence: { format: { id: "zowe-explorer-notification", versions: "Zowe Explorer 2.x" } }
    });
});

it("reads a v2 Zowe CLI home with --log-dir and never prints the password v2 logged in clear", () => {
    const v2home = createZoweHome("v2home");
    try {
        fs.mkdirSync(path.join(v2home, "imperative", "logs"), { recursive: true });
        fs.copyFileSync(oldCli("v2", "403", "imperative.log"), path.join(v2home, "imperative", "logs", "imperative.log"));
        const meta = JSON.parse(fs.readFileSync(oldCli("v2", "403", "meta.json"), "utf8"));
        const password = meta.command[meta.command.indexOf("--password") + 1];
        expect(fs.readFileSync(path.join(v2home, "imperative", "logs", "imperative.log"), "utf8")).toContain(password);
        for (const args of [["--rfj"], []]) {
            const run = runZowe(["http-status", "last-error", "--log-dir", v2home, ...args], home);
            expect(run.status).toBe(0);
            expect(run.stdout + run.stderr).not.toContain(password);
            expect(run.stdout + run.stderr).not.toContain("FixtureEnvCanary-81");
        }
        expect(JSON.parse(runZowe(["http-status", "last-error", "--log-dir", v2home, "--rfj"], home).stdout).data)
            .toMatchObject({ status: 403, request: { port: meta.expected.port }, diagnosis: { verdict: "authorization" } });
    } finally {
        removeZoweHome(v2home);
    }
});

it("refuses, in one line and without a stack trace, text with no error in it and two sources of evidence", async () => {
    const none = await runZoweAsync(["http-status", "last-error", "-"], home, {}, { input: "all is well here\n" });
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/standard input holds no error: no HTTP status, network or TLS error code, or message ID\./);
    expect(hasStackTrace(none.stderr)).toBe(false);
    const both = runZowe(["http-status", "last-error", oldCli("v1", "401", "stderr.txt"), "--log-dir", home], home);
    expect(both.status).toBe(1);
    expect(both.stderr).toContain("Give one source of evidence");
});
