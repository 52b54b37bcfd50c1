import type * as net from "net";
import type { AbstractSession } from "@zowe/imperative";
import type { IFailedCall } from "../failure/doc/IFailedCall";
import type { IZoweNextCommand } from "../knowledge/doc/IHttpStatus";
import type { AuthKind } from "../knowledge/doc/IKnownError";
import type { IProbeStep, IProbeTarget, ProbeLayer } from "./doc/IProbeResult";
import type { IProxyRoute } from "./proxyRoute";

/** Zowe's own message for a connect timeout, which the connection knowledge matches. */
export const CONNECT_TIMEOUT_MESSAGE = "Connection timed out. Check the host, port, and firewall rules.";
/** Zowe's own message for a completion timeout. */
export const COMPLETION_TIMEOUT_MESSAGE = "The request exceeded the specified request completion timeout.";

/** Everything a layer needs to know about the target and the session; the same for every layer of a path. */
export interface IProbeContext {
    target: IProbeTarget;
    timeoutMs: number;
    rejectUnauthorized: boolean;
    authKind: AuthKind;
    session: AbstractSession;
    /** The proxy the path goes through; absent for the direct path. */
    route?: IProxyRoute;
    /** The clock the checks of dates use (certificate validity, token expiry): now, unless a test gives another. */
    now: () => Date;
}

/** The unauthenticated answer of the http layer (or, through a plain proxy, of the proxy layer). */
export interface IHttpAnswer {
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
    /** Milliseconds from sending the request to the first byte of the answer's head. */
    ttfbMs: number;
}

/** What the layers of one path hand on to the next: what a layer found that a later one builds on. */
export interface IPathState {
    /** The addresses dns found for the first hop. */
    addresses?: string[];
    /** The address tcp reached (the first hop's). */
    address: string;
    /** Through a proxy, for an https target: the open CONNECT tunnel the tls layer goes on in. */
    tunnel?: net.Socket;
    /** Through a proxy, for an http target: the answer the proxy layer already got, which the http layer reads. */
    answer?: IHttpAnswer;
}

/** What a failed layer found out that the general advice for its failure cannot know: it comes first in the diagnosis. */
export interface ILayerAdvice {
    /** The fixes, from the layer's own facts ("… the profile uses lpar1: set host to lpar1.example.com."). */
    steps: string[];
    /** The commands that carry it out. */
    commands?: IZoweNextCommand[];
}

/** What a layer gives back: its step, and on failure the call that failed and the layer's own advice. */
export interface ILayerOutcome {
    step: IProbeStep;
    failure?: IFailedCall;
    advice?: ILayerAdvice;
}

/**
 * One layer of a connection: one module each (layers/dns.ts, tcp.ts, …), tried in the order a path (PROBE_PATHS)
 * lists them; the first that fails stops the path.
 */
export interface IProbeLayer {
    name: ProbeLayer;
    /** Whether the layer has anything to try on this path (tls only for https, auth only when credentials are sent). */
    applies(context: IProbeContext, withAuth: boolean): boolean;
    /** Try the layer; it may update the path's state for the layers after it. */
    run(context: IProbeContext, state: IPathState): Promise<ILayerOutcome>;
}

/** The host and port the dns and tcp layers reach: the proxy's when the path goes through one, else the target's. */
export function firstHop(context: IProbeContext): { host: string; port: number } {
    return context.route?.report ?? context.target;
}

/** Milliseconds since a process.hrtime.bigint() reading. */
export function elapsed(started: bigint): number {
    return Math.round(Number(process.hrtime.bigint() - started) / 1e6);
}

/** Run a layer's work with its time limit. */
export function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
        work,
        new Promise<T>((_, reject) => {
            timer = setTimeout(() => reject(onTimeout()), ms);
            timer.unref();
        })
    ]).finally(() => clearTimeout(timer));
}

/** An error with a Node-style code, for a layer's own time limit. */
export function timeoutError(code: string, message: string): Error {
    return Object.assign(new Error(message), { code });
}

/** Through a proxy, dns and tcp reach the proxy: their details say so, and their failures are the proxy's. */
export function proxyMark(context: IProbeContext): Record<string, unknown> {
    return context.route == null ? {} : { proxy: true };
}

/** The URL path of the probed resource, behind the base path when there is one. */
export function fullPath(target: IProbeTarget): string {
    const base = target.basePath.replace(/^\/+|(?<!\/)\/+$/g, "");
    return `${base.length > 0 ? `/${base}` : ""}${target.path}`;
}
