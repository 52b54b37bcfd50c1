import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import { readOwnError } from "../shared/readOwnError";

/**
 * The error text of Zowe Explorer for IntelliJ (zowe/zowe-explorer-intellij, dataops/exceptions/CallException.kt):
 * `<what failed>\nCode: <status>\nCATEGORY: …\nMESSAGE: …\nRETURN CODE: …\nDETAILS:\n…\nREASON: …`, the labelled
 * fields of z/OSMF's JSON error report as Gson read them (numbers as `4.0`). The notification shows its first line;
 * its "More" dialog the whole text, which users copy, often joined on one line.
 */
const LABELS = ["Code", "CATEGORY", "MESSAGE", "RETURN CODE", "DETAILS", "REASON"];
const DIALOG = /(?:^|\s)Code: \d{3}(?:\s|$)[\s\S]{0,4000}?(?:CATEGORY|RETURN CODE|REASON): /;
const LABEL = new RegExp(`(?:^|\\s)(${LABELS.join("|")}):[ \\t]{0,8}`, "g");

/** The labelled values of the dialog text, each up to the next label. */
function labelled(text: string): Partial<Record<string, string>> {
    const marks = [...text.matchAll(new RegExp(LABEL.source, "g"))];
    const values: Partial<Record<string, string>> = {};
    marks.forEach((mark, index) => {
        const start = (mark.index ?? 0) + mark[0].length;
        const end = marks[index + 1]?.index ?? text.length;
        values[mark[1]] ??= text.slice(start, end).trim();
    });
    return values;
}

/** A number as Gson wrote it (`4.0`), or undefined for `null` or words. */
function gsonNumber(value: string | undefined): number | undefined {
    const number = value != null && /^-?\d{1,10}(?:\.0{1,4})?$/.test(value) ? Number(value) : NaN;
    return Number.isInteger(number) ? number : undefined;
}

/**
 * Zowe Explorer for IntelliJ's error dialog text: the status from `Code:`, z/OSMF's category, return code and reason
 * from `CATEGORY:`, `RETURN CODE:` and `REASON:`, its message and details. The heading says what Explorer was doing.
 */
export const INTELLIJ_ERROR_DIALOG: IEvidenceFormat = {
    id: "zowe-explorer-intellij-dialog",
    label: "Zowe Explorer for IntelliJ's error dialog",
    ownErrors: true,
    detect: (text) => (DIALOG.test(text.slice(0, 65536)) ? 0.92 : 0),
    read: (text, context) => {
        const values = labelled(text);
        const heading = text.slice(0, /(?:^|\s)Code: \d{3}/.exec(text)?.index ?? 0).replace(/^`{3}\w{0,20}$/gm, "").trim().split("\n").pop() ?? "";
        const message = [values.MESSAGE, values.DETAILS].filter((part) => part != null && part !== "null" && part.length > 0).join("\n");
        const status = gsonNumber(values.Code);
        const failure = readOwnError(text, INTELLIJ_ERROR_DIALOG, {
            kind: "explorer-text", client: "zowe-explorer", versions: "Zowe Explorer for IntelliJ", message: message || heading,
            answer: status == null ? undefined : { status, body: message }
        }, context);
        const { server } = failure.call;
        const [category, rc, reason] = [values.CATEGORY, values["RETURN CODE"], values.REASON].map(gsonNumber);
        Object.assign(server, { ...(category == null ? {} : { category }), ...(rc == null ? {} : { rc }), ...(reason == null ? {} : { reason }) });
        server.message = message || server.message;
        if (category != null || rc != null || reason != null) {
            // CATEGORY, RETURN CODE and REASON are the fields of z/OSMF's JSON error report: z/OSMF answered.
            failure.call.service = "zosmf";
        }
        return [failure];
    }
};
