import type { IZoweVariable } from "../failure/doc/IFailedCall";
import type { IFailedCommand, ILogScan, ILoggedFailure } from "./doc/ILogScan";
import { parseInspected } from "./InspectParser";
import type { InspectValue } from "./InspectParser";
import { RotatedLog } from "./RotatedLog";
import { toFailedCall } from "./RestErrorRecord";
import type { IRestErrorFields } from "./RestErrorRecord";
import { ZoweLogStacks } from "./ZoweLogStacks";
import { proxyOfLoggedEnvironment } from "./shared/loggedProxy";
import { LoopDetector, commandPath } from "./LoopDetector";
import { FailureRuns, firstLoggedTime } from "./FailureRuns";
import { OWN_COMMANDS, OWN_GROUPS } from "../ownCommands";
import { PROMPT_TIMED_OUT } from "./shared/promptTimeout";

/** Options of `readLoggedFailures`. */
export interface ILogScanOptions {
    /** The folder holding imperative.log and zowe.log: `<cliHome>/logs`. */
    logDir: string;
    /** How many failures to return, newest first (default 1). */
    limit?: number;
    /** Keep request bodies (masked later) in the records. */
    includePayload?: boolean;
    /**
     * The plug-in's own command groups (`http-status`, `hs`): a failure whose command line starts with one of them
     * is not a REST call of interest. Default: this plug-in's.
     */
    ownGroups?: string[];
    /**
     * The plug-in's own leaf command names: in daemon mode the log holds no command line, so a failure of a command
     * with one of these names that made no REST call is taken for the plug-in's own. Default: this plug-in's.
     */
    ownCommands?: string[];
    /** The log to read instead of imperative.log and its backups: one file, e.g. a copy sent by a user. */
    fileName?: string;
    /** The folder of zowe.log, when it is not `logDir` (Zowe CLI v1 and v2 keep it in `<home>/zowe/logs`). */
    zoweLogDir?: string;
}

/** Every failed handler writes this event first (imperative's CommandProcessor). */
const ANCHOR_TEXT = "Handler for command \"";
const ANCHOR_LINE = /^\[(\d{4})\/(\d\d)\/(\d\d) (\d\d:\d\d:\d\d\.\d{3})\] \[ERROR\] (?:\[[^\]\n]{0,256}\] )?Handler for command "([^"\n]{1,4096})" failed\.$/;
const EVENT_HEAD = /^\[(\d{4})\/(\d\d)\/(\d\d) (\d\d:\d\d:\d\d\.\d{3})\] \[([A-Z]+)\] (?:\[[^\]\n]{0,256}\] )?/gm;
/** How far after its anchor a failure's events are looked for: first a short window, then, if the dump is cut, a long one. */
const EVENT_WINDOWS = [16 * 1024, 512 * 1024];
/** How many events after the anchor may stand between it and its dump (other processes interleave). */
const MAX_EVENTS_AFTER_ANCHOR = 40;
/** The words a REST failure's dump holds and a failure without a REST call never does. */
const REST_SIGNAL = /\b(?:httpStatus|errorCode|basePath|causeErrors|additionalDetails): |HTTP\(S\)|Rest API failure/;
/** A log written to this recently may still be receiving the end of its last failure from another zowe process. */
const WRITER_QUIET_MS = 5000;
const DAMAGED_NOTE = "The log entry of this failure is damaged or cut short: what could not be read is shown as unknown.";

interface ILogEvent {
    time: string;
    message: string;
}

/** `2026/11/25`, `13:16:22.072` → `2026-11-25T13:16:22.072`. */
function isoTime(match: RegExpExecArray): string {
    return `${match[1]}-${match[2]}-${match[3]}T${match[4]}`;
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
        const time = isoTime(head);
        head = heads.exec(text);
        yield { time, message: text.slice(messageStart, head == null ? text.length : head.index).replace(/\r?\n$/, "") };
    }
}

/** The words of a logged argv, from the first word after the zowe program on; null when zowe is not in it (daemon mode). */
function zoweArguments(argv: string): string[] | null {
    const words = argv.trim().split(/\s+/);
    const zoweAt = words.findIndex((word, index) => index > 0 && /(^|[\\/])(zowe(\.cmd|\.js)?|main\.js)$/.test(word));
    return zoweAt < 0 || words.includes("--daemon") ? null : words.slice(zoweAt + 1);
}

/** `Process.argv: '…'` of the Diagnostic information event, turned into the `zowe …` command (null in daemon mode). */
export function commandFromArgv(argv: string): string | null {
    const words = zoweArguments(argv);
    return words == null ? null : ["zowe", ...words].join(" ");
}

/**
 * Variables whose values are settings that output legitimately shows (the host a report names, the paths of its
 * evidence): they are not collected as secrets. Every other value of the dump is.
 */
const SHOWN_VARIABLES = new RegExp("^(ZOWE_OPT_(HOST|PORT|PROTOCOL|BASE_PATH|REJECT_UNAUTHORIZED|[A-Z_]*TIMEOUT|[A-Z_]*_PROFILE)|ZOWE_CLI_HOME|" +
    "ZOWE_[A-Z_]*_LOG_LEVEL|PATH|HOME|PWD|OLDPWD|SHELL|TERM|LANG|LC_[A-Z]+|USER|LOGNAME|HOSTNAME|NODE_ENV|_|SHLVL|FORCE_COLOR|" +
    "NO_PROXY|no_proxy|TMPDIR|TEMP|TMP)$");
const ENVIRONMENT_LABEL = "Environmental variables: '";

/** The logged environment dump (`Environmental variables: '{…}'`), or an empty one when there is none. */
function loggedEnvironment(diagnostic: string): Record<string, unknown> {
    const at = diagnostic.indexOf(ENVIRONMENT_LABEL);
    const end = diagnostic.lastIndexOf("}'");
    if (at < 0 || end < at) {
        return {};
    }
    try {
        const env: unknown = JSON.parse(diagnostic.slice(at + ENVIRONMENT_LABEL.length, end + 1));
        return env != null && typeof env === "object" ? env as Record<string, unknown> : {};
    } catch {
        return {};
    }
}

/** A variable whose value names a profile (`ZOWE_OPT_ZOSMF_PROFILE`): the one kind of ZOWE_OPT_ value a record keeps. */
const PROFILE_VARIABLE = /^ZOWE_OPT_[A-Z_]{1,64}_PROFILE$/;

/** The ZOWE_OPT_ variables of a logged environment: names, and the value only of those that name a profile. */
function zoweVariables(env: Record<string, unknown>): IZoweVariable[] {
    return Object.entries(env).filter(([name]) => name.startsWith("ZOWE_OPT_")).map(([name, value]) =>
        PROFILE_VARIABLE.test(name) && typeof value === "string" && /^[\w.@-]{1,128}$/.test(value) ? { name, value } : { name });
}

/** The values of a logged environment that must never be printed. */
function environmentValues(env: Record<string, unknown>): string[] {
    return Object.entries(env).filter(([name, value]) => typeof value === "string" && !SHOWN_VARIABLES.test(name))
        .map(([, value]) => value as string);
}

function asObject(value: InspectValue): Record<string, InspectValue> | undefined {
    return value != null && typeof value === "object" && !Array.isArray(value) ? value as Record<string, InspectValue> : undefined;
}

/**
 * The error object of a logged command response dump `[ { success: false, ..., error: {…} } ]`; the response's message
 * when it has no error object.
 * @param dump - the util.inspect text of the response (or of the array holding it)
 */
export function errorFieldsOf(dump: string): IRestErrorFields | undefined {
    const parsed = parseInspected(dump);
    const response = asObject(Array.isArray(parsed) ? parsed[0] : parsed);
    const error = asObject(response?.error as InspectValue) as IRestErrorFields | undefined;
    return error == null && typeof response?.message === "string" ? { msg: response.message } : error;
}

/** What the events after an anchor hold. */
interface IFailureEvents {
    diagnostic?: string;
    dump?: string;
    /** The dump ends with its array's closing bracket. */
    dumpComplete: boolean;
    /** The text ran out before the failure's events did: the rest may not be written yet, or lie beyond the window. */
    ranOut: boolean;
}

/**
 * The events of one failure, from its anchor on: the Diagnostic information (argv, environment) and the response
 * dump that follows `Error in command <leaf>`.
 */
function failureEvents(events: Iterator<ILogEvent>, leaf: string): IFailureEvents {
    let diagnostic: string | undefined;
    let sawErrorInCommand = false;
    for (let count = 0; count < MAX_EVENTS_AFTER_ANCHOR; count++) {
        const next = events.next();
        if (next.done === true) {
            return { diagnostic, dumpComplete: false, ranOut: true };
        }
        const event = next.value;
        if (event.message.startsWith(`${ANCHOR_TEXT}${leaf}"`)) {
            break;
        }
        if (diagnostic == null && event.message.startsWith("Diagnostic information:")) {
            diagnostic = event.message;
        } else if (event.message === `Error in command ${leaf}`) {
            sawErrorInCommand = true;
        } else if (sawErrorInCommand && /^\[\s*\{\s*success: false/.test(event.message)) {
            const dumpComplete = /(^|\n)\]\s*$/.test(event.message);
            return { diagnostic, dump: event.message, dumpComplete, ranOut: !dumpComplete && events.next().done === true };
        }
    }
    return { diagnostic, dumpComplete: false, ranOut: false };
}

/** The lines of a cut dump up to its last complete line: a half-written last line would give half-written values. */
function completeLines(dump: string): string {
    const lastNewline = dump.lastIndexOf("\n");
    return lastNewline < 0 ? "" : dump.slice(0, lastNewline);
}

/**
 * Find the most recent failed Zowe REST calls in a Zowe CLI logs folder.
 *
 * It reads imperative.log and its rotated backups from the end, in chunks, and stops as soon as it has found
 * `limit` failures: the cost depends on how recent the failures are, not on the size of the logs. Each file is
 * opened once, so a rotation during the scan does not change what is read. A failure whose log entry is damaged is
 * still reported, with what could be read; a failure whose entry another process is still writing is not (yet).
 * Records of imperative's own failure handler (syntax errors, and the endless records a zowe process writes when
 * its output is closed) are passed over, and a loop is named in `notes`. It never throws on a missing,
 * unreadable, binary or truncated file; what it could not read is named in `notes`.
 * @param options - where to read and how much to return
 * @returns the failures found, newest first, the files read and notes
 */
export function readLoggedFailures(options: ILogScanOptions): ILogScan {
    const log = options.fileName == null ? new RotatedLog(options.logDir, "imperative.log") : new RotatedLog(options.logDir, options.fileName, 0);
    const stacks = new ZoweLogStacks(options.zoweLogDir ?? options.logDir);
    try {
        return scanLog(log, stacks, options);
    } finally {
        log.close();
        stacks.close();
    }
}

/**
 * Find the failed Zowe REST calls in log text a user pasted or piped in (imperative.log of Zowe CLI v1, v2 or v3, or
 * an excerpt of it), newest first, as readLoggedFailures does for files.
 * @param text - the log text
 * @param name - what to call it in records (`standard input`, a file name)
 * @param options - how many failures, payloads, the plug-in's own commands (`logDir` is not used)
 * @returns the failures found, newest first
 */
export function readLogText(text: string, name: string, options: Omit<ILogScanOptions, "logDir" | "fileName">): ILogScan {
    const log = RotatedLog.ofText(name, text);
    return scanLog(log, undefined, { ...options, logDir: "" });
}

/** The note when a run of the same failure was longer than could be counted. */
const COUNT_CUT_NOTE = "The same failure was logged more often than could be counted here: its count is a minimum.";

function scanLog(log: RotatedLog, stacks: ZoweLogStacks | undefined, options: ILogScanOptions): ILogScan {
    const runs = new FailureRuns(options.limit ?? 1, (failure) => failure.process ?? null);
    const entries: ReadEntries = new Map();
    const loops = new LoopDetector();
    const notes: string[] = [];
    const newer: IFailedCommand[] = [];
    // The cost is set by the tail: once the failures asked for are found, and the repeats of each counted, the search
    // stops at the first chunk logged too long before them; nothing older can change the answer.
    for (const line of log.linesBackward(ANCHOR_TEXT, undefined, (_start, chunk) => !runs.settledAt(firstLoggedTime(chunk)))) {
        const anchor = ANCHOR_LINE.exec(line.text);
        if (anchor == null) {
            continue;
        }
        const time = isoTime(anchor);
        if (runs.settledAt(Date.parse(time))) {
            break;
        }
        const leaf = anchor[5];
        if (leaf.includes(" ")) {
            // imperative's failure handler names its records after the whole command line: a syntax error or an
            // exception outside any handler (the loop of a zowe process whose output is closed), never a REST call.
            loops.record(leaf, time);
            noteNewer(newer, runs.empty, { time, command: leaf, message: null });
            continue;
        }
        const failure = readFailure(log, line.offset, time, leaf, options, entries);
        if (failure != null && failure !== "in-progress" && "nonRest" in failure) {
            noteNewer(newer, runs.empty, failure.nonRest);
        } else if (failure === "in-progress") {
            notes.push(`A failure logged at ${time.replace("T", " ")} was still being written and was not read; run the command again in a moment.`);
        } else if (failure != null) {
            const stack = failure.call.source === "http" ? stacks?.find(time, failure.call.server.body) : undefined;
            runs.add(stack == null ? failure : {
                ...failure,
                call: {
                    ...failure.call,
                    server: { ...failure.call.server, stack: stack.stack },
                    evidence: { ...failure.call.evidence, zoweLog: stack.file }
                }
            });
        }
    }
    return {
        failures: runs.failures(),
        filesRead: log.files,
        notes: [...log.notes, ...stacks?.notes ?? [], ...notes, ...loops.notes(), ...(runs.cut ? [COUNT_CUT_NOTE] : [])],
        ...newer.length > 0 && !runs.empty ? { newerFailedCommands: newer } : {}
    };
}

/** How many newer failed commands a scan keeps: the newest tells the user, the count says how many more. */
const MAX_NEWER = 20;

/** Keep a command that failed without a REST call, while no REST failure has been found yet (it is newer than all of them). */
function noteNewer(newer: IFailedCommand[], noneFound: boolean, failed: IFailedCommand): void {
    if (noneFound && newer.length < MAX_NEWER) {
        newer.push(failed);
    }
}

/**
 * What readFailure made of each failure entry already read, by its leaf and events (times left out): a burst logs the
 * same entry thousands of times, and each is parsed once.
 */
type ReadEntries = Map<string, ILoggedFailure | { nonRest: IFailedCommand } | undefined>;
/** How many distinct entries are kept: a burst needs one; a log of all different failures gains nothing from more. */
const MAX_ENTRIES_KEPT = 64;

/**
 * Read the failure whose anchor starts at `offset`: `nonRest` when its whole entry holds no REST call (a profile or
 * syntax problem), undefined when it was the plug-in's own or cannot be read, "in-progress" when its entry is still
 * being written at the end of the log.
 */

function readFailure(log: RotatedLog, offset: number, time: string, leaf: string,
    options: ILogScanOptions, entries: ReadEntries = new Map()): ILoggedFailure | { nonRest: IFailedCommand } | "in-progress" | undefined {
    let found: IFailureEvents = { dumpComplete: false, ranOut: false };
    let reachedEnd = false;
    for (const window of EVENT_WINDOWS) {
        // Windows writes \r\n (os.EOL): one line ending makes one parser.
        const text = log.read(offset, offset + window).toString("utf8").replace(/\r\n/g, "\n");
        const events = eventsOf(text);
        events.next();
        found = failureEvents(events, leaf);
        reachedEnd = offset + window >= log.size;
        if (!found.ranOut || reachedEnd) {
            break;
        }
    }
    const { diagnostic, dump, dumpComplete } = found;
    if (found.ranOut && reachedEnd && Date.now() - log.lastModified < WRITER_QUIET_MS) {
        return "in-progress";
    }
    const key = `${leaf}\0${String(dumpComplete)}\0${diagnostic ?? ""}\0${dump ?? ""}`;
    if (entries.has(key)) {
        const seen = entries.get(key);
        return seen == null ? undefined : "nonRest" in seen ? { nonRest: { ...seen.nonRest, time } } :
            { ...seen, call: { ...seen.call, time, evidence: { ...seen.call.evidence, file: log.fileAt(offset) } } };
    }
    const failure = readFailureEntry(log, offset, time, leaf, options, found);
    if (entries.size >= MAX_ENTRIES_KEPT) {
        entries.clear();
    }
    entries.set(key, failure);
    return failure;
}

/** The failure of one entry's events (see readFailure). */
function readFailureEntry(log: RotatedLog, offset: number, time: string, leaf: string, options: ILogScanOptions,
    found: IFailureEvents): ILoggedFailure | { nonRest: IFailedCommand } | undefined {
    const { diagnostic, dump, dumpComplete } = found;
    const argv = /Process\.argv: '(.*)'\s*$/m.exec(diagnostic ?? "")?.[1] ?? "";
    const words = zoweArguments(argv);
    if (words != null && (options.ownGroups ?? OWN_GROUPS).includes(words[0])) {
        return undefined;
    }
    const fields = dump == null ? undefined : errorFieldsOf(dumpComplete ? dump : completeLines(dump));
    const restSignal = dump != null && REST_SIGNAL.test(dump);
    if (words == null && (options.ownCommands ?? OWN_COMMANDS).includes(leaf) && !restSignal) {
        return undefined;
    }
    const message = typeof fields?.msg === "string" ? fields.msg : null;
    const promptTimedOut = PROMPT_TIMED_OUT.test(message ?? "");
    // A whole dump that is not a REST client error (a profile or syntax problem) is no REST call to explain, but a
    // newer failure than any found after it.
    const nonRest = { nonRest: { time, command: words != null ? commandFromArgv(argv) : `zowe … ${leaf}`, message: message?.slice(0, 512) ?? null } };
    if (dumpComplete && fields == null && !restSignal) {
        return nonRest;
    }
    const damaged = !dumpComplete || fields == null;
    const command = words != null ? commandFromArgv(argv) : `zowe … ${leaf}`;
    const context = {
        time,
        command,
        evidence: { kind: "imperative-log" as const, file: log.fileAt(offset), ...(damaged ? { notes: [DAMAGED_NOTE] } : {}) },
        includePayload: options.includePayload
    };
    // A complete dump without REST fields is a failure that made no REST call: not ours to explain. A damaged one
    // is reported with what it holds: a logged failure is never "not found".
    // A prompt that timed out made no REST call, but it is the failure the user saw: read as far as it goes.
    const call = damaged || promptTimedOut ? toFailedCall(fields ?? {}, { ...context, partial: true }) : toFailedCall(fields ?? {}, context);
    if (call == null) {
        return dumpComplete ? nonRest : undefined;
    }
    const env = diagnostic == null ? {} : loggedEnvironment(diagnostic);
    const proxy = proxyOfLoggedEnvironment(env, call);
    // Without an environment dump the record cannot say that no variable was set.
    const variables = diagnostic?.includes(ENVIRONMENT_LABEL) === true ? zoweVariables(env) : undefined;
    const process = /(^|\s)--daemon(\s|$)/.test(argv) ? "the Zowe daemon (zowe --daemon)" : words == null ? null : commandPath(`zowe ${words.join(" ")}`);
    return {
        call: { ...call, ...proxy == null ? {} : { proxy }, ...variables == null ? {} : { zoweVariables: variables } },
        environmentValues: environmentValues(env),
        process
    };
}
