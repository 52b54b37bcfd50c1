import type { IFailureReport } from "../../api/failure/doc/IFailedCall";
import { ageOf } from "./FailureReportText";
import { timesCell } from "./RepeatsText";

/** The width the table must fit: a 120-column terminal. */
export const TABLE_WIDTH = 120;

/** What a table shows in a cell that holds nothing: nothing answered, or the evidence does not say. */
const NOTHING = "-";

function orNothing(value: string | number | null | undefined): string {
    return value == null || String(value).trim().length === 0 ? NOTHING : String(value);
}

/** A cell cut to `width` characters, with `…` where it was cut. */
function cut(text: string, width: number): string {
    return text.length <= width ? text : `${text.slice(0, Math.max(1, width - 1))}…`;
}

/** `explorer 3.4.2`: the client column of a table row for an Explorer failure. */
function clientCell(report: IFailureReport): string {
    if (report.client !== "zowe-explorer") {
        return report.client;
    }
    const explorer = report.explorer;
    return `${explorer?.extender === true ? "explorer-ext" : "explorer"}${explorer?.version == null ? "" : ` ${explorer.version}`}`;
}

/** `GET /ibmzosmf/api/v1/zosmf/restfiles/ds?dslevel=A.*`: the method, the base path and the resource. */
function requestCell(report: IFailureReport): string {
    const base = (report.request.basePath ?? "").split("/").filter((part) => part.length > 0).join("/");
    const resource = `${base.length > 0 ? `/${base}` : ""}${report.request.resource ?? ""}`;
    return `${report.request.method ?? ""} ${resource}`.trim();
}

/**
 * The widest each shown column may be. `client`, `target` and `times` are shown only when they tell rows apart (more
 * than one client or target, a failure logged more than once); `request` and `message` share what the others leave.
 */
const MAX_WIDTHS: Record<string, number> = { index: 5, time: 14, client: 18, status: 12, verdict: 18, times: 6, target: 24 };
/** The share of what is left that `request` may take when `message` needs the rest. */
const REQUEST_SHARE = 0.55;
/** Below this, `target` gives its room to `request`. */
const MIN_REQUEST_WIDTH = 24;

/** The columns and rows of a --count or --all table, and the widest each column may be. */
export interface IFailureTable {
    /** The columns shown, in order (every row holds more fields, for --rff). */
    fields: string[];
    rows: Array<Record<string, string>>;
}

/**
 * The --count and --all table: one row per failure (a failure logged again and again is one row, `times` counts it),
 * numbered from 1 (the newest) in the `index` column, as --index takes them. Its shown columns fit a 120-column
 * terminal: `client`, `target` and `times` only when they tell rows apart (and `target` left out when the request
 * would get too little room), every cell cut to its column's width, `request` and `message` sharing what
 * the others leave. Every row also holds `age`, `service` and `basePath` for --rff.
 * Where nothing answered (no status) the service is `-`, not `unknown`; an empty cell is `-`.
 * @param reports - the failures, newest first
 * @returns the columns to show and the rows
 */
export function failureTable(reports: IFailureReport[]): IFailureTable {
    const distinct = (cell: (report: IFailureReport) => string): boolean => new Set(reports.map(cell)).size > 1;
    const target = (report: IFailureReport): string =>
        (report.request.host == null ? NOTHING : `${report.request.host}:${orNothing(report.request.port)}`);
    let fields = ["index", "time", ...distinct(clientCell) ? ["client"] : [], "status", "verdict",
        ...reports.some((report) => report.repeats != null) ? ["times"] : [], ...distinct(target) ? ["target"] : [], "request", "message"];
    const cells = reports.map((report, index) => rowOf(report, index, target));
    // Each column as wide as its widest cell (or header), up to its maximum; request and message share the rest.
    const widest = (field: string): number => Math.max(field.length, ...cells.map((row) => row[field].length));
    const widths: Record<string, number> = Object.fromEntries(Object.entries(MAX_WIDTHS)
        .map(([field, max]) => [field, Math.min(max, widest(field))]));
    for (;;) {
        const left = TABLE_WIDTH - (fields.length - 1) - fields.reduce((sum, field) => sum + (widths[field] ?? 0), 0);
        widths.request = Math.min(widest("request"), Math.max(Math.floor(left * REQUEST_SHARE), left - widest("message")));
        widths.message = left - widths.request;
        // Too little room for the request: one column fewer (the target is in each row's full report, --index N).
        const spare = ["target"].find((field) => fields.includes(field));
        if (widths.request >= MIN_REQUEST_WIDTH || widths.request >= widest("request") || spare == null) {
            break;
        }
        fields = fields.filter((field) => field !== spare);
    }
    const rows = cells.map((row) => Object.fromEntries(Object.entries(row).map(([field, cell]) =>
        [field, widths[field] == null ? cell : cut(cell, widths[field])])));
    return { fields, rows };
}

/** Every cell of one report's row, uncut. */
function rowOf(report: IFailureReport, index: number, target: (report: IFailureReport) => string): Record<string, string> {
    return {
        "index": String(index + 1),
        "time": orNothing(report.time?.slice(5, 19).replace("T", " ")),
        "age": orNothing(ageOf(report.time)),
        "client": clientCell(report),
        "status": report.status == null ? report.networkError?.code ?? report.source : String(report.status),
        "verdict": report.diagnosis.verdict,
        "times": timesCell(report.repeats),
        "service": report.status == null ? NOTHING : report.service,
        "target": target(report),
        "basePath": orNothing(report.request.basePath),
        "request": orNothing(requestCell(report)),
        "message": orNothing((report.server.message ?? report.networkError?.message ?? "").split("\n")[0])
    };
}
