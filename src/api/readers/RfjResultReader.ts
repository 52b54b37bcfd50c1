import type { IFailedCall } from "../failure/doc/IFailedCall";
import { UserInputError } from "../UserInputError";
import { toFailedCall } from "./RestErrorRecord";
import type { IRestErrorFields } from "./RestErrorRecord";
import { sectionOf } from "./ErrorTextReader";

/** Why a document could not be read as evidence; the message is one line a user can act on. */
export class EvidenceError extends UserInputError {}

/**
 * Read the `--rfj` result a failed Zowe command printed (`{ success: false, exitCode, message, stderr, error }`).
 * @param document - the parsed JSON
 * @param file - where it came from (a path, or `-` for standard input)
 * @throws {EvidenceError} when the document is not a failed command's result or holds no REST call
 */
export function readRfjResult(document: unknown, file: string, includePayload = false): IFailedCall {
    if (document == null || typeof document !== "object" || Array.isArray(document) || !("success" in document)) {
        throw new EvidenceError(`${file} is JSON but not a Zowe --rfj result (it has no "success" field).`);
    }
    const result = document as { success: unknown; error?: IRestErrorFields; stderr?: unknown; message?: unknown };
    if (result.success === true) {
        throw new EvidenceError(`${file} is the --rfj result of a command that succeeded: there is no failure to explain.`);
    }
    const stderr = typeof result.stderr === "string" ? result.stderr : "";
    const call = result.error == null ? undefined : toFailedCall({ ...result.error, causeText: sectionOf(stderr, "Response From Service") },
        { time: null, command: null, evidence: { kind: "rfj", file }, includePayload });
    if (call == null) {
        // Its message is not echoed: it may quote the command line, password and all.
        throw new EvidenceError(`${file} is the --rfj result of a failure that holds no REST call (it failed before any request ` +
            "was sent, for example on a profile or option error), so there is no HTTP failure to explain.");
    }
    return call;
}
