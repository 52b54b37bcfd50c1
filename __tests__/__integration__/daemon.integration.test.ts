/**
 * Daemon mode (`zowe daemon enable`): the same commands through the daemon's client must print what they print
 * without it. The daemon runs with its own ZOWE_DAEMON_DIR in the temporary home, and the test stops it.
 */
import * as fs from "fs";
import * as path from "path";
import { PROJECT_ROOT, createZoweHome, installPlugin, removeZoweHome, runZowe } from "../__helpers__/ZoweCli";
import { spawnSync } from "child_process";

let home: string;
let daemonEnv: Record<string, string>;

/** Run a command through the daemon client that `zowe daemon enable` installed into the home. */
function runThroughDaemon(args: string[], input = "") {
    const result = spawnSync(path.join(home, "bin", "zowe"), args, {
        env: { ...process.env, ...daemonEnv, FORCE_COLOR: "0" }, encoding: "utf8", timeout: 120000, input, cwd: home
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
    home = createZoweHome("daemon");
    installPlugin(PROJECT_ROOT, home);
    daemonEnv = {
        ZOWE_CLI_HOME: home,
        ZOWE_DAEMON_DIR: path.join(home, "daemon"),
        PATH: `${path.join(PROJECT_ROOT, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}`
    };
    const enabled = runZowe(["daemon", "enable"], home, daemonEnv);
    expect(enabled.status).toBe(0);
});

afterAll(() => {
    const pidFile = path.join(home, "daemon", "daemon_pid.json");
    if (fs.existsSync(pidFile)) {
        try {
            process.kill(JSON.parse(fs.readFileSync(pidFile, "utf8")).pid);
        } catch {
            // already gone
        }
    }
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
    const fromStdin = runThroughDaemon(["http-status", "last-error", "--input=-", "--rfj"], fs.readFileSync(saved, "utf8"));
    expect(fromStdin.status).toBe(1);
    expect(JSON.parse(fromStdin.stdout).error.msg).toContain("looks like a Zowe CLI log");
    const bad = runThroughDaemon(["http-status", "explain", "600", "--rfj"]);
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ success: false, exitCode: 1 });
});
