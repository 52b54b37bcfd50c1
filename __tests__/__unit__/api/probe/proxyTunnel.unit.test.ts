/**
 * openTunnel and proxyWords: what the probe reads of a proxy's answer to CONNECT, bounded whatever the proxy sends.
 */
import * as net from "net";
import { openTunnel, proxyWords } from "../../../../src/api/probe/proxyTunnel";
import type { IProxyRoute } from "../../../../src/api/probe/proxyRoute";

/** A server on 127.0.0.1 that answers each connection's first bytes with `answer` and records what it got. */
async function rawServer(answer: string, close: boolean): Promise<{ port: number; received: string[]; stop: () => void }> {
    const received: string[] = [];
    const sockets: net.Socket[] = [];
    const server = net.createServer((socket) => {
        sockets.push(socket);
        socket.once("data", (chunk) => {
            received.push(chunk.toString("latin1"));
            if (close) {
                socket.end(answer);
            } else {
                socket.write(answer);
            }
        });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return { port: (server.address() as net.AddressInfo).port, received, stop: () => {
        sockets.forEach((socket) => socket.destroy());
        server.close();
    } };
}

function route(port: number, authorization?: string): IProxyRoute {
    return {
        report: { url: `http://127.0.0.1:${port}`, host: "127.0.0.1", port, chosenBy: "environment", credentials: "none", bypassed: false },
        url: new URL(`http://127.0.0.1:${port}`), ...(authorization == null ? {} : { authorization }), secrets: [], agent: () => undefined
    };
}

describe("openTunnel", () => {
    it("sends CONNECT with Proxy-Authorization and hands over the open tunnel on 200", async () => {
        const server = await rawServer("HTTP/1.1 200 Connection established\r\n\r\n", false);
        try {
            const answer = await openTunnel(route(server.port, "Basic eHg6eXk="), "127.0.0.1", { host: "zos.internal.example", port: 443 }, true, () => undefined);
            expect(answer).toMatchObject({ status: 200, statusText: "Connection established", words: null });
            expect(answer.tunnel).toBeDefined();
            answer.tunnel?.destroy();
            expect(server.received[0]).toMatch(/^CONNECT zos\.internal\.example:443 HTTP\/1\.1\r\nHost: zos\.internal\.example:443\r\n/);
            expect(server.received[0]).toContain("Proxy-Authorization: Basic eHg6eXk=\r\n");
        } finally {
            server.stop();
        }
    });

    it("reads a refusal's words even when the proxy keeps the socket open without a length", async () => {
        const server = await rawServer("HTTP/1.1 403 Forbidden\r\nContent-Type: text/html\r\n\r\n<html><body><h1>Access denied</h1> port 7554 " +
            "is not allowed</body></html>", false);
        try {
            const answer = await openTunnel(route(server.port), "127.0.0.1", { host: "::1", port: 7554 }, true, () => undefined);
            expect(answer).toMatchObject({ status: 403, statusText: "Forbidden", words: "Access denied port 7554 is not allowed" });
            expect(answer.tunnel).toBeUndefined();
            expect(server.received[0]).toMatch(/^CONNECT \[::1\]:7554 HTTP\/1\.1\r\n/);
            expect(server.received[0]).not.toContain("Proxy-Authorization");
        } finally {
            server.stop();
        }
    });

    it("rejects when the proxy closes without answering", async () => {
        const server = await rawServer("", true);
        try {
            await expect(openTunnel(route(server.port), "127.0.0.1", { host: "zos", port: 443 }, true, () => undefined))
                .rejects.toMatchObject({ code: "ECONNRESET" });
        } finally {
            server.stop();
        }
    });
});

describe("proxyWords", () => {
    it("keeps the readable words of a page, cut short, and nothing when the body repeats the reason", () => {
        expect(proxyWords("Bad Gateway", "<html><head><title>x</title><style>p{}</style></head><p>Cannot&nbsp;connect</p></html>"))
            .toBe("x Cannot connect");
        expect(proxyWords("Bad Gateway", "Bad Gateway")).toBeNull();
        expect(proxyWords("Bad Gateway", "")).toBeNull();
        expect(proxyWords("", "word ".repeat(200))?.length).toBeLessThanOrEqual(300);
    });

    // What hostile pages cost is measured in `npm run bench` (hostileInProcess.js), not asserted here.
    it.each([["<".repeat(1e6)], [" ".repeat(1e6)], ["<script".repeat(1e5)], ["&".repeat(1e6)], [`<a${"b".repeat(1e6)}`]])(
        "reads a hostile page of %#  to at most 300 characters of words, or none", (hostile) => {
            const words = proxyWords("Forbidden", hostile);
            expect(words == null || words.length <= 300).toBe(true);
        });
});
