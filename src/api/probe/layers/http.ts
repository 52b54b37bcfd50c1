import * as http from "http";
import * as https from "https";
import * as net from "net";
import type { ProxyHop } from "../../failure/doc/IFailedCall";
import { classifyService, decodeBody } from "../../readers/RestErrorRecord";
import { COMPLETION_TIMEOUT_MESSAGE, type IHttpAnswer, type IProbeContext, type IProbeLayer, elapsed, fullPath, timeoutError,
    withTimeout } from "../probeContext";
import { answeredFailure, networkErrorOf, unansweredFailure } from "../probeFailure";

/** The most of a response body the http layer reads. */
const MAX_BODY = 65536;

/**
 * One GET without credentials, within the time limit: straight to the address the tcp layer reached, or, through a
 * proxy, with the very agent Zowe's REST client uses (a CONNECT tunnel for https, the absolute-URI form for http).
 * @param context - the target and the proxy route
 * @param address - the address the tcp layer reached (used when there is no proxy)
 * @returns the status, headers, body (cut at 64 KiB) and time to the first byte
 */
export async function sendWithoutCredentials(context: IProbeContext, address: string): Promise<IHttpAnswer> {
    const { target, route } = context;
    const client = target.protocol === "https" ? https : http;
    let request: http.ClientRequest | undefined;
    try {
        return await withTimeout(new Promise<IHttpAnswer>((resolve, reject) => {
            const sent = process.hrtime.bigint();
            request = client.request({
                host: route == null ? address : target.host, port: target.port, path: fullPath(target), method: "GET",
                servername: net.isIP(target.host) ? undefined : target.host, rejectUnauthorized: context.rejectUnauthorized,
                ...(route == null ? {} : { agent: route.agent() }),
                headers: { "Host": `${target.host}:${target.port}`, "Accept": "application/json", "X-CSRF-ZOSMF-HEADER": "true" }
            }, (res) => {
                const ttfbMs = elapsed(sent);
                const chunks: Buffer[] = [];
                let size = 0;
                res.on("data", (chunk: Buffer) => {
                    if (size < MAX_BODY) {
                        chunks.push(chunk);
                        size += chunk.length;
                    }
                });
                res.on("end", () => resolve({
                    status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), ttfbMs
                }));
                res.on("error", reject);
            });
            request.on("error", reject);
            request.end();
        }), context.timeoutMs, () => timeoutError("COMPLETION_TIMEOUT", COMPLETION_TIMEOUT_MESSAGE));
    } finally {
        request?.destroy();
    }
}

/**
 * http: the request without credentials. 401 passes (the server is there and wants credentials, which the auth layer
 * brings). For an http target through a proxy, the proxy layer already sent it and the path's state holds the answer.
 */
export const httpLayer: IProbeLayer = {
    name: "http",
    applies: () => true,
    async run(context, state) {
        const started = process.hrtime.bigint();
        const { target } = context;
        // Through a proxy, an answer the proxy layer let pass may still be the proxy's (a 502 without a body of the target's).
        const hop: ProxyHop = context.route == null ? "target" : "through";
        let response: IHttpAnswer;
        try {
            response = state.answer ?? await sendWithoutCredentials(context, state.address);
        } catch (error) {
            return {
                step: { name: "http", ok: false, ms: elapsed(started), detail: { error: networkErrorOf(error) } },
                failure: unansweredFailure(context, error, hop)
            };
        }
        const reply = decodeBody(response.body);
        const service = classifyService("http", reply, target.basePath, target.path);
        const server = response.headers.server;
        const detail = { status: response.status, server: typeof server === "string" ? server : null, service, ttfbMs: response.ttfbMs };
        if (response.status < 400 || response.status === 401) {
            return { step: { name: "http", ok: true, ms: elapsed(started), detail } };
        }
        return {
            step: { name: "http", ok: false, ms: elapsed(started), detail },
            failure: answeredFailure(context, response.status, http.STATUS_CODES[response.status] ?? null, service, reply, hop)
        };
    }
};
