import type { ClientKind, IEvidence, IFailedCall, INetworkError, ServiceKind } from "../../failure/doc/IFailedCall";
import type { IEvidenceFormat, IEvidenceReadContext } from "../doc/IEvidenceFormat";
import type { ILoggedFailure } from "../doc/ILogScan";
import { readErrorBlock } from "./readErrorBlock";

/** What a format of errors that may carry no HTTP status, code or ID knows about the error it read. */
export interface IOwnErrorSpec {
    kind: IEvidence["kind"];
    client: ClientKind;
    /** The versions that write it, when the text tells. */
    versions?: string;
    /** The line (or lines) that say what went wrong, when the format can tell them from the rest; else Zowe's reading. */
    message?: string | null;
    /** The failure before any answer the text reports in its own words (a Java or Python exception), when no status came. */
    networkError?: INetworkError | null;
    /** The service the text shows (an API ML log), when the reply does not tell it. */
    service?: ServiceKind;
    /**
     * Where the request went, when the format reads it (curl's `> GET /path`, a URL in an exception): what the format
     * reads outranks a URL found elsewhere in the text (a documentation link).
     */
    request?: Partial<IFailedCall["request"]>;
    /** The HTTP status the format read, with the answer's body alone: read as Zowe's `Rest API failure` with that body. */
    answer?: { status: number; body: string };
}

/**
 * Read an error that may hold no HTTP status, Node error code or message ID (Zowe's own errors before any request, an
 * SDK's exception, a server log line) as a record: every fact readErrorBlock finds, then what the format knows. Such a
 * record is a failure because its format says so (IEvidenceFormat.ownErrors), not because of a signal.
 * @param text - one error, cleaned
 * @param format - the format that read it
 * @param spec - what the format knows of it
 * @param context - where it came from
 */
export function readOwnError(text: string, format: IEvidenceFormat, spec: IOwnErrorSpec, context: IEvidenceReadContext): ILoggedFailure {
    // An answer the format cut out is given the way v1/v2 print one, so that its body alone is decoded as the reply.
    const block = spec.answer == null ? text : `Rest API failure with HTTP(S) status ${spec.answer.status}\n${spec.answer.body}`;
    const call = readErrorBlock(block, {
        format: { id: format.id, label: format.label, ...(spec.versions == null ? {} : { versions: spec.versions }) },
        kind: spec.kind, client: spec.client, replyIsText: true
    }, context.name, context.includePayload);
    if (spec.networkError != null && call.status == null && call.networkError?.code == null) {
        call.source = /timed? ?out/i.test(spec.networkError.message) ? "timeout" : "client";
        call.networkError = spec.networkError;
    }
    const onlyTheStatus = /^Rest API failure with HTTP\(S\) status \d{3}$/.test(call.server.message ?? "");
    if (spec.message != null && spec.message.length > 0 && (call.source !== "http" || call.server.message == null || onlyTheStatus)) {
        call.server.message = spec.message.slice(0, 2000);
    }
    if (spec.service != null && call.service === "unknown") {
        call.service = spec.service;
    }
    for (const [name, value] of Object.entries(spec.request ?? {})) {
        const field = name as keyof IFailedCall["request"];
        if (value != null) {
            (call.request as unknown as Record<string, unknown>)[field] = value;
        }
    }
    if (call.evidence.missing != null) {
        call.evidence.missing = call.evidence.missing.filter((fact) => fact !== "status" || call.source === "http");
        if (call.evidence.missing.length === 0) {
            delete call.evidence.missing;
        }
    }
    return { call, environmentValues: [] };
}
