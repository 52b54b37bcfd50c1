import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import type { ILoggedFailure } from "../doc/ILogScan";
import type { ServiceKind } from "../../failure/doc/IFailedCall";
import { decodeBody } from "../RestErrorRecord";
import { jsonDocuments } from "../shared/jsonDocuments";
import { readOwnError } from "../shared/readOwnError";

/**
 * The error documents services answer with, pasted alone (without the status or the request): z/OSMF's error report
 * (`rc`, `reason`, `category`, `message`, `details`; IBM z/OSMF REST services, "Error report document"), API ML's
 * messages (`messages[]` of `messageType`, `messageNumber`, `messageContent`; Zowe API ML message service), IBM MQ REST
 * API's `error[]` of `messageId`, `message`, `explanation`, `action`.
 */
function shapeOf(document: unknown): ServiceKind | "other" | undefined {
    if (document == null || typeof document !== "object" || Array.isArray(document)) {
        return undefined;
    }
    const object = document as Record<string, unknown>;
    const number = (key: string): boolean => typeof object[key] === "number" || (typeof object[key] === "string" && /^-?\d{1,10}$/.test(object[key]));
    if (number("rc") && (number("reason") || number("category")) && ("message" in object || "details" in object)) {
        return "zosmf";
    }
    const messages = Array.isArray(object.messages) ? object.messages as unknown[] : [];
    if (messages.some((message) => message != null && typeof message === "object" && "messageNumber" in message)) {
        return "apiml";
    }
    const errors = Array.isArray(object.error) ? object.error as unknown[] : [];
    return errors.some((error) => error != null && typeof error === "object" && "messageId" in error) ? "mq" : undefined;
}

/**
 * A service's JSON error document on its own: the server answered (the source is `http`) though the status is not
 * shown; its message, IDs and codes are read as from a body, and its shape names the service. Formats that hold
 * such a document in their own layout (Zowe's error text, an SDK's error) are surer and read it first.
 */
export const SERVICE_ERROR_JSON: IEvidenceFormat = {
    id: "service-error-json",
    label: "a service's JSON error document",
    ownErrors: true,
    detect: (text) => (/"(?:rc|messageNumber|messageId)"\s{0,8}:/.test(text.slice(0, 65536)) &&
        jsonDocuments(text.slice(0, 65536), 4).some((document) => shapeOf(document) != null) ? 0.2 : 0),
    read: (text, context) => jsonDocuments(text).filter((document) => shapeOf(document) != null).reverse().slice(0, context.limit)
        .map((document): ILoggedFailure => {
            const body = JSON.stringify(document);
            const failure = readOwnError(body, SERVICE_ERROR_JSON, { kind: "text", client: "unknown" }, context);
            const shape = shapeOf(document);
            failure.call.source = failure.call.status == null ? "http" : failure.call.source;
            failure.call.networkError = null;
            failure.call.server = { ...decodeBody(body), ...(failure.call.server.fields == null ? {} : { fields: failure.call.server.fields }) };
            failure.call.service = shape === "other" || shape == null ? failure.call.service : shape;
            return failure;
        })
};
