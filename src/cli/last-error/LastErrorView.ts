import type { IHandlerResponseApi } from "@zowe/imperative";
import { ImperativeError } from "@zowe/imperative";
import type { IFailureReport } from "../../api/failure/doc/IFailedCall";
import type { IFailureSearch } from "../../api/lastError/findLastFailures";
import { collectEnvironment } from "../shared/ReportEnvironment";
import { failureMarkdown } from "../shared/MarkdownReport";
import { notesText, renderBriefFailureReport, renderFailureReport, staleLines } from "./FailureReportText";
import { failureTable } from "./FailureTable";

/** --all lists at most this many failures; --count and --index take numbers up to it. */
export const MAX_LISTED = 1000;

/** How last-error shows what it found: one report (full, brief or Markdown), or a table of several. */
export interface ILastErrorView {
    /** How many failures to look for. */
    limit: number;
    /** A table of failures (--count, --all), unless --index picks one row of it. */
    table: boolean;
    /** The row of the table to show as a full report (from 1). */
    index?: number;
    /** The report's form. */
    form: "text" | "brief" | "markdown";
}

function wholeNumber(value: unknown, option: string, example: string): number | undefined {
    if (value != null && (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > MAX_LISTED)) {
        throw new ImperativeError({ msg: `--${option} takes a whole number from 1 to ${MAX_LISTED}, for example ${example}.` });
    }
    return value as number | undefined;
}

/**
 * Read the view options of last-error (--count, --all, --index, --brief, --markdown) and refuse combinations that
 * mean nothing, with a one-line message that says what is accepted.
 * @param args - the command's arguments
 * @throws {ImperativeError} when a number is out of range or a one-report form is asked for a table
 */
export function readLastErrorView(args: Record<string, unknown>): ILastErrorView {
    const count = wholeNumber(args.count, "count", "--count 5");
    const index = wholeNumber(args.index, "index", "--count 5 --index 2");
    const table = count != null || args.all === true;
    const form = args.markdown === true ? "markdown" : args.brief === true ? "brief" : "text";
    if (table && index == null && form !== "text") {
        throw new ImperativeError({
            msg: `--${form} shows one failure: pick a row of the table with --index (for example --count 5 --index 2 --${form}), ` +
                "or leave out --count and --all."
        });
    }
    if (count != null && index != null && index > count) {
        throw new ImperativeError({ msg: `--index takes a row number from 1 to ${count} (the rows of --count ${count}), for example --index 1.` });
    }
    return { limit: count ?? (args.all === true ? MAX_LISTED : index ?? 1), table, index, form };
}

/**
 * The one failure a view shows: the first, or the row --index picked.
 * @throws {ImperativeError} when --index is past the last failure found
 */
function pickReport(search: IFailureSearch, view: ILastErrorView): IFailureReport {
    const found = search.reports.length;
    if (view.index != null && view.index > found) {
        throw new ImperativeError({
            msg: `--index ${view.index} is past the last failure found: give a row number from 1 to ${found} as numbered in ` +
                `zowe http-status last-error --count ${found}, for example --index ${found}.`
        });
    }
    return search.reports[(view.index ?? 1) - 1];
}

/**
 * Show what a search found the way the view asks: a table, or one report as text, brief text or Markdown (with the
 * environment, gathered only then). With --rfj, `data` is the report (or the table's reports) in every form, and
 * the text or Markdown is the document's `stdout`.
 * @param search - what findLastFailures found (at least one failure)
 */
export function showFailures(response: IHandlerResponseApi, search: IFailureSearch, view: ILastErrorView): void {
    if (view.table && view.index == null) {
        response.data.setObj(search.reports);
        response.data.setMessage(`${search.reports.length} failed Zowe REST call(s) found`);
        const stale = staleLines(search.reports[0]?.stale);
        if (stale.length > 0) {
            response.console.log(stale.join("\n"));
        }
        const table = failureTable(search.reports);
        response.format.output({ output: table.rows, format: "table", header: true, fields: table.fields });
        if (search.notes.length > 0) {
            response.console.log(notesText(search.notes));
        }
        return;
    }
    const report = pickReport(search, view);
    response.data.setObj(report);
    response.data.setMessage(report.diagnosis.summary);
    response.console.log(view.form === "markdown" ? failureMarkdown(report, collectEnvironment(report), search.notes) :
        view.form === "brief" ? renderBriefFailureReport(report) : renderFailureReport(report, search.notes));
}
