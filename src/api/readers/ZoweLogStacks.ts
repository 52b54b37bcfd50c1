import { RotatedLog } from "./RotatedLog";

/** A z/OSMF stack that zowe.log kept, with where it was found. */
export interface IZoweLogStack {
    stack: string;
    /** The zowe.log file that held it. */
    file: string;
}

interface IStackEvent extends IZoweLogStack {
    time: string;
}

const STACK_EVENT = "An error was encountered in z/OSMF with a stack";
const EVENT_HEAD = /^\[(\d{4})\/(\d\d)\/(\d\d) (\d\d:\d\d:\d\d\.\d{3})\] \[[A-Z]+\] (?:\[[^\]\n]{0,256}\] )?/;
/** zowe.log is searched this far back for z/OSMF stacks. */
const ZOWE_LOG_WINDOW = 4 * 1024 * 1024;
/** The stack event is written just before the failure's anchor, by the same process. */
const STACK_EVENT_MAX_GAP_MS = 2000;
/** How much of one stack event is read: its head line and the JSON line of the error. */
const MAX_EVENT_BYTES = 65536;

/**
 * The z/OSMF stacks that zowe.log holds (Zowe CLI removes `stack` from a z/OSMF error report and keeps it only
 * there). zowe.log is opened and indexed once, on the first question, however many failures ask.
 */
export class ZoweLogStacks {
    /** Problems met while reading zowe.log. */
    public readonly notes: string[] = [];
    private index: Map<string, IStackEvent[]> | undefined;
    private log: RotatedLog | undefined;

    /** @param logDir - the folder holding zowe.log */
    constructor(private readonly logDir: string) {}

    /**
     * The stack of the failure logged at `time` whose reported body is `body` (the body Zowe kept, without `stack`).
     * @returns the stack, or undefined when zowe.log holds none for that failure
     */
    public find(time: string, body: string | undefined): IZoweLogStack | undefined {
        if (body == null) {
            return undefined;
        }
        const candidates = this.build().get(body) ?? [];
        const event = candidates.find((candidate) => candidate.time <= time);
        return event == null || Date.parse(time) - Date.parse(event.time) > STACK_EVENT_MAX_GAP_MS ? undefined :
            { stack: event.stack, file: event.file };
    }

    /** Close zowe.log. */
    public close(): void {
        this.log?.close();
    }

    /** Index the stack events of the last ZOWE_LOG_WINDOW bytes by the body they belong to, newest first. */
    private build(): Map<string, IStackEvent[]> {
        if (this.index != null) {
            return this.index;
        }
        this.index = new Map();
        const log = this.log = new RotatedLog(this.logDir, "zowe.log", 1);
        const floor = Math.max(0, log.size - ZOWE_LOG_WINDOW);
        for (const line of log.linesBackward(STACK_EVENT)) {
            if (line.offset < floor) {
                break;
            }
            const head = EVENT_HEAD.exec(line.text);
            if (head == null) {
                continue;
            }
            const text = log.read(line.offset, line.offset + MAX_EVENT_BYTES).toString("utf8").replace(/\r\n/g, "\n");
            const jsonLine = text.split("\n", 2)[1] ?? "";
            try {
                const { stack, ...rest } = JSON.parse(jsonLine) as Record<string, unknown>;
                if (typeof stack === "string") {
                    const key = JSON.stringify(rest);
                    const events = this.index.get(key) ?? [];
                    events.push({ time: `${head[1]}-${head[2]}-${head[3]}T${head[4]}`, stack, file: log.fileAt(line.offset) ?? "zowe.log" });
                    this.index.set(key, events);
                }
            } catch {
                // not the JSON line Zowe writes
            }
        }
        this.notes.push(...log.notes);
        return this.index;
    }
}
