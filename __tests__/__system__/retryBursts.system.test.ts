/**
 * Retry bursts and the CLI's own zowe.log, through the real Zowe CLI with the plug-in installed:
 * - real `zowe zos-files list data-set` failures against the fake z/OSMF on 127.0.0.1 (a 403, a 404 and a 401) leave
 *   their entries in a real v3 logs folder;
 * - `--log-dir $ZOWE_CLI_HOME/logs` must report the 403 once, as Zowe CLI's (the CLI's zowe.log also holds it, and
 *   was read as a phantom Zowe Explorer failure);
 * - the real 404 and 401 entries, logged again and again with new times (a script that retries), across a rotation,
 *   and real SDK errors written as Zowe Explorer's logger writes them, make the bursts: the report counts them, names
 *   the process, puts the lock-out caution first for the 401s, and the --count table gives the burst one row and
 *   fits a 120-column terminal.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { IFailureReport } from "../../src";
import { PROJECT_ROOT, createZoweHome, installPlugin, parseRfj, removeZoweHome, runZowe, runZoweAsync } from "../__helpers__/ZoweCli";
import { eventV31, failingSdkCall, infoLine, writeExplorerLog } from "../__helpers__/explorerLogs";
import type { ISdkFailure } from "../__helpers__/explorerLogs";
import { burst, readerTime, retimed } from "../__helpers__/bursts";

const { startFakeZosmf, scenarios } = require("../__servers__/fakeZosmf.js");

const CANARY = "CanaryBurstPw-4kq8";
let home: string;
let scratch: string;
let entries: Record<"403" | "404" | "401", string>;
let notFound: ISdkFailure;
let unauthorized: ISdkFailure;
const start = new Date(2026, 10, 25, 13, 16, 20, 0);
const later = (ms: number): Date => new Date(start.getTime() + ms);

/** Run a real failing `zowe zos-files list data-set` against the fake z/OSMF; returns what it appended to imperative.log. */
async function realFailure(status: "403" | "404" | "401"): Promise<string> {
    const log = path.join(home, "logs", "imperative.log");
    const before = fs.existsSync(log) ? fs.statSync(log).size : 0;
    const server = await startFakeZosmf({ protocol: "http", rules: scenarios[status], lifetimeMs: 60000 });
    try {
        const args = ["zos-files", "list", "data-set", "IBMUSER.*", "--host", "127.0.0.1", "--port", String(server.port), "--user", "ibmuser",
            "--password", CANARY, "--protocol", "http"];
        const run = await runZoweAsync(args, home);
        expect(run.status).toBe(1);
    } finally {
        await server.close();
    }
    const appended = fs.readFileSync(log).subarray(before).toString("utf8");
    // From the failed handler's anchor on: the entry of the failure itself.
    return appended.slice(appended.search(/^\[[^\]]+\] \[ERROR\] \[CommandProcessor\.js:\d+\] Handler for command/m));
}

/** A logs folder of its own holding `files`. */
function logsFolder(name: string, files: Record<string, string>): string {
    const dir = path.join(scratch, name);
    fs.mkdirSync(dir, { recursive: true });
    for (const [file, content] of Object.entries(files)) {
        fs.writeFileSync(path.join(dir, file), content);
    }
    return dir;
}

const lastError = (args: string[], env: Record<string, string> = {}): IFailureReport =>
    parseRfj<IFailureReport>(["http-status", "last-error", ...args], runZowe(["http-status", "last-error", ...args, "--rfj"], home, env)).data;

beforeAll(async () => {
    home = createZoweHome("bursts");
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "hs-bursts-"));
    installPlugin(PROJECT_ROOT, home);
    entries = { "403": await realFailure("403"), "404": await realFailure("404"), "401": await realFailure("401") };
    notFound = await failingSdkCall(scenarios[404]);
    unauthorized = await failingSdkCall(scenarios[401], { password: CANARY });
}, 400000);

afterAll(() => {
    removeZoweHome(home);
    fs.rmSync(scratch, { recursive: true, force: true });
});

describe("--log-dir on Zowe CLI's own v3 logs folder", () => {
    it("reports each z/OSMF error once, as Zowe CLI's: the CLI's zowe.log is not a Zowe Explorer log", () => {
        const logs = path.join(home, "logs");
        // The premise: the CLI's zowe.log holds the SDK's record of the same failures, as Explorer's log would.
        const zoweLog = fs.readFileSync(path.join(logs, "zowe.log"), "utf8");
        expect(zoweLog).toMatch(/\[ERROR\] \[List\.js:\d+\] RestClientError: Rest API failure with HTTP\(S\) status 403/);
        expect(zoweLog).toContain("mDetails: {");
        const table: IFailureReport[] = lastError(["--log-dir", logs, "--count", "10"]) as unknown as IFailureReport[];
        expect(table.map((report) => [report.client, report.status])).toEqual([["zowe-cli", 401], ["zowe-cli", 404], ["zowe-cli", 403]]);
        expect(lastError(["--log-dir", logs]).client).toBe("zowe-cli");
        const explorerOnly = runZowe(["http-status", "last-error", "--log-dir", logs, "--from", "explorer", "--rfj"], home);
        expect(JSON.parse(explorerOnly.stdout).data).toBeUndefined();
        expect(explorerOnly.stdout).toContain("No failed Zowe REST call was found");
    });
});

describe("a burst of the same failure in Zowe CLI's logs", () => {
    let folder: string;
    beforeAll(() => {
        // 2,000 of the real 404, 1 ms apart; log4js rotated imperative.log in the middle of them.
        const copies = burst(entries["404"], 2000, start, 1);
        const older = retimed(entries["401"], later(-10 * 60000));
        folder = logsFolder("cli-404-burst", { "imperative.log.1": older + copies.slice(0, 1100).join(""), "imperative.log": copies.slice(1100).join("") });
    });

    it("reports 2,000 identical REST failures as one, with how often, when, how fast and which process (--rfj)", () => {
        const report = lastError(["--log-dir", folder]);
        expect(report.status).toBe(404);
        expect(report.time).toBe(readerTime(later(1999)));
        expect(report.repeats).toEqual({
            count: 2000, first: readerTime(start), last: readerTime(later(1999)), perSecond: 1000.5, process: "zowe zos-files list data-set", complete: true
        });
        // Not a logon: no lock-out caution for a 404 burst.
        expect(report.diagnosis.caution ?? "").not.toContain("burst");
    });

    it("says so in the text report, among the first lines", () => {
        const text = runZowe(["http-status", "last-error", "--log-dir", folder], home).stdout;
        const header = text.slice(0, text.indexOf("\n\n")).replace(/\n\s+/g, " ");
        expect(header.replace(/Repeated: +/, "Repeated: ")).toContain("Repeated: the same failure 2,000 times between 2026-11-25 13:16:20.000 and 13:16:21.999 " +
            "(about 1,000 a second), from zowe zos-files list data-set");
    });

    it("--count gives the burst one row with its count, the older failure its own row", () => {
        const rows = lastError(["--log-dir", folder, "--count", "5"]) as unknown as IFailureReport[];
        expect(rows.map((row) => [row.status, row.repeats?.count ?? 1])).toEqual([[404, 2000], [401, 1]]);
        const lines = runZowe(["http-status", "last-error", "--log-dir", folder, "--count", "5"], home).stdout.split("\n");
        const columns = lines[0].trim().split(/\s+/);
        expect(columns).toEqual(expect.arrayContaining(["index", "time", "status", "verdict", "times", "request", "message"]));
        expect(lines.find((line) => /^\s*1 /.test(line))).toMatch(/ 404 +not-found +2000 /);
        expect(lines.find((line) => /^\s*2 /.test(line))).toMatch(/ 401 +authentication +1 /);
    });
});

describe("a burst of refused logons", () => {
    const lockOut = (report: IFailureReport): void => {
        expect(report.diagnosis.caution).toMatch(/^A burst of refused logons: RACF, ACF2 and Top Secret revoke a z\/OS user ID/);
        expect(report.diagnosis.nextSteps[0]).toMatch(/^Stop the script that retries/);
        expect(report.diagnosis.summary).toContain("The same refused logon was logged again and again");
    };

    it("401s from a script that retries (Zowe CLI): the lock-out caution first, stopping the script as step 1", () => {
        const folder = logsFolder("cli-401-burst", { "imperative.log": burst(entries["401"], 30, start, 200).join("") });
        const report = lastError(["--log-dir", folder]);
        expect(report).toMatchObject({ status: 401, repeats: { count: 30, process: "zowe zos-files list data-set", perSecond: 5.172 } });
        lockOut(report);
        const text = runZowe(["http-status", "last-error", "--log-dir", folder], home).stdout;
        expect(text.indexOf("Caution")).toBeLessThan(text.indexOf("Likely causes"));
        expect(text).toMatch(/What to do\n\s+1\. Stop the script that retries/);
        const brief = runZowe(["http-status", "last-error", "--log-dir", folder, "--brief"], home).stdout;
        expect(brief).toMatch(/Repeated: +the same failure 30 times/);
        expect(brief).toMatch(/1\. Stop the script that retries/);
        expect(text + brief).not.toContain(CANARY);
    });

    it("one 401 alone keeps the status's own caution and steps", () => {
        const folder = logsFolder("cli-401-once", { "imperative.log": retimed(entries["401"], start) });
        const report = lastError(["--log-dir", folder]);
        expect(report.repeats).toBeUndefined();
        expect(report.diagnosis.caution).toMatch(/^Do not retry a failed logon blindly/);
        expect(report.diagnosis.nextSteps[0]).not.toMatch(/^Stop the script/);
    });
});

describe("bursts in Zowe Explorer's log, written as its logger writes them", () => {
    const explorerHome = (name: string, text: string): Record<string, string> => {
        const userHome = path.join(scratch, name);
        writeExplorerLog(path.join(userHome, ".vscode", "extensions", "zowe.vscode-extension-for-zowe-3.4.2"), text);
        return { HOME: userHome, XDG_CONFIG_HOME: path.join(userHome, ".config") };
    };

    it("2,000 identical REST failures are one failure, made by Zowe Explorer 3.4.2 in VS Code", () => {
        const events = Array.from({ length: 2000 }, (_, index) => eventV31(notFound.error, later(index))).join("");
        const report = lastError(["--from", "explorer"], explorerHome("explorer-404", infoLine(later(-60000)) + events));
        expect(report).toMatchObject({ client: "zowe-explorer", status: 404, request: { port: notFound.port } });
        expect(report.repeats).toEqual({
            count: 2000, first: readerTime(start), last: readerTime(later(1999)), perSecond: 1000.5, process: "Zowe Explorer 3.4.2 (VS Code)", complete: true
        });
    });

    it("401s again after each credential prompt: the lock-out caution first, stopping the retries as step 1", () => {
        const events = [0, 4000, 8000, 12000]
            .map((ms) => eventV31(unauthorized.error, later(ms)) + infoLine(later(ms + 1), "Profile validation failed for zosmf.")).join("");
        const env = explorerHome("explorer-401", events);
        const report = lastError(["--from", "explorer"], env);
        expect(report).toMatchObject({ status: 401, repeats: { count: 4, first: readerTime(start), last: readerTime(later(12000)) } });
        expect(report.diagnosis.caution).toMatch(/^A burst of refused logons/);
        expect(report.diagnosis.nextSteps[0]).toMatch(/^Stop the script that retries/);
        const text = runZowe(["http-status", "last-error", "--from", "explorer"], home, env);
        expect(text.stdout.replace(/\s+/g, " ")).toContain("Repeated: the same failure 4 times between 2026-11-25 13:16:20.000 and 13:16:32.000 " +
            "(about 20 a minute), from Zowe Explorer 3.4.2 (VS Code)");
        expect(text.stdout + text.stderr).not.toContain(CANARY);
    });
});

describe("the --count table fits a 120-column terminal", () => {
    it("every line of a table of mixed failures (CLI and Explorer, bursts, long paths and messages) is at most 120 wide", () => {
        const folder = logsFolder("mixed", {
            "imperative.log": retimed(entries["403"], later(-3000)) + burst(entries["404"], 5, later(-2000), 10).join("") +
                retimed(entries["401"], later(-1000))
        });
        const userHome = path.join(scratch, "mixed-home");
        writeExplorerLog(path.join(userHome, ".vscode", "extensions", "zowe.vscode-extension-for-zowe-3.4.2"),
            eventV31(notFound.error, later(0)) + eventV31(unauthorized.error, later(500)));
        // A terminal 120 columns wide, as imperative sees it (process.stdout.columns); piped output is laid out for 80.
        const columns = path.join(scratch, "columns-120.js");
        fs.writeFileSync(columns, "Object.defineProperty(process.stdout, 'columns', { value: 120 });\n");
        for (const extra of [{ NODE_OPTIONS: `--require ${columns}` }, {}]) {
            const run = runZowe(["http-status", "last-error", "--count", "10"], home, { HOME: userHome, ZOWE_CLI_HOME: home, ...extra });
            expect(run.status).toBe(0);
            // The table: the lines before the notes that may follow it.
            const lines = run.stdout.split("\n\n")[0].split("\n");
            expect(lines.length).toBeGreaterThan(5);
            expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(120);
            expect(run.stdout).toContain("explorer 3.4.2");
            expect(run.stdout).toContain("zowe-cli");
        }
        // The CLI's logs of the home and Explorer's: the table reads both (plus the folder's failures through --log-dir).
        const table = runZowe(["http-status", "last-error", "--count", "10", "--log-dir", folder], home, { HOME: userHome });
        expect(Math.max(...table.stdout.split("\n").map((line) => line.length))).toBeLessThanOrEqual(120);
        expect(table.stdout).toMatch(/ 404 +not-found +5 /);
    });
});
