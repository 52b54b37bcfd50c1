/**
 * Types for fakeZosmf.js, the project's fake z/OSMF server (see the comment at the top of that file).
 */

export type FakeZosmfProtocol = "http" | "https";

/** What a rule's `body` function receives. */
export interface FakeZosmfRequestInfo {
    /** HTTP method, upper case. */
    method: string;
    /** Path and query as sent. */
    url: string;
    /** Path without the query. */
    path: string;
    /** Request headers, Node's lower-case names, not masked. */
    headers: Record<string, string | string[] | undefined>;
    /** Request body as UTF-8 text. */
    body: string;
}

/** Strings are sent as they are (HTML when they start with "<"), objects and arrays as JSON. */
export type FakeZosmfBody = string | object;

/** One answer; the first rule whose `method` and `path` match the request answers it. */
export interface FakeZosmfRule {
    /** HTTP method to match (case-insensitive); any method when absent. */
    method?: string;
    /** Prefix of, or RegExp tested against, the path without the query; any path when absent. */
    path?: string | RegExp;
    /** HTTP status to answer with (default 200). */
    status?: number;
    /** Response body, or a function that makes it per request. */
    body?: FakeZosmfBody | ((req: FakeZosmfRequestInfo) => FakeZosmfBody);
    /** Extra or overriding response headers; an empty string removes a default header. */
    headers?: Record<string, string>;
    /** Wait this long before answering. */
    delayMs?: number;
    /** Accept the request and never answer (until close()). */
    hang?: boolean;
    /** Reset the connection instead of answering. */
    destroy?: boolean;
    /** Match only requests that carry credentials (true) or only those without (false). */
    withCredentials?: boolean;
    /** Match only requests for which this returns true (e.g. a Basic password other than the right one). */
    when?: (req: FakeZosmfRequestInfo) => boolean;
}

export interface FakeZosmfOptions {
    /** "http" (default) or "https" (fresh self-signed certificate for 127.0.0.1 / localhost). */
    protocol?: FakeZosmfProtocol;
    /** Ordered rules; the first match answers. */
    rules?: ReadonlyArray<Readonly<FakeZosmfRule>>;
    /**
     * Answers requests no rule matched, instead of Liberty's 404 page.
     * GET /zosmf/info keeps its built-in answer unless a rule matches it.
     */
    defaultRule?: Readonly<FakeZosmfRule>;
    /** The server closes itself after this long (default 120000 ms, unref'd timer). */
    lifetimeMs?: number;
    /** Requests beyond this many get their connection reset (default 500). */
    maxRequests?: number;
    /** Reject /zosmf/ requests (except /zosmf/info) without X-CSRF-ZOSMF-HEADER with 403 IZUG846W (default true). */
    csrfCheck?: boolean;
    /**
     * https only: serve this key and certificate (PEM text; `cert` may hold a chain, the server's first) instead of a
     * fresh self-signed certificate. No caCertPath is set then.
     */
    tls?: { key: string; cert: string };
    /** Fields merged over the built-in /zosmf/info document. */
    info?: Record<string, unknown>;
}

/** One logged request. */
export interface FakeZosmfRequest {
    method: string;
    /** Path and query as sent. */
    url: string;
    /** Path without the query. */
    path: string;
    /** Headers; authorization, proxy-authorization and cookie values are replaced by "<present>". */
    headers: Record<string, string | string[] | undefined>;
    /** An Authorization header or a LtpaToken2 / apimlAuthenticationToken cookie was sent. */
    hasCredentials: boolean;
    /** ISO time the request arrived. */
    time: string;
    /** Request body (UTF-8), cut after 65536 characters. */
    body: string;
    /** What answered: "rule:<index>", "defaultRule", "info", "csrf", "not-found" or "limit". */
    answeredBy: string;
}

/** A running fake z/OSMF. */
export interface FakeZosmf {
    /** Base URL, e.g. "https://127.0.0.1:40123". */
    url: string;
    protocol: FakeZosmfProtocol;
    host: "127.0.0.1";
    port: number;
    /** PEM of the self-signed certificate (https only; deleted by close()). */
    caCertPath?: string;
    /** Every request received, oldest first. */
    requests: FakeZosmfRequest[];
    /** Stop, destroy open connections (including hanging ones) and remove the temp dir. Safe to call twice. */
    close(): Promise<void>;
}

export interface ZosmfErrorBody {
    category: number;
    rc: number;
    reason: number;
    message: string;
    details?: string[];
    stack?: string;
}

export interface ApimlMessage {
    messageType: string;
    messageNumber: string;
    messageContent: string;
    messageReason: string;
    messageAction: string;
    messageKey: string;
    messageInstanceId: string;
    messageComponent: string;
    messageSource: string;
}

export interface ApimlErrorBodyInput {
    /** E.g. "ZWEAO503E". */
    messageNumber: string;
    messageContent: string;
    /** Default "ERROR". */
    messageType?: string;
    /** Default "org.zowe.apiml.common.error". */
    messageKey?: string;
    messageAction?: string;
    messageReason?: string;
}

export type FakeZosmfScenarioName =
    "400" | "401" | "403" | "404" | "405" | "409" | "500" | "502" | "503" | "504" | "hang" | "apiml503" |
    "cmci-nodata" | "cmci-invalidparm" | "cmci-notpermit" | "cmci-dfhwu4003" | "mq-qmgr-down" | "mq-not-authorized" | "apiml-cics-unavailable" |
    "zosconnect-api-stopped";

export declare function startFakeZosmf(options?: FakeZosmfOptions): Promise<FakeZosmf>;

/** The z/OSMF error report document of the data set, file and jobs REST services. */
export declare function zosmfErrorBody(input: ZosmfErrorBody): ZosmfErrorBody;

/** The Zowe API Mediation Layer error body `{ messages: [...] }`. */
export declare function apimlErrorBody(input: ApimlErrorBodyInput): { messages: ApimlMessage[] };

/** Liberty's "context root not found" 404 page for a path. */
export declare function libertyNotFoundHtml(path: string): string;

/** A short Liberty-style error page, e.g. `libertyErrorHtml(500, "java.lang.NullPointerException")`. */
export declare function libertyErrorHtml(status: number, text: string): string;

/** The 403 IZUG846W body z/OSMF sends when X-CSRF-ZOSMF-HEADER is missing; `target` is "host:port". */
export declare function csrfRejectedBody(target: string): { errorID: string; errorMsg: string };

/** The /zosmf/info document for a port, with optional overriding fields. */
export declare function zosmfInfoBody(port: number, overrides?: Record<string, unknown>): Record<string, unknown>;

/**
 * Ready-made rule lists. "400" … "504" answer that status on /zosmf/restfiles/, /zosmf/restjobs/ and /zosmf/info;
 * "hang" never answers any /zosmf/ request; "apiml503" answers ZWEAO503E on the API ML route /ibmzosmf/api/v1/.
 */
export declare const scenarios: Readonly<Record<FakeZosmfScenarioName, ReadonlyArray<Readonly<FakeZosmfRule>>>>;

/** Headers every answer carries unless a rule overrides them. */
/** A CMCI 200 answer whose resultsummary reports a RESPONSE value (NODATA, INVALIDPARM, NOTPERMIT, NOTAVAILABLE). */
export declare function cmciResponseXml(response: "OK" | "NODATA" | "INVALIDPARM" | "NOTPERMIT" | "NOTAVAILABLE", resp2: number): string;

/** A CMCI HTTP error document with a DFHWU message. */
export declare function cmciErrorXml(messageId: string, status: number, full: string): string;

/** An IBM MQ REST API error body. */
export declare function mqErrorBody(input: { msgId: string; message: string; explanation: string; action: string; type?: string;
    completionCode?: number; reasonCode?: number }): { error: object[] };

export declare const DEFAULT_HEADERS: Readonly<Record<string, string>>;
