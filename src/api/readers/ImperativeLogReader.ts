import type { IFailedCall } from "../failure/doc/IFailedCall";
import { parseInspected } from "./InspectParser";
import type { InspectValue } from "./InspectParser";
import { RotatedLog } from "./RotatedLog";
import { toFailedCall } from "./RestErrorRecord";
import type { IRestErrorFields } from "./RestErrorRecord";

/** A failure read from the logs, with the values its environment dump held (for masking). */
export interface ILoggedFailure {
    call: IFailedCall;
    /** Values of the environment the failed command ran in, as logged: they must never be printed. */
    environmentValues: string[];
}

/** What a scan of the logs found, and what it read. */
export interface ILogScan {
    failures: ILoggedFailure[];
    /** The log files read, newest first. */
    filesRead: string[];
    /** Problems and hints: unreadable files, a log level that hides errors. */
    notes: string[];
}

/** Options of `readLoggedFailures`. */
export interface ILogScanOptions {
    /** The folder holding imperative.log and zowe.log: `<cliHome>/logs`. */
    logDir: string;
    /** How many failures to return, newest first (default 1). */
    limit?: number;
    /** Keep request bodies (masked later) in the records. */
    includePayload?: boolean;
    /** Leaf command names whose failures are not REST calls of interest: the plug-in's own commands. */
    ownCommands?: string[];
    /** The log to read instead of imperative.log and its backups: one file, e.g. a copy sent by a user. */
    fileName?: string;
}

/** Every failed handler writes this event first (imperative's CommandProcessor). */
const ANCHOR_TEXT = "Handler for command \"";
const EVENT_HEAD = /^\[(\d{4})\/(\d\d)\/(\d\d) (\d\d:\d\d:\d\d\.\d{3})\] \[([A-Z]+)\] (?:\[[^\]\n]{0,256}\] )?/gm;
/** How far after its anchor a failure's events are looked for: first a short window, then, if the dump is cut, a long one. */
const EVENT_WINDOWS = [16 * 1024, 512 * 1024];
/** The z/OSMF stack event is written just before the failure's anchor, by the same process. */
const STACK_EVENT_MAX_GAP_MS = 2000;
/** How many events after the anchor may stand between it and its dump (other processes interleave). */
const MAX_EVENTS_AFTER_ANCHOR = 40;
/** zowe.log is searched this far back for the z/OSMF stack of a failure. */
const ZOWE_LOG_WINDOW = 4 * 1024 * 1024;
const STACK_EVENT = "An error was encountered in z/OSMF with a stack";

interface ILogEvent {
    time: string;
    message: string;
}

/**
 * The events of a log text, one at a time, from its start: an event runs from its head line to the next head.
 * Lazy, so that reading a failure costs the size of its own events, not of the window read.
 */
function* eventsOf(text: string): Generator<ILogEvent> {
    const heads = new RegExp(EVENT_HEAD.source, "gm");
    let head = heads.exec(text);
    while (head != null) {
        const messageStart = head.index + head[0].length;
        const time = `${head[1]}-${head[2]}-${head[3]}T${head[4]}`;
        head = heads.exec(text);
        yield { time, message: text.slice(messageStart, head == null ? text.length : head.index).replace(/\r?\n$/, "") };
    }
}

/** `Process.argv: '…'` of the Diagnostic information event, turned into the `zowe …` command (null in daemon mode). */
export function commandFromArgv(argv: string): string | null {
    const words = argv.trim().split(/\s+/);
    const zoweAt = words.findIndex((word, index) => index > 0 && /(^|[\\/])(zowe(\.cmd|\.js)?|main\.js)$/.test(word));
    if (zoweAt < 0 || words.includes("--daemon")) {
        return null;
    }
    return ["zowe", ...words.slice(zoweAt + 1)].join(" ");
}

/**
 * Variables whose values are settings that output legitimately shows (the host a report names, the paths of its
 * evidence): they are not collected as secrets. Every other value of the dump is.
 */
const SHOWN_VARIABLES = new RegExp("^(ZOWE_OPT_(HOST|PORT|PROTOCOL|BASE_PATH|REJECT_UNAUTHORIZED|[A-Z_]*TIMEOUT)|ZOWE_CLI_HOME|" +
    "ZOWE_[A-Z_]*_LOG_LEVEL|PATH|HOME|PWD|OLDPWD|SHELL|TERM|LANG|LC_[A-Z]+|USER|LOGNAME|HOSTNAME|NODE_ENV|_|SHLVL|FORCE_COLOR|" +
    "NO_PROXY|no_proxy|TMPDIR|TEMP|TMP)$");

/** The values of a logged environment dump (`Environmental variables: '{…}'`) that must never be printed. */
function environmentValues(diagnostic: string): string[] {
    // Found with indexOf, not /Environmental variables: '(\{[\s\S]*\})'\s*$/: that regex rescans the rest of the
    // event from every repeat of the label (quadratic on a hostile log).
    const label = "Environmental variables: '";
    const end = diagnostic.trimEnd();
    let at = diagnostic.indexOf(label);
    while (at >= 0 && diagnostic[at + label.length] !== "{") {
        at = diagnostic.indexOf(label, at + 1);
    }
    const json = at < 0 || !end.endsWith("}'") ? "" : end.slice(at + label.length, -1);
    if (json.length < 2) {
        return [];
    }
    try {
        const env = JSON.parse(json) as Record<string, unknown>;
        return Object.entries(env).filter(([name, value]) => typeof value === "string" && !SHOWN_VARIABLES.test(name))
            .map(([, value]) => value as string);
    } catch {
        return [];
    }
}

function asObject(value: InspectValue): Record<string, InspectValue> | undefined {
    return value != null && typeof value === "object" && !Array.isArray(value) ? value as Record<string, InspectValue> : undefined;
}

/** The error object of a logged command response dump `[ { success: false, ..., error: {…} } ]`. */
function errorFieldsOf(dump: string): IRestErrorFields | undefined {
    const parsed = parseInspected(dump);
    const response = asObject(Array.isArray(parsed) ? parsed[0] : parsed);
    return asObject(response?.error as InspectValue) as IRestErrorFields | undefined;
}

/**
 * The events of one failure, from its anchor on: the Diagnostic information (argv, environment) and the response
 * dump that follows `Error in command <leaf>`.
 */
function failureEvents(events: Iterator<ILogEvent>, leaf: string): { diagnostic?: string; dump?: string } {
    let diagnostic: string | undefined;
    let sawErrorInCommand = false;
    for (let count = 0; count < MAX_EVENTS_AFTER_ANCHOR; count++) {
        const next = events.next();
        if (next.done === true) {
            break;
        }
        const event = next.value;
        if (event.message.startsWith(ANCHOR_TEXT) && event.message.startsWith(`${ANCHOR_TEXT}${leaf}"`)) {
            break;
        }
        if (diagnostic == null && event.message.startsWith("Diagnostic information:")) {
            diagnostic = event.message;
        } else if (event.message === `Error in command ${leaf}`) {
            sawErrorInCommand = true;
        } else if (sawErrorInCommand && /^\[\s*\{\s*success: false/.test(event.message)) {
            // A dump that does not end with the array's closing bracket is still being written (or was cut by the
            // read window): reading it would give half-written numbers, so it does not count.
            return /(^|\n)\]\s*$/.test(event.message) ? { diagnostic, dump: event.message } : { diagnostic };
        }
    }
    return { diagnostic };
}

/**
 * The z/OSMF stack zowe.log kept for a failure logged at `time`: the stack event must come just before the anchor
 * and hold the very body the failure reported (Zowe removes only the `stack` from it).
 */
function zosmfStack(logDir: string, time: string, body: string | undefined): { stack: string; file: string } | undefined {
    const log = new RotatedLog(logDir, "zowe.log", 1);
    const floor = Math.max(0, log.size - ZOWE_LOG_WINDOW);
    for (const offset of log.findBackward(STACK_EVENT)) {
        if (offset < floor) {
            return undefined;
        }
        const lineStart = log.lineStart(offset);
        const event = eventsOf(log.read(lineStart, lineStart + 65536).toString("utf8").replace(/\r\n/g, "\n")).next().value;
        if (event == null || event.time > time) {
            continue;
        }
        if (Date.parse(time) - Date.parse(event.time) > STACK_EVENT_MAX_GAP_MS) {
            return undefined;
        }
        try {
            const { stack, ...rest } = JSON.parse(event.message.slice(event.message.indexOf("\n") + 1)) as Record<string, unknown>;
            if (typeof stack === "string" && JSON.stringify(rest) === body) {
                return { stack, file: log.fileAt(offset) ?? "zowe.log" };
            }
        } catch {
            // not the JSON line Zowe writes: look further back
        }
    }
    return undefined;
}

/**
 * Find the most recent failed Zowe REST calls in a Zowe CLI logs folder.
 *
 * It reads imperative.log and its rotated backups from the end, in chunks, and stops as soon as it has found
 * `limit` failures: the cost depends on how recent the failures are, not on the size of the logs. It never throws
 * on a missing, unreadable, binary or truncated file; what it could not read is named in `notes`.
 */
export function readLoggedFailures(options: ILogScanOptions): ILogScan {
    const limit = options.limit ?? 1;
    const log = options.fileName == null ? new RotatedLog(options.logDir, "imperative.log") : new RotatedLog(options.logDir, options.fileName, 0);
    const failures: ILoggedFailure[] = [];
    for (const offset of log.findBackward(ANCHOR_TEXT)) {
        if (failures.length >= limit) {
            break;
        }
        const lineStart = log.lineStart(offset);
        let anchor: ILogEvent | undefined;
        let leaf: string | undefined;
        let found: { diagnostic?: string; dump?: string } = {};
        for (const window of EVENT_WINDOWS) {
            // Windows writes \r\n (os.EOL): one line ending makes one parser.
            const text = log.read(lineStart, lineStart + window).toString("utf8").replace(/\r\n/g, "\n");
            const events = eventsOf(text);
            anchor = text.startsWith("[") ? events.next().value ?? undefined : undefined;
            leaf = anchor == null ? undefined : /^Handler for command "([^"\n]+)" failed\.$/.exec(anchor.message)?.[1];
            if (anchor == null || leaf == null) {
                break;
            }
            found = failureEvents(events, leaf);
            if (found.dump != null || lineStart + text.length >= log.size) {
                break;
            }
        }
        if (anchor == null || leaf == null) {
            continue;
        }
        const { diagnostic, dump } = found;
        const argv = /Process\.argv: '(.*)'\s*$/m.exec(diagnostic ?? "")?.[1] ?? "";
        if (/\s(http-status|hs)\s/.test(` ${argv} `) || (options.ownCommands ?? []).includes(leaf) && dump == null) {
            continue;
        }
        const fields = dump == null ? undefined : errorFieldsOf(dump);
        if (fields == null) {
            continue;
        }
        const command = argv.length > 0 ? commandFromArgv(argv) : null;
        const call = toFailedCall(fields, {
            time: anchor.time,
            command: command ?? (leaf.length > 0 ? `zowe … ${leaf}` : null),
            evidence: { kind: "imperative-log", file: log.fileAt(lineStart) },
            includePayload: options.includePayload
        });
        if (call == null) {
            continue;
        }
        if (call.source === "http") {
            const stack = zosmfStack(options.logDir, anchor.time, call.server.body);
            if (stack != null) {
                call.server.stack = stack.stack;
                call.evidence.zoweLog = stack.file;
            }
        }
        failures.push({ call, environmentValues: diagnostic == null ? [] : environmentValues(diagnostic) });
    }
    return { failures, filesRead: log.files, notes: [...log.notes] };
}
