/**
 * The worker thread behind the asynchronous API: it runs one call of the synchronous API, off the caller's thread,
 * and posts back its result or its error.
 */
import { parentPort, workerData } from "worker_threads";
import { findLastFailures } from "../lastError/findLastFailures";
import { readEvidenceFile } from "../readers/EvidenceReader";
import { readLoggedFailures } from "../readers/ImperativeLogReader";
import type { AsyncApiCall } from "./runInWorker";

/** The calls a worker may run. */
const CALLS: Record<AsyncApiCall, (...args: any[]) => unknown> = { findLastFailures, readLoggedFailures, readEvidenceFile };

const { call, args } = workerData as { call: AsyncApiCall; args: unknown[] };
try {
    parentPort?.postMessage({ result: CALLS[call](...args) });
} catch (error) {
    const { name, message } = error as Error;
    parentPort?.postMessage({ error: { name, message } });
}
