import * as dns from "dns";
import * as http from "http";
import * as https from "https";
import * as net from "net";
import * as tls from "tls";
import type { AbstractSession } from "@zowe/imperative";
import type { IDiagnosis, IFailedCall, INetworkError, IServerReply, ProxyHop, ServiceKind } from "../failure/doc/IFailedCall";
import type { AuthKind } from "../knowledge/doc/IKnownError";
import type { IProbeDirectPath, IProbeResult, IProbeStep, IProbeTarget, ProbeLayer } from "./doc/IProbeResult";
import { type IProxyRoute, proxyRouteOf } from "./proxyRoute";
import { openTunnel, proxyWords as proxyWordsOf } from "./proxyTunnel";
import { classifyService, decodeBody, toFailedCall } from "../readers/RestErrorRecord";
import { diagnose } from "../diagnose/diagnose";
import type { ILoadedSiteEntry } from "../site/doc/ISiteKnowledge";
import { Redactor } from "../redaction/Redactor";

/** Options of `probeConnection`. */
export interface IProbeOptions {
    /** The resource to try (default `/zosmf/info`); behind an API ML base path it goes through the gateway. */
    path?: string;
    /** The most any one layer may take, in seconds (default 10). */
    timeoutSeconds?: number;
    /** When a proxy is used: also try the direct path afterwards (dns, tcp, tls, http; no credentials). */
    direct?: boolean;
    /** Site knowledge (loadSiteKnowledge), matched against the failure: `diagnosis.site`. */
    site?: ILoadedSiteEntry[];
}

/** What a layer gives back: its step, and on failure the call that failed. */
interface ILayerOutcome {
    step: IProbeStep;
    failure?: IFailedCall;
}

/** Zowe's own message for a connect timeout, which the connection knowledge matches. */
const CONNECT_TIMEOUT_MESSAGE = "Connection timed out. Check the host, port, and firewall rules.";
/** Zowe's own message for a completion timeout. */
const COMPLETION_TIMEOUT_MESSAGE = "The request exceeded the specified request completion timeout.";
/** The most of a response body the http layer reads. */
const MAX_BODY = 65536;
const DAY_MS = 86400000;

/** Everything a layer needs to know about the target and the session. */
interface IProbeContext {
    target: IProbeTarget;
    timeoutMs: number;
    rejectUnauthorized: boolean;
    authKind: AuthKind;
    session: AbstractSession;
    /** The proxy the path goes through; absent for the direct path. */
    route?: IProxyRoute;
}

/** The host and port the dns and tcp layers reach: the proxy's when the path goes through one, else the target's. */
function firstHop(context: IProbeContext): { host: string; port: number } {
    return context.route?.report ?? context.target;
}

/** Now, as local time without a zone (`YYYY-MM-DDThh:mm:ss.SSS`), the way Zowe's logs and last-error give times. */
function localTimestamp(now = new Date()): string {
    const pad = (value: number, width = 2) => String(value).padStart(width, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}:` +
        `${pad(now.getSeconds())}.${pad(now.getMilliseconds(), 3)}`;
}

function elapsed(started: bigint): number {
    return Math.round(Number(process.hrtime.bigint() - started) / 1e6);
}

/** Run a layer's work with its time limit. */
function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
        work,
        new Promise<T>((_, reject) => {
            timer = setTimeout(() => reject(onTimeout()), ms);
            timer.unref();
        })
    ]).finally(() => clearTimeout(timer));
}

function timeoutError(code: string, message: string): Error {
    return Object.assign(new Error(message), { code });
}

/** The record of a failure before any HTTP status: the layer's network or TLS error. */
function clientFailure(context: IProbeContext, networkError: INetworkError, source: "client" | "timeout" = "client",
    hop: ProxyHop = "target"): IFailedCall {
    const { target, route } = context;
    return {
        time: localTimestamp(),
        client: "sdk",
        command: null,
        source,
        status: null,
        statusText: null,
        request: { method: "GET", protocol: target.protocol, host: target.host, port: target.port, basePath: target.basePath, resource: target.path },
        service: "unknown",
        server: { message: null },
        networkError,
        auth: { kind: context.authKind, allowUnauthorizedCert: !context.rejectUnauthorized },
        evidence: { kind: "probe", file: null },
        ...(route == null ? {} : {
            proxy: {
                host: route.report.host, port: route.report.port, chosenBy: route.report.chosenBy, hop,
                scheme: route.url.protocol === "https:" ? "https" : "http", credentialsFrom: route.report.credentials
            }
        })
    };
}

function failedLayer(name: ProbeLayer, started: bigint, detail: Record<string, unknown>, failure: IFailedCall): ILayerOutcome {
    return { step: { name, ok: false, ms: elapsed(started), detail }, failure };
}

function networkErrorOf(error: unknown): INetworkError {
    const nodeError = error as NodeJS.ErrnoException;
    return { code: nodeError.code ?? null, message: nodeError.message ?? String(error) };
}

/** Through a proxy, dns and tcp reach the proxy: their details say so, and their failures are the proxy's. */
function proxyMark(context: IProbeContext): Record<string, unknown> {
    return context.route == null ? {} : { proxy: true };
}

async function dnsLayer(context: IProbeContext): Promise<ILayerOutcome & { addresses?: string[] }> {
    const started = process.hrtime.bigint();
    const { host } = firstHop(context);
    try {
        const addresses = await withTimeout(dns.promises.lookup(host, { all: true }), context.timeoutMs,
            () => timeoutError("ETIMEDOUT", `Looking up ${host} took longer than ${context.timeoutMs} ms.`));
        const list = addresses.map((entry) => entry.address);
        return { step: { name: "dns", ok: true, ms: elapsed(started), detail: { host, addresses: list, ...proxyMark(context) } }, addresses: list };
    } catch (error) {
        const networkError = networkErrorOf(error);
        return failedLayer("dns", started, { host, error: networkError, ...proxyMark(context) },
            clientFailure(context, networkError, "client", "proxy"));
    }
}

/** Connect to one address, within the time limit. */
async function connectTo(context: IProbeContext, address: string): Promise<void> {
    const socket = new net.Socket();
    try {
        await withTimeout(new Promise<void>((resolve, reject) => {
            socket.once("error", reject);
            socket.connect(firstHop(context).port, address, resolve);
        }), context.timeoutMs, () => timeoutError("CONNECT_TIMEOUT", CONNECT_TIMEOUT_MESSAGE));
    } finally {
        socket.destroy();
    }
}

/** Connect to the addresses the host resolved to, in order, as Node does; the first that accepts is used. */
async function tcpLayer(context: IProbeContext, addresses: string[]): Promise<ILayerOutcome & { address?: string }> {
    const started = process.hrtime.bigint();
    const refused: Array<{ address: string; error: INetworkError }> = [];
    for (const address of addresses) {
        try {
            await connectTo(context, address);
            return { step: { name: "tcp", ok: true, ms: elapsed(started), detail: { address, port: firstHop(context).port, failedAddresses: refused,
                ...proxyMark(context) } }, address };
        } catch (error) {
            refused.push({ address, error: networkErrorOf(error) });
        }
    }
    const last = refused[refused.length - 1]?.error ?? { code: null, message: "no address to connect to" };
    return failedLayer("tcp", started,
        { address: addresses[0], port: firstHop(context).port, error: last, failedAddresses: refused, ...proxyMark(context) },
        clientFailure(context, last, "client", "proxy"));
}

/** The common name of a certificate subject or issuer. */
function commonName(name: tls.PeerCertificate["subject"] | undefined): string | null {
    const cn = name?.CN as unknown;
    return Array.isArray(cn) ? String(cn[0]) : cn == null ? null : String(cn);
}

async function tlsLayer(context: IProbeContext, address: string, tunnel?: net.Socket): Promise<ILayerOutcome> {
    const started = process.hrtime.bigint();
    const { host, port } = context.target;
    let socket: tls.TLSSocket | undefined;
    try {
        socket = await withTimeout(new Promise<tls.TLSSocket>((resolve, reject) => {
            // Certificate checking is off for this one handshake so the certificate can be read and reported even
            // when Node would refuse it; whether Node trusts it is read from `authorized` below.
            const servername = net.isIP(host) ? undefined : host;
            const connection = tls.connect(tunnel == null ? { host: address, port, servername, rejectUnauthorized: false } :
                { socket: tunnel, servername, rejectUnauthorized: false }, () => resolve(connection));
            connection.once("error", reject);
        }), context.timeoutMs, () => timeoutError("CONNECT_TIMEOUT", `The TLS handshake took longer than ${context.timeoutMs} ms.`));
        const certificate = socket.getPeerCertificate();
        const hostError = certificate == null || Object.keys(certificate).length === 0 ? new Error("no certificate") :
            tls.checkServerIdentity(host, certificate);
        const validTo = certificate.valid_to == null ? null : new Date(certificate.valid_to);
        const authorizationError = socket.authorizationError == null ? null : String(socket.authorizationError);
        const detail = {
            protocol: socket.getProtocol(),
            subject: commonName(certificate.subject),
            issuer: commonName(certificate.issuer),
            validTo: validTo?.toISOString() ?? null,
            daysLeft: validTo == null ? null : Math.floor((validTo.getTime() - Date.now()) / DAY_MS),
            selfSigned: authorizationError === "DEPTH_ZERO_SELF_SIGNED_CERT" || authorizationError === "SELF_SIGNED_CERT_IN_CHAIN" ||
                (commonName(certificate.subject) != null && commonName(certificate.subject) === commonName(certificate.issuer)),
            hostnameMatches: hostError == null,
            trusted: socket.authorized,
            trustError: authorizationError
        };
        // The issuer is named: behind a TLS-inspecting proxy it is the proxy's CA, not the site's.
        const issuedBy = detail.issuer == null ? "" : ` issued by "${detail.issuer}"`;
        const problem: INetworkError | null = authorizationError != null ?
            { code: authorizationError, message: `the certificate${issuedBy} is not trusted (${authorizationError})` } :
            hostError != null ? { code: "ERR_TLS_CERT_ALTNAME_INVALID", message: hostError.message } : null;
        if (problem == null) {
            return { step: { name: "tls", ok: true, ms: elapsed(started), detail } };
        }
        if (!context.rejectUnauthorized) {
            return {
                step: {
                    name: "tls", ok: true, ms: elapsed(started), detail,
                    warning: `Node would refuse this connection: ${problem.message}. It goes on only because certificate checking is off ` +
                        "(rejectUnauthorized false)."
                }
            };
        }
        return { step: { name: "tls", ok: false, ms: elapsed(started), detail }, failure: clientFailure(context, problem) };
    } catch (error) {
        const networkError = networkErrorOf(error);
        return failedLayer("tls", started, { error: networkError }, clientFailure(context, networkError));
    } finally {
        socket?.destroy();
        tunnel?.destroy();
    }
}

/** The URL path of the probed resource, behind the base path when there is one. */
function fullPath(target: IProbeTarget): string {
    const base = target.basePath.replace(/^\/+|(?<!\/)\/+$/g, "");
    return `${base.length > 0 ? `/${base}` : ""}${target.path}`;
}

/** The answer to the request without credentials. */
interface IHttpAnswer {
    status: number;
    headers: http.IncomingHttpHeaders;
    body: string;
}

/**
 * One GET without credentials, within the time limit: straight to the address the tcp layer reached, or, through a
 * proxy, with the very agent Zowe's REST client uses (a CONNECT tunnel for https, the absolute-URI form for http).
 */
async function sendWithoutCredentials(context: IProbeContext, address: string): Promise<IHttpAnswer> {
    const { target, route } = context;
    const client = target.protocol === "https" ? https : http;
    let request: http.ClientRequest | undefined;
    try {
        return await withTimeout(new Promise<IHttpAnswer>((resolve, reject) => {
            request = client.request({
                host: route == null ? address : target.host, port: target.port, path: fullPath(target), method: "GET",
                servername: net.isIP(target.host) ? undefined : target.host, rejectUnauthorized: context.rejectUnauthorized,
                ...(route == null ? {} : { agent: route.agent() }),
                headers: { "Host": `${target.host}:${target.port}`, "Accept": "application/json", "X-CSRF-ZOSMF-HEADER": "true" }
            }, (res) => {
                const chunks: Buffer[] = [];
                let size = 0;
                res.on("data", (chunk: Buffer) => {
                    if (size < MAX_BODY) {
                        chunks.push(chunk);
                        size += chunk.length;
                    }
                });
                res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
                res.on("error", reject);
            });
            request.on("error", reject);
            request.end();
        }), context.timeoutMs, () => timeoutError("COMPLETION_TIMEOUT", COMPLETION_TIMEOUT_MESSAGE));
    } finally {
        request?.destroy();
    }
}

/** The failure of a request that got no answer: a completion timeout, or the socket's error. */
function unansweredFailure(context: IProbeContext, error: unknown, hop: ProxyHop): IFailedCall {
    const networkError = networkErrorOf(error);
    return networkError.code === "COMPLETION_TIMEOUT" ? clientFailure(context, { code: null, message: COMPLETION_TIMEOUT_MESSAGE }, "timeout", hop) :
        clientFailure(context, networkError, "client", hop);
}

/** The record of an HTTP answer that failed: the target's (through a proxy: past it), or the proxy's own refusal. */
function answeredFailure(context: IProbeContext, status: number, statusText: string | null, service: ServiceKind, server: IServerReply,
    hop: ProxyHop): IFailedCall {
    const base = clientFailure(context, { code: null, message: "" }, "client", hop);
    return { ...base, source: "http", status, statusText, service, server, networkError: null };
}

/**
 * The request without credentials: 401 passes (the server is there and wants credentials, which the auth layer
 * brings). For an http target through a proxy, the proxy layer already sent it and `sent` holds the answer.
 */
async function httpLayer(context: IProbeContext, address: string, sent?: IHttpAnswer): Promise<ILayerOutcome> {
    const started = process.hrtime.bigint();
    const { target } = context;
    // Through a proxy, an answer the proxy layer let pass may still be the proxy's (a 502 without a body of the target's).
    const hop: ProxyHop = context.route == null ? "target" : "through";
    let response: IHttpAnswer;
    try {
        response = sent ?? await sendWithoutCredentials(context, address);
    } catch (error) {
        return {
            step: { name: "http", ok: false, ms: elapsed(started), detail: { error: networkErrorOf(error) } },
            failure: unansweredFailure(context, error, hop)
        };
    }
    const reply = decodeBody(response.body);
    const service = classifyService("http", reply, target.basePath, target.path);
    const detail = { status: response.status, server: response.headers.server ?? null, service };
    if (response.status < 400 || response.status === 401) {
        return { step: { name: "http", ok: true, ms: elapsed(started), detail } };
    }
    return {
        step: { name: "http", ok: false, ms: elapsed(started), detail },
        failure: answeredFailure(context, response.status, http.STATUS_CODES[response.status] ?? null, service, reply, hop)
    };
}

/** The proxy's refusal (407, 403, 502, 504, …) as a failed call whose status is the proxy's own. */
function proxyRefusal(context: IProbeContext, started: bigint, status: number, statusText: string, words: string | null,
    detail: Record<string, unknown>): ILayerOutcome {
    const failure = answeredFailure(context, status, statusText.length > 0 ? statusText : http.STATUS_CODES[status] ?? null, "unknown",
        { message: words }, "proxy");
    return { step: { name: "proxy", ok: false, ms: elapsed(started), detail }, failure };
}

/** For an https target: CONNECT through the proxy, and the proxy's answer; on 2xx the tunnel the tls layer goes on in. */
async function connectLayer(context: IProbeContext, route: IProxyRoute, address: string): Promise<ILayerOutcome & { tunnel?: net.Socket }> {
    const started = process.hrtime.bigint();
    let socket: net.Socket | undefined;
    const base = { proxy: route.report.url, form: "CONNECT", proxyAuthorization: route.authorization != null };
    try {
        const answer = await withTimeout(openTunnel(route, address, context.target, context.rejectUnauthorized, (opened) => (socket = opened)),
            context.timeoutMs, () => timeoutError("CONNECT_TIMEOUT", `The proxy did not answer CONNECT within ${context.timeoutMs} ms.`));
        const detail = { ...base, status: answer.status, statusText: answer.statusText, ...(answer.words == null ? {} : { words: answer.words }) };
        if (answer.tunnel != null) {
            return { step: { name: "proxy", ok: true, ms: elapsed(started), detail }, tunnel: answer.tunnel };
        }
        return proxyRefusal(context, started, answer.status, answer.statusText, answer.words, detail);
    } catch (error) {
        socket?.destroy();
        const networkError = networkErrorOf(error);
        return failedLayer("proxy", started, { ...base, error: networkError }, clientFailure(context, networkError, "client", "proxy"));
    }
}

/**
 * Whether an answer in the plain-proxy form is the proxy's own: a 407 always is; a 502 or 504 is when it carries no
 * report of z/OSMF's or API ML's (z/OSMF never answers 502 or 504 itself, and the gateway's answers carry a message ID).
 */
function isProxysOwnAnswer(answer: IHttpAnswer): boolean {
    if (answer.status === 407) {
        return true;
    }
    const reply = decodeBody(answer.body);
    return (answer.status === 502 || answer.status === 504) && (reply.messageIds ?? []).length === 0 && reply.rc == null && reply.category == null;
}

/**
 * For an http target: the request without credentials in the plain-proxy (absolute-URI) form, through Zowe's own
 * agent. The proxy's own refusal stops here; any other answer goes to the http layer.
 */
async function plainProxyLayer(context: IProbeContext, route: IProxyRoute, address: string): Promise<ILayerOutcome & { answer?: IHttpAnswer }> {
    const started = process.hrtime.bigint();
    const base = { proxy: route.report.url, form: "absolute-URI", proxyAuthorization: route.authorization != null };
    try {
        const answer = await sendWithoutCredentials(context, address);
        const statusText = http.STATUS_CODES[answer.status] ?? "";
        const detail = { ...base, status: answer.status, statusText };
        if (isProxysOwnAnswer(answer)) {
            return proxyRefusal(context, started, answer.status, statusText, proxyWordsOf(statusText, answer.body), detail);
        }
        return { step: { name: "proxy", ok: true, ms: elapsed(started), detail }, answer };
    } catch (error) {
        return failedLayer("proxy", started, { ...base, error: networkErrorOf(error) }, unansweredFailure(context, error, "proxy"));
    }
}

/** The one authenticated request: through the Zowe SDK's z/OSMF REST client, as every z/OSMF command sends it. */
async function authLayer(context: IProbeContext): Promise<ILayerOutcome> {
    const started = process.hrtime.bigint();
    if (context.authKind === "none") {
        return {
            step: { name: "auth", ok: true, ms: 0, detail: { skipped: true }, warning: "No credentials were given, so authentication was not tried." }
        };
    }
    // Loaded only here: the other commands, and the layers above, never pay for the SDK.
    const { ZosmfRestClient } = await import("@zowe/core-for-zowe-sdk");
    const { Session } = await import("@zowe/imperative");
    // The SDK writes into the session it sends with (time limits here, then its auth cache): send with a copy, so the
    // caller's session stays as it was.
    const given = context.session.ISession;
    const session = new Session({
        ...given, _authCache: given._authCache == null ? undefined : structuredClone(given._authCache),
        requestCompletionTimeout: context.timeoutMs, socketConnectTimeout: context.timeoutMs
    });
    try {
        await ZosmfRestClient.getExpectString(session, context.target.path);
        return { step: { name: "auth", ok: true, ms: elapsed(started), detail: { status: 200, authType: context.authKind } } };
    } catch (error) {
        const details = (error as { mDetails?: Record<string, unknown> }).mDetails ?? { msg: (error as Error).message, source: "client" };
        const failure = toFailedCall({ ...details, host: details.host ?? context.target.host }, {
            time: localTimestamp(), command: null, evidence: { kind: "probe", file: null }
        }) ?? clientFailure(context, networkErrorOf(error));
        return { step: { name: "auth", ok: false, ms: elapsed(started), detail: { status: failure.status, authType: context.authKind } }, failure };
    }
}

/** How the session authenticates, in the words of the diagnosis knowledge. */
function authKindOf(session: AbstractSession): AuthKind {
    const { type, user, password, tokenValue, tokenType, cert, basePath } = session.ISession;
    if (type === "cert-pem" || cert != null) {
        return "cert-pem";
    }
    if ((type === "token" || tokenValue != null) && tokenType === "apimlAuthenticationToken" && (basePath ?? "").replace(/\//g, "") === "") {
        return "apiml-token-without-base-path";
    }
    if (type === "token" || tokenValue != null) {
        return "token";
    }
    if (type === "bearer") {
        return "bearer";
    }
    return user != null && user !== "" && password != null && password !== "" ? "basic" : "none";
}

/** The steps of one path and the failure that stopped it. */
interface IPathOutcome {
    steps: IProbeStep[];
    failure?: IFailedCall;
}

/**
 * Walk one path layer by layer and stop at the first that fails: dns and tcp to the proxy (or the target), the proxy
 * layer when there is a proxy, tls to the target (through the tunnel), http, and auth when `withAuth`.
 */
async function walkPath(context: IProbeContext, withAuth: boolean): Promise<IPathOutcome> {
    const { route, target } = context;
    const lookup = await dnsLayer(context);
    const steps: IProbeStep[] = [lookup.step];
    let address = firstHop(context).host;
    let tunnel: net.Socket | undefined;
    let answer: IHttpAnswer | undefined;
    const layers: Array<[ProbeLayer, () => Promise<ILayerOutcome>]> = [
        ["tcp", async () => {
            const outcome = await tcpLayer(context, lookup.addresses ?? [address]);
            address = outcome.address ?? address;
            return outcome;
        }],
        ["proxy", async () => {
            const outcome = target.protocol === "https" ? await connectLayer(context, route!, address) :
                await plainProxyLayer(context, route!, address);
            ({ tunnel, answer } = { tunnel: undefined, answer: undefined, ...outcome });
            return outcome;
        }],
        ["tls", () => tlsLayer(context, address, tunnel)],
        ["http", () => httpLayer(context, address, answer)],
        ["auth", () => authLayer(context)]
    ];
    let failure = lookup.failure;
    for (const [name, layer] of layers) {
        if (failure != null) {
            break;
        }
        if ((name === "proxy" && route == null) || (name === "tls" && target.protocol !== "https") || (name === "auth" && !withAuth)) {
            continue;
        }
        const outcome = await layer();
        steps.push(outcome.step);
        failure = outcome.failure;
    }
    tunnel?.destroy();
    return { steps, failure };
}

/**
 * Try the connection a Zowe session describes, one layer at a time, on the path Zowe takes: through the proxy that
 * imperative's ProxySettings picks for the session (dns and tcp to the proxy, CONNECT or the plain-proxy form, tls to
 * the target through the tunnel), or direct. Then an unauthenticated http request and one authenticated request. It
 * stops at the first layer that fails and diagnoses that failure.
 *
 * Lock-out safe: it sends at most one request with credentials, and none when an earlier layer already shows the
 * target is wrong (with `direct`, the direct path sends none). Every layer is bounded by `timeoutSeconds`.
 * @param session - the session built from the command's options, profiles and team config
 * @param options - the resource, the time limit per layer, and whether to try the direct path too
 * @returns the steps, the proxy, and on failure the failed call and its diagnosis
 */
export async function probeConnection(session: AbstractSession, options: IProbeOptions = {}): Promise<IProbeResult> {
    const cfg = session.ISession;
    const protocol = cfg.protocol === "http" ? "http" : "https";
    const path = options.path == null || options.path.length === 0 ? "/zosmf/info" : options.path.startsWith("/") ? options.path : `/${options.path}`;
    const defaultPort = protocol === "https" ? 443 : 80;
    const target: IProbeTarget = { protocol, host: cfg.hostname ?? "", port: cfg.port ?? defaultPort, basePath: cfg.basePath ?? "", path };
    const route = await proxyRouteOf(cfg);
    const context: IProbeContext = {
        target, session, timeoutMs: Math.round((options.timeoutSeconds ?? 10) * 1000),
        rejectUnauthorized: cfg.rejectUnauthorized !== false, authKind: authKindOf(session),
        ...(route == null || route.report.bypassed ? {} : { route })
    };
    const { steps, failure } = await walkPath(context, true);
    const directPath = options.direct === true && context.route != null ? await walkPath({ ...context, route: undefined }, false) : undefined;
    // What the probe saw is masked; the diagnosis is then built from the masked failure, so that the plug-in's own
    // advice passes unchanged. `auth` is the plug-in's reading (a kind and a flag), kept as it is.
    const redactor = new Redactor([cfg.password, cfg.tokenValue, ...(route?.secrets ?? [])].filter((value): value is string => value != null));
    const diagnosed = (call: IFailedCall): { failure: IFailedCall; diagnosis: IDiagnosis } => {
        const masked: IFailedCall = { ...redactor.value(call), auth: { ...call.auth } };
        return { failure: masked, diagnosis: diagnose(masked, { site: options.site }) };
    };
    const direct: IProbeDirectPath | undefined = directPath == null ? undefined :
        {
            ok: directPath.failure == null, ...redactor.value({ steps: directPath.steps }),
            ...(directPath.failure == null ? {} : diagnosed(directPath.failure))
        };
    return {
        ok: failure == null,
        ...redactor.value({ target, steps }),
        ...(route == null ? {} : { proxy: route.report }),
        ...(failure == null ? {} : diagnosed(failure)),
        ...(direct == null ? {} : { direct })
    };
}
