/**
 * The views of a failure through the real Zowe CLI, on real failures against the project's fake z/OSMF: the Markdown
 * report of last-error and probe (parsed as a renderer would, with the versions of the very CLI and plug-ins of the
 * test home, and no canary secret), --brief, the --count table with its new columns, --index, and the
 * `npm run fake-zosmf` playground (started, used with the right and a wrong password, stopped with Ctrl-C).
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { IFailureReport } from "../../src";
import type { FakeZosmf } from "../__servers__/fakeZosmf";
import {
    PACKAGE_NAME, PROJECT_ROOT, createZoweHome, hasStackTrace, installPlugin, parseRfj, removeZoweHome, runZowe, runZoweAsync
} from "../__helpers__/ZoweCli";
import { renderMarkdown } from "../__helpers__/markdown";
import { eventV31, failingSdkCall, writeExplorerLog } from "../__helpers__/explorerLogs";
import { freePort } from "../__helpers__/freePort";

const { startFakeZosmf, scenarios } = require("../__servers__/fakeZosmf.js");

/** Planted in the failing commands and their environment: none may come out. */
const CANARY_PASSWORD = "CanaryViewsPw-41x";
const CANARY_ENV = "CanaryViewsEnv-77q";
const CANARY_PROXY = `http://proxyuser:CanaryViewsProxy-9@127.0.0.1:9/`;

/** The version of the Zowe CLI the tests run, from its own package.json. */
const CLI_VERSION: string = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "node_modules", "@zowe", "cli", "package.json"), "utf8")).version;
const PLUGIN_VERSION: string = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")).version;

function expectNoCanary(text: string): void {
    for (const secret of [CANARY_PASSWORD, CANARY_ENV, "CanaryViewsProxy-9", Buffer.from(`ibmuser:${CANARY_PASSWORD}`).toString("base64")]) {
        expect(text).not.toContain(secret);
    }
}


function connection(port: number, password = CANARY_PASSWORD): string[] {
    return ["--host", "127.0.0.1", "--port", String(port), "--user", "ibmuser", "--password", password, "--protocol", "http"];
}

let home: string;
let server: FakeZosmf;
let refusedPort: number;
const failEnv = { HS_VIEWS_HINT: CANARY_ENV, HTTPS_PROXY: CANARY_PROXY, NO_PROXY: "127.0.0.1,localhost" };

beforeAll(async () => {
    home = createZoweHome("views");
    installPlugin(PROJECT_ROOT, home);
    server = await startFakeZosmf({ protocol: "http", rules: scenarios[404], lifetimeMs: 180000 });
    refusedPort = await freePort();
    // Two failures, the 404 first: newest first, the table shows the refused connection, then the 404.
    expect((await runZoweAsync(["zos-files", "list", "data-set", "IBMUSER.*", ...connection(server.port)], home, failEnv)).status).toBe(1);
    expect((await runZoweAsync(["zosmf", "check", "status", ...connection(refusedPort)], home, failEnv)).status).toBe(1);
});

afterAll(async () => {
    await server?.close();
    removeZoweHome(home);
});

describe("last-error --markdown", () => {
    it("renders one report: title with the verdict, facts table, steps, a fenced curl line and the versions of this very home", () => {
        const run = runZowe(["http-status", "last-error", "--index", "2", "--markdown"], home);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe("");
        const rendered = renderMarkdown(run.stdout);
        expect(rendered.headings[0]).toBe("1 Failed Zowe REST call: not-found (404 Not Found)");
        expect(rendered.headings).toEqual(expect.arrayContaining(["2 Facts", "2 Likely causes", "2 What to do", "2 Next commands",
            "2 Repeat the call with curl", "2 Environment"]));
        const facts = rendered.tables[0];
        expect(facts[0]).toEqual(["Fact", "Value"]);
        expect(facts).toContainEqual(["Request", `GET http://127.0.0.1:${server.port}/zosmf/restfiles/ds?dslevel=IBMUSER.*`]);
        expect(facts).toContainEqual(["Answered", "z/OSMF, 404 Not Found"]);
        expect(rendered.fences).toHaveLength(1);
        expect(rendered.fences[0].info).toBe("sh");
        expect(rendered.fences[0].content).toMatch(new RegExp(`^curl --request 'GET' 'http://127\\.0\\.0\\.1:${server.port}/zosmf/restfiles/ds`));
        const environment = rendered.tables[rendered.tables.length - 1];
        expect(environment).toContainEqual(["Zowe CLI", CLI_VERSION]);
        const plugins = environment.filter(([item]) => item.startsWith("Plug-in "));
        const installed = Object.keys(JSON.parse(fs.readFileSync(path.join(home, "plugins", "plugins.json"), "utf8")));
        expect(plugins).toEqual(installed.map((name) => [`Plug-in ${name}`, name === PACKAGE_NAME ? PLUGIN_VERSION : expect.any(String)]));
        expect(plugins).toContainEqual([`Plug-in ${PACKAGE_NAME}`, PLUGIN_VERSION]);
        expect(environment).toContainEqual(["Node.js", expect.stringMatching(/^v\d+\.\d+\.\d+$/)]);
        expect(environment).toContainEqual(["Daemon mode", "no"]);
        expect(environment).toContainEqual(["Log level (imperative)", "WARN (default)"]);
        expect(rendered.hasHtml).toBe(false);
        expectNoCanary(run.stdout);
    });

    it("names the log level set in the environment, and with --rfj keeps the report as data and the Markdown as stdout", () => {
        const run = runZowe(["http-status", "last-error", "--markdown", "--rfj"], home, { ZOWE_IMPERATIVE_LOG_LEVEL: "ERROR" });
        const result = parseRfj<IFailureReport>(["last-error", "--markdown"], run);
        expect(result.status).toBe(0);
        expect(result.data).toMatchObject({ status: null, networkError: { code: "ECONNREFUSED" }, diagnosis: { verdict: "client-config" } });
        expect(result.stdout.startsWith("# Failed Zowe REST call: client-config (ECONNREFUSED)\n")).toBe(true);
        expect(renderMarkdown(result.stdout).tables.at(-1)).toContainEqual(["Log level (imperative)", "ERROR (ZOWE_IMPERATIVE_LOG_LEVEL)"]);
        expectNoCanary(run.stdout);
    });

    it("names the Zowe Explorer that logged the failure, from a real SDK error in its log", async () => {
        const userHome = fs.mkdtempSync(path.join(home, "user-"));
        const failure = await failingSdkCall(scenarios[404], { password: CANARY_PASSWORD });
        const explorer = path.join(userHome, ".vscode", "extensions", "zowe.vscode-extension-for-zowe-3.4.2");
        writeExplorerLog(explorer, eventV31(failure.error, new Date()));
        const settings = path.join(userHome, ".config", "Code", "User", "settings.json");
        fs.mkdirSync(path.dirname(settings), { recursive: true });
        fs.writeFileSync(settings, "{\n  // Explorer's log level\n  \"zowe.logger\": \"DEBUG\",\n}\n");
        const run = runZowe(["http-status", "last-error", "--from", "explorer", "--markdown"], home, { HOME: userHome, USERPROFILE: userHome });
        expect(run.status).toBe(0);
        const rendered = renderMarkdown(run.stdout);
        expect(rendered.tables[0]).toContainEqual(["Where", expect.stringContaining("in Zowe Explorer 3.4.2 (VS Code)")]);
        expect(rendered.tables.at(-1)).toContainEqual(["Zowe Explorer", "3.4.2 (VS Code)"]);
        expect(rendered.tables.at(-1)).toContainEqual(["Log level (Zowe Explorer)", `DEBUG (zowe.logger in ${settings})`]);
        expectNoCanary(run.stdout);
    });
});

describe("--brief", () => {
    it("last-error --brief keeps the header lines with the verdict and the first three steps", () => {
        // Two runs a second apart may differ in the age of the failure ("9 seconds ago") only.
        const lines = (args: string[]) => runZowe(["http-status", "last-error", "--index", "2", ...args], home).stdout.trimEnd()
            .replace(/, \d+ seconds? ago\)/, ")").split("\n");
        const full = lines([]);
        const brief = lines(["--brief"]);
        const header = full.slice(0, full.indexOf(""));
        expect(header.some((line) => line.startsWith("  Verdict:   not-found"))).toBe(true);
        expect(brief.slice(0, header.length)).toEqual(header);
        expect(brief.filter((line) => /^ {2}\d+\. /.test(line)).map((line) => line.slice(2, 4))).toEqual(["1.", "2.", "3."]);
        expect(brief.join("\n")).not.toContain("Likely causes");
        expect(brief.length).toBeLessThanOrEqual(header.length + 16);
        expect(full.length).toBeGreaterThan(2 * brief.length);
    });

    it("explain --brief: 401 in under 20 lines, 4xx in under a third of the full view", () => {
        const lines = (args: string[]) => runZowe(["http-status", "explain", ...args], home).stdout.trimEnd().split("\n").length;
        expect(lines(["401", "--brief"])).toBeLessThan(20);
        expect(lines(["401"])).toBeGreaterThan(60);
        expect(lines(["4xx", "--brief"]) * 3).toBeLessThan(lines(["4xx"]));
    });
});

describe("the --count table and --index", () => {
    it("shows index and the target where the rows differ in it, no client or times column when they tell nothing", () => {
        const lines = runZowe(["http-status", "last-error", "--count", "2"], home).stdout.trimEnd().split("\n");
        expect(lines[0].trim().split(/\s+/)).toEqual(["index", "time", "status", "verdict", "target", "request", "message"]);
        expect(lines[1]).toMatch(new RegExp(`^\\s*1 .* ECONNREFUSED +client-config +127\\.0\\.0\\.1:${refusedPort} +GET /zosmf/info`));
        expect(lines[2]).toMatch(new RegExp(`^\\s*2 .* 404 +not-found +127\\.0\\.0\\.1:${server.port} +GET /zosmf/restfiles/ds`));
        expect(lines.join("\n")).not.toContain("unknown");
    });

    it("--rff still offers the columns the table leaves out: age, service, basePath", () => {
        const run = runZowe(["http-status", "last-error", "--count", "2", "--rff", "index", "service", "basePath", "--rfh", "false"], home);
        expect(run.stdout.trimEnd().split("\n").map((line) => line.trim().split(/\s+/))).toEqual([["1", "-", "-"], ["2", "zosmf", "-"]]);
    });

    it("--index N expands row N into the full report", () => {
        const row = parseRfj<IFailureReport>(["last-error"], runZowe(["http-status", "last-error", "--count", "2", "--index", "2", "--rfj"], home));
        expect(row.data).toMatchObject({ status: 404, request: { port: server.port } });
        const text = runZowe(["http-status", "last-error", "--count", "2", "--index", "1"], home);
        expect(text.status).toBe(0);
        expect(text.stdout).toContain("Verdict:   client-config");
        expect(text.stdout).toContain("What to do");
    });

    it.each([
        [["--index", "3"], "--index 3 is past the last failure found: give a row number from 1 to 2"],
        [["--count", "2", "--index", "5"], "--index takes a row number from 1 to 2"],
        [["--index", "0"], "--index takes a whole number from 1 to 1000, for example --count 5 --index 2."],
        [["--index", "two"], "--index"]
    ])("refuses %j with one line, exit 1 and no stack trace", (args, message) => {
        const run = runZowe(["http-status", "last-error", ...args], home);
        expect(run.status).toBe(1);
        expect(run.stderr).toContain(message);
        expect(hasStackTrace(run.stderr)).toBe(false);
    });
});

describe("probe --markdown", () => {
    it("renders the layers and the failed layer's diagnosis, with the environment and no secret", async () => {
        const refusing = await startFakeZosmf({ protocol: "http", rules: scenarios[401], lifetimeMs: 60000 });
        try {
            const run = await runZoweAsync(["http-status", "probe", ...connection(refusing.port), "--markdown"], home, failEnv);
            // 13: the exit code of the authentication class.
            expect(run.status).toBe(13);
            const rendered = renderMarkdown(run.stdout);
            expect(rendered.headings[0]).toBe("1 Zowe connection probe: authentication (the auth layer failed)");
            expect(rendered.headings).toEqual(expect.arrayContaining(["2 Facts", "2 Layers", "2 What to do", "2 Environment"]));
            const layers = rendered.tables[1];
            expect(layers.map((row) => row.slice(0, 2))).toEqual([["Layer", "Result"], ["dns", "ok"], ["tcp", "ok"], ["http", "ok"], ["auth", "FAIL"]]);
            expect(rendered.tables.at(-1)).toContainEqual(["Zowe CLI", CLI_VERSION]);
            expect(rendered.fences.map((fence) => fence.info)).toEqual(["sh"]);
            expectNoCanary(run.stdout);
        } finally {
            await refusing.close();
        }
    });
});

describe("npm run fake-zosmf", () => {
    it("starts, prints its ports and commands, serves the right password, refuses a wrong one, and stops on Ctrl-C", async () => {
        const child = spawn(process.execPath, [path.join(PROJECT_ROOT, "scripts", "fakeZosmf.js"), "--scenario", "wrong-password", "--minutes", "3"],
            { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] });
        const guard = setTimeout(() => child.kill("SIGKILL"), 150000);
        let output = "";
        child.stdout.on("data", (chunk) => (output += chunk));
        const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
        try {
            const deadline = Date.now() + 30000;
            while (!/It stops on Ctrl-C/.test(output) && Date.now() < deadline) {
                await new Promise((resolve) => setTimeout(resolve, 100));
            }
            const port = Number(/^HTTP {2}port (\d+): http:\/\/127\.0\.0\.1:\1$/m.exec(output)?.[1]);
            expect(port).toBeGreaterThan(0);
            expect(output).toMatch(/^HTTPS port \d+: https:\/\/127\.0\.0\.1:\d+ \(self-signed certificate\)$/m);
            // Run the printed commands as a user pastes them (the right password, then a wrong one).
            const printed = output.split("\n").map((line) => line.trim()).filter((line) => line.includes(" zos-files list data-set "));
            expect(printed).toHaveLength(2);
            const words = (line: string) => line.split(" ").slice(1).map((word) => word.replace(/^"(.*)"$/, "$1"));
            const right = await runZoweAsync(words(printed[0]), home);
            expect(right.status).toBe(0);
            expect(right.stdout).toContain("IBMUSER.CNTL");
            const wrong = await runZoweAsync(words(printed[1]), home);
            expect(wrong.status).toBe(1);
            expect(wrong.stderr).toContain("401");
            const explained = runZowe(["http-status", "last-error", "--brief"], home);
            expect(explained.stdout).toContain(`127.0.0.1:${port}`);
            expect(explained.stdout).toContain("Verdict:   authentication");
            child.kill("SIGINT");
            expect(await exited).toBe(0);
            expect(output).toContain("Stopped (SIGINT).");
        } finally {
            clearTimeout(guard);
            child.kill("SIGKILL");
        }
    });

    it("lists its scenarios and refuses an unknown one with one line", () => {
        const script = path.join(PROJECT_ROOT, "scripts", "fakeZosmf.js");
        const list = require("child_process").spawnSync(process.execPath, [script, "--list"], { encoding: "utf8", timeout: 30000 });
        expect(list.status).toBe(0);
        expect(list.stdout).toMatch(/^wrong-password +only the password playground works/m);
        expect(list.stdout).toMatch(/^503 +503 from an API ML gateway/m);
        const bad = require("child_process").spawnSync(process.execPath, [script, "--scenario", "nope"], { encoding: "utf8", timeout: 30000 });
        expect(bad.status).toBe(1);
        expect(bad.stderr.trim().split("\n")).toHaveLength(1);
        expect(bad.stderr).toContain("--scenario takes one of 400, 401");
        expect(bad.stderr).toContain("for example --scenario wrong-password");
    });
});
