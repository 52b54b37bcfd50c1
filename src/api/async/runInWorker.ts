import * as path from "path";
import { Worker } from "worker_threads";
import { EvidenceError } from "../readers/EvidenceError";
import { UserInputError } from "../UserInputError";

/** The synchronous calls that have an asynchronous variant. */
export type AsyncApiCall = "findLastFailures" | "readLoggedFailures" | "readEvidenceFile";

/** Errors the API throws on purpose keep their class across the thread boundary; any other error is an Error. */
function rebuildError(error: { name: string; message: string }): Error {
    const rebuilt = error.name === "EvidenceError" ? new EvidenceError(error.message) :
        error.name === "UserInputError" ? new UserInputError(error.message) : new Error(error.message);
    rebuilt.name = error.name;
    return rebuilt;
}

/**
 * Run a call of the synchronous API in a worker thread: reading logs of tens of megabytes then costs the caller's
 * thread nothing (a Zowe Explorer extension host must never block). The arguments and the result are copied between
 * the threads, so they are plain data.
 * @param call - which call
 * @param args - its arguments
 * @returns what the call returns
 * @throws what the call throws: EvidenceError and UserInputError keep their class and message
 */
export function runInWorker<T>(call: AsyncApiCall, args: unknown[]): Promise<T> {
    return new Promise<T>((resolve, reject) => {
        const worker = new Worker(path.join(__dirname, "apiWorker.js"), { workerData: { call, args } });
        let settled = false;
        worker.once("message", (message: { result?: T; error?: { name: string; message: string } }) => {
            settled = true;
            if (message.error != null) {
                reject(rebuildError(message.error));
            } else {
                resolve(message.result as T);
            }
        });
        worker.once("error", (error) => {
            settled = true;
            reject(error);
        });
        worker.once("exit", (code) => {
            if (!settled) {
                reject(new Error(`The worker thread of ${call} ended (exit code ${code}) without an answer.`));
            }
        });
    });
}
