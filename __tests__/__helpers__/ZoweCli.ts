/**
 * Drive the real Zowe CLI (the pinned devDependency @zowe/cli) from tests, each in its own ZOWE_CLI_HOME.
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const PROJECT_ROOT = path.resolve(__dirname, "..", "..");
export const ZOWE_BIN = path.join(PROJECT_ROOT, "node_modules", ".bin", "zowe");
export const PACKAGE_NAME: string = require(path.join(PROJECT_ROOT, "package.json")).name;

/** What one zowe run left: its exit code and both streams as text. */
export interface IZoweRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** The `--rfj` document imperative prints. */
export interface IRfjResult<T = any> {
    success: boolean;
    exitCode: number;
    message: string;
    stdout: string;
    stderr: string;
    data: T;
    error?: { msg: string; [key: string]: unknown };
}

/** A fresh, empty ZOWE_CLI_HOME under the system temp folder. */
export function createZoweHome(label: string): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), `hs-${label}-`));
}

/** Remove a home made by createZoweHome (and anything a test left in it). */
export function removeZoweHome(home: string): void {
    fs.rmSync(home, { recursive: true, force: true });
}

/**
 * Run `zowe <args>` with ZOWE_CLI_HOME set and colour off. Bounded: a run that takes longer than `timeoutMs` is killed.
 * @param extraEnv - variables to add (or, with value undefined, remove) for this run
 */
export function runZowe(args: string[], home: string, extraEnv: Record<string, string | undefined> = {},
    timeoutMs = 120000): IZoweRun {
    const env: NodeJS.ProcessEnv = { ...process.env, ZOWE_CLI_HOME: home, FORCE_COLOR: "0", ...extraEnv };
    for (const key of Object.keys(extraEnv)) {
        if (extraEnv[key] === undefined) {
            delete env[key];
        }
    }
    const result = spawnSync(ZOWE_BIN, args, { env, encoding: "utf8", timeout: timeoutMs, cwd: home, input: "" });
    if (result.error != null) {
        throw result.error;
    }
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Run `zowe <args>` without blocking the event loop: needed when the test process itself serves the requests
 * (the fake z/OSMF). Bounded by `timeoutMs`; standard input gets `input` and is then closed. `zowe` runs another
 * client instead of the pinned CLI (the daemon's).
 */
export function runZoweAsync(args: string[], home: string, extraEnv: Record<string, string | undefined> = {},
    options: { input?: string; timeoutMs?: number; zowe?: string } = {}): Promise<IZoweRun> {
    const env: NodeJS.ProcessEnv = { ...process.env, ZOWE_CLI_HOME: home, FORCE_COLOR: "0", ...extraEnv };
    for (const key of Object.keys(extraEnv)) {
        if (extraEnv[key] === undefined) {
            delete env[key];
        }
    }
    return new Promise((resolve, reject) => {
        const child = spawn(options.zowe ?? ZOWE_BIN, args, { env, cwd: home });
        let stdout = "";
        let stderr = "";
        const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120000);
        child.stdout.on("data", (chunk) => (stdout += chunk));
        child.stderr.on("data", (chunk) => (stderr += chunk));
        child.on("error", (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.on("close", (status) => {
            clearTimeout(timer);
            resolve({ status, stdout, stderr });
        });
        child.stdin.end(options.input ?? "");
    });
}

/** Run `zowe <args> --rfj` and parse what it printed. */
export function runZoweJson<T = any>(args: string[], home: string,
    extraEnv: Record<string, string | undefined> = {}): IRfjResult<T> & { status: number | null } {
    return parseRfj(args, runZowe([...args, "--rfj"], home, extraEnv));
}

/** Parse the --rfj document a run printed, or fail with what it printed instead. */
export function parseRfj<T = any>(args: string[], run: IZoweRun): IRfjResult<T> & { status: number | null } {
    try {
        return { ...JSON.parse(run.stdout), status: run.status };
    } catch {
        throw new Error(`zowe ${args.join(" ")} --rfj printed no JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
}

/** Install the plug-in into a home from a folder, a tarball or a package name; fails the test when it fails. */
export function installPlugin(source: string, home: string, extraArgs: string[] = []): IZoweRun {
    const run = runZowe(["plugins", "install", source, ...extraArgs], home, {}, 300000);
    if (run.status !== 0) {
        throw new Error(`zowe plugins install ${source} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
    return run;
}

/** True when the text holds something that looks like a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
    return /\n\s+at .+\(.+:\d+:\d+\)/.test(text) || /\bat Object\.<anonymous>/.test(text);
}

/** The environment that makes `zowe` in a home use that home's daemon: its own ZOWE_DAEMON_DIR and the pinned CLI. */
export function daemonEnvironment(home: string): Record<string, string> {
    return {
        ZOWE_CLI_HOME: home,
        ZOWE_DAEMON_DIR: path.join(home, "daemon"),
        PATH: `${path.join(PROJECT_ROOT, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}`
    };
}

/** `zowe daemon enable` in a home; returns the daemon client it installed (the daemon starts with its first command). */
export function enableDaemon(home: string): string {
    const enabled = runZowe(["daemon", "enable"], home, daemonEnvironment(home));
    if (enabled.status !== 0) {
        throw new Error(`zowe daemon enable failed (exit ${enabled.status}):\n${enabled.stdout}\n${enabled.stderr}`);
    }
    return path.join(home, "bin", "zowe");
}

/** Stop the daemon a home started, if it runs. */
export function stopDaemon(home: string): void {
    const pidFile = path.join(home, "daemon", "daemon_pid.json");
    if (fs.existsSync(pidFile)) {
        try {
            process.kill(JSON.parse(fs.readFileSync(pidFile, "utf8")).pid);
        } catch {
            // already gone
        }
    }
}
