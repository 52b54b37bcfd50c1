/**
 * Robustness through the real Zowe CLI: output pipes that close early, a parent that goes away, a Zowe command that
 * loops because its output is closed, an https profile pointed at an http port, and a failed command whose argument
 * is the word "hs". Each failure is made by a real Zowe command against the project's fake z/OSMF on 127.0.0.1.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import {
    PROJECT_ROOT, ZOWE_BIN, createZoweHome, daemonEnvironment, enableDaemon, installPlugin, parseRfj, removeZoweHome, runZowe, runZoweAsync, stopDaemon
} from "../__helpers__/ZoweCli";

const { startFakeZosmf, scenarios } = require("../__servers__/fakeZosmf.js");

/** A password planted in the looping command: Zowe writes it in clear into the loop's records. */
const LOOP_PASSWORD = "LoopCanaryPw-4k9";

let home: string;
let server: { port: number; close(): Promise<void> };

const log = () => path.join(home, "logs", "imperative.log");
const failureRecords = () => (fs.existsSync(log()) ? fs.readFileSync(log(), "utf8").match(/Handler for command "/g)?.length ?? 0 : 0);
const connection = (port: number, protocol = "http") =>
    ["--host", "127.0.0.1", "--port", String(port), "--user", "ibmuser", "--password", LOOP_PASSWORD, "--protocol", protocol, "--reject-unauthorized", "false"];

/** Run `zowe <args> | head -c 20` in bash: what head printed, what the pipeline wrote on stderr, and zowe's exit code. */
function pipedIntoHead(args: string[], zowe = ZOWE_BIN, env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string; status: number }> {
    const quoted = [zowe, ...args].map((word) => `'${word.replace(/'/g, "'\\''")}'`).join(" ");
    return new Promise((resolve, reject) => {
        const child = spawn("bash", ["-c", `${quoted} | head -c 20; echo "zowe-exit=\${PIPESTATUS[0]}" >&3`],
            { env: { ...process.env, ZOWE_CLI_HOME: home, FORCE_COLOR: "0", ...env }, cwd: home, stdio: ["ignore", "pipe", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        let exit = "";
        const timer = setTimeout(() => child.kill("SIGKILL"), 120000);
        child.stdout?.on("data", (chunk) => (stdout += chunk));
        child.stderr?.on("data", (chunk) => (stderr += chunk));
        (child.stdio[3] as NodeJS.ReadableStream).on("data", (chunk) => (exit += chunk));
        child.on("error", reject);
        child.on("close", () => {
            clearTimeout(timer);
            resolve({ stdout, stderr, status: Number(/zowe-exit=(\d+)/.exec(exit)?.[1] ?? -1) });
        });
    });
}

/**
 * Start `zowe <args>` from a parent process that exits at once, as an editor or a killed script would: the command's
 * stdout and stderr lose their reader. Returns the command's PID.
 */
async function orphaned(args: string[]): Promise<number> {
    const parent = `
        const child = require("child_process").spawn(${JSON.stringify(ZOWE_BIN)}, ${JSON.stringify(args)},
            { stdio: ["ignore", "pipe", "pipe"], detached: true });
        process.stdout.write(String(child.pid));
        process.exit(0);`;
    const run = await new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ["-e", parent], { env: { ...process.env, ZOWE_CLI_HOME: home, FORCE_COLOR: "0" }, cwd: home });
        let out = "";
        child.stdout.on("data", (chunk) => (out += chunk));
        child.on("error", reject);
        child.on("close", () => resolve(out));
    });
    return Number(run);
}

function isRunning(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch {
        return false;
    }
}

/** Wait until the process has ended, at most `limitMs`; true when it ended. */
async function ended(pid: number, limitMs: number): Promise<boolean> {
    const until = Date.now() + limitMs;
    while (Date.now() < until) {
        if (!isRunning(pid)) {
            return true;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return !isRunning(pid);
}

beforeAll(async () => {
    home = createZoweHome("robust");
    installPlugin(PROJECT_ROOT, home);
    server = await startFakeZosmf({ protocol: "http", rules: scenarios[404], lifetimeMs: 200000 });
});

afterAll(async () => {
    await server?.close();
    removeZoweHome(home);
});

describe("output that closes early", () => {
    it.each([
        [["http-status", "explain", "1xx", "2xx", "3xx", "4xx", "5xx"]],
        [["http-status", "explain", "1xx", "2xx", "3xx", "4xx", "5xx", "--rfj"]],
        [["http-status", "list", "--rfj"]],
        [["http-status", "last-error", "--count", "50", "--rfj"]]
    ])("zowe %p | head -c 20 ends quietly, with exit 0 and no failure logged", async (args) => {
        const before = failureRecords();
        const run = await pipedIntoHead(args);
        expect(run.stdout).toHaveLength(20);
        expect(run.stderr).toBe("");
        expect(run.status).toBe(0);
        expect(failureRecords()).toBe(before);
    });

    it("a command whose parent exits at once ends within seconds and logs at most one failure", async () => {
        const before = failureRecords();
        const explain = await orphaned(["http-status", "explain", "1xx", "2xx", "3xx", "4xx", "5xx"]);
        const failing = await orphaned(["http-status", "last-error", "--input", path.join(home, "no-such-file.json")]);
        const results = await Promise.all([ended(explain, 20000), ended(failing, 20000)]);
        for (const pid of [explain, failing]) {
            if (isRunning(pid)) {
                process.kill(pid, "SIGKILL");
            }
        }
        expect(results).toEqual([true, true]);
        // explain succeeded (nothing to log); the refused input is one failure, logged once.
        expect(failureRecords() - before).toBe(1);
    });
});

describe("a Zowe command that loops because its output is closed", () => {
    let report: Record<string, any>;
    let text: string;
    let rfjText: string;

    beforeAll(async () => {
        // Zowe CLI's own command loops when its output is gone: let it loop for three seconds, then end it.
        const pid = await orphaned(["zos-files", "list", "data-set", "IBMUSER.*", ...connection(server.port)]);
        await ended(pid, 3000);
        if (isRunning(pid)) {
            process.kill(pid, "SIGKILL");
        }
        const rfj = runZowe(["http-status", "last-error", "--rfj"], home);
        rfjText = rfj.stdout + rfj.stderr;
        report = JSON.parse(rfj.stdout).data;
        const run = runZowe(["http-status", "last-error"], home);
        // The report wraps its lines: read it as one line.
        text = (run.stdout + run.stderr).replace(/\s+/g, " ");
    });

    it("the loop really filled the log", () => {
        expect(failureRecords()).toBeGreaterThan(20);
    });

    it("last-error reports the real failure before the loop, not the loop", () => {
        expect(report).toMatchObject({ status: 404, request: { method: "GET", port: server.port }, diagnosis: { verdict: "not-found" } });
        expect(report.command).toMatch(/^zowe zos-files list data-set IBMUSER\.\*/);
    });

    it("says a zowe process was looping, names its command and how to end it", () => {
        expect(text).toMatch(/A zowe process was looping: "zowe zos-files list data-set IBMUSER\.\* [^"]*" logged the same failure \d+ times/);
        expect(text).toContain("pkill -f \"zowe zos-files list data-set\"");
    });

    it("never shows the password that the loop's records hold in clear", () => {
        expect(fs.readFileSync(log(), "utf8")).toContain(LOOP_PASSWORD);
        expect(text).not.toContain(LOOP_PASSWORD);
        expect(rfjText).not.toContain(LOOP_PASSWORD);
    });
});

describe("failures that were once missed", () => {
    it("an https profile pointed at an http port: EPROTO, the profile's fault", async () => {
        const args = ["zos-files", "list", "data-set", "IBMUSER.*", ...connection(server.port, "https"), "--rfj"];
        const failed = parseRfj(args, await runZoweAsync(args, home));
        expect(failed.success).toBe(false);
        const run = runZowe(["http-status", "last-error", "--rfj"], home);
        const report = JSON.parse(run.stdout).data;
        expect(report).toMatchObject({
            source: "client", status: null, networkError: { code: "EPROTO" }, diagnosis: { verdict: "client-config" },
            request: { protocol: "https", host: (failed.error as any).host, port: (failed.error as any).port, resource: (failed.error as any).resource }
        });
        expect(report.networkError.message).toContain("wrong version number");
    });

    it("a failed command with the word hs among its arguments is not taken for the plug-in's own", async () => {
        const args = ["zos-files", "list", "data-set", "hs", ...connection(server.port), "--rfj"];
        const failed = parseRfj(args, await runZoweAsync(args, home));
        expect(failed.success).toBe(false);
        const report = JSON.parse(runZowe(["http-status", "last-error", "--rfj"], home).stdout).data;
        expect(report).toMatchObject({ status: 404, request: { resource: "/zosmf/restfiles/ds?dslevel=hs" } });
    });
});

describe("through the daemon (zowe daemon enable)", () => {
    let daemonHome: string;
    let daemonEnv: Record<string, string>;
    const client = () => path.join(daemonHome, "bin", "zowe");
    const daemonRecords = () => {
        const file = path.join(daemonHome, "logs", "imperative.log");
        return fs.existsSync(file) ? fs.readFileSync(file, "utf8").match(/Handler for command "/g)?.length ?? 0 : 0;
    };

    beforeAll(async () => {
        daemonHome = createZoweHome("robust-daemon");
        installPlugin(PROJECT_ROOT, daemonHome);
        daemonEnv = daemonEnvironment(daemonHome);
        enableDaemon(daemonHome);
        // The first command starts the daemon.
        expect((await runZoweAsync(["http-status", "explain", "503"], daemonHome, daemonEnv, { zowe: client() })).status).toBe(0);
    });

    afterAll(() => {
        stopDaemon(daemonHome);
        removeZoweHome(daemonHome);
    });

    it("a command piped into head -c 20 leaves the daemon without a failure record, and the daemon keeps serving", async () => {
        const run = await pipedIntoHead(["http-status", "explain", "1xx", "2xx", "3xx", "4xx", "5xx", "--rfj"], client(), daemonEnv);
        expect(run.stdout).toHaveLength(20);
        // Zowe's daemon client (a Rust program) may report its own broken pipe; nothing may come from the plug-in or imperative.
        expect(run.stderr).not.toMatch(/EPIPE|Imperative encountered|Unable to perform/);
        expect(daemonRecords()).toBe(0);
        const after = await runZoweAsync(["http-status", "explain", "503"], daemonHome, daemonEnv, { zowe: client() });
        expect(after.status).toBe(0);
        expect(after.stdout).toBe(runZowe(["http-status", "explain", "503"], daemonHome).stdout);
    });
});
