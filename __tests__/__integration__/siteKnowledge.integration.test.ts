/**
 * Site knowledge through the real Zowe CLI, in a temporary ZOWE_CLI_HOME: entries matched by each key and shown
 * first by explain and last-error (text and --rfj), the environment variable with two files, broken files that leave
 * the answer as it was with one warning line, `knowledge check` positions, `knowledge list`, and masked site text.
 */
import * as fs from "fs";
import * as path from "path";
import { ALL_CANARIES_TEXT, CANARIES, expectNoCanary } from "../__helpers__/canaries";
import { PROJECT_ROOT, createZoweHome, hasStackTrace, installPlugin, removeZoweHome, runZowe, runZoweJson } from "../__helpers__/ZoweCli";

let home: string;
let defaultFile: string;
const RESOURCES = path.join(PROJECT_ROOT, "__tests__", "__resources__", "old-cli", "v2", "403");

/** The default file: one entry per key, each with a contact that names it. */
const DEFAULT_KNOWLEDGE = `{
  // Our help desk's advice, one entry per fact it matches on.
  "$schema": "../plugins/installed/lib/node_modules/http-status-for-zowe-cli/schemas/site-knowledge.schema.json",
  "entries": [
    { "id": "by-status", "when": { "status": 401 }, "contact": "Desk for status 401",
      "causes": ["Passwords expire every 30 days here"], "nextSteps": ["Reset it at the self-service portal"],
      "nextCommands": ["zowe auth login apiml", { "command": "zowe zosmf check status", "purpose": "Is z/OSMF up?" }] },
    { "id": "by-mask", "when": { "status": "50x" }, "contact": "Desk for 50x" },
    { "id": "by-verdict", "when": { "verdict": "not-found" }, "contact": "Desk for not-found" },
    { "id": "by-message-id", "when": { "messageId": "ICH4*" }, "contact": "Desk for ICH4 messages" },
    { "id": "by-service", "when": { "service": "zosmf", "status": [403, 409] }, "contact": "Desk for z/OSMF" },
    { "id": "by-host", "when": { "host": "127.0.0.?" }, "contact": "Desk for the loopback LPAR" },
    { "id": "by-resource", "when": { "resource": "/zosmf/restfiles/*" }, "contact": "Desk for data sets" },
    { "id": "other-host", "when": { "host": "*.example.com" }, "contact": "Desk for example.com" },
    { "id": "other-resource", "when": { "resource": "/zosmf/restjobs/*", "status": 403 }, "contact": "Desk for jobs" },
  ],
}
`;

function writeFile(name: string, text: string): string {
    const file = path.join(home, name);
    fs.writeFileSync(file, text);
    return file;
}

/** The ids of the "From your site (id, file)" blocks of a text report, in order. */
function siteBlocks(text: string): string[] {
    return [...text.matchAll(/^From your site \(([\w.-]+), /gm)].map((match) => match[1]);
}

beforeAll(() => {
    home = createZoweHome("site");
    installPlugin(PROJECT_ROOT, home);
    fs.mkdirSync(path.join(home, "http-status"));
    defaultFile = path.join(home, "http-status", "knowledge.json");
    fs.writeFileSync(defaultFile, DEFAULT_KNOWLEDGE);
});

afterAll(() => removeZoweHome(home));

describe("explain", () => {
    it.each([
        ["401", "by-status"], ["503", "by-mask"], ["404", "by-verdict"]
    ])("explain %s shows the entry %s first, before the plug-in's own text, in text and --rfj", (code, id) => {
        const text = runZowe(["http-status", "explain", code], home);
        expect(text.status).toBe(0);
        expect(text.stderr).toBe("");
        expect(siteBlocks(text.stdout)).toEqual([id]);
        expect(text.stdout.indexOf("From your site")).toBeLessThan(text.stdout.indexOf("\nMeaning"));
        expect(text.stdout).toContain(`From your site (${id}, ${defaultFile})`);
        const json = runZoweJson(["http-status", "explain", code], home);
        expect(json.data.site.map((advice: { id: string }) => advice.id)).toEqual([id]);
        expect(json.data.site[0].file).toBe(defaultFile);
    });

    it("gives every part of an entry: contact, causes, steps and commands, marked as the site's", () => {
        const text = runZowe(["http-status", "explain", "401"], home).stdout;
        for (const line of ["Contact: Desk for status 401", "- Passwords expire every 30 days here", "1. Reset it at the self-service portal",
            "zowe auth login apiml", "zowe zosmf check status", "Is z/OSMF up?"]) {
            expect(text).toContain(line);
        }
        const [advice] = runZoweJson(["http-status", "explain", "401"], home).data.site;
        expect(advice).toEqual({ id: "by-status", file: defaultFile, causes: ["Passwords expire every 30 days here"],
            nextSteps: ["Reset it at the self-service portal"], contact: "Desk for status 401",
            nextCommands: [{ command: "zowe auth login apiml", purpose: "" }, { command: "zowe zosmf check status", purpose: "Is z/OSMF up?" }] });
    });

    it("shows no site entry for a status none matches, and an empty site list in --rfj", () => {
        expect(siteBlocks(runZowe(["http-status", "explain", "418"], home).stdout)).toEqual([]);
        expect(runZoweJson(["http-status", "explain", "418"], home).data.site).toEqual([]);
    });
});

describe("last-error", () => {
    it("matches the whole failure: message ID, service, host and resource globs, not the other host or resource", () => {
        const text = runZowe(["http-status", "last-error", path.join(RESOURCES, "rfj.json")], home);
        expect(text.status).toBe(0);
        expect(siteBlocks(text.stdout)).toEqual(["by-message-id", "by-service", "by-host", "by-resource"]);
        expect(text.stdout.indexOf("From your site")).toBeLessThan(text.stdout.indexOf("\nLikely causes"));
        const json = runZoweJson(["http-status", "last-error", path.join(RESOURCES, "rfj.json")], home);
        expect(json.data.diagnosis.site.map((advice: { id: string }) => advice.id)).toEqual(["by-message-id", "by-service", "by-host", "by-resource"]);
        expect(json.data.diagnosis.site[2]).toMatchObject({ id: "by-host", file: defaultFile, contact: "Desk for the loopback LPAR" });
    });

    it("matches a failure read from the logs the same way", () => {
        const json = runZoweJson(["http-status", "last-error", "--log-dir", RESOURCES, "--from", "cli"], home);
        expect(json.data.status).toBe(403);
        expect(json.data.diagnosis.site.map((advice: { id: string }) => advice.id)).toContain("by-resource");
    });
});

describe("ZOWE_HTTP_STATUS_KNOWLEDGE", () => {
    it("adds every file it names, in order, after the default file; knowledge list shows where each entry comes from", () => {
        const team = writeFile("team.json", "{ \"entries\": [ { \"id\": \"team-418\", \"when\": { \"status\": 418 }, \"contact\": \"Team A\" } ] }");
        const site = writeFile("site.json", "{ \"entries\": [ { \"id\": \"site-4xx\", \"when\": { \"status\": \"4xx\" }, \"contact\": \"Site\" } ] }");
        const env = { ZOWE_HTTP_STATUS_KNOWLEDGE: [team, site].join(path.delimiter) };
        const json = runZoweJson(["http-status", "explain", "418"], home, env);
        expect(json.data.site.map((advice: { id: string; file: string }) => [advice.id, advice.file])).toEqual([["team-418", team], ["site-4xx", site]]);
        const list = runZoweJson(["http-status", "knowledge", "list"], home, env);
        expect(list.data.files.map((file: { file: string; origin: string; state: string; entries: number }) =>
            [file.file, file.origin, file.state, file.entries])).toEqual([
            [defaultFile, "default", "loaded", 9], [team, "environment", "loaded", 1], [site, "environment", "loaded", 1]]);
        const table = runZowe(["http-status", "knowledge", "list"], home, env).stdout;
        expect(table).toMatch(/team-418\s+status 418\s+contact\s+\S*team\.json/);
        expect(table).toMatch(/by-host\s+host 127\.0\.0\.\?\s+contact/);
    });
});

describe("a broken or unreadable site file", () => {
    const cases: Array<[string, () => string, RegExp]> = [
        ["bad JSON", () => writeFile("bad-json.json", "{\n  \"entries\": [\n    { \"id\": \"x\" \"when\": {} }\n  ]\n}\n"),
            /bad-json\.json:3:17: expected JSON here/],
        ["a wrong type", () => writeFile("wrong-type.json", "{\n  \"entries\": [\n    { \"id\": \"x\", \"when\": { \"status\": true } }\n  ]\n}\n"),
            /wrong-type\.json:3:38: "status" expected an HTTP status/],
        ["an unknown key", () => writeFile("unknown-key.json", "{ \"entries\": [ { \"id\": \"x\", \"when\": { \"status\": 401 }, \"phone\": \"1\" } ] }"),
            /unknown-key\.json:1:56: unknown key "phone" in an entry: expected when, id, causes/],
        ["a folder", () => {
            fs.mkdirSync(path.join(home, "a-folder.json"), { recursive: true });
            return path.join(home, "a-folder.json");
        }, /a-folder\.json: is a folder, not a file/]
    ];

    it.each(cases)("%s: explain answers as before, with the default file's entry, and one warning line naming the place", (_kind, make, warning) => {
        const env = { ZOWE_HTTP_STATUS_KNOWLEDGE: make() };
        const run = runZowe(["http-status", "explain", "401"], home, env);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^401 Unauthorized/);
        expect(siteBlocks(run.stdout)).toEqual(["by-status"]);
        const lines = run.stderr.trim().split("\n");
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^Warning: site knowledge left out: /);
        expect(lines[0]).toMatch(warning);
        expect(hasStackTrace(run.stderr)).toBe(false);
        const json = runZoweJson(["http-status", "explain", "401"], home, env);
        expect(json.exitCode).toBe(0);
        expect(json.stderr).toMatch(warning);
        expect(json.data.site.map((advice: { id: string }) => advice.id)).toEqual(["by-status"]);
    });

    it("an unreadable file gives the same one warning line", () => {
        const file = writeFile("unreadable.json", DEFAULT_KNOWLEDGE);
        fs.chmodSync(file, 0o000);
        try {
            let readable = true;
            try {
                fs.readFileSync(file);
            } catch {
                readable = false;
            }
            const run = runZowe(["http-status", "explain", "401"], home, { ZOWE_HTTP_STATUS_KNOWLEDGE: file });
            expect(run.status).toBe(0);
            expect(siteBlocks(run.stdout)[0]).toBe("by-status");
            if (!readable) {
                // As root every file is readable: then there is nothing to warn about.
                expect(run.stderr.trim().split("\n")).toEqual([`Warning: site knowledge left out: ${file}: cannot be read: permission denied`]);
            }
        } finally {
            fs.chmodSync(file, 0o600);
        }
    });

    it("a missing default file is silent", () => {
        const aside = `${defaultFile}.aside`;
        fs.renameSync(defaultFile, aside);
        try {
            const run = runZowe(["http-status", "explain", "401"], home);
            expect(run.status).toBe(0);
            expect(run.stderr).toBe("");
            expect(siteBlocks(run.stdout)).toEqual([]);
        } finally {
            fs.renameSync(aside, defaultFile);
        }
    });
});

describe("knowledge check", () => {
    it("passes the default file: N entries OK, exit 0", () => {
        const run = runZowe(["http-status", "knowledge", "check"], home);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe(`9 entries OK\n  ${defaultFile}\n`);
    });

    it.each([
        ["a list item of the wrong type", "{\n  \"entries\": [\n    { \"id\": \"a\", \"when\": { \"host\": \"x\" },\n      \"causes\": [\"ok\", 7] }\n  ]\n}",
            "4:24", "\"causes\" expected a list of 1 to 50 texts"],
        ["a missing id", "// comment\n{ \"entries\": [\n  {\n    \"when\": { \"status\": 401 } } ] }", "3:3", "the entry has no \"id\""],
        ["an unknown key in when", "{ \"entries\": [ { \"id\": \"a\",\n  /* why */ \"when\": { \"statuz\": 401 } } ] }", "2:23",
            "unknown key \"statuz\" in \"when\": expected status, messageId, verdict, service, host or resource"],
        ["a bad verdict after a trailing comma", "{ \"entries\": [\n  { \"id\": \"a\", \"when\": { \"verdict\": \"nope\", }, },\n] }", "2:37",
            "\"verdict\" expected a verdict: client-config, network"],
        ["a duplicate id", "{ \"entries\": [ { \"id\": \"a\", \"when\": { \"status\": 401 } },\n  { \"id\": \"a\", \"when\": { \"status\": 402 } } ] }", "2:11",
            "\"id\" expected an id not used before in this file"],
        ["bad JSON after a block comment", "/* a\n  b */ { \"entries\": [ 01 ] }", "2:24", "expected JSON here"]
    ])("refuses %s with file:line:column and what was expected, exit 1", (_kind, text, place, expected) => {
        const file = writeFile("check.json", text);
        const run = runZowe(["http-status", "knowledge", "check", file], home);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe("");
        expect(run.stderr.trim().split("\n")).toHaveLength(1);
        expect(run.stderr).toContain(`${file}:${place}: ${expected}`);
        expect(hasStackTrace(run.stderr)).toBe(false);
        const json = runZoweJson(["http-status", "knowledge", "check", file], home);
        expect(json.exitCode).toBe(1);
        expect(`${json.data.problem.line}:${json.data.problem.column}`).toBe(place);
    });

    it("passes the README's complete example, whose entries then show for the failures they describe", () => {
        const readme = fs.readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
        const example = /## Site knowledge[\s\S]*?```jsonc\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
        const file = writeFile("readme-example.json", example);
        const run = runZowe(["http-status", "knowledge", "check", file], home);
        expect(run.stdout).toBe(`3 entries OK\n  ${file}\n`);
        expect(run.status).toBe(0);
        const warning = /## Site knowledge[\s\S]*?```\n(Warning: .*)\n```/.exec(readme)?.[1] ?? "";
        expect(warning).toMatch(/^Warning: site knowledge left out: \S+:\d+:\d+: "status" expected an HTTP status from 100 to 599/);
    });

    it("checks several files and stops being OK at the first problem", () => {
        const good = writeFile("good.json", "{ \"entries\": [ { \"id\": \"a\", \"when\": { \"status\": 401 } } ] }");
        expect(runZowe(["http-status", "knowledge", "check", good, defaultFile], home).stdout).toMatch(/^10 entries OK\n/);
        const bad = writeFile("missing-entries.json", "{ \"$schema\": \"x\" }");
        const run = runZowe(["http-status", "knowledge", "check", good, bad], home);
        expect(run.status).toBe(1);
        expect(run.stderr).toContain(`${bad}:1:1: the file has no "entries"`);
    });
});

it("masks a secret in a site entry's text in explain and knowledge list, text and --rfj", () => {
    const entry = { id: "leaky", when: { status: 401 }, causes: ALL_CANARIES_TEXT.split("\n"), contact: "password: Canary-PW-2" };
    const file = writeFile("leaky.json", JSON.stringify({ entries: [entry] }, null, 2));
    const env = { ZOWE_HTTP_STATUS_KNOWLEDGE: file };
    const text = runZowe(["http-status", "explain", "401"], home, env);
    expect(siteBlocks(text.stdout)).toEqual(["by-status", "leaky"]);
    expect(text.stdout).toContain("Contact: password: ****");
    const outputs = [text.stdout, text.stderr, JSON.stringify(runZoweJson(["http-status", "explain", "401"], home, env)),
        runZowe(["http-status", "knowledge", "list"], home, env).stdout, JSON.stringify(runZoweJson(["http-status", "knowledge", "list"], home, env))];
    expect(CANARIES.length).toBeGreaterThan(5);
    outputs.forEach(expectNoCanary);
});
