import type { IFailedCall, INetworkError, IServerReply, ProxyHop, ServiceKind } from "../failure/doc/IFailedCall";
import type { ProbeLayer } from "./doc/IProbeResult";
import { COMPLETION_TIMEOUT_MESSAGE, type ILayerOutcome, type IProbeContext, elapsed } from "./probeContext";

/** Now, as local time without a zone (`YYYY-MM-DDThh:mm:ss.SSS`), the way Zowe's logs and last-error give times. */
export function localTimestamp(now = new Date()): string {
    const pad = (value: number, width = 2) => String(value).padStart(width, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}:` +
        `${pad(now.getSeconds())}.${pad(now.getMilliseconds(), 3)}`;
}

/** Node's code and message of a thrown error. */
export function networkErrorOf(error: unknown): INetworkError {
    const nodeError = error as NodeJS.ErrnoException;
    return { code: nodeError.code ?? null, message: nodeError.message ?? String(error) };
}

/** The record of a failure before any HTTP status: the layer's network or TLS error. */
export function clientFailure(context: IProbeContext, networkError: INetworkError, source: "client" | "timeout" = "client",
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

/** A layer that failed: its step, marked failed, and the call that failed. */
export function failedLayer(name: ProbeLayer, started: bigint, detail: Record<string, unknown>, failure: IFailedCall): ILayerOutcome {
    return { step: { name, ok: false, ms: elapsed(started), detail }, failure };
}

/** The failure of a request that got no answer: a completion timeout, or the socket's error. */
export function unansweredFailure(context: IProbeContext, error: unknown, hop: ProxyHop): IFailedCall {
    const networkError = networkErrorOf(error);
    return networkError.code === "COMPLETION_TIMEOUT" ? clientFailure(context, { code: null, message: COMPLETION_TIMEOUT_MESSAGE }, "timeout", hop) :
        clientFailure(context, networkError, "client", hop);
}

/** The record of an HTTP answer that failed: the target's (through a proxy: past it), or the proxy's own refusal. */
export function answeredFailure(context: IProbeContext, status: number, statusText: string | null, service: ServiceKind, server: IServerReply,
    hop: ProxyHop): IFailedCall {
    const base = clientFailure(context, { code: null, message: "" }, "client", hop);
    return { ...base, source: "http", status, statusText, service, server, networkError: null };
}
