/**
 * Site knowledge, the pure parts: globs (literal characters, bounded cost on hostile text), the strict check with
 * positions in a file with comments, matching by each key, and the schema that ships with the package kept in step
 * with the loader's rules.
 */
import * as fs from "fs";
import * as path from "path";
import { globMatches } from "../../../../src/api/site/siteGlob";
import { parseSiteKnowledge } from "../../../../src/api/site/readSiteKnowledge";
import { matchSiteKnowledge, siteConditionHolds } from "../../../../src/api/site/matchSiteKnowledge";
import { CONDITION_RULES, ENTRY_RULES } from "../../../../src/api/site/siteKnowledgeRules";
import { blankJsonComments } from "../../../../src/api/readers/explorer/jsonWithComments";
import type { ISiteFacts } from "../../../../src/api/site/doc/ISiteKnowledge";
import { findLastFailures } from "../../../../src/api/lastError/findLastFailures";

describe("globMatches", () => {
    it.each([
        ["*.example.com", "mf.prod.example.com", true],
        ["*.example.com", "example.com", false],
        ["*.example.com", "mf.example.com.evil.net", false],
        ["MF?.example.com", "mf1.EXAMPLE.com", true],
        ["MF?.example.com", "mf12.example.com", false],
        ["/zosmf/restjobs/*", "/zosmf/restjobs/jobs?owner=IBMUSER", true],
        ["/zosmf/*/ds*", "/zosmf/restfiles/ds?dslevel=A.*", true],
        ["*ab*ab*", "xabyab", true],
        ["*ab*ab*", "xaby", false],
        ["a*a", "a", false],
        ["a.b", "axb", false],
        ["(a+)+$", "(a+)+$", true],
        ["[abc]", "a", false]
    ])("%s against %s: %s", (glob, text, expected) => {
        expect(globMatches(glob, text)).toBe(expected);
    });

    // Its cost on hostile text is measured in `npm run bench` (hostileInProcess.js), not asserted here.
    it("answers the worst glob on 100 KB of near-matches", () => {
        // The longest part a glob may have, which almost matches everywhere: the worst case of the leftmost search.
        const glob = `*${"a".repeat(254)}b*`;
        const hostile = "a".repeat(100000);
        expect(globMatches(glob, hostile)).toBe(false);
        expect(globMatches(glob, `${"a".repeat(254)}b`)).toBe(true);
    });
});

describe("parseSiteKnowledge", () => {
    it("reads JSON with comments and trailing commas, each entry with its file", () => {
        const text = "// site\n{ /* a */ \"entries\": [ { \"id\": \"a\", \"when\": { \"status\": \"4xx\", }, \"contact\": \"x // not a comment\", }, ], }";
        expect(parseSiteKnowledge(text, "f.json")).toEqual({ entries: [{ id: "a", when: { status: "4xx" }, contact: "x // not a comment", file: "f.json" }] });
    });

    it("keeps every line and column when blanking comments", () => {
        const text = "{ // one\n  /* two\n three */ \"a\": [1, 2,],\n}";
        const blanked = blankJsonComments(text);
        expect(blanked.length).toBe(text.length);
        expect(blanked.split("\n").map((line) => line.length)).toEqual(text.split("\n").map((line) => line.length));
        expect(JSON.parse(blanked)).toEqual({ a: [1, 2] });
    });

    // Each case names the text at fault: the column expected is where that text first starts (all on line 1).
    it.each([
        ["[]", "[]", "expected an object with a list of entries"],
        ["{ \"entries\": {} }", "{}", "\"entries\" expected a list"],
        ["{ \"entries\": [ 7 ] }", "7", "expected an entry object"],
        ["{ \"entries\": [ { \"id\": \"a\" } ] }", "{ \"id", "the entry has no \"when\""],
        ["{ \"entries\": [ { \"id\": \"a\", \"when\": {} } ] }", "{}", "\"when\" expected an object with at least one of"],
        ["{ \"entries\": [ { \"id\": \"a\", \"when\": { \"host\": \"a\\tb\" } } ] }", "\"a\\tb", "\"host\" expected a host name glob"],
        ["{ \"entries\": [ { \"id\": \"a\", \"when\": { \"status\": [401, 600] } } ] }", "600", "\"status\" expected an HTTP status"],
        ["{ \"entries\": [ { \"id\": \"a\", \"when\": { \"service\": \"any\" } } ] }", "\"any", "\"service\" expected a service: zosmf"],
        ["{ \"entries\": [ { \"id\": \"a\", \"when\": { \"status\": 401 }, \"nextCommands\": [{ \"command\": \"x\", \"why\": \"y\" }] } ] }",
            "{ \"command", "\"nextCommands\" expected a list of commands"],
        ["{ \"entries\": [ { \"id\": \"a b\", \"when\": { \"status\": 401 } } ] }", "\"a b", "\"id\" expected a string id"],
        ["{ \"entries\": [ { \"id\": \"a\", \"when\": { \"status\": 401 }, \"colour\": 1 } ] }", "\"colour", "unknown key \"colour\" in an entry"],
        // Keys that name Object's own methods are unknown keys like any other, not a crash.
        ["{ \"entries\": [ { \"id\": \"a\", \"when\": { \"status\": 401 }, \"constructor\": 1 } ] }", "\"constructor", "unknown key \"constructor\""],
        ["{ \"entries\": [ { \"id\": \"a\", \"when\": { \"toString\": 401 } } ] }", "\"toString", "unknown key \"toString\" in \"when\""],
        ["{ \"__proto__\": 1, \"entries\": [] }", "\"__proto__", "unknown key \"__proto__\""],
        ["{ \"entries\": [ ", "", "expected JSON here"]
    ])("refuses %s at the place of %j", (text, atFault, message) => {
        const { entries, problem } = parseSiteKnowledge(text, "f.json");
        expect(entries).toEqual([]);
        const column = atFault === "" ? text.length + 1 : text.indexOf(atFault) + 1;
        expect(problem).toMatchObject({ file: "f.json", line: 1, column });
        expect(problem?.message).toContain(message);
    });
});

describe("matchSiteKnowledge", () => {
    const facts: ISiteFacts = { status: 403, verdict: "authorization", service: "zosmf", messageIds: ["IZUG846W", "ICH408I"],
        host: "mf1.prod.example.com", resource: "/zosmf/restfiles/ds?dslevel=A.*" };

    it.each([
        [{ status: 403 }, true], [{ status: [401, 403] }, true], [{ status: "4xx" }, true], [{ status: "40x" }, true], [{ status: "41x" }, false],
        [{ messageId: "ICH408I" }, true], [{ messageId: "izug*" }, true], [{ messageId: "ZWEA*" }, false],
        [{ verdict: "authorization" }, true], [{ verdict: ["network", "tls"] }, false],
        [{ service: "zosmf" }, true], [{ service: "apiml" }, false],
        [{ host: "*.prod.example.com" }, true], [{ host: "*.test.example.com" }, false],
        [{ resource: "/zosmf/restfiles/*" }, true], [{ resource: "/zosmf/restjobs/*" }, false],
        [{ status: 403, host: "*.test.example.com" }, false]
    ])("%j: %s", (when, expected) => {
        expect(siteConditionHolds(when as never, facts)).toBe(expected);
    });

    it("does not match a key the facts lack (explain knows no host)", () => {
        expect(siteConditionHolds({ host: "*" }, { status: 403, verdict: "authorization" })).toBe(false);
        expect(siteConditionHolds({ status: 403 }, { status: null })).toBe(false);
    });

    it("gives the advice in file order, masked, with commands as { command, purpose }", () => {
        const advice = matchSiteKnowledge(facts, [
            { id: "b", file: "1.json", when: { status: 403 }, nextSteps: ["Log on with password: Hunter2-canary"], nextCommands: ["zowe auth login apiml"] },
            { id: "a", file: "2.json", when: { status: 401 } },
            { id: "c", file: "2.json", when: { verdict: "authorization" }, contact: "Desk" }
        ]);
        expect(advice.map((item) => item.id)).toEqual(["b", "c"]);
        expect(JSON.stringify(advice)).not.toContain("Hunter2-canary");
        expect(advice[0].nextCommands).toEqual([{ command: "zowe auth login apiml", purpose: "" }]);
        expect(advice[1]).toEqual({ id: "c", file: "2.json", causes: [], nextSteps: [], nextCommands: [], contact: "Desk" });
    });
});

describe("findLastFailures with site knowledge", () => {
    const evidence = path.join(__dirname, "..", "..", "..", "__resources__", "old-cli", "v2", "403", "rfj.json");

    it("matches the diagnosed, masked record: the verdict the diagnosis gave, the host and resource of the request", () => {
        const site = [
            { id: "verdict", file: "s.json", when: { verdict: "authorization" as const, resource: "/zosmf/restfiles/ds?dslevel=IBMUSER.*" } },
            { id: "not-found", file: "s.json", when: { verdict: "not-found" as const } }
        ];
        const [report] = findLastFailures({ inputFile: evidence, site }).reports;
        expect(report.diagnosis.verdict).toBe("authorization");
        expect(report.diagnosis.site.map((advice) => advice.id)).toEqual(["verdict"]);
    });

    it("gives an empty site list without site knowledge", () => {
        expect(findLastFailures({ inputFile: evidence }).reports[0].diagnosis.site).toEqual([]);
    });
});

describe("schemas/site-knowledge.schema.json", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "..", "..", "schemas", "site-knowledge.schema.json"), "utf8"));

    it("names the same keys as the loader's rules", () => {
        expect(Object.keys(schema.definitions.condition.properties).sort()).toEqual(Object.keys(CONDITION_RULES).sort());
        expect(Object.keys(schema.definitions.entry.properties).sort()).toEqual([...Object.keys(ENTRY_RULES), "when"].sort());
        expect(schema.definitions.entry.required).toEqual(["id", "when"]);
    });

    it("lists the verdicts and services the loader accepts", () => {
        const verdicts = schema.definitions.condition.properties.verdict.oneOf[0].enum as string[];
        const services = schema.definitions.condition.properties.service.oneOf[0].enum as string[];
        for (const verdict of verdicts) {
            expect(CONDITION_RULES.verdict.fault(verdict)).toBeUndefined();
        }
        for (const service of services) {
            expect(CONDITION_RULES.service.fault(service)).toBeUndefined();
        }
        expect(CONDITION_RULES.verdict.expected).toContain(verdicts.join(", "));
        expect(CONDITION_RULES.service.expected).toContain(services.join(", "));
    });
});
