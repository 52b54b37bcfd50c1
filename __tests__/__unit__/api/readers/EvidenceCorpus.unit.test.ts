/**
 * The evidence users really hold, read through the public API:
 * - what real Zowe CLI 6.40.32 (v1) and 7.29.25 (v2) printed and logged when commands failed against the fake z/OSMF
 *   (`npm run fixtures`, __resources__/old-cli): every form gives the facts of that run's own --rfj error object;
 * - error texts users pasted into public Zowe issues (__resources__/pastes, each labelled with its thread's link and
 *   conclusion): the facts each text shows are read exactly, no paste with an error signal is refused, and the humans'
 *   verdict is reached on at least 80% of them.
 * No canary secret of either set may appear in a report.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { findLastFailures } from "../../../../src/api/lastError/findLastFailures";
import type { IFailureReport } from "../../../../src/api/failure/doc/IFailedCall";

const resources = path.resolve(__dirname, "..", "..", "..", "__resources__");

/** Read evidence text as `last-error --input` does, and give the newest report. */
function reportOf(text: string, name: string): IFailureReport {
    const { reports } = findLastFailures({ inputText: { text, name } });
    expect(reports).toHaveLength(1);
    return reports[0];
}

describe("the outputs and logs of real Zowe CLI v1 and v2", () => {
    interface IMeta {
        cliVersion: string;
        scenario: string;
        command: string[];
        expected: { status: number | null; method: string; host: string; port: number; resource: string; errorCode: string | null };
    }
    const root = path.join(resources, "old-cli");
    const runs = ["v1", "v2"].flatMap((version) => fs.readdirSync(path.join(root, version)).filter((name) => !name.includes("."))
        .map((scenario) => [`${version} ${scenario}`, path.join(root, version, scenario)] as [string, string]));
    const canaries = ["FixtureEnvCanary-81", "FixtureProxyPw-3"];

    function expectFacts(report: IFailureReport, meta: IMeta): void {
        const { expected } = meta;
        expect({
            status: report.status, method: report.request.method, host: report.request.host, port: report.request.port,
            resource: report.request.resource, errorCode: report.status == null ? report.networkError?.code ?? null : null
        }).toEqual({
            status: expected.status ?? null, method: expected.method, host: expected.host, port: expected.port, resource: expected.resource,
            errorCode: expected.status == null ? expected.errorCode : null
        });
        const printed = JSON.stringify(report);
        const password = meta.command[meta.command.indexOf("--password") + 1];
        for (const secret of [...canaries, password]) {
            expect(printed).not.toContain(secret);
        }
    }

    it.each(runs)("%s: the error text, the --rfj result and the log give the facts of the run", (_name, dir) => {
        const meta: IMeta = JSON.parse(fs.readFileSync(path.join(dir, "meta.json"), "utf8"));
        const text = reportOf(fs.readFileSync(path.join(dir, "stderr.txt"), "utf8"), "stderr.txt");
        expectFacts(text, meta);
        expect(text.evidence.format).toMatchObject({ id: "zowe-cli-v1-v2-text" });
        expect(text.client).toBe("zowe-cli");
        const rfj = reportOf(fs.readFileSync(path.join(dir, "rfj.json"), "utf8"), "rfj.json");
        expectFacts(rfj, meta);
        expect(rfj.evidence.format).toMatchObject({ id: "zowe-cli-rfj", versions: "Zowe CLI 6.x or 7.x" });
        const log = reportOf(fs.readFileSync(path.join(dir, "imperative.log"), "utf8"), "imperative.log");
        expectFacts(log, meta);
        expect(log.time).not.toBeNull();
        expect(log.command).toMatch(/^zowe /);
        if (fs.existsSync(path.join(dir, "v3format-stderr.txt"))) {
            const v3 = reportOf(fs.readFileSync(path.join(dir, "v3format-stderr.txt"), "utf8"), "v3format-stderr.txt");
            expectFacts(v3, meta);
            expect(v3.evidence.format?.id).toBe("zowe-cli-v3-text");
        }
    });

    it("a v1/v2 Zowe CLI home is read as it is laid out (imperative/logs and zowe/logs)", () => {
        const home = fs.mkdtempSync(path.join(os.tmpdir(), "hs-v2home-"));
        try {
            const run = path.join(root, "v2", "500");
            fs.mkdirSync(path.join(home, "imperative", "logs"), { recursive: true });
            fs.mkdirSync(path.join(home, "zowe", "logs"), { recursive: true });
            fs.copyFileSync(path.join(run, "imperative.log"), path.join(home, "imperative", "logs", "imperative.log"));
            fs.copyFileSync(path.join(run, "zowe.log"), path.join(home, "zowe", "logs", "zowe.log"));
            const meta: IMeta = JSON.parse(fs.readFileSync(path.join(run, "meta.json"), "utf8"));
            for (const options of [{ cliHome: home }, { logDir: home }, { logDir: path.join(home, "imperative", "logs") }]) {
                const { reports, searched } = findLastFailures(options);
                expect(searched).toEqual([path.join(home, "imperative", "logs", "imperative.log")]);
                expectFacts(reports[0], meta);
                // v1 and v2 keep z/OSMF's stack in the body they log (v3 removes it and keeps it only in zowe.log).
                expect(reports[0].server.stack).toContain("at ");
            }
        } finally {
            fs.rmSync(home, { recursive: true, force: true });
        }
    });
});

describe("error texts users pasted into public Zowe issues", () => {
    interface ILabel {
        id: string;
        file: string;
        url: string;
        facts: { status?: number | null; method?: string; protocol?: string; host?: string; port?: number; basePath?: string; resource?: string;
            errorCode?: string; messageIds?: string[] };
        expected: { verdict: string; service: string; confidence: string };
    }
    const dir = path.join(resources, "pastes");
    const labels: ILabel[] = JSON.parse(fs.readFileSync(path.join(dir, "labels.json"), "utf8"));
    /**
     * Pastes with no error signal at all (no status, error code, message ID or code a plug-in's service reported): the
     * one-line refusal is right for them. (`PASS command failed` is the FTP plug-in's failed logon: it is read.)
     */
    // Every paste holds an error: none is refused (issue 19), even those without a status, code or message ID.
    const NO_SIGNAL: string[] = [];
    /** Facts a label took from the prose of a message, where no reader looks for them (the text has no label or URL for them). */
    const FACTS_IN_PROSE: Record<string, string[]> = {
        "ze-21-v1-404-mfs0103-basepath": ["resource"],
        "zoesample-4-wazi-404-srve0190e": ["resource"],
        "docs-1611-db2-sql30081n-secport": ["host"]
    };
    const read = labels.map((label) => {
        const text = fs.readFileSync(path.join(dir, label.file), "utf8");
        try {
            return { label, text, report: reportOf(text, label.file), refusal: null };
        } catch (error) {
            return { label, text, report: null, refusal: (error as Error).message };
        }
    });

    it("holds at least 45 labelled pastes from Zowe CLI, Zowe Explorer and plug-ins", () => {
        expect(labels.length).toBeGreaterThanOrEqual(45);
        expect(new Set(labels.map((label) => label.id)).size).toBe(labels.length);
        expect(labels.every((label) => /^https:\/\/github\.com\//.test(label.url))).toBe(true);
    });

    it("refuses none with an error signal, and the others with one line", () => {
        expect(read.filter((entry) => entry.refusal != null).map((entry) => entry.label.id)).toEqual(NO_SIGNAL);
        for (const entry of read.filter((each) => each.refusal != null)) {
            expect(entry.refusal).not.toContain("\n");
        }
    });

    it.each(labels.filter((label) => !NO_SIGNAL.includes(label.id)).map((label) => [label.id, label] as [string, ILabel]))(
        "%s: the facts the text shows are read exactly", (_id, label) => {
            const report = read.find((entry) => entry.label === label)?.report as IFailureReport;
            const skip = FACTS_IN_PROSE[label.id] ?? [];
            const facts = label.facts;
            const seen: Record<string, unknown> = {
                status: report.status, method: report.request.method, protocol: report.request.protocol, host: report.request.host,
                port: report.request.port, basePath: report.request.basePath, resource: report.request.resource,
                errorCode: report.networkError?.code ?? null
            };
            for (const [fact, value] of Object.entries(facts).filter(([fact]) => fact !== "messageIds" && !skip.includes(fact))) {
                expect({ [fact]: seen[fact] }).toEqual({ [fact]: value });
            }
            expect(report.server.messageIds ?? []).toEqual(expect.arrayContaining(facts.messageIds ?? []));
            expect(JSON.stringify(report)).not.toMatch(/PasteSecret-/);
            expect(report.evidence.format?.id).toBeDefined();
        });

    it("reaches the humans' verdict on at least 80% of the pastes", () => {
        const misses = read.filter((entry) => entry.report?.diagnosis.verdict !== entry.label.expected.verdict)
            .map((entry) => `${entry.label.id}: ${entry.report?.diagnosis.verdict ?? "refused"} (humans: ${entry.label.expected.verdict}, ` +
                `${entry.label.expected.confidence})`);
        const accuracy = (labels.length - misses.length) / labels.length;
        // The figure and the misses, for the closing note of the work that changes them.
        console.log(`verdict accuracy on ${labels.length} pastes: ${(accuracy * 100).toFixed(0)}%; misses:\n  ${misses.join("\n  ")}`);
        expect(accuracy).toBeGreaterThanOrEqual(0.8);
    });

    it("recognises the service of every paste that came from a plug-in's service the text shows, and reaches its verdict", () => {
        const PLUGIN_SERVICES = ["cics", "mq", "db2", "ims", "ftp", "rse", "endevor", "zosconnect"];
        const perService = new Map<string, { pastes: number; service: number; verdict: number }>();
        for (const entry of read.filter((each) => PLUGIN_SERVICES.includes(each.label.expected.service))) {
            const counts = perService.get(entry.label.expected.service) ?? { pastes: 0, service: 0, verdict: 0 };
            counts.pastes += 1;
            counts.service += entry.report?.service === entry.label.expected.service ? 1 : 0;
            counts.verdict += entry.report?.diagnosis.verdict === entry.label.expected.verdict ? 1 : 0;
            perService.set(entry.label.expected.service, counts);
        }
        console.log(`per service (service recognised, verdict reached):\n  ${[...perService].map(([service, counts]) =>
            `${service}: ${counts.service}/${counts.pastes}, ${counts.verdict}/${counts.pastes}`).join("\n  ")}`);
        // Pastes whose text holds no sign of the service (a prefix alone, a bare status, or the API ML gateway speaking
        // for the service): they are not claimed for it.
        const NO_SERVICE_SIGN = ["ze-1970-v2-rse-eproto-http-only", "ze-2704-v2-pipes-rse-eproto", "zoe-452-ze-v2-rse-getjobs-500",
            "ftp-86-pr-userpass-not-valid", "ftp-54-ze-v1-huh-tk4", "apiml-4286-zweag510e-mq"];
        const unrecognised = read.filter((entry) => PLUGIN_SERVICES.includes(entry.label.expected.service) &&
            entry.report?.service !== entry.label.expected.service).map((entry) => entry.label.id);
        expect(unrecognised.sort()).toEqual([...NO_SERVICE_SIGN].sort());
    });
});
