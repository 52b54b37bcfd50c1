import type { IFailedCall } from "../failure/doc/IFailedCall";
import type { ILoggedFailure } from "./doc/ILogScan";

/**
 * Two loggings of the same failure at most this far apart belong to one run: a retry loop, a script that runs the
 * same command again, Zowe Explorer retrying after a credential prompt. A wider gap starts a new run.
 */
export const REPEAT_GAP_MS = 60000;
/** Counting stops after this many failure records of one log: a longer run is reported as "at least" its count. */
export const MAX_RECORDS_COUNTED = 20000;
/** Once the runs wanted are found, this many other failures in a row with none of theirs between ends the search. */
const MAX_OTHERS_BETWEEN = 20;

/** The first logged time in a chunk of a log (CLI or Explorer layout), as ms since the epoch; NaN when none is found. */
const FIRST_HEAD = /(?:^|\n)\[(\d{4})\/(\d\d)\/(\d\d) (\d\d:\d\d:\d\d(?:\.\d{3})?)\] \[[A-Z]{3,5}\] /;

/**
 * When the first event of a chunk of log was logged: where a backward search stands in time.
 * @param chunk - bytes of a log, from anywhere in a line on
 * @returns ms since the epoch of the local time, or NaN when the first 64 KiB hold no event head
 */
export function firstLoggedTime(chunk: Buffer): number {
    const head = FIRST_HEAD.exec(chunk.toString("latin1", 0, Math.min(chunk.length, 65536)));
    return head == null ? NaN : Date.parse(`${head[1]}-${head[2]}-${head[3]}T${head[4]}`);
}

/**
 * What makes two failures the same one: the same client and command (or Explorer action), the same request, the same
 * status or network error, and the same message.
 */
function sameFailureKey(call: IFailedCall): string {
    const { request, explorer } = call;
    return JSON.stringify([call.client, call.command, request.method, request.protocol, request.host, request.port, request.basePath,
        request.resource, call.source, call.status, call.networkError?.code ?? null, call.server.message ?? call.networkError?.message ?? null,
        explorer?.extension ?? null, explorer?.scenario ?? null, explorer?.apiType ?? null, explorer?.dump ?? null]);
}

function timeOf(call: IFailedCall): number {
    return call.time == null ? NaN : Date.parse(call.time);
}

/** One run of the same failure, newest first. */
interface IRun {
    key: string;
    /** Its place among the runs, newest first. */
    index: number;
    newest: ILoggedFailure;
    count: number;
    oldest: string | null;
    oldestMs: number;
}

/**
 * Groups the failures of one log, met newest first, into runs of the same failure (each logging at most
 * REPEAT_GAP_MS before the one after it; other failures may come in between). Each run is reported as its newest
 * failure, with `repeats` when it was logged more than once. It tells the reader when to stop: once `limit` runs are
 * found and the search has gone back further than a run could reach (a gap older than each, or MAX_OTHERS_BETWEEN
 * other failures in a row), nothing older changes the answer.
 */
export class FailureRuns {
    private readonly runs: IRun[] = [];
    /** The newest run of each failure, while it may still grow. */
    private readonly open = new Map<string, IRun>();
    private records = 0;
    /** The oldest time of the first `limit` runs: the search may stop a gap before it. */
    private oldestWanted = Infinity;
    /** Failures added since the last one that joined a wanted run, once `limit` runs were found. */
    private othersSinceJoin = 0;

    /**
     * @param limit - how many runs are wanted
     * @param processOf - the process that made a failure, as far as its log says
     */
    constructor(private readonly limit: number, private readonly processOf: (failure: ILoggedFailure) => string | null) {}

    /** Whether counting stopped at MAX_RECORDS_COUNTED: runs still open then are reported as minimums. */
    public get cut(): boolean {
        return this.records >= MAX_RECORDS_COUNTED;
    }

    /** Whether no failure was added yet. */
    public get empty(): boolean {
        return this.runs.length === 0;
    }

    /** Whether `limit` runs are found. */
    public get full(): boolean {
        return this.runs.length >= this.limit;
    }

    /**
     * Whether the search can stop at a place logged at `timeMs`: `limit` runs are found, and that place is more than a
     * gap older than each of them (or it is unknown and counting has reached its bound).
     */
    public settledAt(timeMs: number): boolean {
        return this.cut || (this.full && (this.othersSinceJoin >= MAX_OTHERS_BETWEEN ||
            (Number.isFinite(timeMs) && this.oldestWanted - timeMs > REPEAT_GAP_MS)));
    }

    /** Add the next failure, older than every one added before. */
    public add(failure: ILoggedFailure): void {
        this.records++;
        const key = sameFailureKey(failure.call);
        const time = timeOf(failure.call);
        const run = this.open.get(key);
        if (run != null && Number.isFinite(time) && run.oldestMs - time <= REPEAT_GAP_MS) {
            run.count++;
            run.oldest = failure.call.time;
            run.oldestMs = time;
            if (run.index < this.limit) {
                this.oldestWanted = Math.min(this.oldestWanted, time);
                this.othersSinceJoin = 0;
            } else if (this.full) {
                this.othersSinceJoin++;
            }
            return;
        }
        if (this.full) {
            this.othersSinceJoin++;
        }
        const started: IRun = { key, index: this.runs.length, newest: failure, count: 1, oldest: failure.call.time, oldestMs: time };
        this.runs.push(started);
        if (Number.isFinite(time)) {
            this.open.set(key, started);
        }
        if (this.runs.length <= this.limit) {
            // A failure without a time cannot grow: it does not hold the search back.
            this.oldestWanted = Math.min(this.oldestWanted, Number.isFinite(time) ? time : Infinity);
        }
    }

    /** The first `limit` runs, newest first, each as its newest failure with `repeats` when it was logged more than once. */
    public failures(): ILoggedFailure[] {
        return this.runs.slice(0, this.limit).map((run) => {
            if (run.count < 2) {
                return run.newest;
            }
            const spanSeconds = (timeOf(run.newest.call) - run.oldestMs) / 1000;
            const repeats = {
                count: run.count,
                first: run.oldest,
                last: run.newest.call.time,
                perSecond: spanSeconds > 0 ? Math.round((run.count / spanSeconds) * 1000) / 1000 : null,
                process: this.processOf(run.newest),
                complete: !this.cut || this.open.get(run.key) !== run
            };
            return { ...run.newest, call: { ...run.newest.call, repeats } };
        });
    }
}
