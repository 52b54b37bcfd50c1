/**
 * The knowledge data: unique IDs, patterns that run in linear time and keep no state, advice that comes out of a
 * report exactly as written (masking is for evidence, not for the plug-in's own words), and next commands that exist
 * in the pinned Zowe CLI.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { unboundedRepeats } from "../../../__helpers__/unboundedRepeats";
import { KNOWLEDGE } from "../../../../src/api/knowledge/knowledge";
import { ZOWE_STATUS_GUIDANCE } from "../../../../src/api/knowledge/zoweStatusGuidance";
import type { IKnownErrorAdvice } from "../../../../src/api/knowledge/doc/IKnownError";
import type { AdviceText, IKnowledgeCondition, IKnowledgeEntry } from "../../../../src/api/knowledge/doc/IKnowledgeEntry";
import type { IFailedCall } from "../../../../src/api/failure/doc/IFailedCall";
import { matchKnowledge } from "../../../../src/api/diagnose/matchKnowledge";
import { adviceText } from "../../../../src/api/diagnose/narrowAdvice";
import { explainStatus } from "../../../../src/api/explain/StatusCatalogue";
import { reportFailure } from "../../../../src/api/lastError/findLastFailures";
import { withCertificateFinding } from "../../../../src/api/diagnose/certificateAdvice";
import { originCauses, originSteps } from "../../../../src/api/diagnose/originAdvice";

const ADVICE: Array<[string, IKnownErrorAdvice]> = KNOWLEDGE.map((entry): [string, IKnownErrorAdvice] => [entry.id, entry.advice]);
const conditionsOf = (entry: IKnowledgeEntry): IKnowledgeCondition[] => Array.isArray(entry.when) ? entry.when : [entry.when];
/** Every pattern string of the knowledge, with the entry that holds it. */
const PATTERNS: Array<[string, string]> = [...new Set(KNOWLEDGE.flatMap((entry) => conditionsOf(entry)
    .flatMap((when) => [...when.textMatches ?? [], ...when.bodyMatches ?? [], ...when.resourceMatches ?? []])))]
    .map((source) => [source, source]);

/** Every text the plug-in wrote itself that a diagnosis may show. */
const KNOWN_TEXT = new Set<string>([
    ...ADVICE.flatMap(([, advice]) => [advice.summary, ...advice.causes.map(adviceText), ...advice.nextSteps.map(adviceText),
        ...(advice.nextCommands ?? []).flatMap((next) => [next.command, next.purpose]), ...(advice.caution == null ? [] : [advice.caution])]),
    ...ZOWE_STATUS_GUIDANCE.flatMap((entry) => [...entry.resolution.map(adviceText), ...entry.causes.map((cause) => cause.cause),
        ...entry.nextCommands.flatMap((next) => [next.command, next.purpose]), ...(entry.caution == null ? [] : [entry.caution])])
]);

/** The advice items without tags or topic, as text: nothing narrows them away. */
const plain = (items: AdviceText[]): string[] => items.filter((item) => typeof item === "string" || (item.tags == null && item.topic == null))
    .map(adviceText);

const RESOURCES = { files: "/zosmf/restfiles/ds?dslevel=A", jobs: "/zosmf/restjobs/jobs", console: "/zosmf/restconsoles/consoles/defcn",
    tso: "/zosmf/tsoApp/tso", any: "/zosmf/info" };

function call(fields: Partial<IFailedCall> & { server?: IFailedCall["server"] }): IFailedCall {
    return {
        time: null, client: "zowe-cli", command: null, source: "http", status: 500, statusText: null,
        request: { method: "GET", protocol: "https", host: "mf.example.com", port: 443, basePath: null, resource: "/zosmf/info" },
        service: "zosmf", server: { message: null }, networkError: null, auth: { kind: "basic", allowUnauthorizedCert: false },
        evidence: { kind: "rfj", file: "-" }, ...fields
    };
}

/** A text a simple pattern matches: its first alternative, unescaped (checked against the pattern by the caller). */
function sample(pattern: string): string {
    return pattern.split("|")[0].replace(/\\b/g, "").replace(/\\(.)/g, "$1").replace(/\[- \]/g, "-").replace(/\(\?!.*\)/g, "")
        .replace(/^\^/, "").replace(/\\d\{\d\}|\\d/g, "1").replace(/\{\d+(,\d+)?\}/g, "");
}

/** A call that has every fact of an entry's first condition. */
function callFor(entry: IKnowledgeEntry): IFailedCall {
    const when = conditionsOf(entry)[0];
    const source = (when.source?.[0] ?? "http") as IFailedCall["source"];
    const status = Array.isArray(when.status) ? when.status[0] : typeof when.status === "string" ? Number(when.status.replace(/x/gi, "0")) :
        source === "http" ? 500 : null;
    const text = [entry.text ?? "failed", ...(when.textMatches ?? []).slice(0, 1).map(sample)].join(" ");
    const messageIds = (when.messageId ?? []).map((id) => id.replace(/\*$/, "001E"));
    return call({
        source, status,
        service: (when.service?.[0] ?? entry.server ?? "zosmf") as IFailedCall["service"],
        request: { ...call({}).request, resource: when.resourceMatches != null ? sample(when.resourceMatches[0]) : RESOURCES[when.family?.[0] ?? "any"],
            basePath: when.basePathEmpty === false ? "ibmzosmf/api/v1" : null, port: when.portNot?.includes(443) ? 10443 : 443 },
        server: source === "http" ? {
            message: entry.id === "cmci-dfhwu4-error" ? null : text,
            ...(when.bodyMatches != null ? { body: entry.id === "cmci-dfhwu4-error" ? "<error message_id=\"DFHWU4003\" />" : sample(when.bodyMatches[0]) } : {}),
            ...(messageIds.length > 0 ? { messageIds } : {}),
            ...(when.category != null ? { category: when.category } : {}), ...(when.rc != null ? { rc: when.rc } : {}),
            ...(when.reason != null ? { reason: when.reason } : {})
        } : { message: null, ...(messageIds.length > 0 ? { messageIds } : {}) },
        networkError: source === "http" ? null : { code: when.code?.[0] ?? null, message: text },
        auth: { kind: when.authKind?.[0] ?? "basic", allowUnauthorizedCert: false }
    });
}

/** A call that has every fact of an entry's first condition, with the codes a service reported by name. */
function callWithFields(entry: IKnowledgeEntry): IFailedCall {
    const built = callFor(entry);
    const fields = conditionsOf(entry)[0].fields;
    if (fields != null) {
        built.server.fields = Object.fromEntries(Object.entries(fields).map(([name, values]) => [name, values[0]]));
    }
    return built;
}

/** Calls that reach each entry, and every guided status. */
function callsForEveryEntry(): IFailedCall[] {
    return [...KNOWLEDGE.map(callWithFields), ...ZOWE_STATUS_GUIDANCE.map((entry) => call({ status: entry.code, service: "unknown" }))];
}

describe("knowledge integrity", () => {
    it("has unique IDs across all knowledge", () => {
        const ids = KNOWLEDGE.map((entry) => entry.id);
        expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    });

    it("is plain data: every entry comes back unchanged through JSON", () => {
        for (const entry of KNOWLEDGE) {
            expect(JSON.parse(JSON.stringify(entry))).toEqual(entry);
        }
    });

    it("gives every rule a source to check it against", () => {
        for (const entry of KNOWLEDGE.filter((candidate) => candidate.kind === "rule")) {
            expect(entry.source?.url ?? `${entry.id} has no source`).toMatch(/^https:\/\//);
        }
    });

    it.each(PATTERNS)("pattern %s compiles and has only bounded repeats", (_source, pattern) => {
        expect(() => new RegExp(pattern, "i")).not.toThrow();
        // Evidence reaches these patterns, and neither the linter (they are strings) nor a reviewer can see a prefix
        // repeated as a word (<error<error…): every repeat is bounded, so each match attempt does bounded work.
        expect(unboundedRepeats(pattern)).toEqual([]);
    });

    it("every entry reached by a call comes out of the report unchanged, whatever masking does to the evidence", () => {
        let checked = 0;
        for (const failed of callsForEveryEntry()) {
            const report = reportFailure(failed);
            const { diagnosis } = report;
            // Where the failing values came from is written from the record's facts, not taken from the knowledge.
            const fromOrigins = new Set([...originSteps(report, report.origins ?? [], { decoded: false }),
                ...originCauses(report, report.origins ?? [], { decoded: false })].map((item) => item.text));
            // A certificate failure's finding is told from the call's facts (certificateWords.unit.test.ts): its words are not the knowledge's.
            const empty = { verdict: "tls" as const, summary: "", causes: [], nextSteps: [], nextCommands: [], matched: [], site: [] };
            const finding = withCertificateFinding(empty, report);
            const facts = new Set([...fromOrigins, ...finding.causes, ...finding.nextSteps,
                ...finding.nextCommands.flatMap((next) => [next.command, next.purpose])]);
            for (const text of [...diagnosis.causes, ...diagnosis.nextSteps, ...diagnosis.nextCommands.flatMap((next) => [next.command, next.purpose]),
                ...(diagnosis.caution == null ? [] : [diagnosis.caution])]) {
                if (!text.startsWith("z/OSMF reports category") && !facts.has(text)) {
                    expect(KNOWN_TEXT.has(text) ? text : `changed: ${text}`).toBe(text);
                }
            }
            const first = matchKnowledge(failed)[0];
            if (first != null) {
                checked++;
                expect(diagnosis.summary.endsWith(first.advice.summary)).toBe(true);
                // Items with tags or a topic may be narrowed away (narrowAdvice.unit.test.ts); plain ones always come out.
                expect(diagnosis.causes).toEqual(expect.arrayContaining(plain(first.advice.causes.slice(0, 6))));
                expect(diagnosis.nextSteps).toEqual(expect.arrayContaining(plain(first.advice.nextSteps.slice(0, 6))));
            }
            if (failed.status != null) {
                expect(report.explanation).toEqual(explainStatus(failed.status));
            }
        }
        // Most entries are reached; a pattern too complex to sample is still covered by the membership check above.
        expect(checked).toBeGreaterThan(ADVICE.length * 0.9);
    });

    it("shows the 401 advice for basic authentication as written", () => {
        const basic = KNOWLEDGE.find((entry) => entry.id === "auth-basic")?.advice as IKnownErrorAdvice;
        const report = reportFailure(call({ status: 401 }));
        expect(report.diagnosis.causes).toEqual(expect.arrayContaining(basic.causes.slice(0, 4).map(adviceText)));
        expect(JSON.stringify(report.diagnosis)).not.toContain("****");
    });
});

describe("next commands exist in the pinned Zowe CLI", () => {
    const zowe = path.resolve(__dirname, "..", "..", "..", "..", "node_modules", ".bin", "zowe");
    const commands = [...new Set([...ADVICE.flatMap(([, advice]) => advice.nextCommands ?? []), ...ZOWE_STATUS_GUIDANCE.flatMap((entry) => entry.nextCommands)]
        .map((next) => next.command))];
    /** The command path: the words after `zowe` up to the first option, argument or placeholder. */
    const pathOf = (command: string): string[] => {
        const words = command.split(/\s+/).slice(1);
        const end = words.findIndex((word) => !/^[a-z][a-z0-9-]*$/.test(word));
        return words.slice(0, end < 0 ? words.length : end).slice(0, 4);
    };
    /** The plug-ins' commands, checked against the --help recorded from the installed plug-ins (versions in the file). */
    const pluginHelp: { plugins: Record<string, string>; commands: Record<string, { usage: string; options: string[] }> } =
        JSON.parse(fs.readFileSync(path.resolve(__dirname, "..", "..", "..", "__resources__", "plugin-help.json"), "utf8"));
    const PLUGIN_GROUPS = /^zowe (?:cics|mq|zos-ftp|zftp|endevor|db2) /;
    const cliCommands = commands.filter((command) => !command.startsWith("zowe http-status ") && !PLUGIN_GROUPS.test(command));
    const paths = [...new Set(cliCommands.map((command) => pathOf(command).join(" ")))];
    const results = new Map<string, { code: number | null; output: string }>();
    let home: string;

    beforeAll(async () => {
        home = fs.mkdtempSync(path.join(os.tmpdir(), "hs-knowledge-"));
        for (const group of paths) {
            results.set(group, await new Promise((resolve) => {
                const child = spawn(zowe, [...group.split(" "), "--help"], { env: { ...process.env, ZOWE_CLI_HOME: home, FORCE_COLOR: "0" } });
                let output = "";
                child.stdout.on("data", (chunk) => (output += chunk));
                child.stderr.on("data", (chunk) => (output += chunk));
                child.on("close", (code) => resolve({ code, output }));
            }));
        }
    });

    afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

    it("has commands to check", () => {
        expect(paths.length).toBeGreaterThan(5);
    });

    it.each(commands.filter((command) => PLUGIN_GROUPS.test(command)))("%s is a plug-in command with these options, as its --help says", (command) => {
        const recorded = pluginHelp.commands[pathOf(command).join(" ")];
        expect(recorded?.usage ?? `${pathOf(command).join(" ")} was not recorded`).toMatch(new RegExp(`^zowe ${pathOf(command).join(" ")} `));
        const options = command.split(/\s+/).filter((word) => word.startsWith("--"));
        expect(options.filter((option) => !recorded.options.includes(option))).toEqual([]);
        // The positional arguments the usage asks for are all given (as values or placeholders).
        const positional = (recorded.usage.match(/<[^>]{1,40}>/g) ?? []).length;
        const given = command.split(/\s+/).slice(1 + pathOf(command).length).filter((word, index, all) =>
            !word.startsWith("--") && !(all[index - 1] ?? "").startsWith("--")).length;
        expect(given).toBeGreaterThanOrEqual(positional);
    });

    it.each(cliCommands)("%s", (command) => {
        const result = results.get(pathOf(command).join(" "));
        expect(result?.code === 0 ? "exists" : result?.output).toBe("exists");
        expect(result?.output).toMatch(/USAGE/);
    });

    it.each(commands.filter((command) => command.startsWith("zowe http-status ")))("%s is one of the plug-in's commands", (command) => {
        const name = command.split(/\s+/)[2];
        const definitions = fs.readdirSync(path.resolve(__dirname, "..", "..", "..", "..", "src", "cli"))
            .flatMap((folder) => fs.readdirSync(path.resolve(__dirname, "..", "..", "..", "..", "src", "cli", folder))
                .filter((file) => file.endsWith(".definition.ts")).map((file) => fs.readFileSync(
                    path.resolve(__dirname, "..", "..", "..", "..", "src", "cli", folder, file), "utf8")));
        expect(definitions.some((source) => source.includes(`name: "${name}"`))).toBe(true);
    });
});
