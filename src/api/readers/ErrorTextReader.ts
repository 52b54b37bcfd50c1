import type { IFailedCall } from "../failure/doc/IFailedCall";
import { toFailedCall, diagnosticLine } from "./RestErrorRecord";

/** The first line of every failure Zowe CLI 8 prints on stderr: it ends with a period up to 8.35, with a colon since 8.36. */
export const ERROR_TEXT_HEADER = /Unable to perform this operation due to the following problem[.:]/;
const SECTION_TITLES = ["Response From Service", "Diagnostic Information"];
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * A section of Zowe's error text: the lines after its title, up to the next section title.
 * @returns the section's text, or undefined when there is no such section
 */
export function sectionOf(text: string, title: string): string | undefined {
    const lines = text.replace(ANSI, "").replace(/\r\n/g, "\n").split("\n");
    const start = lines.findIndex((line) => line.trim() === title);
    if (start < 0) {
        return undefined;
    }
    const end = lines.findIndex((line, index) => index > start && SECTION_TITLES.includes(line.trim()));
    return lines.slice(start + 1, end < 0 ? undefined : end).join("\n").trim();
}

/**
 * Turn the aligned `key: value` lines Zowe prints for a JSON body (imperative's TextUtils.prettyJson) back into
 * JSON, so the body decodes like a logged one. Lists (`  - item`) become arrays. Returns the text itself when it is
 * not such a listing (HTML, plain text).
 */
function prettyJsonToJson(section: string): string {
    const lines = section.split("\n");
    const object: Record<string, unknown> = {};
    let listKey: string | undefined;
    for (const line of lines) {
        const item = /^\s+-\s(.*)$/.exec(line);
        if (item != null && listKey != null) {
            (object[listKey] as string[]).push(item[1].trimStart());
            continue;
        }
        const pair = /^([A-Za-z][\w-]*):(.*)$/.exec(line);
        if (pair == null) {
            return section;
        }
        const value = pair[2].trim();
        if (value.length === 0) {
            listKey = pair[1];
            object[listKey] = [];
        } else {
            listKey = undefined;
            object[pair[1]] = /^-?\d+$/.test(value) ? Number(value) : value;
        }
    }
    return JSON.stringify(object);
}

/**
 * Read the error text a failed Zowe command printed and a user copied from a terminal: the "Unable to perform
 * this operation…" block with its "Response From Service" and "Diagnostic Information" sections.
 * @returns the record, or undefined when the text holds no REST call
 */
export function readErrorText(text: string, file: string, includePayload = false): IFailedCall | undefined {
    const clean = text.replace(ANSI, "").replace(/\r\n/g, "\n");
    const header = ERROR_TEXT_HEADER.exec(clean);
    // Without the header, whatever stands before the sections is not Zowe's: it may be the user's shell lines.
    const afterHeader = header == null ? "" : clean.slice(header.index + header[0].length);
    const problemEnd = SECTION_TITLES.map((title) => afterHeader.indexOf(`\n${title}\n`)).filter((index) => index >= 0);
    const problem = afterHeader.slice(0, problemEnd.length > 0 ? Math.min(...problemEnd) : undefined).trim();
    const response = sectionOf(clean, "Response From Service");
    const details = sectionOf(clean, "Diagnostic Information") ?? null;
    const status = /Received HTTP\(S\) error (\d{3})/.exec(details ?? "")?.[1];
    const source = status != null ? "http" : undefined;
    return toFailedCall({
        msg: problem,
        causeErrors: source === "http" && response != null ? prettyJsonToJson(response) : undefined,
        causeText: response,
        source,
        httpStatus: status,
        protocol: diagnosticLine(details, "Protocol"),
        host: diagnosticLine(details, "Host"),
        port: diagnosticLine(details, "Port"),
        basePath: diagnosticLine(details, "Base Path"),
        resource: diagnosticLine(details, "Resource"),
        request: diagnosticLine(details, "Request"),
        additionalDetails: details,
        payload: diagnosticLine(details, "Payload")
    }, { time: null, command: null, evidence: { kind: "stderr-text", file }, includePayload });
}
