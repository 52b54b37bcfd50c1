/**
 * The knowledge data: unique IDs, patterns that run in linear time and keep no state, advice that comes out of a
 * report exactly as written (masking is for evidence, not for the plug-in's own words), and next commands that exist
 * in the pinned Zowe CLI.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { RegExpParser, visitRegExpAST } from "@eslint-community/regexpp";
import { AUTH_FAILURES } from "../../../../src/api/knowledge/authFailures";
import { BODY_PATTERNS } from "../../../../src/api/knowledge/bodyPatterns";
import { CONNECTION_ERRORS } from "../../../../src/api/knowledge/connectionErrors";
import { MESSAGE_IDS } from "../../../../src/api/knowledge/messageIds";
import { ZOSMF_REASONS } from "../../../../src/api/knowledge/zosmfReasons";
import { ZOWE_STATUS_GUIDANCE } from "../../../../src/api/knowledge/zoweStatusGuidance";
import type { IKnownErrorAdvice } from "../../../../src/api/knowledge/doc/IKnownError";
import type { IFailedCall } from "../../../../src/api/failure/doc/IFailedCall";
import { matchKnowledge } from "../../../../src/api/diagnose/matchKnowledge";
import { explainStatus } from "../../../../src/api/explain/StatusCatalogue";
import { reportFailure } from "../../../../src/api/lastError/findLastFailures";

const ADVICE: Array<[string, IKnownErrorAdvice]> = [
    ...MESSAGE_IDS.map((entry): [string, IKnownErrorAdvice] => [`message-id ${entry.id}`, entry]),
    ...ZOSMF_REASONS.map((entry): [string, IKnownErrorAdvice] => [`z/OSMF ${entry.family} category ${entry.category} rc ${entry.rc} ` +
        `reason ${entry.reason} ${entry.pattern?.source ?? ""}`, entry]),
    ...BODY_PATTERNS.map((entry): [string, IKnownErrorAdvice] => [`body ${entry.id}`, entry]),
    ...CONNECTION_ERRORS.map((entry): [string, IKnownErrorAdvice] => [`connection ${entry.code}`, entry]),
    ...AUTH_FAILURES.map((entry): [string, IKnownErrorAdvice] => [`auth ${entry.authKind}`, entry])
];
const PATTERNS: Array<[string, RegExp]> = [...ZOSMF_REASONS, ...BODY_PATTERNS, ...CONNECTION_ERRORS]
    .filter((entry) => entry.pattern != null).map((entry) => [entry.pattern?.source ?? "", entry.pattern as RegExp]);

/** Every text the plug-in wrote itself that a diagnosis may show. */
const KNOWN_TEXT = new Set<string>([
    ...ADVICE.flatMap(([, advice]) => [advice.summary, ...advice.causes, ...advice.nextSteps,
        ...(advice.nextCommands ?? []).flatMap((next) => [next.command, next.purpose])]),
    ...ZOWE_STATUS_GUIDANCE.flatMap((entry) => [...entry.resolution, ...entry.causes.map((cause) => cause.cause),
        ...entry.nextCommands.flatMap((next) => [next.command, next.purpose]), ...(entry.caution == null ? [] : [entry.caution])])
]);

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
function sample(pattern: RegExp): string {
    return pattern.source.split("|")[0].replace(/\\b/g, "").replace(/\\(.)/g, "$1").replace(/\[- \]/g, "-").replace(/\(\?!.*\)/g, "");
}

/** Calls that reach each entry: by message ID, z/OSMF numbers, body, error code, auth kind, and every guided status. */
function callsForEveryEntry(): IFailedCall[] {
    const calls = [
        ...MESSAGE_IDS.map((entry) => call({ status: entry.status ?? 500, service: entry.service, server: { message: entry.text, messageIds: [entry.id] } })),
        ...ZOSMF_REASONS.map((entry) => call({
            status: 500, request: { ...call({}).request, resource: RESOURCES[entry.family] },
            server: { message: entry.pattern == null ? "failed" : sample(entry.pattern), category: entry.category, rc: entry.rc, reason: entry.reason }
        })),
        ...BODY_PATTERNS.map((entry) => call({ status: entry.statuses?.[0] ?? 500, service: "unknown",
            server: { message: null, body: entry.id === "cmci-dfhwu4-error" ? "<error message_id=\"DFHWU4003\" />" : sample(entry.pattern) } })),
        ...CONNECTION_ERRORS.map((entry) => call({ source: "client", status: null, networkError: { code: entry.code, message: "connect failed" } })),
        ...AUTH_FAILURES.map((entry) => call({ status: 401, auth: { kind: entry.authKind, allowUnauthorizedCert: false } })),
        ...ZOWE_STATUS_GUIDANCE.map((entry) => call({ status: entry.code, service: "unknown" }))
    ];
    return calls;
}

describe("knowledge integrity", () => {
    it("has unique IDs across message IDs, z/OSMF reasons, body patterns, connection errors and 401 kinds", () => {
        const ids = ADVICE.map(([id]) => id);
        expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
        const plain = [...MESSAGE_IDS.map((entry) => entry.id), ...BODY_PATTERNS.map((entry) => entry.id), ...CONNECTION_ERRORS.map((entry) => entry.code)];
        expect(plain.filter((id, index) => plain.indexOf(id) !== index)).toEqual([]);
    });

    it.each(PATTERNS)("pattern %s keeps no state (no g or y flag) and has only bounded repeats", (_source, pattern) => {
        expect(pattern.flags).not.toMatch(/[gy]/);
        // Evidence reaches these patterns, and the linter cannot see a prefix repeated as a word (<error<error…):
        // every repeat is bounded, so each match attempt does bounded work.
        const unbounded: string[] = [];
        visitRegExpAST(new RegExpParser().parseLiteral(pattern.toString()), {
            onQuantifierEnter: (node) => {
                if (node.max === Infinity) {
                    unbounded.push(node.raw);
                }
            }
        });
        expect(unbounded).toEqual([]);
    });

    it("every entry reached by a call comes out of the report unchanged, whatever masking does to the evidence", () => {
        let checked = 0;
        for (const failed of callsForEveryEntry()) {
            const report = reportFailure(failed);
            const { diagnosis } = report;
            for (const text of [...diagnosis.causes, ...diagnosis.nextSteps, ...diagnosis.nextCommands.flatMap((next) => [next.command, next.purpose]),
                ...(diagnosis.caution == null ? [] : [diagnosis.caution])]) {
                if (!text.startsWith("z/OSMF reports category")) {
                    expect(KNOWN_TEXT.has(text) ? text : `changed: ${text}`).toBe(text);
                }
            }
            const first = matchKnowledge(failed)[0];
            if (first != null) {
                checked++;
                expect(diagnosis.summary.endsWith(first.advice.summary)).toBe(true);
                expect(diagnosis.causes).toEqual(expect.arrayContaining(first.advice.causes.slice(0, 6)));
                expect(diagnosis.nextSteps).toEqual(expect.arrayContaining(first.advice.nextSteps.slice(0, 6)));
            }
            if (failed.status != null) {
                expect(report.explanation).toEqual(explainStatus(failed.status));
            }
        }
        // Most entries are reached; a pattern too complex to sample is still covered by the membership check above.
        expect(checked).toBeGreaterThan(ADVICE.length * 0.9);
    });

    it("shows the 401 advice for basic authentication as written", () => {
        const basic = AUTH_FAILURES.find((entry) => entry.authKind === "basic") as IKnownErrorAdvice;
        const report = reportFailure(call({ status: 401 }));
        expect(report.diagnosis.causes).toEqual(expect.arrayContaining(basic.causes.slice(0, 4)));
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
    const paths = [...new Set(commands.filter((command) => !command.startsWith("zowe http-status ")).map((command) => pathOf(command).join(" ")))];
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

    it.each(commands.filter((command) => !command.startsWith("zowe http-status ")))("%s", (command) => {
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
