/**
 * `zowe http-status explain` and `list`, run for real: the plug-in is installed from the project folder into a
 * temporary ZOWE_CLI_HOME of the pinned Zowe CLI, validated, and every command runs in text and --rfj.
 */
import * as fs from "fs";
import * as path from "path";
import type { IKnowledgeExplanation, IStatusExplanation, IStatusSummary } from "../../src";
import { ALL_CANARIES_TEXT, expectNoCanary } from "../__helpers__/canaries";
import {
    PACKAGE_NAME, PROJECT_ROOT, createZoweHome, hasStackTrace, installPlugin, removeZoweHome, runZowe, runZoweJson
} from "../__helpers__/ZoweCli";

let home: string;

beforeAll(() => {
    home = createZoweHome("explain");
    installPlugin(PROJECT_ROOT, home);
});

afterAll(() => removeZoweHome(home));

describe("installed from the project folder", () => {
    it("passes zowe plugins validate --fail-on-warning", () => {
        const run = runZowe(["plugins", "validate", PACKAGE_NAME, "--fail-on-warning"], home);
        expect(run.stderr).toBe("");
        expect(run.stdout).toContain("successfully validated");
        expect(run.status).toBe(0);
    });

    it("shows the group, its alias and its commands in help", () => {
        const root = runZowe(["--help"], home);
        expect(root.stdout).toMatch(/http-status \| hs\s+Explain and probe failed z\/OS REST calls/);
        const group = runZowe(["hs", "--help"], home);
        expect(group.stdout).toContain("explain | ex");
        expect(group.stdout).toContain("list | ls");
        expect(group.stdout).toContain("last-error | le");
        expect(group.stdout).toContain("probe | pr");
        const command = runZowe(["http-status", "explain", "--help"], home);
        expect(command.stdout).toContain("$ zowe http-status explain 503");
        expect(command.status).toBe(0);
    });
});

describe("zowe http-status explain", () => {
    it("explains 503 for a Zowe user, in text", () => {
        const run = runZowe(["http-status", "explain", "503"], home);
        expect(run.stderr).toBe("");
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^503 Service Unavailable \(5xx Server Error\)/);
        for (const heading of ["Meaning", "In Zowe", "Likely causes", "What to do", "Next commands", "Reference"]) {
            expect(run.stdout).toContain(`\n${heading}\n`);
        }
        expect(run.stdout).toContain("ZWEAO503E");
        expect(run.stdout).toMatch(/\n {2}zowe [a-z]/);
        expect(run.stdout).toContain("https://www.rfc-editor.org/rfc/rfc9110#status.503");
    });

    it("gives the documented object under --rfj", () => {
        const result = runZoweJson<IStatusExplanation>(["http-status", "explain", "503"], home);
        expect(result.status).toBe(0);
        expect(result.success).toBe(true);
        expect(result.message).toBe("503 Service Unavailable (5xx Server Error)");
        const data = result.data;
        expect(data).toMatchObject({
            code: 503, name: "Service Unavailable", class: "5xx", className: "Server Error", registered: true, state: "registered"
        });
        expect(data.meaning.length).toBeGreaterThan(40);
        expect(data.reference.url).toBe("https://www.rfc-editor.org/rfc/rfc9110#status.503");
        expect(data.zowe?.definition.length).toBeGreaterThan(20);
        expect(data.zowe?.causes.map((cause) => cause.service)).toEqual(expect.arrayContaining(["zosmf", "apiml"]));
        expect(data.zowe?.resolution.length).toBeGreaterThanOrEqual(3);
        expect(data.zowe?.nextCommands.every((next) => next.command.startsWith("zowe "))).toBe(true);
    });

    it("warns against retrying a logon on 401 and 403", () => {
        const result = runZoweJson<IStatusExplanation[]>(["http-status", "explain", "401", "403"], home);
        expect(result.data.map((explanation) => explanation.code)).toEqual([401, 403]);
        for (const explanation of result.data) {
            expect(explanation.zowe?.caution).toMatch(/revoke/i);
        }
        const text = runZowe(["hs", "ex", "401"], home).stdout;
        expect(text).toContain("\nCaution\n");
        expect(text).toContain("zowe auth login apiml");
    });

    it("uses the RFC 9110 names and keeps the former ones as aliases", () => {
        const result = runZoweJson<IStatusExplanation[]>(["http-status", "explain", "413", "422"], home);
        expect(result.data.map((explanation) => explanation.name)).toEqual(["Content Too Large", "Unprocessable Content"]);
        expect(result.data[0].aliases).toContain("Payload Too Large");
        expect(result.data[1].aliases).toContain("Unprocessable Entity");
    });

    it("expands class and range masks into every registered code of the range", () => {
        const all = runZoweJson<IStatusExplanation[]>(["http-status", "explain", "5xx"], home).data;
        expect(all.map((explanation) => explanation.code)).toEqual([500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511]);
        expect(all.find((explanation) => explanation.code === 510)?.state).toBe("obsoleted");
        const range = runZoweJson<IStatusExplanation[]>(["http-status", "explain", "50x"], home).data;
        expect(range.map((explanation) => explanation.code)).toEqual([500, 501, 502, 503, 504, 505, 506, 507, 508]);
    });

    it("finds statuses by name or part of one", () => {
        const gateway = runZoweJson<IStatusExplanation>(["http-status", "explain", "gateway timeout"], home);
        expect(gateway.data.code).toBe(504);
        const teapot = runZoweJson<IStatusExplanation>(["http-status", "explain", "teapot"], home);
        expect(teapot.data).toMatchObject({ code: 418, state: "unused", registered: true });
    });

    it("shows the registry state of temporary, unused and unregistered codes", () => {
        const result = runZoweJson<IStatusExplanation[]>(["http-status", "explain", "104", "306", "499", "520"], home);
        expect(result.data.map((explanation) => [explanation.code, explanation.state, explanation.registered])).toEqual([
            [104, "temporary", true], [306, "unused", true], [499, "unassigned", false], [520, "unassigned", false]
        ]);
        const text = runZowe(["http-status", "explain", "499"], home).stdout;
        expect(text).toMatch(/^499 \(not assigned by IANA\) \(4xx Client Error, unregistered\)/);
    });

    const badInputs: Array<[string, string]> = [
        ["letters that name no status", "abc"],
        ["a two-digit number", "99"],
        ["a code above 599", "600"],
        ["a broken mask", "5xx5"],
        ["an empty string", ""],
        ["a 10,000-character string", "7".repeat(10000)]
    ];

    it.each(badInputs)("refuses %s with one line, exit 1 and no stack trace", (_label, input) => {
        const run = runZowe(["http-status", "explain", input], home);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe("");
        expect(hasStackTrace(run.stderr)).toBe(false);
        const message = run.stderr.split("\n").filter((line) => line.trim().length > 0 && !line.startsWith("Unable to perform this operation"));
        expect(message).toHaveLength(1);
        expect(message[0]).toMatch(/(Give a status code from 100 to 599 \(503, "HTTP 503"|status codes from 100 to 599)/);
        expect(message[0].length).toBeLessThan(400);
        const json = runZoweJson(["http-status", "explain", input], home);
        expect(json.success).toBe(false);
        expect(json.exitCode).toBe(1);
        expect(json.status).toBe(1);
    });
});

describe("zowe http-status explain: what users see", () => {
    it("explains a message ID the way last-error tells a failure carrying it", () => {
        const run = runZowe(["http-status", "explain", "ZWEAO503E"], home);
        expect(run.stderr).toBe("");
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^ZWEAO503E \(API ML gateway message, usually with 503\)/);
        for (const heading of ["Meaning", "Verdict", "Likely causes", "What to do", "Next commands"]) {
            expect(run.stdout).toContain(`\n${heading}\n`);
        }
        const json = runZoweJson<IKnowledgeExplanation>(["hs", "ex", "izug846w"], home);
        expect(json.status).toBe(0);
        expect(json.data).toMatchObject({ id: "IZUG846W", kind: "message-id", service: "zosmf", usualStatus: 403, status: { code: 403 } });
        expect(json.data.nextCommands.every((next) => next.command.startsWith("zowe "))).toBe(true);
    });

    it("explains a Node error code: no status, advice about the port", () => {
        const json = runZoweJson<IKnowledgeExplanation>(["http-status", "explain", "ECONNREFUSED"], home);
        expect(json.status).toBe(0);
        expect(json.data).toMatchObject({ id: "ECONNREFUSED", kind: "connection", usualStatus: null, status: null, verdict: "client-config" });
        expect(json.data.nextSteps.join("\n")).toMatch(/port/);
        expect(JSON.stringify(json.data)).not.toMatch(/password/i);
    });

    it.each([["HTTP 503", 503], ["error 401 = Unauthorized", 401], ["503 Service Unavailable", 503]])(
        "reads the pasted status %j as %d", (pasted, code) => {
            const json = runZoweJson<IStatusExplanation>(["http-status", "explain", pasted], home);
            expect(json.status).toBe(0);
            expect(json.data.code).toBe(code);
        });

    it("explains the valid arguments, then reports each invalid one on one line, and exits 1", () => {
        const run = runZowe(["http-status", "explain", "ECONNREFUSED", "bogus!", "HTTP 404", "EBOGUSCODE", ALL_CANARIES_TEXT.split("\n")[0]], home);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/^ECONNREFUSED \(network or TLS error code\)/);
        expect(run.stdout).toContain("\n404 Not Found (4xx Client Error)\n");
        expect(hasStackTrace(run.stderr)).toBe(false);
        const lines = run.stderr.split("\n").filter((line) => line.trim().length > 0);
        expect(lines).toHaveLength(3);
        expect(lines[0]).toMatch(/^"bogus!" is not a status code, class mask or status name\. Give a status code/);
        expect(lines[1]).toMatch(/^"EBOGUSCODE" is not a message ID or error code this plug-in knows, nor a status\. Give /);
        expect(lines[2]).toContain("a message ID (IZUG846W, ZWEAO503E)");
        expectNoCanary(run.stdout + run.stderr);
        const json = runZoweJson<Array<{ id?: string; code?: number }>>(["http-status", "explain", "ECONNREFUSED", "bogus!", "HTTP 404"], home);
        expect(json.exitCode).toBe(1);
        expect(json.data.map((entry) => entry.id ?? entry.code)).toEqual(["ECONNREFUSED", 404]);
    });
});

describe("zowe http-status list", () => {
    it("prints a table of the class asked for", () => {
        const run = runZowe(["http-status", "list", "--class", "4xx"], home);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/code\s+name\s+class\s+state\s+zowe/);
        expect(run.stdout).toMatch(/404\s+Not Found\s+4xx\s+registered\s+true/);
        expect(run.stdout).not.toContain("Service Unavailable");
    });

    it("filters by Zowe guidance and by text, with --rfj rows", () => {
        const zowe = runZoweJson<IStatusSummary[]>(["http-status", "list", "--zowe"], home).data;
        expect(zowe.map((row) => row.code)).toEqual([400, 401, 403, 404, 405, 408, 409, 413, 415, 429, 500, 502, 503, 504]);
        const timeouts = runZoweJson<IStatusSummary[]>(["http-status", "list", "--search", "timeout"], home).data;
        expect(timeouts.map((row) => row.code)).toEqual(expect.arrayContaining([408, 504]));
        expect(timeouts.every((row) => row.code !== 200)).toBe(true);
        // A message ID named only in the causes of 401.
        const byCause = runZoweJson<IStatusSummary[]>(["http-status", "list", "--search", "ZWEAG120E"], home).data;
        expect(byCause.map((row) => row.code)).toEqual([401]);
    });

    it("honours the response format options", () => {
        const run = runZowe(["http-status", "list", "--class", "50x", "--rff", "code", "--rft", "list"], home);
        expect(run.stdout.trim().split(/\s+/)).toEqual(["500", "501", "502", "503", "504", "505", "506", "507", "508"]);
        const noHeader = runZowe(["http-status", "list", "--class", "1xx", "--rff", "code", "name", "--rfh", "false"], home);
        expect(noHeader.stdout).not.toMatch(/\bcode\b/);
        expect(noHeader.stdout).toMatch(/100\s+Continue/);
    });

    it("says so when nothing matches, and refuses a bad class", () => {
        const empty = runZowe(["http-status", "list", "--search", "no such status anywhere"], home);
        expect(empty.status).toBe(0);
        expect(empty.stdout).toContain("No HTTP status code matches");
        const bad = runZowe(["http-status", "list", "--class", "6xx"], home);
        expect(bad.status).toBe(1);
        expect(bad.stderr).toContain("Give 1xx, 2xx, 3xx, 4xx or 5xx");
        expect(hasStackTrace(bad.stderr)).toBe(false);
    });
});

describe("zowe plugins uninstall", () => {
    it("removes the folder install and leaves the project folder in place", () => {
        const run = runZowe(["plugins", "uninstall", PACKAGE_NAME], home);
        expect(run.status).toBe(0);
        expect(fs.existsSync(path.join(home, "plugins", "installed", "lib", "node_modules", PACKAGE_NAME))).toBe(false);
        expect(JSON.parse(fs.readFileSync(path.join(home, "plugins", "plugins.json"), "utf8"))).toEqual({});
        expect(fs.existsSync(path.join(PROJECT_ROOT, "lib", "pluginDef.js"))).toBe(true);
        expect(runZowe(["http-status", "explain", "503"], home).status).not.toBe(0);
    });
});
