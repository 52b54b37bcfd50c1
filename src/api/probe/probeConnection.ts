import * as dns from "dns";
import * as http from "http";
import * as https from "https";
import * as net from "net";
import * as tls from "tls";
import type { AbstractSession } from "@zowe/imperative";
import type { IFailedCall, INetworkError } from "../failure/doc/IFailedCall";
import type { AuthKind } from "../knowledge/doc/IKnownError";
import type { IProbeResult, IProbeStep, IProbeTarget, ProbeLayer } from "./doc/IProbeResult";
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
function clientFailure(context: IProbeContext, networkError: INetworkError, source: "client" | "timeout" = "client"): IFailedCall {
    const { target } = context;
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
        evidence: { kind: "probe", file: null }
    };
}

function failedLayer(name: ProbeLayer, started: bigint, detail: Record<string, unknown>, failure: IFailedCall): ILayerOutcome {
    return { step: { name, ok: false, ms: elapsed(started), detail }, failure };
}

function networkErrorOf(error: unknown): INetworkError {
    const nodeError = error as NodeJS.ErrnoException;
    return { code: nodeError.code ?? null, message: nodeError.message ?? String(error) };
}

async function dnsLayer(context: IProbeContext): Promise<ILayerOutcome & { addresses?: string[] }> {
    const started = process.hrtime.bigint();
    try {
        const addresses = await withTimeout(dns.promises.lookup(context.target.host, { all: true }), context.timeoutMs,
            () => timeoutError("ETIMEDOUT", `Looking up ${context.target.host} took longer than ${context.timeoutMs} ms.`));
        const list = addresses.map((entry) => entry.address);
        return { step: { name: "dns", ok: true, ms: elapsed(started), detail: { addresses: list } }, addresses: list };
    } catch (error) {
        const networkError = networkErrorOf(error);
        return failedLayer("dns", started, { error: networkError }, clientFailure(context, networkError));
    }
}

/** Connect to one address, within the time limit. */
async function connectTo(context: IProbeContext, address: string): Promise<void> {
    const socket = new net.Socket();
    try {
        await withTimeout(new Promise<void>((resolve, reject) => {
            socket.once("error", reject);
            socket.connect(context.target.port, address, resolve);
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
            return { step: { name: "tcp", ok: true, ms: elapsed(started), detail: { address, port: context.target.port, failedAddresses: refused } },
                address };
        } catch (error) {
            refused.push({ address, error: networkErrorOf(error) });
        }
    }
    const last = refused[refused.length - 1]?.error ?? { code: null, message: "no address to connect to" };
    return failedLayer("tcp", started, { address: addresses[0], port: context.target.port, error: last, failedAddresses: refused },
        clientFailure(context, last));
}

/** The common name of a certificate subject or issuer. */
function commonName(name: tls.PeerCertificate["subject"] | undefined): string | null {
    const cn = name?.CN as unknown;
    return Array.isArray(cn) ? String(cn[0]) : cn == null ? null : String(cn);
}

async function tlsLayer(context: IProbeContext, address: string): Promise<ILayerOutcome> {
    const started = process.hrtime.bigint();
    const { host, port } = context.target;
    let socket: tls.TLSSocket | undefined;
    try {
        socket = await withTimeout(new Promise<tls.TLSSocket>((resolve, reject) => {
            // Certificate checking is off for this one handshake so the certificate can be read and reported even
            // when Node would refuse it; whether Node trusts it is read from `authorized` below.
            const connection = tls.connect({ host: address, port, servername: net.isIP(host) ? undefined : host, rejectUnauthorized: false },
                () => resolve(connection));
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
        const problem: INetworkError | null = authorizationError != null ?
            { code: authorizationError, message: `the certificate is not trusted (${authorizationError})` } :
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
    }
}

/** The URL path of the probed resource, behind the base path when there is one. */
function fullPath(target: IProbeTarget): string {
    const base = target.basePath.replace(/^\/+|(?<!\/)\/+$/g, "");
    return `${base.length > 0 ? `/${base}` : ""}${target.path}`;
}

async function httpLayer(context: IProbeContext, address: string): Promise<ILayerOutcome> {
    const started = process.hrtime.bigint();
    const { target } = context;
    const client = target.protocol === "https" ? https : http;
    let request: http.ClientRequest | undefined;
    try {
        const response = await withTimeout(new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
            request = client.request({
                host: address, port: target.port, path: fullPath(target), method: "GET",
                servername: net.isIP(target.host) ? undefined : target.host, rejectUnauthorized: context.rejectUnauthorized,
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
        const reply = decodeBody(response.body);
        const service = classifyService("http", reply, target.basePath, target.path);
        const detail = { status: response.status, server: response.headers.server ?? null, service };
        // 401 means the server is there and wants credentials, which is what the auth layer brings.
        if (response.status < 400 || response.status === 401) {
            return { step: { name: "http", ok: true, ms: elapsed(started), detail } };
        }
        const failure = clientFailure(context, { code: null, message: "" });
        Object.assign(failure, {
            source: "http", status: response.status, statusText: http.STATUS_CODES[response.status] ?? null, service, server: reply,
            networkError: null
        });
        return { step: { name: "http", ok: false, ms: elapsed(started), detail }, failure };
    } catch (error) {
        const networkError = networkErrorOf(error);
        const timedOut = networkError.code === "COMPLETION_TIMEOUT";
        return {
            step: { name: "http", ok: false, ms: elapsed(started), detail: { error: networkError } },
            failure: timedOut ? clientFailure(context, { code: null, message: COMPLETION_TIMEOUT_MESSAGE }, "timeout") :
                clientFailure(context, networkError)
        };
    } finally {
        request?.destroy();
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

/**
 * Try the connection a Zowe session describes, one layer at a time: dns, tcp, tls (https), an unauthenticated http
 * request, then one authenticated request. It stops at the first layer that fails and diagnoses that failure.
 *
 * Lock-out safe: it sends at most one request with credentials, and none when an earlier layer already shows the
 * target is wrong. Every layer is bounded by `timeoutSeconds`.
 * @param session - the session built from the command's options, profiles and team config
 */
export async function probeConnection(session: AbstractSession, options: IProbeOptions = {}): Promise<IProbeResult> {
    const cfg = session.ISession;
    const protocol = cfg.protocol === "http" ? "http" : "https";
    const path = options.path == null || options.path.length === 0 ? "/zosmf/info" : options.path.startsWith("/") ? options.path : `/${options.path}`;
    const defaultPort = protocol === "https" ? 443 : 80;
    const target: IProbeTarget = { protocol, host: cfg.hostname ?? "", port: cfg.port ?? defaultPort, basePath: cfg.basePath ?? "", path };
    const context: IProbeContext = {
        target, session, timeoutMs: Math.round((options.timeoutSeconds ?? 10) * 1000),
        rejectUnauthorized: cfg.rejectUnauthorized !== false, authKind: authKindOf(session)
    };
    const steps: IProbeStep[] = [];
    const run = async (outcome: Promise<ILayerOutcome>): Promise<IFailedCall | undefined> => {
        const { step, failure } = await outcome;
        steps.push(step);
        return failure;
    };
    const lookup = await dnsLayer(context);
    steps.push(lookup.step);
    let address = target.host;
    const layers: Array<[ProbeLayer, () => Promise<ILayerOutcome>]> = [
        ["tcp", async () => {
            const outcome = await tcpLayer(context, lookup.addresses ?? [target.host]);
            address = outcome.address ?? address;
            return outcome;
        }],
        ["tls", () => tlsLayer(context, address)],
        ["http", () => httpLayer(context, address)],
        ["auth", () => authLayer(context)]
    ];
    let failure = lookup.failure;
    for (const [name, layer] of layers) {
        if (failure != null) {
            break;
        }
        if (name === "tls" && protocol !== "https") {
            continue;
        }
        failure = await run(layer());
    }
    // What the probe saw is masked; the diagnosis is then built from the masked failure, so that the plug-in's own
    // advice passes unchanged. `auth` is the plug-in's reading (a kind and a flag), kept as it is.
    const redactor = new Redactor([cfg.password, cfg.tokenValue].filter((value): value is string => value != null));
    const seen = redactor.value({ target, steps });
    if (failure == null) {
        return { ok: true, ...seen };
    }
    const masked: IFailedCall = { ...redactor.value(failure), auth: { ...failure.auth } };
    return { ok: false, ...seen, failure: masked, diagnosis: diagnose(masked, { site: options.site }) };
}
