/**
 * Fake z/OSMF server for the project's system tests and demo scripts.
 *
 * It answers HTTP(S) requests on 127.0.0.1 the way a z/OSMF (Liberty) server, or an API ML gateway in
 * front of it, answers them, so that the real Zowe CLI fails with the same errors, exit codes and log
 * entries as it would against a mainframe. It is plain CommonJS so both `node` scripts and ts-jest can
 * load it; `fakeZosmf.d.ts` beside it gives TypeScript the types.
 *
 * Usage (TypeScript test):
 *
 *     import { startFakeZosmf, scenarios, FakeZosmf } from "../__servers__/fakeZosmf";
 *     let server: FakeZosmf;
 *     beforeAll(async () => { server = await startFakeZosmf({ protocol: "https", rules: scenarios["404"] }); });
 *     afterAll(() => server.close());
 *     // zowe zos-files list data-set "IBMUSER.*" --host 127.0.0.1 --port ${server.port} --protocol https
 *     //      --user ibmuser --password secretpw --reject-unauthorized false --rfj   => exit 1, errorCode 404
 *
 * Usage (node script):
 *
 *     const { startFakeZosmf, zosmfErrorBody } = require("./__tests__/__servers__/fakeZosmf");
 *     const server = await startFakeZosmf({ rules: [{ path: "/zosmf/restjobs/", status: 500, body: zosmfErrorBody({ ... }) }] });
 *     ...
 *     await server.close();
 *
 * Behaviour:
 * - Listens on 127.0.0.1, port 0 (a free port), never on any other address.
 * - `protocol: "https"` makes a fresh self-signed certificate (CN and SAN 127.0.0.1, SAN DNS localhost) with
 *   the `openssl` CLI in a temp dir, removed on close(). `caCertPath` points at it (e.g. for NODE_EXTRA_CA_CERTS).
 * - Rules are tried in order; the first whose `method` and `path` (prefix string or RegExp, tested against the
 *   path without the query) match answers. Without a match: GET /zosmf/info gets a z/OSMF info document,
 *   everything else gets `options.defaultRule` or, by default, Liberty's 404 "context root not found" page.
 * - A rule may also match on `withCredentials` (whether credentials were sent) and on `when(req)`, a predicate over
 *   the request (e.g. "the Basic password is not the right one", as `npm run fake-zosmf`'s wrong-password scenario).
 * - Requests to /zosmf/... (other than /zosmf/info) without an `X-CSRF-ZOSMF-HEADER` header get 403 IZUG846W,
 *   before any rule is tried, as real z/OSMF does (turn off with `csrfCheck: false`).
 * - Bounded: closes itself after `lifetimeMs` (unref'd timer), resets connections after `maxRequests`
 *   requests, and close() destroys every open socket, including those held by `hang` rules.
 * - `tls: { key, cert }` (PEM text) serves that key and certificate chain instead of a fresh self-signed one.
 * - `requests` logs every request, with Authorization and Cookie values replaced by "<present>".
 *
 * Helpers: zosmfErrorBody() (z/OSMF error report), apimlErrorBody() (API ML `messages[]`), libertyNotFoundHtml() and
 * libertyErrorHtml() (Liberty pages), and `scenarios`: rule lists for 400 401 403 404 405 409 500 502 503 504 on
 * /zosmf/restfiles/, /zosmf/restjobs/ and /zosmf/info, plus "hang" (never answers; pair it with
 * `--completion-timeout <seconds>` on the zowe command) and "apiml503" (ZWEAO503E on /ibmzosmf/api/v1/, for
 * `--base-path ibmzosmf/api/v1`). Verified against Zowe CLI 8.37.1: every scenario makes `zos-files list data-set`,
 * `zos-jobs list jobs` and `zosmf check status` exit 1 with `--rfj` error.errorCode equal to the scenario's status.
 */

"use strict";

const childProcess = require("child_process");
const fs = require("fs");
const http = require("http");
const https = require("https");
const os = require("os");
const path = require("path");
const crypto = require("crypto");

/** The only address the server ever listens on. */
const HOST = "127.0.0.1";
const DEFAULT_LIFETIME_MS = 120000;
const DEFAULT_MAX_REQUESTS = 500;
const OPENSSL_TIMEOUT_MS = 30000;
/** Request bodies are kept in the log up to this many characters. */
const MAX_LOGGED_BODY_CHARS = 65536;

const JSON_TYPE = "application/json; charset=UTF-8";
const HTML_TYPE = "text/html; charset=UTF-8";
const TEXT_TYPE = "text/plain; charset=UTF-8";

/**
 * Headers that every answer carries unless a rule overrides them (z/OSMF runs on WebSphere Liberty).
 * @type {Readonly<Record<string, string>>}
 */
const DEFAULT_HEADERS = Object.freeze({
    "X-Powered-By": "Servlet/4.0",
    "Server": "z/OSMF",
    "Cache-Control": "no-store, no-cache=\"set-cookie, set-cookie2\"",
    "Content-Language": "en-US"
});

/**
 * @typedef {"http" | "https"} FakeZosmfProtocol
 */

/**
 * What a rule's `body` function receives.
 * @typedef {object} FakeZosmfRequestInfo
 * @property {string} method HTTP method, upper case.
 * @property {string} url Path and query as sent.
 * @property {string} path Path without the query.
 * @property {Record<string, string | string[] | undefined>} headers Request headers (Node's lower-case names, not masked).
 * @property {string} body Request body as UTF-8 text.
 */

/**
 * Strings are sent as they are (HTML when they start with "<"), objects and arrays as JSON.
 * @typedef {string | object} FakeZosmfBody
 */

/**
 * A body, or a function that makes it per request.
 * @typedef {FakeZosmfBody | ((req: FakeZosmfRequestInfo) => FakeZosmfBody)} FakeZosmfBodySource
 */

/**
 * One answer. The first rule whose `method` and `path` match the request answers it.
 * @typedef {object} FakeZosmfRule
 * @property {string} [method] HTTP method to match (case-insensitive); any method when absent.
 * @property {string | RegExp} [path] Prefix of, or RegExp tested against, the path without the query; any path when absent.
 * @property {number} [status] HTTP status to answer with (default 200).
 * @property {FakeZosmfBodySource} [body] Body; a function is called per request.
 * @property {Record<string, string>} [headers] Extra or overriding response headers; an empty string removes a default header.
 * @property {number} [delayMs] Wait this long before answering.
 * @property {boolean} [hang] Accept the request and never answer (until close()).
 * @property {boolean} [destroy] Reset the connection instead of answering.
 * @property {boolean} [withCredentials] Match only requests that carry credentials (true) or only those without (false).
 * @property {(req: FakeZosmfRequestInfo) => boolean} [when] Match only requests for which this returns true.
 */

/**
 * @typedef {object} FakeZosmfOptions
 * @property {FakeZosmfProtocol} [protocol] "http" (default) or "https".
 * @property {FakeZosmfRule[]} [rules] Ordered rules; the first match answers.
 * @property {FakeZosmfRule} [defaultRule] Answers requests no rule matched (instead of Liberty's 404 page);
 *     GET /zosmf/info keeps its built-in answer unless a rule matches it.
 * @property {number} [lifetimeMs] The server closes itself after this long (default 120000).
 * @property {number} [maxRequests] Requests beyond this many get their connection reset (default 500).
 * @property {boolean} [csrfCheck] Reject /zosmf/ requests without X-CSRF-ZOSMF-HEADER with 403 IZUG846W (default true).
 * @property {Record<string, unknown>} [info] Fields merged over the built-in /zosmf/info document.
 * @property {{ key: string, cert: string }} [tls] https only: serve this key and certificate chain (PEM) instead of a fresh self-signed one.
 */

/**
 * One logged request.
 * @typedef {object} FakeZosmfRequest
 * @property {string} method HTTP method.
 * @property {string} url Path and query as sent.
 * @property {string} path Path without the query.
 * @property {Record<string, string | string[] | undefined>} headers Headers; authorization, proxy-authorization and cookie
 *     values are replaced by "<present>".
 * @property {boolean} hasCredentials An Authorization header or a LtpaToken2 / apimlAuthenticationToken cookie was sent.
 * @property {string} time ISO time the request arrived.
 * @property {string} body Request body (UTF-8), cut after 65536 characters.
 * @property {string} answeredBy What answered: "rule:<index>", "defaultRule", "info", "csrf", "not-found" or "limit".
 */

/**
 * A running fake z/OSMF.
 * @typedef {object} FakeZosmf
 * @property {string} url Base URL, e.g. "https://127.0.0.1:40123".
 * @property {FakeZosmfProtocol} protocol
 * @property {"127.0.0.1"} host
 * @property {number} port
 * @property {string} [caCertPath] PEM of the self-signed certificate (https only; deleted by close()).
 * @property {FakeZosmfRequest[]} requests Every request received, oldest first.
 * @property {() => Promise<void>} close Stop, destroy open connections and remove the temp dir. Safe to call twice.
 */

/**
 * z/OSMF error report document (data set, file and jobs REST services).
 * @typedef {object} ZosmfErrorBodyInput
 * @property {number} category
 * @property {number} rc
 * @property {number} reason
 * @property {string} message
 * @property {string[]} [details]
 * @property {string} [stack]
 */

/**
 * @param {ZosmfErrorBodyInput} input
 * @returns {{ category: number, rc: number, reason: number, message: string, details?: string[], stack?: string }}
 */
function zosmfErrorBody(input) {
    /** @type {{ category: number, rc: number, reason: number, message: string, details?: string[], stack?: string }} */
    const body = { category: input.category, rc: input.rc, reason: input.reason, message: input.message };
    if (input.details !== undefined) {
        body.details = [...input.details];
    }
    if (input.stack !== undefined) {
        body.stack = input.stack;
    }
    return body;
}

/**
 * @typedef {object} ApimlErrorBodyInput
 * @property {string} messageNumber E.g. "ZWEAO503E".
 * @property {string} messageContent
 * @property {string} [messageType] Default "ERROR".
 * @property {string} [messageKey] Default "org.zowe.apiml.common.error".
 * @property {string} [messageAction]
 * @property {string} [messageReason]
 */

/**
 * @typedef {object} ApimlMessage
 * @property {string} messageType
 * @property {string} messageNumber
 * @property {string} messageContent
 * @property {string} messageReason
 * @property {string} messageAction
 * @property {string} messageKey
 * @property {string} messageInstanceId
 * @property {string} messageComponent
 * @property {string} messageSource
 */

/**
 * Zowe API Mediation Layer error body, `{ messages: [ ... ] }`.
 * @param {ApimlErrorBodyInput} input
 * @returns {{ messages: ApimlMessage[] }}
 */
function apimlErrorBody(input) {
    return {
        messages: [{
            messageType: input.messageType || "ERROR",
            messageNumber: input.messageNumber,
            messageContent: input.messageContent,
            messageReason: input.messageReason || "",
            messageAction: input.messageAction || "",
            messageKey: input.messageKey || "org.zowe.apiml.common.error",
            messageInstanceId: crypto.randomUUID(),
            messageComponent: "org.zowe.apiml.gateway.controllers.GatewayExceptionHandler",
            messageSource: "ZWE1:" + HOST + ":7554"
        }]
    };
}

/**
 * @param {string} text
 * @returns {string}
 */
function escapeHtml(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Liberty's page for a request whose context root no application serves (wrong port, z/OSMF not up, typo'd path).
 * @param {string} requestPath
 * @returns {string}
 */
function libertyNotFoundHtml(requestPath) {
    const p = escapeHtml(requestPath);
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Context Root Not Found</title></head>" +
        "<body><h1>Error 404: Context Root Not Found</h1>" +
        "<p>SRVE0255E: The application or context root for this request has not been found: " + p + "</p></body></html>";
}

/**
 * A short Liberty-style error page, e.g. `libertyErrorHtml(500, "java.lang.NullPointerException")`.
 * @param {number} status
 * @param {string} text
 * @returns {string}
 */
function libertyErrorHtml(status, text) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error " + status + "</title></head>" +
        "<body><h1>Error " + status + ": " + escapeHtml(text) + "</h1></body></html>";
}

/**
 * The 403 body z/OSMF sends for a REST request without X-CSRF-ZOSMF-HEADER.
 * @param {string} target "host:port" of the server.
 * @returns {{ errorID: string, errorMsg: string }}
 */
function csrfRejectedBody(target) {
    return {
        errorID: "IZUG846W",
        errorMsg: "IZUG846W: An HTTP request for a z/OSMF REST service was received from a remote site. " +
            "The request was rejected, however, because the remote site \"\" is not permitted to z/OSMF server \"IZUSVR\" " +
            "on target system \"" + target + "\" ."
    };
}

/**
 * The /zosmf/info document.
 * @param {number} port
 * @param {Record<string, unknown>} [overrides]
 * @returns {Record<string, unknown>}
 */
function zosmfInfoBody(port, overrides) {
    return {
        zos_version: "04.28.00",
        zosmf_port: String(port),
        zosmf_version: "28",
        zosmf_hostname: HOST,
        plugins: [
            { pluginVersion: "HSMA250", pluginDefaultName: "z/OS Operator Consoles", pluginStatus: "ACTIVE" },
            { pluginVersion: "HSMA250", pluginDefaultName: "Workflow", pluginStatus: "ACTIVE" },
            { pluginVersion: "HSMA250", pluginDefaultName: "Software Management", pluginStatus: "ACTIVE" },
            { pluginVersion: "HSMA250", pluginDefaultName: "Incident Log", pluginStatus: "ACTIVE" }
        ],
        zosmf_saf_realm: "SAFRealm",
        zosmf_full_version: "28.0",
        api_version: "1",
        ...(overrides || {})
    };
}

// ---------------------------------------------------------------------------------------------------------------
// Ready-made scenarios. Bodies follow the formats in the project research (z/OSMF error report, API ML messages,
// Liberty pages); the 404 LMINIT, 500 reason 1141, IZUG846W and ZWEAO503E texts are modelled on real reports.

const DS = "/zosmf/restfiles/";
const JOBS = "/zosmf/restjobs/";
const INFO = "/zosmf/info";
const APIML_GATEWAY = /^\/ibmzosmf\/api\/v1\//;

const JAVA_STACK = "java.lang.IllegalStateException: fake z/OSMF failure\n" +
    "\tat com.ibm.zoszmf.restfiles.TsoServletDispatcher.dispatch(TsoServletDispatcher.java:212)\n" +
    "\tat com.ibm.zoszmf.restfiles.RestFilesServlet.service(RestFilesServlet.java:95)";

/**
 * @param {number} status
 * @param {FakeZosmfBodySource} ds
 * @param {FakeZosmfBodySource} jobs
 * @param {FakeZosmfBodySource} info
 * @param {Record<string, string>} [headers]
 * @returns {FakeZosmfRule[]}
 */
function serviceRules(status, ds, jobs, info, headers) {
    /** @type {FakeZosmfRule[]} */
    const rules = [
        { path: DS, status, body: ds },
        { path: JOBS, status, body: jobs },
        { path: INFO, status, body: info }
    ];
    return headers ? rules.map((r) => ({ ...r, headers: { ...headers } })) : rules;
}

/**
 * @param {string} messageNumber
 * @param {string} content Text before the request path.
 * @param {string} reason
 * @param {string} action
 * @param {string} key
 * @returns {(req: FakeZosmfRequestInfo) => { messages: ApimlMessage[] }}
 */
function apimlBodyFor(messageNumber, content, reason, action, key) {
    return (req) => apimlErrorBody({
        messageNumber, messageContent: content + req.path, messageReason: reason, messageAction: action, messageKey: key
    });
}

const ZWEAO503E = apimlBodyFor("ZWEAO503E", "The server is not ready to handle the request: ",
    "The service is not ready to handle the request, it is being initialized or waiting for another service to start.",
    "Repeat the request later. Please contact support for further assistance.", "org.zowe.apiml.common.serviceUnavailable");
const ZWEAM700E = apimlBodyFor("ZWEAM700E", "No response received within the allowed time: ",
    "The service did not respond within the configured time.",
    "Verify that the URL of the endpoint you are trying to reach is correct and all services are running.",
    "org.zowe.apiml.common.serviceTimeout");
const ZWEAM511E = apimlBodyFor("ZWEAM511E", "There was a TLS request error accessing the URL ",
    "The gateway could not establish a TLS connection to the service.",
    "Verify that the service certificate is trusted by the API Mediation Layer.", "org.zowe.apiml.common.tlsError");

// CICS CMCI and IBM MQ REST answers, modelled on IBM's documentation: CMCI puts the outcome of a valid request in
// the <resultsummary> of a 200 answer (api_response1 1024 is OK; NODATA 1027, INVALIDPARM 1028, NOTPERMIT 1031
// (numbers as the CICS SDK's RESPONSE_1_CODES) are failures the CICS plug-in reports as "Did not receive the expected response from CMCI REST API"), and answers
// a request it cannot process with an HTTP error and a DFHWU message ("CMCI problem determination", "CICS management
// client interface error messages"). The MQ REST API answers errors with { error: [ { type, msgId, message,
// explanation, action, completionCode, reasonCode } ] } ("REST API error handling"; Zowe CLI #2585 shows msgId).

const CMCI = /^\/CICSSystemManagement\//;
const MQ_REST = /^\/ibmmq\/rest\//;
const XML_TYPE = "application/xml";
/** CMCI's RESPONSE values and their numbers (CICSPlex SM EYUDA values). */
const CMCI_RESPONSES = { OK: 1024, NODATA: 1027, INVALIDPARM: 1028, NOTPERMIT: 1031, NOTAVAILABLE: 1034 };

/**
 * A CMCI answer whose resultsummary reports a RESPONSE value.
 * @param {keyof typeof CMCI_RESPONSES} response
 * @param {number} resp2
 * @returns {string}
 */
function cmciResponseXml(response, resp2) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
        "<response xmlns=\"http://www.ibm.com/xmlns/prod/CICS/smw2int\" version=\"3.0\" connect_version=\"0560\">\n" +
        `  <resultsummary api_response1="${CMCI_RESPONSES[response]}" api_response2="${resp2}" api_response1_alt="${response}" ` +
        `api_response2_alt="" recordcount="0" api_function="GET" />\n` +
        `  <errors><feedback resp="${CMCI_RESPONSES[response]}" resp2="${resp2}" eibfn_alt="INQUIRE" action="GET" ` +
        `errorcode="0" resp_alt="${response}" /></errors>\n</response>\n`;
}

/**
 * A CMCI HTTP error: the <error> document with a DFHWU message.
 * @param {string} messageId e.g. DFHWU4003
 * @param {number} status
 * @param {string} full the full explanation
 * @returns {string}
 */
function cmciErrorXml(messageId, status, full) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
        `<error message_id="${messageId}" connect_version="0560">\n` +
        `<title>${status} CICS management client interface HTTP Error</title>\n` +
        "<short>An error has occurred in the CICS management client interface. The request cannot be processed.</short>\n" +
        `<full>${escapeHtml(full)}</full>\n</error>\n`;
}

/**
 * An MQ REST API error body.
 * @param {{ msgId: string, message: string, explanation: string, action: string, type?: string, completionCode?: number, reasonCode?: number }} input
 * @returns {{ error: object[] }}
 */
function mqErrorBody(input) {
    return { error: [{ type: input.type ?? "rest", ...input }] };
}

/**
 * @param {FakeZosmfRequestInfo} req
 * @returns {ZosmfErrorBodyInput}
 */
function noMatchForMethod(req) {
    return zosmfErrorBody({ category: 6, rc: 4, reason: 7, message: "No match for method " + req.method + " and pathInfo='" + req.path + "'" });
}

/** @type {Readonly<Record<string, ReadonlyArray<Readonly<FakeZosmfRule>>>>} */
const scenarios = deepFreeze({
    "400": serviceRules(400,
        zosmfErrorBody({ category: 1, rc: 4, reason: 2, message: "Invalid data set name length. The dslevel value cannot exceed 44 characters." }),
        zosmfErrorBody({ category: 6, rc: 4, reason: 4, message: "Value of owner query parameter is not valid" }),
        libertyErrorHtml(400, "Bad Request")),
    "401": serviceRules(401, "", "", "", { "WWW-Authenticate": "Basic realm=\"SAFRealm\"", "Content-Type": TEXT_TYPE }),
    "403": serviceRules(403,
        zosmfErrorBody({
            category: 4, rc: 8, reason: 0, message: "LMINIT error",
            details: ["ICH408I USER(IBMUSER ) GROUP(SYS1    ) NAME(IBMUSER             ) IBMUSER.NOPE CL(DATASET ) " +
                "INSUFFICIENT ACCESS AUTHORITY"]
        }),
        zosmfErrorBody({ category: 6, rc: 8, reason: 12, message: "User IBMUSER is not authorized to view jobs owned by other users" }),
        libertyErrorHtml(403, "AuthorizationFailed")),
    "404": serviceRules(404,
        zosmfErrorBody({
            category: 4, rc: 8, reason: 0, message: "LMINIT error",
            details: ["ISRZ002 Data set not cataloged - 'IBMUSER.NOPE' was not found in catalog."]
        }),
        (/** @type {FakeZosmfRequestInfo} */ req) => libertyErrorHtml(404, "java.io.FileNotFoundException: SRVE0190E: File not found: " + req.path),
        (/** @type {FakeZosmfRequestInfo} */ req) => libertyNotFoundHtml(req.path)),
    "405": serviceRules(405, noMatchForMethod, noMatchForMethod,
        libertyErrorHtml(405, "Method Not Allowed")),
    "409": serviceRules(409,
        zosmfErrorBody({
            category: 6, rc: 8, reason: 513, message: "Enqueue for QNAME=SPFEDIT, RNAME=IBMUSER.CNTL failed",
            details: ["Data set IBMUSER.CNTL is in use by another user or job."], stack: JAVA_STACK
        }),
        zosmfErrorBody({
            category: 6, rc: 4, reason: 13, message: "Request conflicts with the current state of job IBMUSER(JOB01234)", stack: JAVA_STACK
        }),
        libertyErrorHtml(409, "Conflict")),
    "500": serviceRules(500,
        zosmfErrorBody({
            category: 2, rc: 16, reason: 1141,
            message: "_msg_rcv_timed() error on TsoServerConnection(USER=IBMUSER,ASID=0x0000,QID=0x00000000)",
            details: ["Error from msgsnd(), msgrcv(), or a related message queue service. The UNIX errno is the reason code."],
            stack: JAVA_STACK
        }),
        zosmfErrorBody({
            category: 7, rc: 12, reason: 0, message: "An unexpected error occurred: java.lang.NullPointerException", stack: JAVA_STACK
        }),
        libertyErrorHtml(500, "java.lang.NullPointerException")),
    "502": serviceRules(502, ZWEAM511E, ZWEAM511E, ZWEAM511E, { "Content-Type": JSON_TYPE }),
    "503": serviceRules(503, ZWEAO503E, ZWEAO503E, ZWEAO503E, { "Content-Type": JSON_TYPE }),
    "504": serviceRules(504, ZWEAM700E, ZWEAM700E, ZWEAM700E, { "Content-Type": JSON_TYPE }),
    "hang": [{ path: /^\/zosmf\//, hang: true }],
    "apiml503": [{ path: APIML_GATEWAY, status: 503, body: ZWEAO503E, headers: { "Content-Type": JSON_TYPE, "X-Powered-By": "" } }],
    "cmci-nodata": [{ path: CMCI, status: 200, body: cmciResponseXml("NODATA", 0), headers: { "Content-Type": XML_TYPE } }],
    "cmci-invalidparm": [{ path: CMCI, status: 200, body: cmciResponseXml("INVALIDPARM", 6), headers: { "Content-Type": XML_TYPE } }],
    "cmci-notpermit": [{ path: CMCI, status: 200, body: cmciResponseXml("NOTPERMIT", 2), headers: { "Content-Type": XML_TYPE } }],
    "cmci-dfhwu4003": [{
        path: CMCI, status: 400, headers: { "Content-Type": XML_TYPE },
        body: cmciErrorXml("DFHWU4003", 400, "An unknown query parameter was specified in the URI.")
    }],
    "mq-qmgr-down": [{
        path: MQ_REST, status: 503, headers: { "Content-Type": JSON_TYPE },
        body: mqErrorBody({
            msgId: "MQWB0300E", message: "MQWB0300E: Cannot create messaging connection to 'QM1' on ''.",
            explanation: "The queue manager or destination might not be created or active.", action: "Resubmit the request, correcting any issues."
        })
    }],
    "mq-not-authorized": [{
        path: MQ_REST, status: 403, headers: { "Content-Type": JSON_TYPE },
        body: mqErrorBody({
            type: "pcf", msgId: "MQWB0009E", message: "MQWB0009E: Could not query the queue manager 'QM1'.",
            explanation: "The REST API call could not be completed because of an MQ error.", action: "Check the MQ reason code.",
            completionCode: 2, reasonCode: 2035
        })
    }],
    // A z/OS Connect API that an administrator stopped: 503 with { "errorMessage": "The API has been stopped" } (IBM z/OS
    // Connect, "Change the status of an API"); the answer carries no message ID.
    "zosconnect-api-stopped": [{
        path: /^\/catalog\//, status: 503, headers: { "Content-Type": JSON_TYPE },
        body: JSON.stringify({ errorMessage: "The API has been stopped" })
    }],
    "apiml-cics-unavailable": [{
        path: /^\/ibmcics\/api\/v1\//, status: 503, headers: { "Content-Type": JSON_TYPE },
        body: apimlBodyFor("ZWEAO503E", "The server is not ready to handle the request: ",
            "The service is not ready to handle the request, it is being initialized or waiting for another service to start.",
            "Repeat the request later. Please contact support for further assistance.", "org.zowe.apiml.common.serviceUnavailable")
    }]
});

/**
 * @template T
 * @param {T} value
 * @returns {T}
 */
function deepFreeze(value) {
    if (value && typeof value === "object" && !(value instanceof RegExp) && !Object.isFrozen(value)) {
        for (const v of Object.values(value)) {
            deepFreeze(v);
        }
        Object.freeze(value);
    }
    return value;
}

// ---------------------------------------------------------------------------------------------------------------
// Server

/**
 * Make a self-signed certificate for 127.0.0.1 / localhost in a new temp dir.
 * @returns {{ dir: string, keyPath: string, certPath: string }}
 */
function makeCertificate() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fake-zosmf-"));
    const keyPath = path.join(dir, "key.pem");
    const certPath = path.join(dir, "cert.pem");
    const configPath = path.join(dir, "openssl.cnf");
    fs.writeFileSync(configPath, [
        "[req]", "distinguished_name = dn", "prompt = no", "x509_extensions = v3",
        "[dn]", "CN = 127.0.0.1",
        "[v3]", "subjectAltName = IP:127.0.0.1, DNS:localhost", "basicConstraints = critical, CA:TRUE",
        "keyUsage = critical, digitalSignature, keyCertSign", "extendedKeyUsage = serverAuth", "subjectKeyIdentifier = hash", ""
    ].join("\n"));
    try {
        childProcess.execFileSync("openssl", [
            "req", "-x509", "-config", configPath, "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-keyout", keyPath, "-out", certPath, "-days", "2", "-sha256"
        ], { timeout: OPENSSL_TIMEOUT_MS, stdio: ["ignore", "pipe", "pipe"] });
    } catch (err) {
        fs.rmSync(dir, { recursive: true, force: true });
        throw new Error("fakeZosmf: openssl could not make a certificate: " + (err instanceof Error ? err.message : String(err)));
    }
    return { dir, keyPath, certPath };
}

/**
 * @param {http.IncomingHttpHeaders} headers
 * @returns {Record<string, string | string[] | undefined>}
 */
function maskHeaders(headers) {
    /** @type {Record<string, string | string[] | undefined>} */
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        out[name] = ["authorization", "proxy-authorization", "cookie"].includes(name) ? "<present>" : value;
    }
    return out;
}

/**
 * @param {http.IncomingHttpHeaders} headers
 * @returns {boolean}
 */
function hasCredentials(headers) {
    if (headers.authorization) {
        return true;
    }
    const cookie = headers.cookie || "";
    return /(^|;\s*)(LtpaToken2|apimlAuthenticationToken)=/.test(cookie);
}

/**
 * @param {FakeZosmfRule} rule
 * @param {string} method
 * @param {string} reqPath
 * @param {boolean} credentials whether the request carries credentials
 * @param {FakeZosmfRequestInfo} info the request, for the rule's `when`
 * @returns {boolean}
 */
function ruleMatches(rule, method, reqPath, credentials, info) {
    if (rule.method && rule.method.toUpperCase() !== method) {
        return false;
    }
    if (rule.when !== undefined && !rule.when(info)) {
        return false;
    }
    if (rule.withCredentials !== undefined && rule.withCredentials !== credentials) {
        return false;
    }
    if (rule.path === undefined) {
        return true;
    }
    if (rule.path instanceof RegExp) {
        if (rule.path.global || rule.path.sticky) {
            rule.path.lastIndex = 0;
        }
        return rule.path.test(reqPath);
    }
    return reqPath.startsWith(rule.path);
}

/**
 * @param {FakeZosmfOptions} [options]
 * @returns {Promise<FakeZosmf>}
 */
async function startFakeZosmf(options = {}) {
    const protocol = options.protocol || "http";
    if (protocol !== "http" && protocol !== "https") {
        throw new TypeError("fakeZosmf: protocol must be \"http\" or \"https\", not " + JSON.stringify(protocol));
    }
    const rules = options.rules || [];
    const lifetimeMs = options.lifetimeMs === undefined ? DEFAULT_LIFETIME_MS : options.lifetimeMs;
    const maxRequests = options.maxRequests === undefined ? DEFAULT_MAX_REQUESTS : options.maxRequests;
    const csrfCheck = options.csrfCheck !== false;

    /** @type {FakeZosmfRequest[]} */
    const requests = [];
    /** @type {Set<import("net").Socket>} */
    const sockets = new Set();
    /** @type {Set<NodeJS.Timeout>} */
    const timers = new Set();
    /** @type {{ dir: string, keyPath: string, certPath: string } | undefined} */
    let cert;
    let port = 0;
    /** @type {Promise<void> | undefined} */
    let closing;

    /**
     * @param {http.ServerResponse} res
     * @param {number} status
     * @param {FakeZosmfBody | undefined} body
     * @param {Record<string, string>} [headers]
     */
    function send(res, status, body, headers) {
        let text = "";
        let type = TEXT_TYPE;
        if (typeof body === "string") {
            text = body;
            type = /^\s*</.test(body) ? HTML_TYPE : TEXT_TYPE;
        } else if (body !== undefined && body !== null) {
            text = JSON.stringify(body);
            type = JSON_TYPE;
        }
        /** @type {Record<string, string>} */
        const all = { ...DEFAULT_HEADERS, "Content-Type": type, ...(headers || {}) };
        for (const [name, value] of Object.entries(all)) {
            if (value !== "") {
                res.setHeader(name, value);
            }
        }
        res.setHeader("Content-Length", Buffer.byteLength(text));
        res.writeHead(status);
        res.end(text);
    }

    /**
     * @param {FakeZosmfRule} rule
     * @param {FakeZosmfRequestInfo} info
     * @param {http.IncomingMessage} req
     * @param {http.ServerResponse} res
     */
    function answerWithRule(rule, info, req, res) {
        const act = () => {
            if (closing) {
                return;
            }
            if (rule.destroy) {
                const socket = req.socket;
                if (typeof socket.resetAndDestroy === "function") {
                    try {
                        socket.resetAndDestroy();
                        return;
                    } catch {
                        // fall through to a plain destroy
                    }
                }
                socket.destroy();
                return;
            }
            if (rule.hang) {
                return; // the socket stays open until the client gives up or close() destroys it
            }
            const body = typeof rule.body === "function" ? rule.body(info) : rule.body;
            send(res, rule.status === undefined ? 200 : rule.status, body, rule.headers);
        };
        if (rule.delayMs && rule.delayMs > 0) {
            const timer = setTimeout(() => {
                timers.delete(timer);
                act();
            }, rule.delayMs);
            timers.add(timer);
        } else {
            act();
        }
    }

    /**
     * @param {http.IncomingMessage} req
     * @param {http.ServerResponse} res
     */
    function handle(req, res) {
        /** @type {Buffer[]} */
        const chunks = [];
        req.on("data", (chunk) => chunks.push(chunk));
        req.on("error", () => undefined);
        req.on("end", () => {
            if (closing) {
                req.socket.destroy();
                return;
            }
            const method = (req.method || "GET").toUpperCase();
            const url = req.url || "/";
            const reqPath = url.split("?")[0];
            const bodyText = Buffer.concat(chunks).toString("utf8");
            /** @type {FakeZosmfRequest} */
            const entry = {
                method, url, path: reqPath, headers: maskHeaders(req.headers), hasCredentials: hasCredentials(req.headers),
                time: new Date().toISOString(), body: bodyText.slice(0, MAX_LOGGED_BODY_CHARS), answeredBy: ""
            };
            requests.push(entry);
            /** @type {FakeZosmfRequestInfo} */
            const info = { method, url, path: reqPath, headers: req.headers, body: bodyText };

            if (requests.length > maxRequests) {
                entry.answeredBy = "limit";
                req.socket.destroy();
                return;
            }
            const isInfo = reqPath === INFO || reqPath === INFO + "/";
            if (csrfCheck && reqPath.startsWith("/zosmf/") && !isInfo && req.headers["x-csrf-zosmf-header"] === undefined) {
                entry.answeredBy = "csrf";
                send(res, 403, csrfRejectedBody(HOST + ":" + port));
                return;
            }
            const index = rules.findIndex((rule) => ruleMatches(rule, method, reqPath, hasCredentials(req.headers), info));
            if (index >= 0) {
                entry.answeredBy = "rule:" + index;
                answerWithRule(rules[index], info, req, res);
            } else if (isInfo && method === "GET") {
                entry.answeredBy = "info";
                send(res, 200, zosmfInfoBody(port, options.info));
            } else if (options.defaultRule) {
                entry.answeredBy = "defaultRule";
                answerWithRule(options.defaultRule, info, req, res);
            } else {
                entry.answeredBy = "not-found";
                send(res, 404, libertyNotFoundHtml(reqPath));
            }
        });
    }

    /** @type {http.Server} */
    let server;
    if (protocol === "https" && options.tls) {
        // The test's own certificate (a chain, an expired one, one for another name), made by the test at run time.
        server = https.createServer({ key: options.tls.key, cert: options.tls.cert }, handle);
        server.on("tlsClientError", (_err, socket) => socket.destroy());
    } else if (protocol === "https") {
        cert = makeCertificate();
        server = https.createServer({ key: fs.readFileSync(cert.keyPath), cert: fs.readFileSync(cert.certPath) }, handle);
        server.on("tlsClientError", (_err, socket) => socket.destroy());
    } else {
        server = http.createServer(handle);
    }
    server.on("connection", (socket) => {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
        socket.on("error", () => undefined);
    });
    // Like Node's own default (and Liberty), answer bytes that are not HTTP (a TLS handshake sent to the http port)
    // with 400 before closing: a TLS client then fails with EPROTO "wrong version number", as against a real server.
    server.on("clientError", (_err, socket) => {
        if (socket.writable && protocol === "http") {
            socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
        } else {
            socket.destroy();
        }
    });

    const ownCert = cert;
    const removeTempDir = () => {
        if (ownCert) {
            fs.rmSync(ownCert.dir, { recursive: true, force: true });
        }
    };

    try {
        await new Promise((resolve, reject) => {
            server.once("error", reject);
            server.listen(0, HOST, () => {
                server.removeListener("error", reject);
                resolve(undefined);
            });
        });
    } catch (err) {
        removeTempDir();
        throw err;
    }
    const address = server.address();
    port = address && typeof address === "object" ? address.port : 0;

    const close = () => {
        if (!closing) {
            closing = new Promise((resolve) => {
                clearTimeout(lifetimeTimer);
                for (const timer of timers) {
                    clearTimeout(timer);
                }
                timers.clear();
                server.close(() => resolve(undefined));
                for (const socket of sockets) {
                    socket.destroy();
                }
                sockets.clear();
            }).then(removeTempDir);
        }
        return closing;
    };
    const lifetimeTimer = setTimeout(() => {
        void close();
    }, lifetimeMs);
    lifetimeTimer.unref();

    /** @type {FakeZosmf} */
    const result = {
        url: protocol + "://" + HOST + ":" + port,
        protocol,
        host: HOST,
        port,
        requests,
        close
    };
    if (cert) {
        result.caCertPath = cert.certPath;
    }
    return result;
}

module.exports = {
    startFakeZosmf,
    zosmfErrorBody,
    apimlErrorBody,
    libertyNotFoundHtml,
    libertyErrorHtml,
    csrfRejectedBody,
    zosmfInfoBody,
    cmciResponseXml,
    cmciErrorXml,
    mqErrorBody,
    scenarios,
    DEFAULT_HEADERS
};
