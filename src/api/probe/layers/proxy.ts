import * as http from "http";
import { type IHttpAnswer, type ILayerOutcome, type IProbeContext, type IProbeLayer, type IPathState, elapsed, timeoutError,
    withTimeout } from "../probeContext";
import { answeredFailure, clientFailure, failedLayer, networkErrorOf, unansweredFailure } from "../probeFailure";
import type { IProxyRoute } from "../proxyRoute";
import { openTunnel, proxyWords } from "../proxyTunnel";
import { decodeBody } from "../../readers/RestErrorRecord";
import { sendWithoutCredentials } from "./http";

/** The proxy's refusal (407, 403, 502, 504, …) as a failed call whose status is the proxy's own. */
function proxyRefusal(context: IProbeContext, started: bigint, status: number, statusText: string, words: string | null,
    detail: Record<string, unknown>): ILayerOutcome {
    const failure = answeredFailure(context, status, statusText.length > 0 ? statusText : http.STATUS_CODES[status] ?? null, "unknown",
        { message: words }, "proxy");
    return { step: { name: "proxy", ok: false, ms: elapsed(started), detail }, failure };
}

/** For an https target: CONNECT through the proxy, and the proxy's answer; on 2xx the tunnel the tls layer goes on in. */
async function connectThrough(context: IProbeContext, route: IProxyRoute, state: IPathState): Promise<ILayerOutcome> {
    const started = process.hrtime.bigint();
    let socket: { destroy(): void } | undefined;
    const base = { proxy: route.report.url, form: "CONNECT", proxyAuthorization: route.authorization != null };
    try {
        const answer = await withTimeout(openTunnel(route, state.address, context.target, context.rejectUnauthorized, (opened) => (socket = opened)),
            context.timeoutMs, () => timeoutError("CONNECT_TIMEOUT", `The proxy did not answer CONNECT within ${context.timeoutMs} ms.`));
        const detail = { ...base, status: answer.status, statusText: answer.statusText, ...(answer.words == null ? {} : { words: answer.words }) };
        if (answer.tunnel != null) {
            state.tunnel = answer.tunnel;
            return { step: { name: "proxy", ok: true, ms: elapsed(started), detail } };
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
async function plainThrough(context: IProbeContext, route: IProxyRoute, state: IPathState): Promise<ILayerOutcome> {
    const started = process.hrtime.bigint();
    const base = { proxy: route.report.url, form: "absolute-URI", proxyAuthorization: route.authorization != null };
    try {
        const answer = await sendWithoutCredentials(context, state.address);
        const statusText = http.STATUS_CODES[answer.status] ?? "";
        const detail = { ...base, status: answer.status, statusText };
        if (isProxysOwnAnswer(answer)) {
            return proxyRefusal(context, started, answer.status, statusText, proxyWords(statusText, answer.body), detail);
        }
        state.answer = answer;
        return { step: { name: "proxy", ok: true, ms: elapsed(started), detail } };
    } catch (error) {
        return failedLayer("proxy", started, { ...base, error: networkErrorOf(error) }, unansweredFailure(context, error, "proxy"));
    }
}

/** proxy: only on a path through a proxy; CONNECT for an https target, the plain-proxy form for an http one. */
export const proxyLayer: IProbeLayer = {
    name: "proxy",
    applies: (context) => context.route != null,
    run: (context, state) => context.target.protocol === "https" ? connectThrough(context, context.route!, state) :
        plainThrough(context, context.route!, state)
};
