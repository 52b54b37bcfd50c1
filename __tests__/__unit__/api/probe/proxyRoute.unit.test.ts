/**
 * proxyRouteOf: the proxy decision is imperative's ProxySettings' on the session, reported without credentials.
 */
import type { ISession } from "@zowe/imperative";
import { proxyRouteOf } from "../../../../src/api/probe/proxyRoute";

const VARIABLES = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"];
let saved: Record<string, string | undefined>;

beforeEach(() => {
    saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
    VARIABLES.forEach((name) => delete process.env[name]);
});

afterEach(() => {
    for (const name of VARIABLES) {
        if (saved[name] === undefined) {
            delete process.env[name];
        } else {
            process.env[name] = saved[name];
        }
    }
});

function session(overrides: Partial<ISession> = {}): ISession {
    return { hostname: "zos.internal.example", port: 443, protocol: "https", ...overrides };
}

describe("proxyRouteOf", () => {
    it("finds no proxy when none is set", async () => {
        expect(await proxyRouteOf(session())).toBeUndefined();
    });

    it("takes HTTPS_PROXY for an https target and names it, without credentials", async () => {
        process.env.HTTPS_PROXY = "http://proxy.example.com:8080";
        const route = await proxyRouteOf(session());
        expect(route?.report).toEqual({ url: "http://proxy.example.com:8080", host: "proxy.example.com", port: 8080, chosenBy: "environment",
            variable: "HTTPS_PROXY", credentials: "none", bypassed: false });
        expect(route?.authorization).toBeUndefined();
    });

    it("falls back to http_proxy for an https target, as Zowe does, but not to HTTPS_PROXY for an http target", async () => {
        process.env.http_proxy = "http://lower.example.com:3128";
        expect((await proxyRouteOf(session()))?.report).toMatchObject({ variable: "http_proxy", port: 3128 });
        delete process.env.http_proxy;
        process.env.HTTPS_PROXY = "http://proxy.example.com:8080";
        expect(await proxyRouteOf(session({ protocol: "http", port: 80 }))).toBeUndefined();
    });

    it("says NO_PROXY sends the host direct only when it lists the exact name", async () => {
        process.env.HTTPS_PROXY = "http://proxy.example.com:8080";
        process.env.NO_PROXY = "localhost, ZOS.Internal.Example ";
        expect((await proxyRouteOf(session()))?.report).toMatchObject({ bypassed: true, host: "proxy.example.com" });
        // Zowe compares whole names: a domain suffix or a wildcard does not bypass the proxy.
        process.env.NO_PROXY = ".internal.example,*.internal.example";
        expect((await proxyRouteOf(session()))?.report.bypassed).toBe(false);
    });

    it("sends the URL's credentials as Basic, decoded, and lists them as secrets", async () => {
        process.env.HTTPS_PROXY = "http://px%40user:Pa%24%24w0rd@proxy.example.com:8080";
        const route = await proxyRouteOf(session());
        expect(route?.authorization).toBe(`Basic ${Buffer.from("px@user:Pa$$w0rd").toString("base64")}`);
        expect(route?.report).toMatchObject({ url: "http://proxy.example.com:8080", credentials: "url" });
        expect(JSON.stringify(route?.report)).not.toContain("Pa");
        expect(route?.secrets).toEqual(expect.arrayContaining(["Pa%24%24w0rd", "Pa$$w0rd", Buffer.from("px@user:Pa$$w0rd").toString("base64")]));
    });

    it("reads a proxy URL without its scheme as Zowe does (port 80 of this machine), and says so", async () => {
        process.env.HTTPS_PROXY = "proxy.corp.example:8080";
        const report = (await proxyRouteOf(session()))?.report;
        expect(report).toMatchObject({ url: "localhost:80", host: "localhost", port: 80 });
        expect(report?.problem).toContain("Write it as http://proxy-host:port.");
        process.env.HTTPS_PROXY = "http://proxy.corp.example:8080";
        expect((await proxyRouteOf(session()))?.report.problem).toBeUndefined();
    });

    it("takes the session's proxy settings before the environment", async () => {
        process.env.HTTPS_PROXY = "http://env.example.com:8080";
        const route = await proxyRouteOf(session({ proxy: { https_proxy: "https://session.example.com", proxy_authorization: "Bearer abc" } }));
        expect(route?.report).toEqual({ url: "https://session.example.com:443", host: "session.example.com", port: 443, chosenBy: "session",
            credentials: "session", bypassed: false });
        expect(route?.authorization).toBe("Bearer abc");
        expect(route?.agent()).toBeDefined();
    });
});
