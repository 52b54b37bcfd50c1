/**
 * Every fixture folder of __tests__/__resources__/formats, one folder per format: each text is read as
 * `last-error --input FILE` reads it, and must give what its .expected.json says. Every format that reads errors
 * without a status, code or ID has a folder.
 */
import * as fs from "fs";
import * as path from "path";
import { findLastFailures } from "../../../../src/api/lastError/findLastFailures";
import { EVIDENCE_FORMATS } from "../../../../src/api/readers/formats";
import { ALL_CANARIES_TEXT, expectNoCanary } from "../../../__helpers__/canaries";

const ROOT = path.join(__dirname, "../../../__resources__/formats");
const FOLDERS = fs.readdirSync(ROOT).filter((name) => fs.statSync(path.join(ROOT, name)).isDirectory());
const CASES = FOLDERS.flatMap((folder) => fs.readdirSync(path.join(ROOT, folder)).filter((file) => file.endsWith(".txt"))
    .map((file): [string, string] => [folder, file]));

interface IExpected {
    format: string; client: string; source: string; status: number | null; service: string; verdict: string; matched: string[];
    request: Record<string, unknown>; networkCode?: string; messageIds?: string[]; time?: string;
}

describe("format fixtures", () => {
    it("every format of errors without a status, code or ID has a fixture folder, and every folder names a format", () => {
        const ids = EVIDENCE_FORMATS.map((format) => format.id);
        expect(EVIDENCE_FORMATS.filter((format) => format.ownErrors === true).map((format) => format.id)
            .filter((id) => !FOLDERS.includes(id))).toEqual([]);
        expect(FOLDERS.filter((folder) => !ids.includes(folder))).toEqual([]);
    });

    it.each(CASES)("%s/%s is read as expected", (folder, file) => {
        const text = path.join(ROOT, folder, file);
        const expected = JSON.parse(fs.readFileSync(text.replace(/\.txt$/, ".expected.json"), "utf8")) as IExpected;
        const [report] = findLastFailures({ inputFile: text, env: {}, cliHome: path.join(ROOT, "no-such-home") }).reports;
        expect(expected.format).toBe(folder);
        expect({
            format: report.evidence.format?.id, client: report.client, source: report.source, status: report.status, service: report.service,
            verdict: report.diagnosis.verdict, matched: report.diagnosis.matched.slice(0, expected.matched.length),
            request: Object.fromEntries(Object.entries(report.request).filter(([, value]) => value != null))
        }).toEqual({ format: expected.format, client: expected.client, source: expected.source, status: expected.status,
            service: expected.service, verdict: expected.verdict, matched: expected.matched, request: expected.request });
        expect(report.networkError?.code ?? undefined).toBe(expected.networkCode);
        expect(report.server.messageIds).toEqual(expected.messageIds);
        expect(report.time ?? undefined).toBe(expected.time);
        // Every report says in words what happened.
        expect(report.diagnosis.summary.length).toBeGreaterThan(20);
    });

    it.each(CASES)("%s/%s with every planted secret in it shows none of them", (folder, file) => {
        const text = fs.readFileSync(path.join(ROOT, folder, file), "utf8");
        for (const planted of [`${text}\n${ALL_CANARIES_TEXT}\n`, `${ALL_CANARIES_TEXT}\n${text}`]) {
            const search = findLastFailures({ inputText: { text: planted, name: "-" }, includePayload: true });
            expectNoCanary(JSON.stringify(search));
        }
    });
});
