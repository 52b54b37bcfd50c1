/**
 * The core path never confidently wrong: real Zowe CLI commands fail against the fake z/OSMF on 127.0.0.1 in a home
 * whose team config puts the password in the base profile (in plain text), an API ML token in a second base profile
 * and the protocol http in the service profile; `last-error` then traces every failing value to where it came from
 * (the command line, a ZOWE_OPT_ variable, which profile in which file, a default) in text and --rfj, and its first
 * step edits that place. A token failure gets no password advice; a log level that hides errors and a newer failed
 * command make the report say that the failure shown may not be the last one, in the first lines of every view.
 * No canary (the password, the token) ever appears.
 */
import * as fs from "fs";
import * as path from "path";
import type { IFailureReport } from "../../src";
import { freePort } from "../__helpers__/freePort";
import { PROJECT_ROOT, createZoweHome, hasStackTrace, installPlugin, removeZoweHome, runZowe, runZoweAsync } from "../__helpers__/ZoweCli";

const { startFakeZosmf, scenarios } = require("../__servers__/fakeZosmf.js");

const PASSWORD = "CanaryOriginPw-62xQ";
/** A JWT-shaped API ML token (header.payload.signature); its payload is CANARY, never shown. */
const TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJDQU5BUllPUklHSU4ifQ.Q2FuYXJ5T3JpZ2luU2ln";
const PRELOAD = path.join(PROJECT_ROOT, "__tests__", "__fixtures__", "fakeDnsPreload.js");

let home: string;
let configFile: string;
let port: number;
let closedPort: number;
/** Every output of the plug-in, searched for the canaries at the end. */
const outputs: string[] = [];

/** `last-error --rfj` in the home: the report. */
function lastError(extraEnv: Record<string, string | undefined> = {}, args: string[] = []): IFailureReport {
    const run = runZowe(["http-status", "last-error", "--rfj", ...args], home, extraEnv);
    outputs.push(run.stdout, run.stderr);
    expect(run.status).toBe(0);
    return JSON.parse(run.stdout).data as IFailureReport;
}

/** `last-error` as text (or --brief, --markdown) in the home. */
function lastErrorText(args: string[] = [], extraEnv: Record<string, string | undefined> = {}): string {
    const run = runZowe(["http-status", "last-error", ...args], home, extraEnv);
    outputs.push(run.stdout, run.stderr);
    expect(run.status).toBe(0);
    expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
    return run.stdout;
}

/** Run a zowe command that must fail (its own output is not the plug-in's). */
async function fail(args: string[], extraEnv: Record<string, string | undefined> = {}): Promise<void> {
    const run = await runZoweAsync(args, home, extraEnv);
    expect(run.status).not.toBe(0);
}

const origin = (report: IFailureReport, name: string) => report.origins?.find((found) => found.name === name);
const commands = (report: IFailureReport) => report.diagnosis.nextCommands.map((next) => next.command).join("\n");

let server: { port: number; close: () => Promise<void> };

beforeAll(async () => {
    home = createZoweHome("value-origins");
    installPlugin(PROJECT_ROOT, home);
    server = await startFakeZosmf({ protocol: "http", rules: scenarios[401], lifetimeMs: 180000 });
    port = server.port;
    closedPort = await freePort();
    configFile = path.join(home, "zowe.config.json");
    fs.writeFileSync(configFile, JSON.stringify({
        $schema: "./zowe.schema.json",
        profiles: {
            lpar1: { type: "zosmf", properties: { port, protocol: "http" }, secure: [] },
            base: { type: "base", properties: { host: "127.0.0.1", rejectUnauthorized: false, user: "ibmuser", password: PASSWORD }, secure: [] },
            tokbase: {
                type: "base",
                properties: { host: "127.0.0.1", rejectUnauthorized: false, tokenType: "apimlAuthenticationToken", tokenValue: TOKEN },
                secure: []
            }
        },
        defaults: { zosmf: "lpar1", base: "base" },
        autoStore: false
    }, null, 2));
    expect(runZowe(["config", "update-schemas"], home).status).toBe(0);
});

afterAll(async () => {
    await server?.close();
    removeZoweHome(home);
});

describe("each value traced to where it came from, and the first step edits that place", () => {
    it("--protocol https on the command line over the profile's http: drop the option, never 'set the profile's protocol http'", async () => {
        await fail(["zos-files", "list", "data-set", "IBMUSER.*", "--protocol", "https"]);
        const report = lastError();
        expect(report.networkError?.code).toMatch(/EPROTO|ERR_SSL_WRONG_VERSION_NUMBER/);
        expect(origin(report, "protocol")).toMatchObject({ from: "command-line", option: "--protocol", value: "https",
            beneath: { value: "http", profile: "lpar1", from: "service-profile" } });
        expect(origin(report, "port")).toMatchObject({ from: "service-profile", profile: "lpar1", configFile, property: "profiles.lpar1.properties.port" });
        expect(report.diagnosis.nextSteps[0]).toMatch(/^The protocol https came from --protocol https on the command line, over http in profile lpar1: drop the option/);
        expect(commands(report)).not.toMatch(/properties\.protocol/);
        expect(report.diagnosis.causes.join("\n")).not.toMatch(/The profile uses https/);
        const text = lastErrorText();
        expect(text).toMatch(/Where the values came from\n(?:.*\n)*? {2}protocol https: +command line \(--protocol\), over http in profile lpar1/);
    });

    it("--port on the command line: the option, not the profile", async () => {
        await fail(["zos-files", "list", "data-set", "IBMUSER.*", "--port", String(closedPort)]);
        const report = lastError();
        expect(report.networkError?.code).toBe("ECONNREFUSED");
        expect(origin(report, "port")).toMatchObject({ from: "command-line", option: "--port", value: String(closedPort),
            beneath: { value: String(port), profile: "lpar1" } });
        expect(report.diagnosis.nextSteps[0]).toContain(`came from --port ${closedPort} on the command line`);
        expect(commands(report)).not.toMatch(/properties\.port/);
    });

    it("--host on the command line: no 'check the host name in the profile'", async () => {
        await fail(["zos-files", "list", "data-set", "IBMUSER.*", "--host", "no-such-host.invalid"],
            { NODE_OPTIONS: `--require ${JSON.stringify(PRELOAD)}` });
        const report = lastError();
        expect(report.networkError?.code).toBe("ENOTFOUND");
        expect(origin(report, "host")).toMatchObject({ from: "command-line", option: "--host", value: "no-such-host.invalid",
            beneath: { value: "127.0.0.1", profile: "base", from: "base-profile" } });
        expect(report.diagnosis.nextSteps[0]).toContain("came from --host no-such-host.invalid on the command line");
        expect(report.diagnosis.nextSteps.join("\n")).not.toMatch(/host name in the profile/);
    });

    it("ZOWE_OPT_PORT in the environment: unset the variable", async () => {
        await fail(["zos-files", "list", "data-set", "IBMUSER.*"], { ZOWE_OPT_PORT: String(closedPort) });
        const report = lastError();
        expect(origin(report, "port")).toMatchObject({ from: "environment", variable: "ZOWE_OPT_PORT", value: String(closedPort) });
        expect(report.diagnosis.nextSteps[0]).toMatch(/came from the environment variable ZOWE_OPT_PORT.*unset ZOWE_OPT_PORT/s);
        expect(commands(report)).not.toMatch(/properties\.port/);
    });

    it("a refused password from the base profile names the base profile and its file, not the service profile", async () => {
        await fail(["zos-files", "list", "data-set", "IBMUSER.*"]);
        const report = lastError();
        expect(report.status).toBe(401);
        expect(report.profile).toMatchObject({ name: "lpar1", matchedBy: "default", baseProfile: "base" });
        expect(origin(report, "password")).toMatchObject({ from: "base-profile", profile: "base", configFile, secure: false });
        expect(origin(report, "user")).toMatchObject({ from: "base-profile", profile: "base", value: "ibmuser" });
        expect(report.diagnosis.nextSteps[0]).toBe(`The user ID ibmuser and the password come from base profile base in ${configFile}, ` +
            "the password written there in plain text (profile lpar1 holds none): correct them there.");
        expect(report.diagnosis.caution).toMatch(/revoke/);
        expect(commands(report)).not.toMatch(/zowe config secure$|profiles\.lpar1\.properties\.password/m);
    });

    it("--base-profile tokbase: the token is that profile's, and a token failure gets no password advice", async () => {
        await fail(["zos-files", "list", "data-set", "IBMUSER.*", "--base-profile", "tokbase"]);
        const report = lastError();
        expect(report.auth.kind).toBe("apiml-token-without-base-path");
        expect(report.profile?.baseProfile).toBe("tokbase");
        expect(origin(report, "tokenValue")).toMatchObject({ from: "base-profile", profile: "tokbase" });
        expect(origin(report, "password")).toBeUndefined();
        expect(origin(report, "basePath")).toMatchObject({ from: "default", property: "profiles.lpar1.properties.basePath" });
        const advice = [report.diagnosis.caution ?? "", ...report.diagnosis.causes, ...report.diagnosis.nextSteps].join("\n");
        expect(report.diagnosis.caution).toBeUndefined();
        // No lock-out caution, no password causes, no "password in plain text": a refused token revokes no user ID.
        expect(advice).not.toMatch(/IZUGUEST|mixed-case|MIXEDCASE|revoke a z\/OS user ID|wrong passwords|the password written|password in plain/i);
        expect(report.diagnosis.nextSteps[0]).toMatch(/base path/);
    });
});

describe("a failure shown that may not be the last one says so first", () => {
    it("with ZOWE_IMPERATIVE_LOG_LEVEL=OFF, in every view and as a field of --rfj", async () => {
        await fail(["zos-files", "list", "data-set", "IBMUSER.*", "--port", String(closedPort)], { ZOWE_IMPERATIVE_LOG_LEVEL: "OFF" });
        const hidden = { ZOWE_IMPERATIVE_LOG_LEVEL: "OFF" };
        expect(lastError(hidden).stale).toMatchObject({ reason: "log-level" });
        for (const view of [[], ["--brief"], ["--count", "3"]]) {
            expect(lastErrorText(view, hidden).split("\n")[0]).toMatch(/^Warning: ZOWE_IMPERATIVE_LOG_LEVEL is OFF/);
        }
        expect(lastErrorText(["--markdown"], hidden).split("\n").slice(0, 3).join("\n")).toMatch(/> \*\*Warning:\*\* ZOWE_IMPERATIVE_LOG_LEVEL is OFF/);
        expect(lastError().stale).toBeUndefined();
    });

    it("after a newer command that failed without a REST call (a syntax error)", async () => {
        await fail(["zos-files", "list", "data-set", "IBMUSER.*", "--hots", "x"]);
        const report = lastError();
        expect(report.stale).toMatchObject({ reason: "newer-command" });
        expect(report.stale?.message).toContain("--hots");
        expect(lastErrorText(["--brief"]).split("\n")[0]).toMatch(/^Warning: A newer zowe command failed at /);
    });
});

describe("what users type and paste", () => {
    it("explains error codes in any case and status names as people write them", () => {
        for (const [query, title] of [["econnrefused", /^ECONNREFUSED/], ["eproto", /^EPROTO/], ["I am a teapot", /^418 /]] as const) {
            const run = runZowe(["http-status", "explain", query, "--brief"], home);
            outputs.push(run.stdout, run.stderr);
            expect(run.status).toBe(0);
            expect(run.stdout).toMatch(title);
        }
    });

    it("reads standard input with --input -, --input=- and a lone -", async () => {
        for (const args of [["--input", "-"], ["--input=-"], ["-"]]) {
            const run = await runZoweAsync(["http-status", "last-error", ...args, "--rfj"], home, {}, { input: "HTTP 503 Service Unavailable\n" });
            outputs.push(run.stdout, run.stderr);
            expect(run.status).toBe(0);
            expect(JSON.parse(run.stdout).data.status).toBe(503);
        }
    });

    it("a prompt that timed out (Zowe's real stderr, no terminal) is no timeout: it names the missing value", async () => {
        // What Zowe CLI 8.37.1 printed, stdout then stderr, for a profile whose secure user had no value, with stdin closed.
        const paste = "Required connection properties are missing in your Zowe client configuration.\n" +
            "Provide these properties at the prompts to complete your command.\n\n" +
            "Enter the user name for your service (will be hidden): \n" +
            "Unable to perform this operation due to the following problem:\nTimed out waiting for user.\n";
        const run = await runZoweAsync(["http-status", "last-error", "-", "--rfj"], home, {}, { input: paste });
        outputs.push(run.stdout, run.stderr);
        const report = JSON.parse(run.stdout).data as IFailureReport;
        expect(report.diagnosis.verdict).toBe("client-config");
        expect(report.diagnosis.summary).not.toMatch(/no complete answer in time/);
        expect(report.diagnosis.nextSteps[0]).toMatch(/^Zowe prompted for the user ID/);
    });

    it("curl -v: the request line gives the method, and the Said line is the server's words, not the prompt", async () => {
        const paste = ["$ curl -v -k -u ibmuser:" + PASSWORD + " https://mf.example.com/zosmf/info", "> GET /zosmf/info HTTP/1.1",
            "> Host: mf.example.com", "> Authorization: Basic " + Buffer.from(`ibmuser:${PASSWORD}`).toString("base64"), ">",
            "< HTTP/1.1 403 Forbidden", "< Content-Type: application/json", "<",
            "{\"errorID\":\"IZUG846W\",\"errorMsg\":\"IZUG846W: An HTTP request for a z/OSMF REST service was received from a remote site.\"}"].join("\n");
        const run = await runZoweAsync(["http-status", "last-error", "-"], home, {}, { input: paste });
        outputs.push(run.stdout, run.stderr);
        expect(run.stdout).toMatch(/^ {2}Request: +GET https:\/\/mf\.example\.com\/zosmf\/info$/m);
        expect(run.stdout).toMatch(/^ {2}Said: +IZUG846W: An HTTP request/m);
        expect(run.stdout).not.toMatch(/\(method unknown\)/);
    });

    it("a status inside someone's sentence is not shown as what the server said", async () => {
        const paste = "Error running command zowe.ds.refreshNode: Rest API failure with HTTP(S) status 401. This is likely caused by " +
            "an extension that contributes zowe.ds.refreshNode.";
        const run = await runZoweAsync(["http-status", "last-error", "-"], home, {}, { input: paste });
        outputs.push(run.stdout, run.stderr);
        expect(run.stdout).toContain("Verdict:   authentication");
        expect(run.stdout).not.toMatch(/Said:.*likely caused by an extension/);
    });
});

it("never shows the password or the token", () => {
    expect(outputs.length).toBeGreaterThan(20);
    for (const output of outputs) {
        expect(output).not.toContain(PASSWORD);
        expect(output).not.toContain(TOKEN.split(".")[1]);
        expect(output).not.toContain(Buffer.from(`ibmuser:${PASSWORD}`).toString("base64"));
    }
});
