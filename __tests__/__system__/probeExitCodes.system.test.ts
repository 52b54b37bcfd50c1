/**
 * Exit codes by failure class, through the real Zowe CLI: every code of `probe` (0, 1, 10 to 19), the same codes from
 * `last-error --exit-code` (and 0 without it, as before), a shell script that branches on them, and probe's advice
 * for a profile whose password is in plain text (no vault commands).
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { IProbeResult } from "../../src";
import type { FakeZosmf, FakeZosmfRule } from "../__servers__/fakeZosmf";
import { PROJECT_ROOT, createZoweHome, installPlugin, parseRfj, removeZoweHome, runZoweAsync, type IZoweRun } from "../__helpers__/ZoweCli";
import { expectNoCanary } from "../__helpers__/canaries";
import { withFakeZosmf } from "../__helpers__/withFakeZosmf";

const { zosmfErrorBody } = require("../__servers__/fakeZosmf.js");

const PASSWORD = "ExitCodeCanaryPw-2290";
let home: string;
const outputs: string[] = [];

beforeAll(() => {
    home = createZoweHome("probe-exit");
    installPlugin(PROJECT_ROOT, home);
});

afterAll(() => {
    const all = outputs.join("\n");
    expect(all).not.toContain(PASSWORD);
    expectNoCanary(all);
    removeZoweHome(home);
});

async function zowe(args: string[], env: Record<string, string | undefined> = {}): Promise<IZoweRun> {
    const run = await runZoweAsync(args, home, env);
    outputs.push(run.stdout, run.stderr);
    return run;
}

/** A rule that answers the authenticated request only. */
const onAuth = (status: number, body: object | string): FakeZosmfRule[] => [{ path: "/zosmf/info", withCredentials: true, status, body }];

interface IExitCase {
    code: number;
    verdict: string | null;
    protocol?: "http" | "https";
    rules?: FakeZosmfRule[];
    args?: string[];
    /** Probe this host and port instead of the fake's. */
    host?: string;
    port?: number;
}

const cases: IExitCase[] = [
    { code: 0, verdict: null },
    { code: 1, verdict: null, args: ["--timeout", "0"] },
    { code: 10, verdict: "client-config", port: 9 },
    { code: 11, verdict: "network", host: "lpar9.invalid" },
    { code: 12, verdict: "tls", protocol: "https", args: ["--reject-unauthorized", "true"] },
    { code: 13, verdict: "authentication", rules: onAuth(401, "") },
    { code: 14, verdict: "authorization", rules: onAuth(403, zosmfErrorBody({ category: 1, rc: 8, reason: 3, message: "IZUG403E: not authorized." })) },
    { code: 15, verdict: "not-found", rules: onAuth(404, zosmfErrorBody({ category: 1, rc: 4, reason: 8, message: "Data set not found." })) },
    { code: 16, verdict: "conflict", rules: onAuth(409, zosmfErrorBody({ category: 6, rc: 4, reason: 10, message: "The request conflicts." })) },
    { code: 16, verdict: "bad-request", rules: onAuth(400, zosmfErrorBody({ category: 1, rc: 4, reason: 2, message: "Invalid request." })) },
    { code: 17, verdict: "server-error", rules: onAuth(500, zosmfErrorBody({ category: 9, rc: 8, reason: 1, message: "Internal error." })) },
    { code: 18, verdict: "timeout", rules: [{ path: "/zosmf/info", hang: true }], args: ["--timeout", "1"] },
    { code: 19, verdict: "unknown", rules: [{ path: "/zosmf/info", status: 600, body: "a status no registry knows" }] }
];

/** The probe's arguments for a case, against a server. */
function probeArgs(probeCase: IExitCase, server: FakeZosmf): string[] {
    return ["http-status", "probe", "--host", probeCase.host ?? "127.0.0.1", "--port", String(probeCase.port ?? server.port), "--user", "ibmuser",
        "--password", PASSWORD, "--protocol", probeCase.protocol ?? "http", "--reject-unauthorized", "false",
        ...(probeCase.args ?? []), ...(probeCase.args?.includes("--timeout") === true ? [] : ["--timeout", "5"])];
}

/** A script a user would write: it branches on probe's exit code alone. */
const BRANCHING_SCRIPT = `#!/bin/sh
zowe http-status probe "$@" > /dev/null 2>&1
code=$?
case $code in
  0) echo "works" ;;
  1) echo "could not run" ;;
  12) echo "certificate problem" ;;
  13) echo "log in again" ;;
  17) echo "server side" ;;
  1[0-9]) echo "other failure $code" ;;
  *) echo "unexpected $code" ;;
esac
`;

/** Run the branching script with the given probe arguments; resolves with what it printed. */
function runScript(script: string, args: string[]): Promise<string> {
    const env = { ...process.env, ZOWE_CLI_HOME: home, FORCE_COLOR: "0", PATH: `${path.join(PROJECT_ROOT, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}` };
    return new Promise((resolve, reject) => {
        const child = spawn("sh", [script, ...args], { env, cwd: home });
        let stdout = "";
        const timer = setTimeout(() => child.kill("SIGKILL"), 120000);
        child.stdout.on("data", (chunk) => (stdout += chunk));
        child.on("error", reject);
        child.on("close", () => {
            clearTimeout(timer);
            resolve(stdout.trim());
        });
    });
}

describe.each(cases)("probe exit code $code ($verdict)", (probeCase) => {
    it("is the documented code, in the exit status and in --rfj, and the script branches on it", async () => {
        await withFakeZosmf({ protocol: probeCase.protocol ?? "http", rules: probeCase.rules ?? [] }, async (server) => {
            const args = probeArgs(probeCase, server);
            const run = await zowe(args);
            expect(run.status).toBe(probeCase.code);
            if (probeCase.code === 1) {
                expect(run.stderr).toContain("--timeout takes a number of seconds");
                return;
            }
            const json = parseRfj<IProbeResult>(args, await zowe([...args, "--rfj"]));
            expect(json.status).toBe(probeCase.code);
            expect(json.exitCode).toBe(probeCase.code);
            expect(json.data.exitCode).toBe(probeCase.code);
            expect(json.data.diagnosis?.verdict ?? null).toBe(probeCase.verdict);
            if (probeCase.verdict != null) {
                expect(run.stdout).toContain(`Verdict: ${probeCase.verdict} (exit code ${probeCase.code})`);
            }
            // Each phase tried has its time, in --rfj and on one text line (no bound on them: speed is npm run bench's).
            const { timings } = json.data;
            const tried = Object.entries(timings).filter(([name]) => name !== "totalMs");
            expect(tried.length).toBeGreaterThan(0);
            expect(tried.every(([, ms]) => typeof ms === "number" && ms >= 0 && ms <= timings.totalMs)).toBe(true);
            expect(run.stdout).toMatch(/^Timings \(ms\): dns \d+, .*total \d+$/m);
        });
    });
});

it("lets a shell script branch on the class without reading JSON", async () => {
    const script = path.join(home, "branch.sh");
    fs.writeFileSync(script, BRANCHING_SCRIPT);
    const said: string[] = [];
    for (const probeCase of [cases[0], cases[4], cases[5], cases[10], cases[2], cases[1]]) {
        said.push(await withFakeZosmf({ protocol: probeCase.protocol ?? "http", rules: probeCase.rules ?? [] },
            (server) => runScript(script, probeArgs(probeCase, server).slice(2))));
    }
    expect(said).toEqual(["works", "certificate problem", "log in again", "server side", "other failure 10", "could not run"]);
});

describe("last-error --exit-code", () => {
    it("exits 0 when nothing was found, even with --exit-code", async () => {
        const empty = createZoweHome("probe-exit-empty");
        try {
            const run = await zowe(["http-status", "last-error", "--exit-code", "--log-dir", empty, "--from", "cli"]);
            expect(run.stdout).toContain("No failed");
            expect(run.status).toBe(0);
        } finally {
            removeZoweHome(empty);
        }
    });

    it("gives a failure's class only when asked, so that today's scripts see no change", async () => {
        await withFakeZosmf({ protocol: "http", rules: [{ path: "/zosmf/restfiles/", status: 404,
            body: zosmfErrorBody({ category: 1, rc: 4, reason: 8, message: "Data set not found." }) }] }, async (server) => {
            const failed = await zowe(["zos-files", "list", "data-set", "IBMUSER.*", "--host", "127.0.0.1", "--port", String(server.port),
                "--user", "ibmuser", "--password", PASSWORD, "--protocol", "http", "--reject-unauthorized", "false"]);
            expect(failed.status).toBe(1);
        });
        expect((await zowe(["http-status", "last-error"])).status).toBe(0);
        const classed = await zowe(["http-status", "last-error", "--exit-code"]);
        expect(classed.status).toBe(15);
        expect(classed.stdout).toContain("Verdict:");
        expect((await zowe(["http-status", "last-error", "--exit-code", "--brief"])).status).toBe(15);
        expect((await zowe(["http-status", "last-error", "--exit-code", "--count", "1"])).status).toBe(15);
        expect((await zowe(["http-status", "last-error", "--exit-code", "--index", "0"])).status).toBe(1);
    });
});

it("does not suggest the secure vault for a profile whose password is in plain text", async () => {
    await withFakeZosmf({ protocol: "http", rules: onAuth(401, "") }, async (server) => {
        const config = path.join(home, "zowe.config.json");
        fs.writeFileSync(config, JSON.stringify({
            $schema: "./zowe.schema.json",
            profiles: { lpar1: { type: "zosmf", properties: { host: "127.0.0.1", port: server.port, protocol: "http", user: "ibmuser",
                password: PASSWORD, rejectUnauthorized: false }, secure: [] } },
            defaults: { zosmf: "lpar1" }, autoStore: false
        }, null, 2));
        try {
            const args = ["http-status", "probe", "--zosmf-profile", "lpar1"];
            const json = parseRfj<IProbeResult>(args, await zowe([...args, "--rfj"]));
            expect(json.status).toBe(13);
            const commands = json.data.diagnosis?.nextCommands.map((next) => next.command) ?? [];
            expect(commands.some((command) => command.startsWith("zowe config secure") || command.includes("--secure"))).toBe(false);
            expect(json.data.diagnosis?.nextSteps.join("\n")).not.toMatch(/zowe config secure|--secure/);
            const text = (await zowe(args)).stdout;
            expect(text).not.toContain("zowe config secure");
        } finally {
            fs.rmSync(config, { force: true });
        }
    });
});
