import type { AuthKind } from "../knowledge/doc/IKnownError";
import type {
    ClientKind, FailureSource, IEvidence, IFailedCall, INetworkError, IServerReply, IServerWords, ServiceKind
} from "../failure/doc/IFailedCall";
import { isInspectedError } from "./InspectParser";
import { findNodeError } from "./shared/ErrorSignals";
import { findMessageIds } from "../knowledge/messageIdGrammar";
import { readServiceFields, recogniseService } from "./recogniseService";
import type { InspectValue } from "./InspectParser";

/**
 * The fields of Zowe's REST client error (imperative's IRestClientError) as any reader finds them: in the log's
 * util.inspect dump, in a saved --rfj document or in the text a user copied. Every field may be missing.
 */
export interface IRestErrorFields {
    msg?: unknown;
    causeErrors?: unknown;
    source?: unknown;
    httpStatus?: unknown;
    errorCode?: unknown;
    protocol?: unknown;
    host?: unknown;
    port?: unknown;
    basePath?: unknown;
    resource?: unknown;
    request?: unknown;
    additionalDetails?: unknown;
    payload?: unknown;
    /** The node error's message when causeErrors lost it (--rfj keeps only `code`): the "Response From Service" text. */
    causeText?: unknown;
}

/** Facts about the failure that come from around the error object, not from it. */
export interface IFailureContext {
    time: string | null;
    command: string | null;
    evidence: IEvidence;
    /** Keep the request body (masked later) in the record. */
    includePayload?: boolean;
    /**
     * The evidence is damaged or cut: build a record even when no REST field could be read, with what is missing
     * set to null.
     */
    partial?: boolean;
    /** Which client made the call; by default told by the kind of evidence (Zowe CLI for its logs and outputs). */
    client?: ClientKind;
    /** The text around the error (a pasted block, the extension that logged it), where a plug-in's service may show. */
    around?: string;
}

/** The client that writes each kind of evidence, when the reader does not say. */
const CLIENT_OF_EVIDENCE: Record<IEvidence["kind"], ClientKind> = {
    "imperative-log": "zowe-cli", "rfj": "zowe-cli", "stderr-text": "zowe-cli", "explorer-text": "zowe-explorer", "text": "unknown", "probe": "sdk"
};

/** How much of a body a record keeps before masking (the report cuts it shorter after masking). */
const MAX_BODY = 65536;
/** How much of an HTML or XML page is searched for its title and text. */
const MAX_PAGE = 16384;
const STATUS_LINE = /^Rest API failure with HTTP\(S\) status \d{3}\s*$/;

function text(value: unknown): string | null {
    if (value == null) {
        return null;
    }
    return typeof value === "string" ? value : String(value);
}

function integer(value: unknown): number | null {
    const number = typeof value === "number" ? value : typeof value === "string" && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
    return Number.isInteger(number) ? number : null;
}

function statusOf(fields: IRestErrorFields): number | null {
    const status = integer(fields.httpStatus) ?? (fields.source === "http" ? integer(fields.errorCode) : null);
    return status != null && status >= 100 && status <= 599 ? status : null;
}

/** A line `Label:   value` of Zowe's "Diagnostic Information" block. */
export function diagnosticLine(details: string | null, label: string): string | null {
    if (details == null) {
        return null;
    }
    const match = new RegExp(`^${label}:[ \\t]*(.*)$`, "m").exec(details);
    return match == null ? null : match[1].trim();
}

function yesNo(value: string | null): boolean | null {
    return value === "true" ? true : value === "false" ? false : null;
}

function authKind(details: string | null, message: string): AuthKind {
    if (/requires base path to be defined/i.test(message)) {
        return "apiml-token-without-base-path";
    }
    // Zowe's 401 wording names the authentication it used (v1/v2 put it where the details would be).
    const wording = `${message}\n${details ?? ""}`;
    // "Auth type used:" since Zowe CLI 8.26, "Auth type:" in 8.0 to 8.25 (and v2 with ZOWE_V3_ERR_FORMAT).
    const used = diagnosticLine(details, "Auth type used") ?? diagnosticLine(details, "Auth type");
    switch (used) {
        case "basic": case "token": case "bearer": case "cert-pem": case "none":
            return used;
        case null: case "":
            return /Token (?:type [^\n]{0,80})?is not valid|token is invalid|token is expired/i.test(wording) ? "token" :
                /Username or password are not valid/i.test(wording) ? "basic" : /Certificate is not valid or expired/i.test(wording) ? "cert-pem" : "unknown";
        default:
            return used.startsWith("cert") ? "cert-pem" : "unknown";
    }
}

/**
 * Strip tags and collapse white space: the readable text of an HTML or XML page, each piece of text once (Liberty
 * repeats "Context Root Not Found" as title, heading and paragraph).
 */
function pageText(body: string): string {
    const pieces = body.replace(/<script[^>]{0,256}>[^<]{0,16384}<\/script>/gi, "\n").replace(/<style[^>]{0,256}>[^<]{0,16384}<\/style>/gi, "\n")
        .replace(/<[^>]{0,1024}>/g, "\n").replace(/&nbsp;/g, " ")
        .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&").split("\n")
        .map((piece) => piece.replace(/\s+/g, " ").trim()).filter((piece) => piece.length > 0);
    // A piece that another piece holds (Liberty's heading "Error 404" inside "Error 404: ... SRVE0190E ...") is said by that one.
    const lower = pieces.slice(0, 64).map((piece) => piece.toLowerCase());
    return pieces.slice(0, 64).filter((piece, index) => !lower.some((other, at) => at !== index &&
        (other === lower[index] ? at < index : other.length > lower[index].length && other.includes(lower[index])))).join(" ");
}

function firstNumber(object: Record<string, unknown>, ...keys: string[]): number | undefined {
    for (const key of keys) {
        const value = integer(object[key]);
        if (value != null) {
            return value;
        }
    }
    return undefined;
}

/** The most of a service's reason or action that is kept. */
const MAX_WORDS = 400;

/** A service's reason or action as one line, cut to MAX_WORDS. */
function capped(value: unknown): string | undefined {
    const line = typeof value === "string" ? value.replace(/\s{1,4096}/g, " ").trim() : "";
    return line.length === 0 ? undefined : line.length > MAX_WORDS ? `${line.slice(0, MAX_WORDS - 1)}…` : line;
}

/**
 * The reason and action a service gave in its own words: the first API ML message's `messageReason` and
 * `messageAction`, else the first IBM MQ REST error's `explanation` and `action`.
 */
function serverWordsOf(apimlMessage: Record<string, unknown> | undefined, mqError: unknown): IServerWords | undefined {
    const mq = mqError != null && typeof mqError === "object" ? mqError as Record<string, unknown> : undefined;
    const [reason, action, messageId] = apimlMessage != null && (apimlMessage.messageReason != null || apimlMessage.messageAction != null) ?
        [apimlMessage.messageReason, apimlMessage.messageAction, apimlMessage.messageNumber] :
        mq != null ? [mq.explanation, mq.action, mq.msgId] : [];
    const words: IServerWords = { reason: capped(reason), action: capped(action), messageId: capped(messageId) };
    (Object.keys(words) as Array<keyof IServerWords>).forEach((key) => words[key] === undefined && delete words[key]);
    return words.reason == null && words.action == null ? undefined : words;
}

/** Decode a response body: z/OSMF's error report, API ML's messages, an HTML or XML page, or plain text. */
export function decodeBody(body: string): IServerReply {
    const reply: IServerReply = { message: null, body: body.length > MAX_BODY ? `${body.slice(0, MAX_BODY)}… (cut)` : body };
    const trimmed = body.slice(0, MAX_BODY).trim();
    let parsed: unknown;
    try {
        parsed = trimmed.startsWith("{") || trimmed.startsWith("[") ? JSON.parse(trimmed) : undefined;
    } catch {
        parsed = undefined;
    }
    if (parsed != null && typeof parsed === "object" && !Array.isArray(parsed)) {
        const report = parsed as Record<string, unknown>;
        const messages = (Array.isArray(report.messages) ? report.messages as unknown[] : [])
            .filter((message): message is Record<string, unknown> => message != null && typeof message === "object");
        const apimlTexts = messages.map((m) => [text(m.messageNumber), text(m.messageContent)].filter((t) => t != null).join(" "));
        const details = Array.isArray(report.details) ? report.details.map(String) : [];
        // z/OSMF's security answers (IZUG846W) say it as `errorID` and `errorMsg`.
        const own = [...details, text(report.message) ?? text(report.reason) ?? text(report.errorMsg) ?? "", ...apimlTexts,
            text(report.StatusDescription) ?? ""]
            .filter((line) => line.length > 0 && !/^Rest API failure with HTTP\(S\) status \d{3}$/.test(line));
        reply.message = own.length > 0 ? own.join("\n") : null;
        const words = serverWordsOf(messages[0], (Array.isArray(report.error) ? report.error as unknown[] : [])[0]);
        if (words != null) {
            reply.words = words;
        }
        reply.category = firstNumber(report, "category");
        reply.rc = firstNumber(report, "rc", "return-code", "returnCode");
        reply.reason = firstNumber(report, "reason", "reason-code", "reasonCode");
        if (typeof report.stack === "string") {
            reply.stack = report.stack;
        }
    } else if (/^<(!doctype|html|\?xml|[a-z])/i.test(trimmed)) {
        const page = trimmed.slice(0, MAX_PAGE);
        const title = /<title>([^<]{0,1024})<\/title>/i.exec(page)?.[1];
        const cmciMessage = /<error[^>]{0,1024}message_id="([A-Z0-9]+)"/i.exec(page)?.[1];
        const heading = /<h1[^>]{0,256}>([^<]{0,1024})<\/h1>/i.exec(page)?.[1];
        const words = pageText(page);
        const named = heading != null ? pageText(heading) : title != null ? pageText(title) : undefined;
        // The page's words lead with its heading or title when they hold it: the name is then not said twice.
        reply.message = [cmciMessage, named != null && words.toLowerCase().includes(named.toLowerCase()) ? undefined : named, words.slice(0, 300)]
            .filter((part, index, all) => part != null && part.length > 0 && all.indexOf(part) === index).join(": ") || null;
    } else if (trimmed.length > 0) {
        reply.message = trimmed.slice(0, 500);
    }
    const ids = findMessageIds(trimmed);
    if (ids.length > 0) {
        reply.messageIds = ids;
    }
    (Object.keys(reply) as Array<keyof IServerReply>).forEach((key) => reply[key] === undefined && delete reply[key]);
    return reply;
}

/** What besides the reply and the route may tell the service: Zowe's message, the text around it, the port, the command. */
export interface IServiceContext {
    message?: string | null;
    around?: string | null;
    port?: number | null;
    command?: string | null;
}

/**
 * Which server answered (or, for a failure without an answer, which service the call went to), from the shape of the
 * reply, the route of the request and the plug-in that made it (see recogniseService). The API ML gateway's own
 * messages come first: a gateway route to a plug-in's service is the gateway's answer when it speaks for itself.
 * @param source - how the call failed
 * @param reply - the decoded reply
 * @param basePath - the request's base path
 * @param resource - the request's resource
 * @param context - Zowe's message, the text around the error, the port and the command, when known
 */
export function classifyService(source: FailureSource, reply: IServerReply, basePath: string | null, resource: string | null,
    context: IServiceContext = {}): ServiceKind {
    const ids = reply.messageIds ?? [];
    const body = reply.body ?? "";
    if (source === "http" && ids.some((id) => id.startsWith("ZWEA"))) {
        return "apiml";
    }
    const plugin = recogniseService({ messageIds: ids, body, message: [context.message ?? "", reply.message ?? ""].join("\n"),
        around: context.around, basePath, resource, port: context.port, command: context.command });
    const libertyPage = /context root|SRVE\d{4}E|<title>\s*Error \d{3}/i.test(body) || (/^\s*</.test(body) && /Error \d{3}:/.test(body));
    if (plugin != null && (plugin.by === "reply" || source !== "http" || !libertyPage)) {
        return plugin.service;
    }
    if (source !== "http") {
        return "unknown";
    }
    if (libertyPage) {
        return "liberty";
    }
    if (reply.category != null || reply.rc != null || ids.some((id) => id.startsWith("IZU") || id.startsWith("ISRZ"))) {
        return "zosmf";
    }
    if (/^\s*</.test(body)) {
        // An HTML page that is not Liberty's: a proxy, load balancer or firewall in front of z/OS answered.
        return "unknown";
    }
    if (basePath != null && basePath.replace(/\//g, "").length > 0) {
        return "apiml";
    }
    return /^\/zosmf\//.test(resource ?? "") ? "zosmf" : "unknown";
}

/** The node error behind a client or timeout failure: its code and message, wherever the evidence kept them. */
function networkErrorOf(fields: IRestErrorFields, source: FailureSource): INetworkError | null {
    if (source === "http" || source === "other" && fields.causeErrors == null && fields.causeText == null) {
        return null;
    }
    const cause = fields.causeErrors as InspectValue;
    let code: string | null = null;
    let message: string | null = null;
    if (isInspectedError(cause)) {
        code = text(cause.props.code);
        message = cause.message;
    } else if (cause != null && typeof cause === "object") {
        const object = cause as Record<string, unknown>;
        code = text(object.code);
        message = text(object.message) ?? text(object.mMessage);
    } else if (typeof cause === "string") {
        message = cause.replace(/^[A-Za-z]*Error: /, "");
    }
    message = message ?? text(fields.causeText)?.replace(/^[A-Za-z]*Error: /, "") ?? text(fields.msg) ?? "The request failed before any answer.";
    if (code == null) {
        code = findNodeError(message)?.code ?? null;
    }
    return { code, message };
}

/** The source of a failure, told by the first line of its Diagnostic Information when the field itself is missing. */
function sourceFromDetails(details: string | null): string | null {
    const first = details?.split("\n", 1)[0] ?? "";
    return /^Received HTTP\(S\) error \d{3}/.test(first) ? "http" : /Request timed out/i.test(first) ? "timeout" :
        /^HTTP\(S\) client encountered an error/.test(first) ? "client" : null;
}

/**
 * Turn the fields of a Zowe REST client error into a FailedCall.
 * @returns the record, or undefined when the fields hold no REST call (no host, no status and no source)
 */
export function toFailedCall(fields: IRestErrorFields, context: IFailureContext): IFailedCall | undefined {
    const details = text(fields.additionalDetails);
    // The labelled lines of the Diagnostic Information stand in for fields a damaged record lost.
    const host = text(fields.host) ?? diagnosticLine(details, "Host");
    const rawSource = text(fields.source) ?? sourceFromDetails(details);
    const status = statusOf(fields) ?? integer(/^Received HTTP\(S\) error (\d{3})\b/m.exec(details ?? "")?.[1]);
    // Zowe's error for an answer that came back but was not the JSON it expected has no REST fields at all.
    const unexpectedAnswer = /response was not in the expected format/.test(text(fields.msg) ?? "");
    if (host == null && status == null && rawSource == null && !unexpectedAnswer && context.partial !== true) {
        return undefined;
    }
    const knownSource = rawSource === "http" || rawSource === "client" || rawSource === "timeout";
    const source: FailureSource = knownSource ? rawSource : status != null ? "http" : "other";
    const message = text(fields.msg) ?? "";
    const body = source === "http" && typeof fields.causeErrors === "string" ? fields.causeErrors : null;
    const reply: IServerReply = body != null && !/^\s*\{\s*"Error"\s*:\s*"Rest API failure with HTTP\(S\) status \d{3}"\s*\}\s*$/.test(body) ?
        decodeBody(body) : { message: null };
    if (reply.message == null && source === "http") {
        const ownLines = message.split("\n").filter((line) => line.trim().length > 0 && !STATUS_LINE.test(line));
        reply.message = ownLines.length > 0 ? ownLines.join("\n") : null;
    }
    const basePath = text(fields.basePath) ?? diagnosticLine(details, "Base Path");
    const resource = text(fields.resource) ?? diagnosticLine(details, "Resource");
    const port = integer(fields.port) ?? integer(diagnosticLine(details, "Port"));
    const service = classifyService(source, reply, basePath, resource, { message, around: context.around, port, command: context.command });
    // The codes are near the error: a large paste is searched no further than a body is kept.
    const serviceFields = readServiceFields(service, [message, reply.message ?? "", reply.body ?? "", context.around ?? ""]
        .map((part) => part.slice(0, MAX_BODY)).join("\n"));
    if (serviceFields != null) {
        reply.fields = serviceFields;
    }
    const record: IFailedCall = {
        time: context.time,
        client: context.client ?? CLIENT_OF_EVIDENCE[context.evidence.kind],
        command: context.command,
        source,
        status,
        statusText: /Received HTTP\(S\) error \d{3} = (.+?)\.?$/m.exec(details ?? "")?.[1] ?? null,
        request: {
            method: (text(fields.request) ?? diagnosticLine(details, "Request"))?.toUpperCase() ?? null,
            protocol: text(fields.protocol) ?? diagnosticLine(details, "Protocol"),
            host,
            port,
            basePath,
            resource
        },
        service,
        server: reply,
        networkError: networkErrorOf(fields, source),
        auth: {
            kind: authKind(details, `${message}\n${reply.message ?? ""}`),
            allowUnauthorizedCert: yesNo(diagnosticLine(details, "Allow Unauth Cert"))
        },
        evidence: context.evidence
    };
    if (source === "other") {
        // No REST details: Zowe's own message (e.g. a 200 answer that was not JSON) is all there is to show.
        record.server.message = record.server.message ?? (message || null);
    }
    if (context.includePayload && fields.payload != null) {
        record.payload = typeof fields.payload === "string" ? fields.payload : JSON.stringify(fields.payload);
    }
    return record;
}
