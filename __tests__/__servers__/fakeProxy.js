/**
 * Fake corporate proxy for the project's system tests: a forward proxy on 127.0.0.1 that knows host names the test
 * machine does not (`zos.internal.example`), the way a proxy in a site's network resolves the z/OS host for its users.
 *
 * Usage:
 *
 *     const { startFakeProxy } = require("../__servers__/fakeProxy.js");
 *     const proxy = await startFakeProxy({ hosts: { "zos.internal.example": "127.0.0.1" }, credentials: { user: "pxuser", password: "pxpw" } });
 *     // HTTPS_PROXY=http://pxuser:pxpw@127.0.0.1:${proxy.port} zowe zosmf check status --host zos.internal.example ...
 *     await proxy.close();
 *
 * Behaviour:
 * - Listens on 127.0.0.1, port 0, never on another address. It never does a DNS lookup: a host name it forwards to must
 *   be in `hosts` (name -> IP address); any other name, or a connection to the mapped address that fails, gets
 *   `502 Bad Gateway` with a one-line reason, as Squid and most proxies answer.
 * - `CONNECT host:port` opens a tunnel (200 Connection established); an absolute-URI request
 *   (`GET http://host:port/path`) is forwarded as a plain proxy does, with Proxy-Authorization removed.
 * - `credentials`: without a matching `Proxy-Authorization: Basic …` the answer is 407 with `Proxy-Authenticate`.
 * - `answer`: every request gets this status and text instead (for a proxy that denies, 403, or fails, 502/504).
 * - Bounded: closes itself after `lifetimeMs` (default 60000, unref'd timer), refuses connections beyond
 *   `maxConnections` (default 100), and close() destroys every open socket and tunnel.
 * - `requests` logs every request: method, target, whether Proxy-Authorization was sent and whether it was right
 *   (never the value), and the status the proxy answered.
 * - `tls` ({ key, cert } PEM): the proxy itself speaks TLS on its port (an `https://` proxy URL), with that certificate.
 * - `intercept` ({ key, cert } PEM): a TLS-inspecting proxy. After `200 Connection established` it ends the client's TLS
 *   itself with this certificate (issued by its own CA, as Zscaler or Blue Coat do) and opens its own TLS connection to
 *   the target (without checking the target's certificate), passing the decrypted bytes between the two.
 * - makeProxyCertificates(names) makes a throw-away CA and a leaf it signs for those names with the `openssl` CLI, in a
 *   temp dir that remove() deletes: test keys only, never trusted anywhere but in the test that made them.
 * Plain CommonJS, Node's standard library only.
 */

"use strict";

const { URL } = require("url");

const childProcess = require("child_process");
const fs = require("fs");
const http = require("http");
const https = require("https");
const net = require("net");
const os = require("os");
const path = require("path");
const tls = require("tls");

const HOST = "127.0.0.1";
const DEFAULT_LIFETIME_MS = 60000;
const DEFAULT_MAX_CONNECTIONS = 100;

/**
 * @typedef {Object} FakeProxyOptions
 * @property {Record<string, string>} [hosts] host name -> IPv4 address the proxy connects to (IP addresses need no entry)
 * @property {{ user: string, password: string }} [credentials] demand these in Proxy-Authorization (Basic)
 * @property {{ status: number, text?: string }} [answer] answer every request with this status and body
 * @property {{ key: string, cert: string }} [tls] speak TLS on the proxy's own port with this key and certificate (PEM)
 * @property {{ key: string, cert: string }} [intercept] end tunnelled TLS with this key and certificate (PEM) and re-encrypt to the target
 * @property {number} [lifetimeMs]
 * @property {number} [maxConnections]
 */

/**
 * Start the proxy.
 * @param {FakeProxyOptions} [options]
 * @returns {Promise<{ url: string, port: number, requests: Array<Record<string, unknown>>, close: () => Promise<void> }>}
 */
async function startFakeProxy(options = {}) {
    const hosts = options.hosts || {};
    const expected = options.credentials == null ? null :
        "Basic " + Buffer.from(`${options.credentials.user}:${options.credentials.password}`).toString("base64");
    /** @type {Set<net.Socket>} */
    const sockets = new Set();
    /** @type {Array<Record<string, unknown>>} */
    const requests = [];
    const track = (/** @type {net.Socket} */ socket) => {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
        socket.on("error", () => socket.destroy());
    };

    /** Where the proxy would connect for `host`, or null when it does not know the name. */
    const addressOf = (/** @type {string} */ host) => net.isIP(host) ? host : hosts[host.toLowerCase()] || null;

    /**
     * Log the request and decide the answer before any forwarding: 407 or the fixed answer, or null to go on.
     * @returns {{ status: number, text: string, headers?: Record<string, string> } | null}
     */
    const gate = (/** @type {http.IncomingMessage} */ req, /** @type {string} */ target) => {
        const sent = req.headers["proxy-authorization"];
        const entry = { method: req.method, target, proxyAuthorization: sent != null, authorized: expected == null || sent === expected, status: 0 };
        requests.push(entry);
        if (!entry.authorized) {
            return { status: 407, text: "Proxy authentication required: give your proxy user and password.",
                headers: { "Proxy-Authenticate": "Basic realm=\"fake corporate proxy\"" } };
        }
        return options.answer == null ? null : { status: options.answer.status, text: options.answer.text || http.STATUS_CODES[options.answer.status] || "" };
    };
    const record = (/** @type {string} */ target, /** @type {number} */ status) => {
        const entry = [...requests].reverse().find((request) => request.target === target && request.status === 0);
        if (entry != null) {
            entry.status = status;
        }
    };
    const headText = (/** @type {number} */ status, /** @type {string} */ text, /** @type {Record<string, string>} */ headers = {}) =>
        `HTTP/1.1 ${status} ${http.STATUS_CODES[status] || "Status"}\r\n` +
        Object.entries({ "Content-Type": "text/plain", "Content-Length": String(Buffer.byteLength(text)), "Connection": "close", ...headers })
            .map(([name, value]) => `${name}: ${value}\r\n`).join("") + `\r\n${text}`;

    const handleRequest = (/** @type {http.IncomingMessage} */ req, /** @type {http.ServerResponse} */ res) => {
        // The plain-proxy form: the request line holds the absolute URI of the target.
        let url;
        try {
            url = new URL(req.url || "");
        } catch {
            res.writeHead(400, { "Content-Type": "text/plain" }).end("This is a proxy: send an absolute URI or CONNECT.");
            return;
        }
        const port = Number(url.port || 80);
        const target = `${url.hostname}:${port}`;
        const denied = gate(req, target);
        const address = addressOf(url.hostname);
        const answer = denied || (address == null ? { status: 502, text: `Cannot resolve ${url.hostname}.` } : null);
        if (answer != null) {
            record(target, answer.status);
            res.writeHead(answer.status, { "Content-Type": "text/plain", ...(answer.headers || {}) }).end(answer.text);
            return;
        }
        const headers = { ...req.headers };
        delete headers["proxy-authorization"];
        delete headers["proxy-connection"];
        const upstream = http.request({ host: address, port, path: url.pathname + url.search, method: req.method, headers }, (reply) => {
            record(target, reply.statusCode || 0);
            res.writeHead(reply.statusCode || 502, reply.headers);
            reply.pipe(res);
        });
        upstream.on("error", (error) => {
            record(target, 502);
            res.writeHead(502, { "Content-Type": "text/plain" }).end(`Cannot connect to ${target}: ${error.message}`);
        });
        req.pipe(upstream);
    };
    const server = options.tls == null ? http.createServer(handleRequest) : https.createServer({ ...options.tls }, handleRequest);
    server.maxConnections = options.maxConnections || DEFAULT_MAX_CONNECTIONS;
    server.on("connection", track);
    server.on("connect", (req, client, head) => {
        const target = req.url || "";
        const match = /^\[?([^\]]{1,255}?)\]?:(\d{1,5})$/.exec(target);
        const denied = gate(req, target);
        const address = match == null ? null : addressOf(match[1]);
        const answer = denied || (match == null ? { status: 400, text: "CONNECT needs host:port." } :
            address == null ? { status: 502, text: `Cannot resolve ${match[1]}.` } : null);
        if (answer != null) {
            record(target, answer.status);
            client.end(headText(answer.status, answer.text, answer.headers));
            return;
        }
        // An inspecting proxy speaks TLS to the target itself, with the name the client asked for.
        const upstream = options.intercept == null ? net.connect(Number(match[2]), address) :
            tls.connect({ host: address, port: Number(match[2]), servername: net.isIP(match[1]) ? undefined : match[1], rejectUnauthorized: false });
        upstream.once(options.intercept == null ? "connect" : "secureConnect", () => {
            record(target, 200);
            client.write("HTTP/1.1 200 Connection established\r\n\r\n");
            if (head.length > 0) {
                client.unshift(head);
            }
            // The client's TLS ends here, with the proxy's own certificate.
            const inside = options.intercept == null ? client : new tls.TLSSocket(client, { isServer: true, ...options.intercept });
            if (inside !== client) {
                track(inside);
            }
            upstream.pipe(inside);
            inside.pipe(upstream);
        });
        track(upstream);
        upstream.on("error", (error) => {
            record(target, 502);
            client.end(headText(502, `Cannot connect to ${target}: ${error.message}`));
        });
        client.on("close", () => upstream.destroy());
        upstream.on("close", () => client.destroy());
    });

    await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(0, HOST, () => resolve(undefined));
    });
    const port = /** @type {net.AddressInfo} */ (server.address()).port;
    let closed;
    const close = () => {
        if (closed == null) {
            closed = new Promise((resolve) => {
                server.close(() => resolve(undefined));
                for (const socket of sockets) {
                    socket.destroy();
                }
            });
        }
        return closed;
    };
    const lifetime = setTimeout(() => void close(), options.lifetimeMs || DEFAULT_LIFETIME_MS);
    lifetime.unref();
    return { url: `${options.tls == null ? "http" : "https"}://${HOST}:${port}`, port, requests, close };
}

/**
 * Make a throw-away certificate authority ("Fake Corp TLS Inspection CA") and a server certificate it signs for the
 * given host names and 127.0.0.1, with the `openssl` CLI, in a new temp dir. Test keys only.
 * @param {string[]} names DNS names the leaf is for
 * @returns {{ caCertPath: string, key: string, cert: string, caName: string, remove: () => void }} `cert` holds the leaf and then the CA
 */
function makeProxyCertificates(names) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hs-proxy-ca-"));
    const file = (/** @type {string} */ name) => path.join(dir, name);
    const caName = "Fake Corp TLS Inspection CA";
    const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
    fs.writeFileSync(file("leaf.cnf"), [
        "basicConstraints = critical, CA:FALSE", "keyUsage = critical, digitalSignature", "extendedKeyUsage = serverAuth",
        `subjectAltName = ${[...names.map((name) => `DNS:${name}`), "IP:127.0.0.1"].join(", ")}`, ""
    ].join("\n"));
    const run = (/** @type {string[]} */ args) => childProcess.execFileSync("openssl", args, { stdio: ["ignore", "ignore", "pipe"], timeout: 20000 });
    try {
        run(["req", "-x509", ...ec, "-keyout", file("ca.key"), "-out", file("ca.pem"), "-days", "2", "-sha256", "-subj", `/CN=${caName}`,
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"]);
        run(["req", ...ec, "-keyout", file("leaf.key"), "-out", file("leaf.csr"), "-subj", `/CN=${names[0] || "127.0.0.1"}`]);
        run(["x509", "-req", "-in", file("leaf.csr"), "-CA", file("ca.pem"), "-CAkey", file("ca.key"), "-CAcreateserial",
            "-out", file("leaf.pem"), "-days", "2", "-sha256", "-extfile", file("leaf.cnf")]);
    } catch (err) {
        fs.rmSync(dir, { recursive: true, force: true });
        throw new Error("fakeProxy: openssl could not make the test CA: " + (err instanceof Error ? err.message : String(err)));
    }
    const caCert = fs.readFileSync(file("ca.pem"), "utf8");
    return {
        caCertPath: file("ca.pem"), caName, key: fs.readFileSync(file("leaf.key"), "utf8"), cert: fs.readFileSync(file("leaf.pem"), "utf8") + caCert,
        remove: () => fs.rmSync(dir, { recursive: true, force: true })
    };
}

module.exports = { startFakeProxy, makeProxyCertificates };
