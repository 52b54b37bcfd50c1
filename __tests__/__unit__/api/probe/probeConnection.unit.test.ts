/**
 * probeConnection in process, against servers the test starts on 127.0.0.1 (and ::1 when the machine has IPv6):
 * which layer fails, with what verdict, and how many requests with credentials reached the server (the probe
 * promises at most one, and none when an earlier layer already shows the target is wrong).
 */
import * as dns from "dns";
import * as http from "http";
import type * as net from "net";
import * as os from "os";
import { Session } from "@zowe/imperative";
import type { ISession } from "@zowe/imperative";
import type { FakeZosmf, FakeZosmfRule } from "../../../__servers__/fakeZosmf";
import { probeConnection } from "../../../../src/api/probe/probeConnection";
import type { IProbeResult } from "../../../../src/api/probe/doc/IProbeResult";
import { freePort } from "../../../__helpers__/freePort";

const { startFakeZosmf, scenarios } = require("../../../__servers__/fakeZosmf.js");

const PASSWORD = "ProbeUnitPw-4k9";
const HAS_IPV6_LOOPBACK = Object.values(os.networkInterfaces()).flat().some((entry) => entry?.address === "::1");

function session(overrides: Partial<ISession>): Session {
    return new Session({ hostname: "127.0.0.1", port: 443, protocol: "https", type: "basic", user: "ibmuser", password: PASSWORD,
        rejectUnauthorized: true, basePath: "", ...overrides });
}

/** The layers a result went through, `name` or `name!` for the one that failed. */
function layers(result: IProbeResult): string[] {
    return result.steps.map((step) => `${step.name}${step.ok ? "" : "!"}`);
}


const credentialed = (server: FakeZosmf) => server.requests.filter((request) => request.hasCredentials).length;

let servers: FakeZosmf[] = [];
async function fake(protocol: "http" | "https", rules: FakeZosmfRule[] = []): Promise<FakeZosmf> {
    const server: FakeZosmf = await startFakeZosmf({ protocol, rules, lifetimeMs: 60000 });
    servers.push(server);
    return server;
}

afterEach(async () => {
    await Promise.all(servers.map((server) => server.close()));
    servers = [];
});

describe("probeConnection", () => {
    it("stops at dns for a name that does not resolve", async () => {
        // The resolver is answered in process, with the error getaddrinfo gives: tests send nothing beyond loopback,
        // and a DNS query would go to the machine's name server.
        const notFound = Object.assign(new Error("getaddrinfo ENOTFOUND no-such-host.invalid"),
            { errno: -3008, code: "ENOTFOUND", syscall: "getaddrinfo", hostname: "no-such-host.invalid" });
        const lookup = jest.spyOn(dns.promises, "lookup").mockRejectedValue(notFound);
        let result: Awaited<ReturnType<typeof probeConnection>>;
        let calls: unknown[][];
        try {
            result = await probeConnection(session({ hostname: "no-such-host.invalid" }), { timeoutSeconds: 5 });
        } finally {
            calls = [...lookup.mock.calls];
            lookup.mockRestore();
        }
        expect(calls).toEqual([["no-such-host.invalid", { all: true }]]);
        expect(layers(result)).toEqual(["dns!"]);
        expect(result.failure?.networkError?.code).toBe("ENOTFOUND");
        expect(result.diagnosis?.verdict).toBe("network");
    });

    it("stops at tcp on a port nothing listens on, and sends no request", async () => {
        const port = await freePort();
        const result = await probeConnection(session({ port, protocol: "http" }), { timeoutSeconds: 5 });
        expect(layers(result)).toEqual(["dns", "tcp!"]);
        expect(result.failure?.networkError?.code).toBe("ECONNREFUSED");
        expect(result.diagnosis?.verdict).toBe("client-config");
    });

    it("stops at tls on a self-signed certificate when certificates are checked, before any request", async () => {
        const server = await fake("https");
        const result = await probeConnection(session({ port: server.port, rejectUnauthorized: true }), { timeoutSeconds: 5 });
        expect(layers(result)).toEqual(["dns", "tcp", "tls!"]);
        expect(result.steps[2].detail).toMatchObject({ selfSigned: true, trusted: false });
        expect(result.diagnosis?.verdict).toBe("tls");
        expect(server.requests).toHaveLength(0);
    });

    it("passes tls with a warning when certificate checking is off, and sends exactly one request with credentials", async () => {
        const server = await fake("https");
        const result = await probeConnection(session({ port: server.port, rejectUnauthorized: false }), { timeoutSeconds: 5 });
        expect(layers(result)).toEqual(["dns", "tcp", "tls", "http", "auth"]);
        expect(result.ok).toBe(true);
        expect(result.steps[2].warning).toContain("rejectUnauthorized false");
        expect(credentialed(server)).toBe(1);
        expect(server.requests).toHaveLength(2);
    });

    it("stops at tls when https is tried on an http-only port", async () => {
        const server = await fake("http");
        const result = await probeConnection(session({ port: server.port, rejectUnauthorized: false }), { timeoutSeconds: 5 });
        expect(layers(result)).toEqual(["dns", "tcp", "tls!"]);
        expect(result.failure?.source).toBe("client");
        expect(credentialed(server)).toBe(0);
    });

    it("fails at auth on 401, after exactly one request with credentials", async () => {
        const server = await fake("http", [...scenarios[401]]);
        const result = await probeConnection(session({ port: server.port, protocol: "http" }), { timeoutSeconds: 5 });
        expect(layers(result)).toEqual(["dns", "tcp", "http", "auth!"]);
        expect(result.failure?.status).toBe(401);
        expect(result.diagnosis?.verdict).toBe("authentication");
        expect(credentialed(server)).toBe(1);
    });

    it("fails at auth on 403 for the credentialed request only, after exactly one request with credentials", async () => {
        const server = await fake("http", [{ path: "/zosmf/info", withCredentials: true, ...scenarios[403].find((rule: FakeZosmfRule) => rule.path === "/zosmf/info"),
            status: 403 }]);
        const result = await probeConnection(session({ port: server.port, protocol: "http" }), { timeoutSeconds: 5 });
        expect(layers(result)).toEqual(["dns", "tcp", "http", "auth!"]);
        expect(result.failure?.status).toBe(403);
        expect(result.diagnosis?.verdict).toBe("authorization");
        expect(credentialed(server)).toBe(1);
    });

    it("gives up at http on a server that never answers, within the time limit and without credentials", async () => {
        const server = await fake("http", [...scenarios.hang]);
        const result = await probeConnection(session({ port: server.port, protocol: "http" }), { timeoutSeconds: 0.5 });
        expect(layers(result)).toEqual(["dns", "tcp", "http!"]);
        expect(result.failure?.source).toBe("timeout");
        expect(result.diagnosis?.verdict).toBe("timeout");
        expect(credentialed(server)).toBe(0);
    });

    // Skipped (shown as skipped) on a machine without an IPv6 loopback.
    (HAS_IPV6_LOOPBACK ? it : it.skip)("reaches a server on the IPv6 loopback ::1, through every layer", async () => {
        let withCredentials = 0;
        const ipv6 = http.createServer((req, res) => {
            withCredentials += req.headers.authorization == null ? 0 : 1;
            res.writeHead(200, { "Content-Type": "application/json" });
            res.end(JSON.stringify({ zosmf_version: "29", zosmf_hostname: "fake" }));
        });
        await new Promise<void>((resolve, reject) => {
            ipv6.once("error", reject);
            ipv6.listen(0, "::1", resolve);
        });
        try {
            const { port } = ipv6.address() as net.AddressInfo;
            const result = await probeConnection(session({ hostname: "::1", port, protocol: "http" }), { timeoutSeconds: 5 });
            expect(layers(result)).toEqual(["dns", "tcp", "http", "auth"]);
            expect(result.ok).toBe(true);
            expect(withCredentials).toBe(1);
        } finally {
            ipv6.closeAllConnections();
            await new Promise((resolve) => ipv6.close(resolve));
        }
    });

    it("leaves the caller's session as it was", async () => {
        const server = await fake("http");
        const given = session({ port: server.port, protocol: "http" });
        const before = JSON.parse(JSON.stringify(given.ISession));
        await probeConnection(given, { timeoutSeconds: 3 });
        expect(JSON.parse(JSON.stringify(given.ISession))).toEqual(before);
    });
});
