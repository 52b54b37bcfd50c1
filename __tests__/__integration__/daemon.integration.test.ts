/**
 * Daemon mode (`zowe daemon enable`): the same commands through the daemon's client must print what they print
 * without it, on a real failure (a real zowe command failing against the project's fake z/OSMF). The daemon runs with
 * its own ZOWE_DAEMON_DIR in the temporary home, and the test stops it.
 */
import * as fs from "fs";
import * as path from "path";
import type { IFailureReport } from "../../src";
import type { FakeZosmf } from "../__servers__/fakeZosmf";
import {
    PROJECT_ROOT, createZoweHome, daemonEnvironment, enableDaemon, installPlugin, removeZoweHome, runZowe, runZoweAsync, stopDaemon
} from "../__helpers__/ZoweCli";
import { spawnSync } from "child_process";

const { startFakeZosmf, scenarios } = require("../__servers__/fakeZosmf.js");

let home: string;
let daemonEnv: Record<string, string>;

/** Run a command through the daemon client that `zowe daemon enable` installed into the home. */
function runThroughDaemon(args: string[], input = "") {
    const result = spawnSync(path.join(home, "bin", "zowe"), args, {
        env: { ...process.env, ...daemonEnv, FORCE_COLOR: "0" }, encoding: "utf8", timeout: 120000, input, cwd: home
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A report says how long ago the failure was ("2 seconds ago"): two runs a second apart may differ there only. */
function withoutAge(text: string): string {
    return text.replace(/, \d+ (?:second|minute|hour|day)s? ago\)/g, ")");
}

/**
 * The same through the daemon client without blocking the event loop: needed while the fake z/OSMF, which runs in
 * this process, serves the command.
 */
function runThroughDaemonAsync(args: string[]) {
    return runZoweAsync(args, home, daemonEnv, { zowe: path.join(home, "bin", "zowe") });
}

/** A failing `zos-files list data-set` against a fake z/OSMF that answers 404. */
function failingList(server: FakeZosmf): string[] {
    return ["zos-files", "list", "data-set", "IBMUSER.*", "--host", "127.0.0.1", "--port", String(server.port), "--user", "ibmuser",
        "--password", "DaemonTestPw-8", "--protocol", "http", "--reject-unauthorized", "false"];
}

beforeAll(() => {
    home = createZoweHome("daemon");
    installPlugin(PROJECT_ROOT, home);
    daemonEnv = daemonEnvironment(home);
    enableDaemon(home);
});

afterAll(() => {
    stopDaemon(home);
    removeZoweHome(home);
});

it("explain, list and last-error print the same through the daemon", () => {
    for (const args of [["http-status", "explain", "503"], ["http-status", "list", "--zowe"], ["http-status", "last-error"]]) {
        const classic = runZowe(args, home, daemonEnv);
        const daemon = runThroughDaemon(args);
        expect(daemon.status).toBe(classic.status);
        expect(daemon.stdout).toBe(classic.stdout);
    }
});

it("reads standard input and refuses bad input the same way through the daemon", () => {
    const saved = path.join(PROJECT_ROOT, "__tests__", "__resources__", "logs", "failure-404.log");
    const fromStdin = runThroughDaemon(["http-status", "last-error", "-", "--rfj"], fs.readFileSync(saved, "utf8"));
    expect(fromStdin.status).toBe(0);
    expect(JSON.parse(fromStdin.stdout).data).toMatchObject({ status: 404, evidence: { format: { id: "zowe-cli-log" } } });
    const noError = runThroughDaemon(["http-status", "last-error", "-", "--rfj"], "all is well\n");
    expect(noError.status).toBe(1);
    expect(JSON.parse(noError.stdout).error.msg).toContain("standard input holds no error");
    const bad = runThroughDaemon(["http-status", "explain", "600", "--rfj"]);
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ success: false, exitCode: 1 });
});

describe("on a real failure", () => {
    let saved: string;
    let server: FakeZosmf;

    beforeAll(async () => {
        server = await startFakeZosmf({ protocol: "http", rules: scenarios[404], lifetimeMs: 60000 });
        try {
            const failed = await runZoweAsync([...failingList(server), "--rfj"], home, daemonEnv);
            expect(failed.status).toBe(1);
            saved = failed.stdout;
        } finally {
            await server.close();
        }
    });

    it("last-error and last-error --rfj print byte for byte the same through the daemon", () => {
        for (const args of [["http-status", "last-error"], ["http-status", "last-error", "--rfj"]]) {
            const classic = runZowe(args, home, daemonEnv);
            const daemon = runThroughDaemon(args);
            expect(classic.status).toBe(0);
            expect(daemon.status).toBe(0);
            expect(withoutAge(daemon.stdout)).toBe(withoutAge(classic.stdout));
            expect(daemon.stderr).toBe(classic.stderr);
        }
        const report = JSON.parse(runThroughDaemon(["http-status", "last-error", "--rfj"]).stdout).data as IFailureReport;
        expect(report).toMatchObject({ status: 404, request: { method: "GET", port: server.port }, diagnosis: { verdict: "not-found" } });
        expect(report.command).toContain("zowe zos-files list data-set IBMUSER.* --host 127.0.0.1");
        expect(report.command).not.toContain("DaemonTestPw-8");
    });

    it("last-error --markdown gives the same report through the daemon, which it names", () => {
        const args = ["http-status", "last-error", "--markdown"];
        const classic = runZowe(args, home, daemonEnv);
        const daemon = runThroughDaemon(args);
        expect(classic.status).toBe(0);
        expect(daemon.status).toBe(0);
        expect(classic.stdout).toContain("| Daemon mode | `no` |");
        expect(daemon.stdout).toContain("| Daemon mode | `yes` |");
        // The one difference: the daemon row (and the age of the failure, a second later).
        const same = (text: string) => withoutAge(text).replace("| Daemon mode | `yes` |", "| Daemon mode | `no` |");
        expect(same(daemon.stdout)).toBe(same(classic.stdout));
        expect(daemon.stdout).toMatch(/^# Failed Zowe REST call: not-found \(404 Not Found\)$/m);
        expect(daemon.stdout).toContain("| Plug-in http-status-for-zowe-cli | `");
        expect(daemon.stdout).not.toContain("DaemonTestPw-8");
    });

    it("reads a saved --rfj result piped on standard input through the daemon", () => {
        const args = ["http-status", "last-error", "--input=-", "--rfj"];
        const daemon = runThroughDaemon(args, saved);
        expect(daemon.status).toBe(0);
        const report = JSON.parse(daemon.stdout).data as IFailureReport;
        expect(report).toMatchObject({ status: 404, evidence: { kind: "rfj" }, request: { port: server.port }, diagnosis: { verdict: "not-found" } });
        // runZowe gives an empty standard input: feed the same text to the classic CLI for the comparison.
        const classicPiped = spawnSync(path.join(PROJECT_ROOT, "node_modules", ".bin", "zowe"), args, {
            env: { ...process.env, ...daemonEnv, FORCE_COLOR: "0" }, encoding: "utf8", timeout: 120000, input: saved, cwd: home
        });
        expect(classicPiped.status).toBe(0);
        expect(daemon.stdout).toBe(classicPiped.stdout);
    });

    it("explains a failure made through the daemon the same way", async () => {
        const again = await startFakeZosmf({ protocol: "http", rules: scenarios[404], lifetimeMs: 60000 });
        try {
            expect((await runThroughDaemonAsync(failingList(again))).status).toBe(1);
        } finally {
            await again.close();
        }
        const classic = JSON.parse(runZowe(["http-status", "last-error", "--rfj"], home, daemonEnv).stdout);
        const daemon = JSON.parse(runThroughDaemon(["http-status", "last-error", "--rfj"]).stdout);
        expect(JSON.parse(withoutAge(JSON.stringify(daemon)))).toEqual(JSON.parse(withoutAge(JSON.stringify(classic))));
        expect(daemon.data).toMatchObject({ status: 404, request: { port: again.port }, diagnosis: { verdict: "not-found" } });
        // The one legitimate difference a failure made in daemon mode has: the daemon does not log the process
        // arguments, so the command is known only by its leaf name (a failure made by the classic CLI, above, has the
        // whole command line, masked).
        expect(daemon.data.command).toBe("zowe … data-set");
    });
});
