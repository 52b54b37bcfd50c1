/**
 * No advice said twice, and no two pieces of advice that contradict each other, in any report of the corpora: the
 * pastes from public threads, the outputs and logs of real Zowe CLI v1 and v2, the logs of the current CLI, and a call
 * for every knowledge entry and every guided status. Repeats are judged here with a measure of its own (shared word
 * pairs), not the one diagnose filters with, so that a repeat the runtime filter lets through fails the test.
 * The held-out set (__resources__/heldout) is not read: it measures, it does not tune.
 */
import * as fs from "fs";
import * as path from "path";
import { findLastFailures } from "../../../../src/api/lastError/findLastFailures";
import { readLogText } from "../../../../src/api/readers/ImperativeLogReader";
import { EvidenceError } from "../../../../src/api/readers/EvidenceError";
import { reportFailure } from "../../../../src/api/lastError/findLastFailures";
import { KNOWLEDGE } from "../../../../src/api/knowledge/knowledge";
import { ZOWE_STATUS_GUIDANCE } from "../../../../src/api/knowledge/zoweStatusGuidance";
import type { IDiagnosis, IFailedCall, IFailureReport } from "../../../../src/api/failure/doc/IFailedCall";
import type { IKnowledgeCondition } from "../../../../src/api/knowledge/doc/IKnowledgeEntry";

const resources = path.resolve(__dirname, "..", "..", "..", "__resources__");

/** The words of a text that carry meaning, lower case, endings folded (`passwords` is `password`, `checked` is `check`). */
function meaningWords(text: string): string[] {
    return (text.toLowerCase().match(/[a-z0-9/]{3,}/g) ?? []).map((word) => word.replace(/(?:ing|ed|es|s)$/, ""))
        .filter((word) => !["the", "and", "for", "with", "that", "this", "from", "you", "your", "not", "are", "was", "its", "then", "when"].includes(word));
}

/** Two texts repeat each other when most of their word pairs are the same (Dice coefficient of the bigram sets). */
function repeats(a: string, b: string): boolean {
    const pairs = (text: string): Set<string> => {
        const words = meaningWords(text);
        return new Set(words.slice(1).map((word, index) => `${words[index]} ${word}`));
    };
    const [left, right] = [pairs(a), pairs(b)];
    if (left.size < 3 || right.size < 3) {
        return a.trim().toLowerCase() === b.trim().toLowerCase();
    }
    const shared = [...left].filter((pair) => right.has(pair)).length;
    return (2 * shared) / (left.size + right.size) >= 0.6;
}

/** Claims that cannot both be made of one failure. */
const CONTRADICTIONS: Array<[RegExp, RegExp]> = [
    [/\bthe logon worked\b/i, /\bhide a failed logon\b|wrong or expired password with 403/i],
    [/\bthe logon worked\b/i, /\bthe logon (?:was refused|failed)\b/i],
    [/\bnot a password problem\b/i, /\b(?:wrong|mistyped|outdated) password\b/i],
    [/\bswitch(?:ing)? (?:the profile )?to https\b/i, /\bdrop the option to use the profile's https\b/i]
];

/** Every cause, step and the caution of a diagnosis, as one list. */
function adviceOf(diagnosis: IDiagnosis): string[] {
    return [...diagnosis.caution == null ? [] : [diagnosis.caution], ...diagnosis.causes, ...diagnosis.nextSteps];
}

/** A call that reaches the entry's first condition, as far as the facts can be made up. */
function callFor(when: IKnowledgeCondition): IFailedCall {
    const status = Array.isArray(when.status) ? when.status[0] : typeof when.status === "string" ? Number(when.status.replace(/x/g, "0")) : null;
    return {
        time: null, client: "zowe-cli", command: null, source: (when.source?.[0] as IFailedCall["source"]) ?? (status != null ? "http" : "client"),
        status, statusText: null,
        request: {
            method: "GET", protocol: when.protocol?.[0] ?? "https", host: "mf.example.com", port: 443,
            basePath: when.basePathEmpty === false ? "ibmzosmf/api/v1" : "", resource: "/zosmf/restfiles/ds?dslevel=IBMUSER.*"
        },
        service: (when.service?.[0] as IFailedCall["service"]) ?? "unknown",
        server: { message: when.textMatches?.[0]?.replace(/\\[bBdsw]|[\\^$()[\]{}?*+|]/g, "") ?? null, messageIds: when.messageId?.map((id) => id.replace("*", "0001E")),
            category: when.category, rc: when.rc, reason: when.reason,
            ...when.fields == null ? {} : { fields: Object.fromEntries(Object.entries(when.fields).map(([name, values]) => [name, values[0]])) } },
        networkError: when.code == null ? null : { code: when.code[0], message: `${when.code[0]} error` },
        auth: { kind: when.authKind?.[0] ?? "basic", allowUnauthorizedCert: null },
        evidence: { kind: "text", file: null }
    };
}

/** The reports of evidence text, none when it holds no error (a refusal is another test's business). */
function reportsOf(text: string, name: string): IFailureReport[] {
    try {
        return findLastFailures({ inputText: { text, name } }).reports;
    } catch (error) {
        if (error instanceof EvidenceError) {
            return [];
        }
        throw error;
    }
}

/** Every report the corpora give, with a name. */
function corpusReports(): Array<[string, IFailureReport]> {
    const reports: Array<[string, IFailureReport]> = [];
    const pastes = path.join(resources, "pastes");
    for (const file of fs.readdirSync(pastes).filter((name) => name.endsWith(".txt"))) {
        const found = reportsOf(fs.readFileSync(path.join(pastes, file), "utf8"), file);
        reports.push(...found.map((report): [string, IFailureReport] => [`paste ${file}`, report]));
    }
    const oldCli = path.join(resources, "old-cli");
    for (const version of ["v1", "v2"]) {
        for (const scenario of fs.readdirSync(path.join(oldCli, version)).filter((name) => !name.includes("."))) {
            for (const file of ["stderr.txt", "rfj.json"]) {
                const text = fs.readFileSync(path.join(oldCli, version, scenario, file), "utf8");
                reports.push(...reportsOf(text, file)
                    .map((report): [string, IFailureReport] => [`${version} ${scenario} ${file}`, report]));
            }
        }
    }
    const logs = path.join(resources, "logs");
    for (const file of fs.readdirSync(logs).filter((name) => name.startsWith("failure-"))) {
        const scan = readLogText(fs.readFileSync(path.join(logs, file), "utf8"), file, { limit: 5 });
        reports.push(...scan.failures.map((failure): [string, IFailureReport] => [`log ${file}`, reportFailure(failure.call, failure.environmentValues)]));
    }
    for (const entry of KNOWLEDGE) {
        const when = Array.isArray(entry.when) ? entry.when[0] : entry.when;
        reports.push([`entry ${entry.id}`, reportFailure(callFor(when))]);
    }
    for (const guidance of ZOWE_STATUS_GUIDANCE) {
        reports.push([`status ${guidance.code}`, reportFailure(callFor({ status: [guidance.code], source: ["http"] }))]);
    }
    return reports;
}

const REPORTS = corpusReports();

it("reads enough of the corpora to mean something", () => {
    expect(REPORTS.length).toBeGreaterThan(250);
});

it.each(REPORTS)("%s: says nothing twice", (_name, report) => {
    const advice = adviceOf(report.diagnosis);
    const pairs = advice.flatMap((a, i) => advice.slice(i + 1).filter((b) => repeats(a, b)).map((b) => `${a}\n  ~ ${b}`));
    expect(pairs).toEqual([]);
});

it.each(REPORTS)("%s: says nothing that contradicts itself", (_name, report) => {
    const advice = adviceOf(report.diagnosis).join("\n");
    expect(CONTRADICTIONS.filter(([one, other]) => one.test(advice) && other.test(advice)).map(([one, other]) => `${one} / ${other}`)).toEqual([]);
});

it("the measure finds the repeats the trial found", () => {
    expect(repeats("To go through API ML, set basePath (ibmzosmf/api/v1 for z/OSMF) and the gateway's host and port in this profile.",
        "To go through API ML, set basePath (ibmzosmf/api/v1 for z/OSMF) and use the gateway's host and port.")).toBe(true);
    expect(repeats("Check the password once by hand, by logging on to TSO.", "Fix the stored password before the next Zowe command.")).toBe(false);
});
