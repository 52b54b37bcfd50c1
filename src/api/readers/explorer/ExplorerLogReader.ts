import * as path from "path";
import { RotatedLog } from "../RotatedLog";
import type { ILogScan } from "../doc/ILogScan";
import type { IFailedCall } from "../../failure/doc/IFailedCall";
import { EXPLORER_ERROR_EVENT, EXPLORER_EVENT_HEAD, readExplorerEvent } from "../formats/explorerLog";
import type { IExplorerLogPlace } from "./findExplorerLogs";
import { FailureRuns, firstLoggedTime } from "../FailureRuns";

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
    /**
     * Look for older failures in the whole log (--all). Otherwise, once one failure is found, older ones are looked
     * for in at most DEEP_SEARCH_BYTES more of the log, and a note says when the search stopped there.
     */
    wholeLog?: boolean;
}

/**
 * Once a failure is found, how much older log is searched for more (`--count N`): Explorer's logs never rotate and
 * may hold hundreds of megabytes of INFO lines, whose reading would set the cost of every table.
 */
export const DEEP_SEARCH_BYTES = 16 * 1024 * 1024;

/** `Zowe Explorer 3.4.2 (VS Code)`: the process that logged an Explorer failure. */
function explorerProcess(place: IExplorerLogPlace): string {
    const { origin } = place;
    return `${origin.extender ? `the Zowe Explorer extender ${origin.extension}` : "Zowe Explorer"}` +
        `${origin.version == null ? "" : ` ${origin.version}`}${origin.editor == null ? "" : ` (${origin.editor})`}`;
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

/** How many distinct events are kept: a burst needs one; a log of all different failures gains nothing from more. */
const MAX_EVENTS_KEPT = 64;

/**
 * What each event already read made, by its text after the time: a burst logs the same event thousands of times, and
 * each is parsed once.
 */
class ReadEvents {
    private readonly seen = new Map<string, IFailedCall | undefined>();

    /** The record of an event: parsed, or the one an identical event gave, with this event's time. */
    public read(event: string, time: string, parse: (event: string) => IFailedCall | undefined): IFailedCall | undefined {
        const key = event.slice(event.indexOf("]") + 1);
        if (this.seen.has(key)) {
            const call = this.seen.get(key);
            return call == null ? undefined : { ...call, time };
        }
        const call = parse(event);
        if (this.seen.size >= MAX_EVENTS_KEPT) {
            this.seen.clear();
        }
        this.seen.set(key, call);
        return call;
    }
}

/**
 * Find the most recent failed REST calls in one Zowe Explorer log (zowe.log of Explorer or an extender).
 *
 * Explorer's logs never rotate and can grow to hundreds of megabytes, so the file is read from its end in chunks,
 * one `[ERROR]` line at a time, and reading stops as soon as `limit` failures are found and the repeats of each are
 * counted (FailureRuns: the same failure again and again is one failure with `repeats`): the cost is set by how far
 * back the failures are, not by the size of the file. Past the newest failure, older ones are looked for in at most
 * DEEP_SEARCH_BYTES more of the log unless `wholeLog`. Each failure's event (its head line, then the util.inspect
 * dump or one-line JSON of the SDK error) is read forward from its head. It never throws on a missing or unreadable
 * file; what it could not read is named in `notes`.
 * @param place - the log file and the extension that wrote it
 * @param options - how many failures, whether to keep payloads, whether to search the whole log
 * @returns the failures found, newest first, the file read and notes
 */
export function readExplorerLogFailures(place: IExplorerLogPlace, options: IExplorerLogScanOptions = {}): ILogScan {
    const log = new RotatedLog(place.dir, place.fileName, 0);
    const name = path.join(place.dir, place.fileName);
    const runs = new FailureRuns(options.limit ?? 1, () => explorerProcess(place));
    const notes: string[] = [];
    const events = new ReadEvents();
    let floor = 0;
    let newestAt: number | undefined;
    // Stop at the first chunk logged too long before the failures found (or below the floor of a deep search).
    const goOn = (start: number, chunk: Buffer): boolean => {
        if (newestAt != null && options.wholeLog !== true && start <= floor && !runs.full) {
            notes.push(`${name} is ${Math.round(log.size / 1048576)} MB: older failures were looked for in the ` +
                `${DEEP_SEARCH_BYTES / 1048576} MB before the newest one found, not in the ${Math.round(floor / 1048576)} MB before ` +
                "that; run zowe http-status last-error --all to search all of it.");
            return false;
        }
        return !runs.settledAt(firstLoggedTime(chunk));
    };
    try {
        let others = 0;
        for (const line of log.linesBackward("[ERROR]", undefined, goOn)) {
            if (others > MAX_OTHER_ERRORS) {
                break;
            }
            const head = EXPLORER_ERROR_EVENT.exec(line.text);
            if (head == null) {
                continue;
            }
            if (runs.settledAt(Date.parse(`${head[1]}-${head[2]}-${head[3]}T${head[4]}${head[5] ?? ""}`))) {
                break;
            }
            const time = `${head[1]}-${head[2]}-${head[3]}T${head[4]}${head[5] ?? ""}`;
            const call = events.read(eventAt(log, line.offset), time,
                (event) => readExplorerEvent(event, { name, includePayload: options.includePayload, origin: place.origin }));
            if (call == null) {
                others++;
            } else {
                if (newestAt == null) {
                    newestAt = line.offset;
                    floor = Math.max(0, line.offset - DEEP_SEARCH_BYTES);
                }
                runs.add({ call, environmentValues: [] });
            }
        }
        return { failures: runs.failures(), filesRead: log.files, notes: [...log.notes, ...notes] };
    } finally {
        log.close();
    }
}
