import * as path from "path";
import { RotatedLog } from "../RotatedLog";
import type { ILogScan, ILoggedFailure } from "../ImperativeLogReader";
import { EXPLORER_ERROR_EVENT, EXPLORER_EVENT_HEAD, readExplorerEvent } from "../formats/explorerLog";
import type { IExplorerLogPlace } from "./findExplorerLogs";

/** How much after its head line an event is read: a dump with a long body and stack is far below this. */
const MAX_EVENT_BYTES = 512 * 1024;
/** How many ERROR lines that are not failed calls are passed over before the search gives up on a log. */
const MAX_OTHER_ERRORS = 10000;

/** Options of readExplorerLogFailures. */
export interface IExplorerLogScanOptions {
    /** How many failures to return, newest first (default 1). */
    limit?: number;
    /** Keep request bodies (masked later) in the records. */
    includePayload?: boolean;
}

/** How far an event is read: first a short window, and only when the event runs past it, a long one. */
const EVENT_WINDOWS = [16 * 1024, MAX_EVENT_BYTES];
const NEXT_EVENT_HEAD = new RegExp(EXPLORER_EVENT_HEAD.source, "gm");

/**
 * The text of the event that starts at `offset`: up to the next event head. The cost is the event's own size, not
 * the window's, so a log of many small error lines costs what its bytes cost.
 */
function eventAt(log: RotatedLog, offset: number): string {
    let text = "";
    for (const window of EVENT_WINDOWS) {
        text = log.read(offset, offset + window).toString("utf8").replace(/\r\n/g, "\n");
        const firstLineEnd = text.indexOf("\n");
        NEXT_EVENT_HEAD.lastIndex = firstLineEnd < 0 ? text.length : firstLineEnd + 1;
        const next = firstLineEnd < 0 ? null : NEXT_EVENT_HEAD.exec(text);
        if (next != null) {
            return text.slice(0, next.index - 1);
        }
        if (offset + window >= log.size) {
            break;
        }
    }
    return text;
}

/**
 * Find the most recent failed REST calls in one Zowe Explorer log (zowe.log of Explorer or an extender).
 *
 * Explorer's logs never rotate and can grow to hundreds of megabytes, so the file is read from its end in chunks,
 * one `[ERROR]` line at a time, and reading stops as soon as `limit` failures are found: the cost is set by how far
 * back the failures are, not by the size of the file. Each failure's event (its head line, then the util.inspect
 * dump or one-line JSON of the SDK error) is read forward from its head. It never throws on a missing or unreadable
 * file; what it could not read is named in `notes`.
 * @param place - the log file and the extension that wrote it
 * @param options - how many failures, and whether to keep payloads
 * @returns the failures found, newest first, the file read and notes
 */
export function readExplorerLogFailures(place: IExplorerLogPlace, options: IExplorerLogScanOptions = {}): ILogScan {
    const limit = options.limit ?? 1;
    const log = new RotatedLog(place.dir, place.fileName, 0);
    const failures: ILoggedFailure[] = [];
    const name = path.join(place.dir, place.fileName);
    try {
        let others = 0;
        for (const line of log.linesBackward("[ERROR]")) {
            if (failures.length >= limit || others > MAX_OTHER_ERRORS) {
                break;
            }
            if (!EXPLORER_ERROR_EVENT.test(line.text)) {
                continue;
            }
            const call = readExplorerEvent(eventAt(log, line.offset), { name, includePayload: options.includePayload, origin: place.origin });
            if (call == null) {
                others++;
            } else {
                failures.push({ call, environmentValues: [] });
            }
        }
        return { failures, filesRead: log.files, notes: [...log.notes] };
    } finally {
        log.close();
    }
}
