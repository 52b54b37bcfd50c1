/**
 * What a scan of logs or evidence finds: the failures with the values to mask, and what it read. The one home of these
 * types, for every reader, source and the scans that merge them.
 */
import type { IFailedCall } from "../../failure/doc/IFailedCall";

/** A failure read from the logs, with the values its environment dump held (for masking). */
export interface ILoggedFailure {
    call: IFailedCall;
    /** Values of the environment the failed command ran in, as logged: they must never be printed. */
    environmentValues: string[];
    /** The process that made the call, as far as the log says (`zowe zos-files list data-set`, `the Zowe daemon`). */
    process?: string | null;
}

/** A zowe command that failed without a REST call (a syntax error, a profile problem), newer than the failures found. */
export interface IFailedCommand {
    time: string;
    /** The command line as logged (argv, secrets masked by imperative; mask it again before showing it), or null. */
    command: string | null;
    /** What it failed with, as logged, or null. */
    message: string | null;
}

/** What a scan of the logs found, and what it read. */
export interface ILogScan {
    failures: ILoggedFailure[];
    /**
     * Commands that failed without a REST call after the newest failure found (newest first): the failure shown is then
     * older than the user's last error. Absent when there are none.
     */
    newerFailedCommands?: IFailedCommand[];
    /** True when a Zowe Explorer logger setting hides errors from the logs read (its newest failures are missing). */
    explorerHidden?: boolean;
    /** The log files read, newest first. */
    filesRead: string[];
    /** Problems and hints: unreadable files, a log level that hides errors, a zowe process that loops. */
    notes: string[];
}
