import type { IFailedCall } from "../../failure/doc/IFailedCall";
import type { ILoggedFailure } from "../doc/ILogScan";
import type { IEvidenceFormat, IEvidenceReadContext } from "../doc/IEvidenceFormat";
import { toFailedCall } from "../RestErrorRecord";
import type { IRestErrorFields } from "../RestErrorRecord";
import { jsonDocuments } from "../shared/jsonDocuments";
import { readErrorBlock } from "../shared/readErrorBlock";
import { v3Versions } from "./cliTextV3";

/** The result envelope every Zowe CLI version prints with --rfj. */
interface IRfjResult {
    success: unknown;
    message?: unknown;
    stderr?: unknown;
    error?: IRestErrorFields;
}

function isRfjResult(document: unknown): document is IRfjResult {
    return document != null && typeof document === "object" && !Array.isArray(document) && "success" in document;
}

/** Which versions print a result, from its error's words: v1/v2 keep `REST API Error:` and `HTTP(S) error status "N"`. */
function rfjVersions(result: IRfjResult): string {
    const words = `${String(result.error?.msg ?? result.message ?? "")}\n${String(result.error?.additionalDetails ?? "")}`;
    if (/REST API Error:|HTTP\(S\) error status "\d{3}"|request error event called/.test(words)) {
        return "Zowe CLI 6.x or 7.x";
    }
    return /Received HTTP\(S\) error|Failed to send an HTTP request|^Auth type/m.test(words) ? v3Versions(words) : "Zowe CLI";
}

/** The section of v3 stderr that holds the Node error's message, which the error object may have lost. */
function responseSection(stderr: string): string | undefined {
    const at = stderr.indexOf("\nResponse From Service\n");
    if (at < 0) {
        return undefined;
    }
    const rest = stderr.slice(at + "\nResponse From Service\n".length);
    const end = rest.indexOf("\nDiagnostic Information");
    return rest.slice(0, end < 0 ? undefined : end).trim();
}

function readResult(result: IRfjResult, context: IEvidenceReadContext): ILoggedFailure[] {
    const stderr = typeof result.stderr === "string" ? result.stderr : "";
    const call: IFailedCall | undefined = result.error == null ? undefined : toFailedCall({ ...result.error, causeText: responseSection(stderr) }, {
        time: null, command: null, includePayload: context.includePayload,
        evidence: { kind: "rfj", file: context.name, format: { id: RFJ_RESULT.id, label: RFJ_RESULT.label, versions: rfjVersions(result) } }
    });
    if (call != null) {
        return [{ call, environmentValues: [] }];
    }
    // No REST error object (an old or cut result, or one whose error is a plain message): its printed text may say more.
    const printed = [stderr, typeof result.message === "string" ? result.message : ""].find((text) => text.trim().length > 0);
    const nested = printed == null ? [] : context.readNested(printed);
    if (nested.length > 0 || printed == null) {
        return nested;
    }
    // A failure before any request, in words no format knows: still Zowe's record of a failure, reported as it said it.
    return [{
        call: readErrorBlock(printed, {
            format: { id: RFJ_RESULT.id, label: RFJ_RESULT.label, versions: rfjVersions(result) }, kind: "rfj", client: "zowe-cli", replyIsText: true
        }, context.name, context.includePayload),
        environmentValues: []
    }];
}

/**
 * A saved --rfj result of a failed command, of any Zowe CLI version: `{ success: false, exitCode, message, stderr,
 * error }`, pretty or on one line, alone or among other output, also when a terminal broke a line inside a string.
 */
export const RFJ_RESULT: IEvidenceFormat = {
    id: "zowe-cli-rfj",
    label: "a saved Zowe CLI --rfj result",
    detect: (text) => (/"success"\s{0,8}:\s{0,8}false/.test(text) ? 0.95 : /"success"\s{0,8}:\s{0,8}true/.test(text) ? 0.3 : 0),
    read: (text, context) => jsonDocuments(text).filter(isRfjResult).filter((result) => result.success !== true).reverse()
        .flatMap((result) => readResult(result, context)).slice(0, context.limit)
};
