import * as fs from "fs";
import * as path from "path";
import type { ILoggedFailure, ILogScan } from "../doc/ILogScan";
import { PYTHON_SDK_ERROR } from "../formats/pythonSdkError";
import { cleanEvidenceText } from "../shared/cleanEvidenceText";

/** The Zowe Python SDK's log file, in `~/.zowe/logs` beside Zowe CLI's (zowe-client-python-sdk, core_for_zowe_sdk/logger.py). */
export const PYTHON_SDK_LOG = "python_sdk_logs.log";
/** How much of the end of the log is read: the SDK never rotates it, and the last failures are at its end. */
const TAIL_BYTES = 4 * 1024 * 1024;
/**
 * The head of one event, as the SDK's logging.Formatter writes it: `[%m/%d/%Y %I:%M:%S %p] [LEVEL] [logger] - message`
 * (a 12-hour clock, no milliseconds, local time); the message may span lines.
 */
const EVENT_HEAD = /^\[(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d):(\d\d) ([AP]M)\] \[([A-Z]{1,10})\] \[([^\]\n]{1,200})\] - /;

/** The event's time as the other logs' records give it: `YYYY-MM-DDThh:mm:ss`, local time, no zone. */
function eventTime(head: RegExpExecArray): string {
    const [, month, day, year, hour, minute, second, half] = head;
    const hours = (Number(hour) % 12) + (half === "PM" ? 12 : 0);
    return `${year}-${month}-${day}T${String(hours).padStart(2, "0")}:${minute}:${second}`;
}

/** The end of a file, from the start of a line. */
function tailOf(file: string): string {
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, "r");
    try {
        const length = Math.min(size, TAIL_BYTES);
        const buffer = Buffer.alloc(length);
        fs.readSync(fd, buffer, 0, length, size - length);
        const text = buffer.toString("utf8");
        return length < size ? text.slice(text.indexOf("\n") + 1) : text;
    } finally {
        fs.closeSync(fd);
    }
}

/**
 * The ERROR events of the Zowe Python SDK's log, newest first, each read as a Python SDK error (RequestFailed with its
 * URL, headers and body; UnexpectedStatus, whose log line swaps "expected" and "received"), with its logged time.
 * @param logDir - the folder that holds python_sdk_logs.log (`~/.zowe/logs`)
 * @param limit - how many failures at most
 * @param includePayload - keep request bodies (masked later)
 * @returns the failures, the file read (none when it does not exist) and notes
 */
export function readPythonSdkLog(logDir: string, limit: number, includePayload = false): ILogScan {
    const file = path.join(logDir, PYTHON_SDK_LOG);
    let text: string;
    try {
        text = tailOf(file);
    } catch {
        return { failures: [], filesRead: [], notes: [] };
    }
    const events: Array<{ head: RegExpExecArray; lines: string[] }> = [];
    for (const line of text.split(/\r?\n/)) {
        const head = EVENT_HEAD.exec(line);
        if (head != null) {
            events.push({ head, lines: [line.slice(head[0].length)] });
        } else {
            events[events.length - 1]?.lines.push(line);
        }
    }
    const failures: ILoggedFailure[] = events.filter((event) => event.head[8] === "ERROR" || event.head[8] === "CRITICAL").reverse().slice(0, limit)
        .map((event) => {
            const failure = PYTHON_SDK_ERROR.read(cleanEvidenceText(event.lines.join("\n")), {
                name: file, includePayload, limit: 1, readNested: () => []
            })[0];
            failure.call.time = eventTime(event.head);
            return failure;
        });
    return { failures, filesRead: [file], notes: [] };
}
