import type { ClientKind, IEvidence, IEvidenceFormatInfo, IFailedCall } from "../../failure/doc/IFailedCall";
import { PROMPT_TIMED_OUT } from "./promptTimeout";
import { toFailedCall } from "../RestErrorRecord";
import type { IRestErrorFields } from "../RestErrorRecord";
import { findMessageIds, findNodeError, findStatus } from "./ErrorSignals";
import { DETAIL_LABELS, readDetailLabels } from "./LabelledFields";
import { prettyBodyToJson } from "./prettyBody";

/** What a text format knows about the block it hands over. */
export interface IErrorBlockSpec {
    format: IEvidenceFormatInfo;
    kind: IEvidence["kind"];
    client: ClientKind;
    /** The text itself is the server's reply when nothing else delimits one (a fragment, a one-line notification). */
    replyIsText?: boolean;
    /**
     * The server's reply as the format delimits it (v3's `Response From Service` section; null when the format has
     * none); when absent, the reply is what follows v1/v2's `Rest API failure with HTTP(S) status N`.
     */
    body?: string | null;
}

/** Lines that are Zowe's headings, not what the error says. */
const HEADINGS = new RegExp("^(?:Command Error:|Error Details:|Unable to perform this operation due to the following problem[.:]|" +
    "Response From Service|Diagnostic Information|Rest API failure with HTTP\\(S\\) status \\d{3})$", "i");
/** The phrase after which v1 and v2 print the server's reply. */
const STATUS_PHRASE = /Rest API failure with HTTP\(S\) status \d{3}[ \t]{0,8}\n?/i;
/**
 * The phrase inside a line: the words after it (`... status 502" when I open PROD.COBOL`, `... status 401. This is
 * likely caused by an extension`) are the rest of someone's sentence, not the server's reply.
 */
const STATUS_IN_SENTENCE = /Rest API failure with HTTP\(S\) status \d{3}[ \t]{0,8}[^\s{[<]/i;
/** Where the server's reply ends in v1 and v2 text: their details heading or the first detail label. */
const BODY_END = new RegExp(`(?:^[Ee]rror Details:|\\sError Details:|(?:^|\\s)Diagnostic Information|(?:^|\\s)(?:${DETAIL_LABELS.join("|")}):)`, "m");
/** The command line a user pasted with the error, after any prompt. */
const COMMAND_LINE = /^[^\n]{0,200}?(?:^|[$>#%]\s{0,4})(zowe\s[^\n]{1,2000})$/m;
/** The first line of the details that says what kind of failure it was. */
const DETAIL_FIRST_LINES = /^(?:Received HTTP\(S\) error \d{3}[^\n]{0,200}|HTTP\(S\) error status "\d{3}" received\.|HTTP\(S\) client encountered an error\.[^\n]{0,200})$/m;

/** The server's reply in v1/v2 text: after `Rest API failure with HTTP(S) status N`, up to the details. */
function replyAfterStatus(block: string): string | undefined {
    const curl = curlReply(block);
    if (curl != null) {
        return curl;
    }
    const phrase = STATUS_PHRASE.exec(block);
    if (phrase == null) {
        return undefined;
    }
    const rest = block.slice(phrase.index + phrase[0].length);
    const end = BODY_END.exec(rest);
    const reply = rest.slice(0, end == null ? undefined : end.index).trim();
    return reply.length > 0 ? reply : undefined;
}

/** curl -v's request line: `> GET /zosmf/info HTTP/1.1` (the `> ` may be gone: a paste's quote marks are cleaned away). */
const CURL_REQUEST = /^(?:> )?([A-Z]{3,10}) (\/\S{0,2000}) HTTP\/[\d.]{1,3}[ \t]{0,8}$/m;
/** curl -v's status line of the answer: `< HTTP/1.1 403 Forbidden`. */
const CURL_STATUS = /^< HTTP\/[\d.]{1,3} \d{3}\b[^\n]{0,200}$/m;

/**
 * The body of the answer in a `curl -v` transcript: the lines after the answer's headers that are not curl's own
 * (`*` notes, `>` request and `<` answer lines), up to a shell prompt. Undefined when the text is no curl transcript.
 */
function curlReply(block: string): string | undefined {
    const status = CURL_STATUS.exec(block);
    if (status == null) {
        return undefined;
    }
    const lines = block.slice(status.index).split("\n").slice(1);
    const start = lines.findIndex((line) => !line.startsWith("<"));
    const body: string[] = [];
    for (const line of start < 0 ? [] : lines.slice(start)) {
        if (/^(?:[$#%]|\S{0,64}[$#>%] )/.test(line) || line.startsWith("* ")) {
            break;
        }
        body.push(line);
    }
    const reply = body.join("\n").trim();
    return reply.length > 0 ? reply : undefined;
}

/** The method and resource of a `curl -v` transcript's request line, when the text has one. */
function curlRequest(block: string): { method?: string; resource?: string } {
    const request = CURL_REQUEST.exec(block);
    return request == null ? {} : { method: request[1], resource: request[2] };
}

/** `connect ECONNREFUSED 192.0.2.20:30270`, `getaddrinfo ENOTFOUND mf.example.com`: where a Node error was going. */
const NODE_TARGET = /\b(?:connect|getaddrinfo|read|write) [A-Z_]{4,40} \[?([\w.-]{1,253}|[\d:a-f]{2,45})\]?(?::(\d{1,5}))?/i;
/** A URL in the text (also with the one slash a copy may lose: `https:/mf:8040/…`). */
const URL_IN_TEXT = /\b(https?):\/{1,2}([\w.-]{1,253})(?::(\d{1,5}))?(?=[/\s"',]|$)/i;

/** Where the call went, when the text has no detail labels: the Node error's address, or a URL it names. */
function where(block: string, labels: Partial<Record<string, string>>,
    nodeMessage: string | undefined): { host?: string; port?: string; protocol?: string } {
    if (labels.Host != null) {
        return {};
    }
    const target = nodeMessage == null ? null : NODE_TARGET.exec(nodeMessage);
    if (target != null) {
        return { host: target[1], port: target[2] };
    }
    // An XML namespace (a CMCI answer's xmlns="http://www.ibm.com/…") names no server the call went to.
    const url = URL_IN_TEXT.exec(block.replace(/xmlns(?::\w{1,32})?\s{0,32}[:=]\s{0,32}["']?https?:\/\/\S{1,256}/g, ""));
    return url == null ? {} : { protocol: url[1].toLowerCase(), host: url[2], port: url[3] };
}

/** The connection options of a pasted zowe command line: `--host`/`-H`, `--port`/`-P`, `--protocol`, `--base-path`/`--bp`. */
function connectionOptions(command: string | null): { host?: string; port?: string; protocol?: string; basePath?: string } {
    const option = (names: string): string | undefined =>
        new RegExp(`(?:^|\\s)(?:${names})(?:=|\\s{1,8})["']?([^\\s"']{1,253})`).exec(command ?? "")?.[1];
    const found = { host: option("--host|-H"), port: option("--port|-P"), protocol: option("--protocol"), basePath: option("--base-path|--bp") };
    return Object.fromEntries(Object.entries(found).filter(([, value]) => value != null));
}

/** The lines of a block that say what went wrong: not headings, not detail labels, not the reply. */
function problemLines(block: string, reply: string | undefined): string {
    const withoutReply = reply == null ? block : block.replace(reply, "");
    const labels = readDetailLabels(withoutReply);
    return withoutReply.split("\n").map((line) => line.trim())
        .filter((line) => line.length > 0 && !HEADINGS.test(line) && !DETAIL_LABELS.some((label) => line.startsWith(`${label}:`)) &&
            !Object.values(labels).some((value) => value.length > 0 && line === value))
        .join("\n").slice(0, 2000);
}

/** The labelled lines as Zowe's Diagnostic Information would hold them, for the readers of that block. */
function detailsText(block: string, labels: Partial<Record<string, string>>): string {
    const first = DETAIL_FIRST_LINES.exec(block)?.[0];
    return [first, ...Object.entries(labels).map(([label, value]) => `${label}: ${value}`)].filter((line) => line != null).join("\n");
}

/** The facts a failed call's record cannot do without; those the evidence lacks are listed as missing. */
function missingFacts(call: IFailedCall): string[] {
    const facts: Array<[string, unknown]> = [
        ["status", call.source === "http" || call.source === "other" ? call.status : "n/a"],
        ["method", call.request.method], ["host", call.request.host], ["port", call.request.port], ["resource", call.request.resource],
        ["time", call.time], ["command", call.command]
    ];
    return facts.filter(([, value]) => value == null).map(([name]) => name);
}

/**
 * Read one error as a text shows it, whatever the client that wrote it: the status in any spelling, the Node error,
 * the detail labels (in lines, or joined on one line), the server's reply (JSON printed as `key: value` lines, HTML,
 * plain text), the authentication Zowe's words name, and the command line if the user pasted it. What the text does
 * not hold is null, and named in `evidence.missing`.
 * @param block - one error, cleaned
 * @param spec - what the format knows of it
 * @param file - where it came from, for the record
 * @param includePayload - keep the request body (masked later)
 * @returns the record
 */
export function readErrorBlock(block: string, spec: IErrorBlockSpec, file: string | null, includePayload = false): IFailedCall {
    const labels = readDetailLabels(block);
    const status = findStatus(block);
    const nodeError = status == null ? findNodeError(block) : null;
    const delimited = spec.body === undefined ? replyAfterStatus(block) : spec.body ?? undefined;
    const reply = delimited ?? (spec.replyIsText === true && status != null ? block.trim() : undefined);
    // A whole text stands in for the reply (its IDs and words tell the service), but it is the server's own words only
    // when it has a reply's shape (JSON, HTML, XML), not when it is someone's sentence around the status.
    const serversWords = /^\s*[{[<]/.test(delimited ?? block) || (delimited != null && !STATUS_IN_SENTENCE.test(block));
    const message = problemLines(block, reply);
    const clientFailure = nodeError != null || /request error event called|Failed to send an HTTP request|could not be initiated/i.test(block);
    // "Timed out waiting for user." is a prompt nobody answered: no request went out, so it is no request timeout.
    const source = status != null ? "http" : clientFailure ? "client" : /timed out/i.test(block) && !PROMPT_TIMED_OUT.test(block) ? "timeout" : undefined;
    const fields: IRestErrorFields = {
        msg: message,
        causeErrors: source === "http" ? (reply == null ? undefined : prettyBodyToJson(reply) ?? reply) : nodeError ?? undefined,
        causeText: nodeError?.message,
        source,
        httpStatus: status,
        protocol: labels.Protocol,
        host: labels.Host,
        port: labels.Port,
        basePath: labels["Base Path"],
        resource: labels.Resource ?? curlRequest(block).resource,
        request: labels.Request ?? curlRequest(block).method,
        additionalDetails: detailsText(block, labels),
        payload: labels.Payload
    };
    const command = COMMAND_LINE.exec(block)?.[1].trim() ?? null;
    // Without detail labels, the pasted command line's options, then the Node error's address or a URL, say where it went.
    const target = { ...where(block, labels, nodeError?.message), ...connectionOptions(command) };
    fields.host = fields.host ?? target.host;
    fields.port = fields.port ?? target.port;
    fields.protocol = fields.protocol ?? target.protocol;
    fields.basePath = fields.basePath ?? target.basePath;
    const call = toFailedCall(fields, { time: null, command, evidence: { kind: spec.kind, file, format: spec.format },
        includePayload, partial: true, client: spec.client, around: block }) as IFailedCall;
    if (!serversWords && call.server.message != null) {
        call.server.clientWords = true;
    }
    if (call.server.messageIds == null) {
        // Message IDs outside a server reply still tell which component spoke (a fragment, a notification).
        const ids = findMessageIds(block);
        if (ids.length > 0) {
            call.server.messageIds = ids;
        }
    }
    const missing = missingFacts(call);
    if (missing.length > 0) {
        call.evidence.missing = missing;
    }
    return call;
}
