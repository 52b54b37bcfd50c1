import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { IFailedCall, IFailureReport, IStaleWarning } from "../failure/doc/IFailedCall";
import type { AuthKind } from "../knowledge/doc/IKnownError";
import { diagnose } from "../diagnose/diagnose";
import { traceValueOrigins } from "../profiles/traceValueOrigins";
import { curlCommand } from "../diagnose/curlCommand";
import { explainStatus } from "../explain/StatusCatalogue";
import { readEvidenceFile, readEvidenceText } from "../readers/EvidenceReader";
import { EvidenceError } from "../readers/EvidenceError";
import { readLoggedFailures } from "../readers/ImperativeLogReader";
import { findLogLayout } from "../readers/LogLayout";
import type { ILogScan } from "../readers/doc/ILogScan";
import { Redactor } from "../redaction/Redactor";
import type { ILoadedSiteEntry } from "../site/doc/ISiteKnowledge";
import { explorerLogInFolder, findExplorerLogs } from "../readers/explorer/findExplorerLogs";
import type { IExplorerLogPlace } from "../readers/explorer/findExplorerLogs";
import { readExplorerLogFailures } from "../readers/explorer/ExplorerLogReader";
import { readPythonSdkLog } from "../readers/sources/pythonSdkLog";
import { EXPLORER_HIDING_LEVELS, explorerLoggerNote, noExplorerLogNote } from "../knowledge/explorerAdvice";
import { CLI_LEVELS_HIDING_ERRORS } from "../knowledge/logLevels";

/** Whose logs are read: Zowe CLI's, Zowe Explorer's (and its extenders'), or both. */
export type FailureClients = "cli" | "explorer" | "all";


/** Where to look, and how much to return. */
export interface IFindFailuresOptions {
    /** The Zowe CLI home whose `logs` folder is read (`$ZOWE_CLI_HOME`, default `~/.zowe`). */
    cliHome?: string;
    /** A logs folder to read instead, e.g. logs copied from a user's machine. */
    logDir?: string;
    /** A file to read instead of the logs: a saved --rfj result, copied error text, or a log file. */
    inputFile?: string;
    /** Evidence text to read instead (standard input), with the name to report it by. */
    inputText?: { text: string; name: string };
    /** How many failures to return, newest first (default 1). */
    limit?: number;
    /** Keep the request body (JCL, console commands), masked, in the reports. */
    includePayload?: boolean;
    /** The environment to check for log levels that hide errors (default: this process's). */
    env?: NodeJS.ProcessEnv;
    /** Whose logs to read (default `all`): the newest failure of any of them is the last error. */
    from?: FailureClients;
    /** The user's home, where the editors keep Zowe Explorer (default `os.homedir()`). */
    home?: string;
    /** The platform whose editor folders are searched (default `process.platform`). */
    platform?: NodeJS.Platform;
    /** Site knowledge (loadSiteKnowledge), matched against each failure: `diagnosis.site`. */
    site?: ILoadedSiteEntry[];
    /** Search the whole of each Zowe Explorer log for older failures (--all), not only the tail past the newest. */
    wholeLogs?: boolean;
}

/** What was found, and where it was looked for. */
export interface IFailureSearch {
    /** The failures, newest first, diagnosed and masked. */
    reports: IFailureReport[];
    /** The files read (or `-` for standard input). */
    searched: string[];
    /** Problems and hints worth telling the user: unreadable files, a log level that hides errors. */
    notes: string[];
}

/** The default Zowe CLI home: `$ZOWE_CLI_HOME`, else `~/.zowe`. */
export function defaultCliHome(env: NodeJS.ProcessEnv = process.env): string {
    return env.ZOWE_CLI_HOME != null && env.ZOWE_CLI_HOME.length > 0 ? env.ZOWE_CLI_HOME : path.join(os.homedir(), ".zowe");
}

function isDirectory(dir: string): boolean {
    try {
        return fs.statSync(dir).isDirectory();
    } catch {
        return false;
    }
}

/** How much of a response body a report shows. */
const MAX_REPORTED_BODY = 4000;
/** What one text field of a record may hold: as much as a logged body (64 KiB); no Zowe error comes near it. */
const MAX_FIELD = 65536;

/** Cut every string of a record to MAX_FIELD characters, after masking: a hostile input cannot grow a report. */
function capFields<T>(value: T): T {
    if (typeof value === "string") {
        return (value.length > MAX_FIELD ? `${value.slice(0, MAX_FIELD)}… (cut)` : value) as T;
    }
    if (value == null || typeof value !== "object") {
        return value;
    }
    return (Array.isArray(value) ? value.map(capFields) :
        Object.fromEntries(Object.entries(value).map(([key, item]) => [key, capFields(item)]))) as T;
}

/** The kinds a reader gives `auth.kind`; a record from elsewhere with any other value reports "unknown". */
const AUTH_KINDS: AuthKind[] = ["basic", "token", "apiml-token-without-base-path", "bearer", "cert-pem", "none", "unknown"];


/**
 * A warning when the log level hides errors: Zowe CLI then logs no new failure, and what the logs hold is older than
 * the failure the user just saw.
 */
function logLevelNotes(env: NodeJS.ProcessEnv, foundSome: boolean): string[] {
    const level = env.ZOWE_IMPERATIVE_LOG_LEVEL?.trim().toUpperCase();
    return level != null && CLI_LEVELS_HIDING_ERRORS.includes(level) ? [
        `ZOWE_IMPERATIVE_LOG_LEVEL is ${level}, so Zowe CLI writes no errors to imperative.log` +
        (foundSome ? ": the failure shown was logged before that and may not be the one you just saw (check its time). " : ". ") +
        "Unset it or set it to WARN (export ZOWE_IMPERATIVE_LOG_LEVEL=WARN), run the failing command again, then run zowe http-status last-error."
    ] : [];
}

/**
 * Diagnose and mask one failed call: the report `last-error` prints.
 * @param call - a record from any reader
 * @param secretValues - values that must not appear in the report (the failed command's environment)
 * @param site - site knowledge to match against the masked record
 */
export function reportFailure(call: IFailedCall, secretValues: Iterable<string> = [], site: readonly ILoadedSiteEntry[] = []): IFailureReport {
    // Only what came from the evidence is masked, before anything is built from it: the knowledge text the
    // diagnosis adds is the plug-in's own and passes unchanged (masking it turned "password: check" into "password: ****").
    const redactor = new Redactor(secretValues);
    const masked: IFailedCall = capFields({
        ...redactor.value({ ...call, command: null }),
        command: call.command == null ? null : redactor.commandLine(call.command),
        // The plug-in's own reading of the evidence (a kind from a fixed list and a flag), not evidence text.
        auth: { kind: AUTH_KINDS.includes(call.auth.kind) ? call.auth.kind : "unknown", allowUnauthorizedCert: call.auth.allowUnauthorizedCert }
    });
    // Without the team config, the command line and environment still tell the origin of what they set.
    const { origins } = traceValueOrigins(masked);
    const report: IFailureReport = {
        ...masked,
        origins,
        diagnosis: diagnose(masked, { site, origins }),
        explanation: masked.status == null ? null : explainStatus(masked.status),
        curl: curlCommand(masked)
    };
    if (report.server.body != null && report.server.body.length > MAX_REPORTED_BODY) {
        // Cut after masking, so that no secret is cut in two and half of it shown.
        report.server = { ...report.server, body: `${report.server.body.slice(0, MAX_REPORTED_BODY)}… (cut)` };
    }
    return report;
}

/**
 * Find the most recent failed Zowe REST calls and explain them. By default it reads the Zowe CLI logs of
 * `cliHome` (newest first, from the end of the files, stopping as soon as it has enough); with `inputFile` or
 * `inputText` it reads that evidence instead. The logs are Zowe CLI's and Zowe Explorer's (`from`, default both):
 * the failures of both are merged, newest first.
 * @param options - where to look (CLI home, user home, a logs folder or evidence), whose logs, how many failures
 * @returns the failures, diagnosed and masked, the files read and notes
 * @throws {EvidenceError} when input evidence cannot be read or holds no REST failure
 */
export function findLastFailures(options: IFindFailuresOptions = {}): IFailureSearch {
    const env = options.env ?? process.env;
    const limit = options.limit ?? 1;
    let scan: ILogScan;
    let fromLogs = false;
    if (options.inputText != null) {
        scan = readEvidenceText(options.inputText.text, options.inputText.name, { limit, includePayload: options.includePayload });
    } else if (options.inputFile != null) {
        scan = readEvidenceFile(options.inputFile, limit, options.includePayload);
    } else {
        fromLogs = true;
        if (options.logDir != null && !isDirectory(options.logDir)) {
            throw new EvidenceError(`The log folder ${options.logDir} does not exist or is not a folder. Give a Zowe CLI home, the ` +
                "folder that holds imperative.log (for example --log-dir ~/.zowe/logs), or a Zowe Explorer logs folder.");
        }
        const from = options.from ?? "all";
        const scans: ILogScan[] = [];
        if (from !== "explorer") {
            scans.push(readCliLogs(options, env, limit, from === "cli"));
        }
        if (from !== "cli") {
            scans.push(readExplorerLogs(options, env, limit, from === "explorer"));
        }
        if (from === "all") {
            // The Zowe Python SDK logs beside the CLI, in ~/.zowe/logs whatever ZOWE_CLI_HOME says (its logger.py).
            scans.push(readPythonSdkLog(options.logDir ?? path.join(options.home ?? os.homedir(), ".zowe", "logs"), limit, options.includePayload));
        }
        scan = mergeScans(scans, limit);
    }
    const reports = scan.failures.slice(0, limit).map((failure) => reportFailure(failure.call, failure.environmentValues, options.site));
    if (!options.includePayload) {
        reports.forEach((report) => delete report.payload);
    }
    const redactor = new Redactor(scan.failures.flatMap((failure) => failure.environmentValues));
    const cliLevelNotes = fromLogs && options.from !== "explorer" ? logLevelNotes(env, reports.length > 0) : [];
    const stale = fromLogs && reports.length > 0 ? staleWarning(env, options.from ?? "all", scan, redactor) : undefined;
    // The warning on the reports says what the log-level note says, first: the note is for a search that found nothing.
    const notes = [...scan.notes, ...stale?.reason === "log-level" ? [] : cliLevelNotes].map((note) => redactor.text(note));
    return { reports: stale == null ? reports : reports.map((report) => ({ ...report, stale })), searched: scan.filesRead, notes };
}

/**
 * Why the failures found may not hold the user's last one: a log level that hides errors (Zowe CLI's, or Zowe
 * Explorer's zowe.logger), or a newer command that failed without a REST call. Undefined when neither holds.
 */
function staleWarning(env: NodeJS.ProcessEnv, from: FailureClients, scan: ILogScan, redactor: Redactor): IStaleWarning | undefined {
    const level = env.ZOWE_IMPERATIVE_LOG_LEVEL?.trim().toUpperCase();
    if (from !== "explorer" && level != null && CLI_LEVELS_HIDING_ERRORS.includes(level)) {
        return {
            reason: "log-level",
            message: `ZOWE_IMPERATIVE_LOG_LEVEL is ${level}, so Zowe CLI logs no errors: the failure below was logged before that and may ` +
                "not be your last one. To see that one, unset ZOWE_IMPERATIVE_LOG_LEVEL (or set it to WARN), run the failing command again, " +
                "then zowe http-status last-error."
        };
    }
    if (from !== "cli" && scan.explorerHidden === true) {
        return {
            reason: "log-level",
            message: "Zowe Explorer's zowe.logger setting hides errors, so its newest failures are not in its log: the failure below may not " +
                "be your last one. Set zowe.logger to INFO (or WARN) in the editor's settings, repeat the action, then run " +
                "zowe http-status last-error."
        };
    }
    const newest = scan.newerFailedCommands?.[0];
    if (newest == null) {
        return undefined;
    }
    const more = (scan.newerFailedCommands?.length ?? 1) - 1;
    const what = [newest.command == null ? null : redactor.commandLine(newest.command), newest.message == null ? null : redactor.text(newest.message)]
        .filter((part) => part != null).join(": ");
    return {
        reason: "newer-command",
        message: `A newer zowe command failed at ${newest.time.replace("T", " ")} without a REST call${what.length > 0 ? ` (${what})` : ""}` +
            `${more > 0 ? `, and ${more} more after the failure below` : ""}: the failure below is older than your last error. Run that ` +
            "command again and read its own message; give its error text to zowe http-status last-error --input - to have it explained."
    };
}

/** Zowe CLI's logs of the home or the folder given; "not there" is a note only when the CLI's logs alone were asked for. */
function readCliLogs(options: IFindFailuresOptions, env: NodeJS.ProcessEnv, limit: number, only: boolean): ILogScan {
    const layout = findLogLayout(options.logDir ?? options.cliHome ?? defaultCliHome(env), options.logDir == null);
    const scan = readLoggedFailures({
        logDir: layout.imperativeLogDir, zoweLogDir: layout.zoweLogDir, limit, includePayload: options.includePayload
    });
    if (scan.filesRead.length === 0 && (only || options.logDir == null)) {
        scan.notes.push(`${path.join(layout.imperativeLogDir, "imperative.log")} does not exist: no Zowe CLI command has logged there yet.`);
    }
    return scan;
}

/**
 * Zowe Explorer's logs: those of the folder given, or every Explorer (and extender) log of the editors in the home,
 * each read from its end. Notes say when none was found (when Explorer's alone were asked for, or no CLI log
 * exists either) and when a `zowe.logger` setting hides errors.
 */
function readExplorerLogs(options: IFindFailuresOptions, env: NodeJS.ProcessEnv, limit: number, only: boolean): ILogScan {
    let places: IExplorerLogPlace[];
    const notes: string[] = [];
    let explorerHidden = false;
    if (options.logDir != null) {
        const place = explorerLogInFolder(options.logDir);
        places = place == null ? [] : [place];
    } else {
        const search = findExplorerLogs({ home: options.home ?? os.homedir(), platform: options.platform, env });
        places = search.places;
        const hiding = search.loggerLevels.filter((set) => EXPLORER_HIDING_LEVELS.includes(set.level));
        notes.push(...search.notes, ...hiding.map((set) => explorerLoggerNote(set.editor, set.level, set.settingsFile)));
        explorerHidden = hiding.length > 0;
    }
    if (places.length === 0 && only) {
        notes.push(noExplorerLogNote(options.logDir));
    }
    const scans = places.map((place) => readExplorerLogFailures(place, {
        limit, includePayload: options.includePayload, wholeLog: options.wholeLogs
    }));
    return { ...mergeScans(scans, limit), notes: [...notes, ...scans.flatMap((scan) => scan.notes)], ...explorerHidden ? { explorerHidden } : {} };
}

/** A logged time as a sortable string: Explorer's Output channel writes no milliseconds, files do. */
function sortableTime(time: string | null): string {
    return time == null ? "" : /\.\d{3}$/.test(time) ? time : `${time}.000`;
}

/**
 * Several scans as one: their failures newest first (by logged local time, as strings padded to milliseconds; a
 * failure without a time last), at most `limit` of them, every file read and every note.
 */
function mergeScans(scans: ILogScan[], limit: number): ILogScan {
    const failures = scans.flatMap((scan) => scan.failures).map((failure, order) => ({ failure, order, time: sortableTime(failure.call.time) }))
        .sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : a.order - b.order)).map(({ failure }) => failure);
    // A newer failed command counts only when it is newer than the newest failure kept.
    const newestKept = sortableTime(failures[0]?.call.time ?? null);
    const newer = scans.flatMap((scan) => scan.newerFailedCommands ?? []).filter((failed) => sortableTime(failed.time) > newestKept)
        .sort((a, b) => (sortableTime(b.time) > sortableTime(a.time) ? 1 : -1));
    return {
        failures: failures.slice(0, limit),
        filesRead: scans.flatMap((scan) => scan.filesRead),
        notes: scans.flatMap((scan) => scan.notes),
        ...newer.length > 0 ? { newerFailedCommands: newer } : {},
        ...scans.some((scan) => scan.explorerHidden === true) ? { explorerHidden: true } : {}
    };
}
