import type { IFailedCall, IFailureReport, IDiagnosis } from "../../api/failure/doc/IFailedCall";
import type { IProbeResult } from "../../api/probe/doc/IProbeResult";
import type { IZoweNextCommand } from "../../api/knowledge/doc/IHttpStatus";
import { noRequestKnown, requestLine } from "../../api/diagnose/diagnose";
import { curlCommand } from "../../api/diagnose/curlCommand";
import { Redactor } from "../../api/redaction/Redactor";
import { answeredBy, explorerContext, originPlace, profileText, proxyUsed, serverSaid, whenLogged } from "../last-error/FailureReportText";
import { repeatsSentence } from "../last-error/RepeatsText";
import { keyDetail, probeTargetUrl, proxyLine, timingText } from "../probe/ProbeResultText";
import type { IProbeCertificate } from "../../api/probe/doc/IProbeResult";
import type { IReportEnvironment } from "./ReportEnvironment";

/** A table: a header row and rows of plain-text cells (escaped when rendered). */
interface ITable {
    header: string[];
    rows: string[][];
}

/**
 * What a Markdown report is made of, whatever it reports: `last-error` and `probe` fill it in, renderMarkdownReport
 * writes it. Values from evidence are plain text; escaping and masking happen when it is rendered.
 */
export interface IMarkdownReport {
    /** The title, with the verdict. */
    title: string;
    /** Said before anything else: the failure shown may not be the last one (a log level hid newer errors). */
    warning?: string;
    summary: string;
    caution?: string;
    /** Label and value; values are evidence, masked and shown as code. */
    facts: Array<[string, string | null | undefined]>;
    /** Extra tables after the facts (the probe's layers), each under its heading. */
    tables?: Array<{ heading: string; table: ITable }>;
    /** `diagnosis.site` of the site knowledge, when a diagnosis has one: shown before the plug-in's own advice. */
    site?: unknown;
    causes: string[];
    steps: string[];
    nextCommands: IZoweNextCommand[];
    curl: string | null;
    notes: string[];
    environment: IReportEnvironment;
    /** The command that made the report, for the last line. */
    madeBy: string;
}

/** The longest run of backticks in a text. */
function longestBacktickRun(text: string): number {
    let longest = 0;
    let run = 0;
    for (const char of text) {
        run = char === "`" ? run + 1 : 0;
        longest = Math.max(longest, run);
    }
    return longest;
}

/**
 * Text as an inline code span: shown as it is (no emphasis, links or HTML), on one line, delimited by more
 * backticks than any run inside it.
 */
export function codeSpan(text: string): string {
    const oneLine = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0).join(" / ");
    const ticks = "`".repeat(longestBacktickRun(oneLine) + 1);
    const pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
    return `${ticks}${pad}${oneLine}${pad}${ticks}`;
}

/** A table cell: code, with `|` escaped so that it does not end the cell (GFM reads `\|` inside code spans too). */
export function tableCell(text: string): string {
    return text.length === 0 ? "-" : codeSpan(text).replace(/\|/g, "\\|");
}

/** A fenced block, its fence longer than any backtick run inside, so that nothing inside can close it. */
export function fencedBlock(text: string, info: string): string[] {
    const fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
    return [`${fence}${info}`, ...text.split(/\r?\n/), fence];
}

/**
 * Prose: one line, with `<` and `[` escaped so that no Markdown renderer reads HTML, a link or an image in it (a
 * server's message is evidence: it must not make a pasted report load a URL).
 */
export function prose(text: string): string {
    return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0).join(" ").replace(/[<[]/g, "\\$&");
}

function renderTable(table: ITable): string[] {
    const row = (cells: string[]): string => `| ${cells.join(" | ")} |`;
    // The first column names the row (plain words); the others hold values, shown as they are.
    const cells = (values: string[]): string[] => values.map((value, index) => (index === 0 ? prose(value).replace(/\|/g, "\\|") : tableCell(value)));
    return [row(table.header.map(prose)), row(table.header.map(() => "---")), ...table.rows.map((values) => row(cells(values)))];
}

function heading(title: string, body: string[]): string[] {
    return body.length === 0 ? [] : ["", `## ${title}`, "", ...body];
}

function commandItems(commands: IZoweNextCommand[]): string[] {
    return commands.map((next) => `- ${codeSpan(next.command)}: ${prose(next.purpose)}`);
}

/** Strings of a loosely typed array (site entries are another module's data): anything else is left out. */
function strings(value: unknown): string[] {
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/**
 * The site's own advice (`diagnosis.site`: `[{ id, file, causes, nextSteps, nextCommands, contact }]`), read
 * loosely: the site knowledge is another module's, and an entry that lacks a part shows the rest.
 */
function siteAdvice(site: unknown): string[] {
    const entries = Array.isArray(site) ? site.filter((entry): entry is Record<string, unknown> => entry != null && typeof entry === "object") : [];
    return entries.flatMap((entry, index) => {
        const commands = (Array.isArray(entry.nextCommands) ? entry.nextCommands : []).map((next: unknown) =>
            typeof next === "string" ? { command: next, purpose: "" } : next as IZoweNextCommand)
            .filter((next: IZoweNextCommand) => typeof next?.command === "string");
        const from = typeof entry.file === "string" ? ` (from ${codeSpan(entry.file)})` : "";
        return [
            ...(index > 0 ? [""] : []),
            `### ${prose(String(entry.id ?? "site advice"))}${from}`, "",
            ...(typeof entry.contact === "string" ? [`Contact: ${prose(entry.contact)}`, ""] : []),
            ...strings(entry.causes).map((cause) => `- ${prose(cause)}`),
            ...strings(entry.nextSteps).map((step, index) => `${index + 1}. ${prose(step)}`),
            ...commands.map((next: IZoweNextCommand) => `- ${codeSpan(next.command)}${next.purpose ? `: ${prose(next.purpose)}` : ""}`)
        ];
    });
}

function environmentTable(environment: IReportEnvironment): ITable {
    return {
        header: ["Item", "Value"],
        rows: [
            ["Zowe CLI", environment.zoweCli ?? "not known"],
            ...environment.plugins.map((plugin) => [`Plug-in ${plugin.name}`, plugin.version ?? "version not known"]),
            ...(environment.zoweExplorer == null ? [] : [["Zowe Explorer", environment.zoweExplorer]]),
            ["Node.js", environment.node],
            ["OS", environment.os],
            ["Daemon mode", environment.daemon ? "yes" : "no"],
            ["Log level (imperative)", environment.logLevels.imperative],
            ["Log level (app)", environment.logLevels.app],
            ...(environment.logLevels.explorer == null ? [] : [["Log level (Zowe Explorer)", environment.logLevels.explorer]])
        ]
    };
}

/**
 * Write a report as Markdown that reads as plain text too: title, summary, facts table, site advice, causes, steps,
 * next commands, the curl line in a fenced block, notes and the Environment section. Every value from evidence or
 * from the machine passes the Redactor (again: the reports are masked when they are made); the plug-in's own
 * knowledge text is not masked, which would turn "password: check it" into "password: ****".
 */
export function renderMarkdownReport(report: IMarkdownReport): string {
    const redactor = new Redactor();
    const mask = (text: string): string => redactor.text(text);
    const facts = report.facts.filter((fact): fact is [string, string] => fact[1] != null && fact[1].length > 0)
        .map(([label, value]) => [label, mask(value)]);
    const maskedTable = (table: ITable): ITable => ({ header: table.header, rows: table.rows.map((cells) => cells.map(mask)) });
    return [
        `# ${prose(mask(report.title))}`,
        ...(report.warning == null ? [] : ["", `> **Warning:** ${prose(mask(report.warning))}`]),
        "",
        prose(report.summary),
        ...(report.caution == null ? [] : ["", `> **Caution:** ${prose(report.caution)}`]),
        ...heading("Facts", renderTable({ header: ["Fact", "Value"], rows: facts })),
        ...(report.tables ?? []).flatMap((extra) => heading(extra.heading, renderTable(maskedTable(extra.table)))),
        ...heading("Site advice", siteAdvice(report.site)),
        ...heading("Likely causes", report.causes.map((cause) => `- ${prose(cause)}`)),
        ...heading("What to do", report.steps.map((step, index) => `${index + 1}. ${prose(step)}`)),
        ...heading("Next commands", commandItems(report.nextCommands)),
        ...heading("Repeat the call with curl", report.curl == null ? [] : [
            "Fill in the placeholders; the credentials are not in it.", "", ...fencedBlock(mask(report.curl), "sh")]),
        ...heading("Notes", report.notes.map((note) => `- ${prose(mask(note))}`)),
        ...heading("Environment", renderTable(maskedTable(environmentTable(report.environment)))),
        "",
        `Made by ${codeSpan(report.madeBy)}. Secrets are masked as ${codeSpan("****")}; read it once before you paste it.`,
        ""
    ].join("\n");
}

/** The facts of a failed call, as the facts table shows them. */
function callFacts(call: IFailedCall): Array<[string, string | null | undefined]> {
    return [
        ["When", call.time == null ? null : whenLogged(call.time)],
        ["Repeated", call.repeats == null ? null : repeatsSentence(call.repeats)],
        ["Where", explorerContext(call)],
        ["Command", call.command],
        ["Request", noRequestKnown(call) ? null : requestLine(call)],
        ["Base path", call.request.basePath],
        ["Answered", answeredBy(call)],
        ["Said", serverSaid(call) ?? call.networkError?.message],
        ["Message IDs", call.server.messageIds?.join(", ")],
        // The service's own words, marked as its own: the plug-in's advice comes in the sections below.
        ["Server's reason", call.server.words?.reason],
        ["Server's action", call.server.words?.action],
        ["Authentication", call.auth.kind],
        ["Evidence", [call.evidence.file, call.evidence.format?.label].filter((part) => part != null).join(", ")]
    ];
}

/** `diagnosis.site`, when the site knowledge added it to the diagnosis (another module's field, read loosely). */
function siteOf(diagnosis: IDiagnosis): unknown {
    return (diagnosis as IDiagnosis & { site?: unknown }).site;
}

/** What the diagnosis gives every report: summary, caution, site advice, causes, steps and next commands. */
function diagnosisParts(diagnosis: IDiagnosis): Pick<IMarkdownReport, "summary" | "caution" | "site" | "causes" | "steps" | "nextCommands"> {
    return {
        summary: diagnosis.summary, caution: diagnosis.caution, site: siteOf(diagnosis), causes: diagnosis.causes,
        steps: diagnosis.nextSteps, nextCommands: diagnosis.nextCommands
    };
}

/**
 * The Markdown report of one failure (`last-error --markdown`).
 * @param report - the failure, as findLastFailures gives it (masked)
 * @param environment - collectEnvironment()'s answer
 * @param notes - the search's notes
 */
export function failureMarkdown(report: IFailureReport, environment: IReportEnvironment, notes: string[] = []): string {
    const status = report.status == null ? report.networkError?.code ?? report.source :
        `${report.status}${report.statusText == null ? "" : ` ${report.statusText}`}`;
    return renderMarkdownReport({
        title: `Failed Zowe REST call: ${report.diagnosis.verdict} (${status})`,
        ...report.stale == null ? {} : { warning: report.stale.message },
        ...diagnosisParts(report.diagnosis),
        facts: [...callFacts(report), ["Proxy", proxyUsed(report)], ["Profile", profileText(report)], ["Verdict", report.diagnosis.verdict]],
        tables: (report.origins ?? []).length === 0 ? [] : [{
            heading: "Where the values came from",
            table: { header: ["Value", "From"], rows: (report.origins ?? []).map((origin) => Object.values(originPlace(origin))) }
        }],
        curl: report.curl,
        notes: [...report.evidence.notes ?? [], ...notes],
        environment,
        madeBy: "zowe http-status last-error --markdown"
    });
}

/** The proxy the probe went through (or that NO_PROXY bypassed), as a fact row. */
function proxyFact(result: IProbeResult): Array<[string, string]> {
    return result.proxy == null ? [] : [["Proxy", proxyLine(result.proxy)]];
}

/**
 * The Markdown report of a probe (`probe --markdown`): the layers as a table, and the failed layer's diagnosis.
 * @param result - probeConnection()'s answer
 * @param environment - collectEnvironment()'s answer
 */
export function probeMarkdown(result: IProbeResult, environment: IReportEnvironment): string {
    const failedLayer = result.steps[result.steps.length - 1]?.name;
    const layers: ITable = {
        header: ["Layer", "Result", "Detail", "ms"],
        rows: result.steps.map((step) => [step.name, !step.ok ? "FAIL" : step.warning != null ? "WARN" : "ok",
            `${keyDetail(step)}${step.warning == null ? "" : ` (${step.warning})`}`, String(step.ms)])
    };
    const chain = (result.steps.find((step) => step.name === "tls")?.detail.chain ?? []) as IProbeCertificate[];
    const certificates: ITable = {
        header: ["#", "Subject", "Issuer", "Names", "Valid from", "Valid to", "SHA-256"],
        rows: chain.map((certificate, index) => [String(index + 1), certificate.subjectName, certificate.issuerName, certificate.names.join(", "),
            certificate.validFrom ?? "?", certificate.validTo ?? "?", certificate.fingerprint256])
    };
    const common = {
        tables: [{ heading: "Layers", table: layers },
            ...chain.length === 0 ? [] : [{ heading: "Certificates the server sent", table: certificates }]],
        environment, madeBy: "zowe http-status probe --markdown", notes: []
    };
    const timings: Array<[string, string]> = [["Timings (ms)", timingText(result)]];
    if (result.slow != null) {
        timings.push(["Slow", result.slow.words]);
    }
    if (result.diagnosis == null || result.failure == null) {
        return renderMarkdownReport({
            ...common, title: "Zowe connection probe: every layer works",
            summary: `Every layer of the connection to ${probeTargetUrl(result)} works.`,
            facts: [["Target", probeTargetUrl(result)], ...proxyFact(result), ...timings],
            causes: [], steps: [], nextCommands: [], curl: null
        });
    }
    return renderMarkdownReport({
        ...common, title: `Zowe connection probe: ${result.diagnosis.verdict} (the ${failedLayer} layer failed)`,
        ...diagnosisParts(result.diagnosis),
        facts: [["Target", probeTargetUrl(result)], ...proxyFact(result), ...callFacts(result.failure), ["Verdict", result.diagnosis.verdict],
            ["Exit code", String(result.exitCode)], ...timings],
        curl: curlCommand(result.failure)
    });
}
