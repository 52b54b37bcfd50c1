import type { IFailureSearch, IFindFailuresOptions } from "../lastError/findLastFailures";
import type { ILogScanOptions } from "../readers/ImperativeLogReader";
import type { ILogScan } from "../readers/doc/ILogScan";
import { runInWorker } from "./runInWorker";

/**
 * `findLastFailures`, off the caller's thread: for Zowe Explorer extensions and servers, which must not block.
 * @param options - as for findLastFailures (`env` is copied: pass plain values)
 * @returns the failures found, diagnosed and masked, with what was searched
 * @throws {EvidenceError} as findLastFailures does
 */
export function findLastFailuresAsync(options: IFindFailuresOptions = {}): Promise<IFailureSearch> {
    return runInWorker("findLastFailures", [{ ...options, env: { ...(options.env ?? process.env) } }]);
}

/**
 * `readLoggedFailures`, off the caller's thread.
 * @param options - as for readLoggedFailures
 * @returns the failures found in the logs, newest first
 */
export function readLoggedFailuresAsync(options: ILogScanOptions): Promise<ILogScan> {
    return runInWorker("readLoggedFailures", [options]);
}

/**
 * `readEvidenceFile`, off the caller's thread.
 * @param file - the evidence file
 * @param limit - how many failures a log file gives at most
 * @param includePayload - keep request bodies in the records
 * @returns what the file holds
 * @throws {EvidenceError} as readEvidenceFile does
 */
export function readEvidenceFileAsync(file: string, limit = 1, includePayload = false): Promise<ILogScan> {
    return runInWorker("readEvidenceFile", [file, limit, includePayload]);
}
