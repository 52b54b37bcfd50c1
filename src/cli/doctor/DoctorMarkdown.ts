import type { IDoctorReport } from "../../api/doctor/doc/IDoctor";
import { renderMarkdownReport } from "../shared/MarkdownReport";
import type { IReportEnvironment } from "../shared/ReportEnvironment";
import { doctorCounts } from "./DoctorText";

/**
 * The doctor's checklist as one Markdown report for a ticket: the checks as a table, each fix as a step, and the same
 * Environment section as `last-error --markdown`. renderMarkdownReport masks and escapes every value.
 * @param report - runDoctor's answer
 * @param environment - collectEnvironment()'s answer
 */
export function doctorMarkdown(report: IDoctorReport, environment: IReportEnvironment): string {
    const attention = report.checks.filter((check) => check.state === "fail" || check.state === "warn");
    return renderMarkdownReport({
        title: `Zowe doctor: ${report.ok ? "no check failed" : "a check failed"} (${doctorCounts(report)})`,
        summary: report.ok ? "The local Zowe setup passed every check that applies; warnings are listed with their fixes." :
            "The local Zowe setup has a problem that makes Zowe commands fail before any request is sent; each failed check names its fix.",
        facts: [["Checks", doctorCounts(report)], ["Network", "none: only this machine was read"]],
        tables: [{
            heading: "Checks",
            table: { header: ["Check", "State", "Finding"], rows: report.checks.map((check) => [`${check.id}: ${check.title}`,
                check.state.toUpperCase(), check.finding]) }
        }],
        causes: [],
        steps: attention.filter((check) => check.fix != null).map((check) =>
            `${check.id}: ${check.fix}${check.docs == null ? "" : ` (see ${check.docs})`}`),
        nextCommands: [],
        curl: null,
        notes: [],
        environment,
        madeBy: "zowe http-status doctor --markdown"
    });
}
