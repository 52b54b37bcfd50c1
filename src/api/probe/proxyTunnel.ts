import * as net from "net";
import * as tls from "tls";
import type { IProxyRoute } from "./proxyRoute";

/** The most of a proxy's answer head that is read. */
const MAX_HEAD = 16384;
/** The most of a refusal's body that is read, and the most of its words that are kept. */
const MAX_BODY = 4096;
const MAX_WORDS = 300;
/** How long the rest of a refusal is waited for when the proxy neither ends it nor says its length. */
const REFUSAL_WAIT_MS = 1000;

/** What the proxy answered to CONNECT. */
export interface IProxyAnswer {
    status: number;
    statusText: string;
    /** The proxy's own words when it refused (the text of its body), cut to a few hundred characters; null when it gave none. */
    words: string | null;
    /** The tunnel, open, when the proxy answered 2xx. */
    tunnel?: net.Socket;
}

/** The readable words of a refusal body: tags, entities and runs of blanks removed, cut short; null when none. */
export function proxyWords(statusText: string, body: string): string | null {
    const text = body.slice(0, MAX_BODY)
        // A tag's inside excludes `<`, so each attempt stops at the next `<`: a run of `<` costs what a page does.
        .replace(/<(script|style)[^<>]{0,200}>[^<]{0,4096}<\/\1>/gi, " ")
        .replace(/<[^<>]{0,500}>/g, " ")
        .replace(/&[a-z#0-9]{1,8};/gi, " ")
        .replace(/\s{1,4096}/g, " ").trim();
    // A body that only repeats the reason phrase adds nothing.
    const words = text.toLowerCase() === statusText.toLowerCase() ? "" : text;
    return words.length === 0 ? null : words.length > MAX_WORDS ? `${words.slice(0, MAX_WORDS - 1)}…` : words;
}

/** `CONNECT host:port HTTP/1.1` with the headers Zowe's proxy agent sends. */
function connectRequest(route: IProxyRoute, host: string, port: number): string {
    const authority = `${net.isIPv6(host) ? `[${host}]` : host}:${port}`;
    const headers = [`Host: ${authority}`, ...(route.authorization == null ? [] : [`Proxy-Authorization: ${route.authorization}`]),
        "Proxy-Connection: close"];
    return `CONNECT ${authority} HTTP/1.1\r\n${headers.join("\r\n")}\r\n\r\n`;
}

/** Parse `HTTP/1.1 407 Proxy Authentication Required` and the Content-Length of an answer head. */
function parseHead(head: string): { status: number; statusText: string; contentLength: number | null } {
    const line = /^HTTP\/\d(?:\.\d)? (\d{3})(?: ([^\r\n]{0,200}))?/.exec(head);
    const length = /\r\ncontent-length: {0,8}(\d{1,12})/i.exec(head);
    return {
        status: line == null ? 0 : Number(line[1]), statusText: line?.[2]?.trim() ?? "",
        contentLength: length == null ? null : Number(length[1])
    };
}

/**
 * Ask the proxy, at one of its addresses, for a tunnel to the target, as Zowe's proxy agent does: TLS to the proxy when
 * its URL is https, then CONNECT with Proxy-Authorization when Zowe would send it. Resolves with the proxy's answer
 * (and the open tunnel on 2xx); rejects with the socket's error. The caller bounds the time and destroys the tunnel.
 * @param route - the proxy Zowe would use
 * @param address - the proxy's address to connect to
 * @param target - the host and port to tunnel to
 * @param rejectUnauthorized - whether a TLS proxy's certificate must be trusted (the session's setting, as Zowe's agent)
 */
export function openTunnel(route: IProxyRoute, address: string, target: { host: string; port: number }, rejectUnauthorized: boolean,
    onSocket: (socket: net.Socket) => void): Promise<IProxyAnswer> {
    return new Promise((resolve, reject) => {
        const { port, host } = route.report;
        const socket: net.Socket = route.url.protocol === "https:" ?
            // As https-proxy-agent 7 connects to an https: proxy (its ALPN offer too).
            tls.connect({ host: address, port, servername: net.isIP(host) ? undefined : host, rejectUnauthorized, ALPNProtocols: ["http/1.1"] }) :
            net.connect(port, address);
        onSocket(socket);
        let received = Buffer.alloc(0);
        let head: ReturnType<typeof parseHead> | undefined;
        let headEnd = -1;
        let done = false;
        const finish = () => {
            if (done) {
                return;
            }
            done = true;
            socket.removeAllListeners("data");
            if (head == null) {
                reject(Object.assign(new Error("The proxy closed the connection without answering the CONNECT request."), { code: "ECONNRESET" }));
                return;
            }
            const body = received.subarray(headEnd + 4).toString("utf8");
            resolve({ status: head.status, statusText: head.statusText, words: proxyWords(head.statusText, body) });
            socket.destroy();
        };
        socket.once("error", reject);
        socket.once(route.url.protocol === "https:" ? "secureConnect" : "connect",
            () => socket.write(connectRequest(route, target.host, target.port)));
        socket.on("data", (chunk: Buffer) => {
            received = Buffer.concat([received, chunk]);
            if (head == null) {
                headEnd = received.indexOf("\r\n\r\n");
                if (headEnd < 0) {
                    if (received.length > MAX_HEAD) {
                        reject(Object.assign(new Error("The proxy's answer to CONNECT is not HTTP."), { code: "EPROTO" }));
                    }
                    return;
                }
                head = parseHead(received.subarray(0, headEnd).toString("latin1"));
                if (head.status >= 200 && head.status < 300) {
                    socket.removeAllListeners("data");
                    socket.pause();
                    const rest = received.subarray(headEnd + 4);
                    if (rest.length > 0) {
                        socket.unshift(rest);
                    }
                    resolve({ status: head.status, statusText: head.statusText, words: null, tunnel: socket });
                    return;
                }
                // A refusal is read until its end, its length, or a moment of silence: some proxies keep the socket open.
                setTimeout(finish, REFUSAL_WAIT_MS).unref();
            }
            const bodyLength = received.length - headEnd - 4;
            if (bodyLength >= Math.min(MAX_BODY, head.contentLength ?? MAX_BODY)) {
                finish();
            }
        });
        socket.once("end", () => {
            if (head == null || !(head.status >= 200 && head.status < 300)) {
                finish();
            }
        });
    });
}
