import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import type { IFailedCall } from "../../failure/doc/IFailedCall";
import { readOwnError } from "../shared/readOwnError";
import { foreignNetworkError } from "../shared/foreignErrorWords";

/**
 * The Zowe Python SDK's errors (zowe/zowe-client-python-sdk, src/core/zowe/core_for_zowe_sdk/exceptions.py and
 * request_handler.py): `RequestFailed` ("HTTP Request has failed with status code N. \n <url>\n<headers>\n…\n<body>"),
 * `UnexpectedStatus` ("The status code from z/OSMF was: N\nExpected: [..]"; its log line swaps the two), the profile and
 * credential errors, and the `requests` exceptions below it (`SSLError`, `ConnectionError`, `Max retries exceeded`),
 * as a traceback or as lines of `~/.zowe/logs/python_sdk_logs.log`.
 */
const PYTHON_ERROR = new RegExp([
    "^Traceback \\(most recent call last\\):$", "HTTP Request has failed with status code \\d{3}", "The status code from z/OSMF was: ",
    "zowe\\.core_for_zowe_sdk", "\\b(?:requests|urllib3)\\.exceptions\\.\\w{1,60}", "HTTPS?ConnectionPool\\(host=",
    "Failed to load (?:secure )?profile '", "Failed to load secure values: ", "You must provide host, user, and password for a z/OSMF connection",
    "Unsupported authentication type: "
].join("|"), "m");
/** Where requests says it went: `HTTPSConnectionPool(host='mf', port=443): Max retries exceeded with url: /zosmf/info`. */
const POOL = /(HTTPS?)ConnectionPool\(host='([^'\n]{1,253})', port=(\d{1,5})\)(?:: Max retries exceeded with url: (\S{1,2000}))?/;
/** The URL RequestFailed puts on the line after its status. */
const FAILED_URL = /HTTP Request has failed with status code \d{3}\. ?\n\s{0,4}(https?):\/\/([^/:\s]{1,253})(?::(\d{1,5}))?(\/\S{0,2000})?/;

/** The status of an UnexpectedStatus, in the exception (`was: N`) or in the log line that swaps them (`Expected: N`). */
function unexpectedStatus(text: string): number | null {
    const match = /The status code from z\/OSMF was: (\[[^\]\n]{0,200}\]|\d{3})\s{0,4}\n\s{0,4}Expected: (\[[^\]\n]{0,200}\]|\d{3})/.exec(text);
    const received = match == null ? undefined : [match[1], match[2]].find((value) => /^\d{3}$/.test(value));
    return received == null ? null : Number(received);
}

/**
 * The answer an SDK error holds: RequestFailed's status with the body after its URL, headers and `[REDACTED]` lines,
 * or UnexpectedStatus's status with its `Request output:`.
 */
function answerOf(text: string): { status: number; body: string } | undefined {
    const unexpected = unexpectedStatus(text);
    if (unexpected != null) {
        return { status: unexpected, body: /Request output: ([\s\S]{0,65536})/.exec(text)?.[1].trim() ?? "" };
    }
    const failed = /HTTP Request has failed with status code (\d{3})\. ?\n([\s\S]{0,65536})/.exec(text);
    if (failed == null) {
        return undefined;
    }
    const lines = failed[2].split("\n").map((line) => line.trim());
    // The URL, the headers as a Python dict and the request body's [REDACTED] stand before the answer's body.
    const body = lines.filter((line, index) => !(index === 0 && /^https?:\/\//.test(line)) && !/^\{'[^\n]{0,4000}\}$/.test(line) && line !== "[REDACTED]");
    return { status: Number(failed[1]), body: body.join("\n").trim() };
}

/** The last line of a traceback, or the SDK's own error line: what failed. */
function problemLine(text: string): string {
    const lines = text.split("\n").map((line) => line.trim()).filter((line) => line.length > 0);
    return lines.filter((line) => /^(?:[\w.]{1,200}\.)?\w{1,80}(?:Error|Exception|Failed|Status|NotFound|Args): /.test(line) ||
        /HTTP Request has failed|The status code from z\/OSMF was/.test(line)).pop() ?? lines[lines.length - 1] ?? "";
}

/** Where the request went, from requests' pool or RequestFailed's URL. */
function requestOf(text: string): Partial<IFailedCall["request"]> {
    const pool = POOL.exec(text);
    if (pool != null) {
        return { protocol: pool[1].toLowerCase(), host: pool[2], port: Number(pool[3]), resource: pool[4] ?? null };
    }
    const url = FAILED_URL.exec(text);
    return url == null ? {} : { protocol: url[1], host: url[2], port: url[3] == null ? null : Number(url[3]), resource: url[4] ?? null };
}

/**
 * A Zowe Python SDK error: a traceback a script printed, or the SDK's log lines. The status of an UnexpectedStatus is
 * read from whichever of its two values is a single status, so the log's swapped wording reads right.
 */
export const PYTHON_SDK_ERROR: IEvidenceFormat = {
    id: "python-sdk-error",
    label: "a Zowe Python SDK error (traceback or python_sdk_logs.log)",
    ownErrors: true,
    detect: (text) => (PYTHON_ERROR.test(text.slice(0, 65536)) ? 0.55 : 0),
    read: (text, context) => {
        const failure = readOwnError(text, PYTHON_SDK_ERROR, {
            answer: answerOf(text),
            kind: "text", client: "sdk", message: problemLine(text), networkError: foreignNetworkError(text), request: requestOf(text)
        }, context);
        return [failure];
    }
};
