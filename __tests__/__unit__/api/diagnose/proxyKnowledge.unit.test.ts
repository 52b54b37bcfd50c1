/**
 * The proxy knowledge through diagnose: which entry explains a failure at or through a proxy, and that a direct call
 * is never explained by it.
 */
import type { IFailedCall, IProxyUsed } from "../../../../src/api/failure/doc/IFailedCall";
import { diagnose } from "../../../../src/api/diagnose/diagnose";

const PROXY = { host: "127.0.0.1", port: 3128, chosenBy: "environment" } as const;

function call(fields: Partial<IFailedCall>, hop?: IProxyUsed["hop"]): IFailedCall {
    return {
        time: null, client: "sdk", command: null, source: "http", status: null, statusText: null,
        request: { method: "GET", protocol: "https", host: "zos.internal.example", port: 443, basePath: "", resource: "/zosmf/info" },
        service: "unknown", server: { message: null }, networkError: null, auth: { kind: "basic", allowUnauthorizedCert: false },
        evidence: { kind: "probe", file: null }, ...fields, ...(hop == null ? {} : { proxy: { ...PROXY, hop } })
    };
}

describe("proxy knowledge", () => {
    it("explains a 407 as the proxy's, with where Zowe reads proxy credentials and the lock-out caution", () => {
        const diagnosis = diagnose(call({ status: 407 }, "proxy"));
        expect(diagnosis.matched[0]).toBe("proxy-407");
        expect(diagnosis.verdict).toBe("authentication");
        expect(diagnosis.summary).toMatch(/^The proxy 127\.0\.0\.1:3128 answered GET https:\/\/zos\.internal\.example:443\/zosmf\/info with 407/);
        expect(diagnosis.nextSteps.join(" ")).toContain("HTTPS_PROXY=http://user:password@proxy:port");
        expect(diagnosis.caution).toContain("lock-out");
    });

    it("explains a 407 from a log without a proxy in evidence too: only proxies send it", () => {
        expect(diagnose(call({ status: 407, service: "zosmf" })).matched).toContain("proxy-407");
    });

    it.each([[403, "proxy-403", "network"], [502, "proxy-502-504", "network"], [504, "proxy-502-504", "network"]])(
        "explains the proxy's own %i", (status, id, verdict) => {
            const diagnosis = diagnose(call({ status }, "proxy"));
            expect(diagnosis.matched[0]).toBe(id);
            expect(diagnosis.verdict).toBe(verdict);
        });

    it("explains a logged 403 or 502 through a proxy without a z/OS report as the proxy's", () => {
        expect(diagnose(call({ status: 403, service: "zosmf", server: { message: "Destination port not allowed" } }, "through")).matched[0])
            .toBe("proxy-403");
        expect(diagnose(call({ status: 502, service: "zosmf", server: { message: "Cannot connect" } }, "through")).matched[0]).toBe("proxy-502-504");
    });

    it("leaves z/OS's own 403 and 502 alone", () => {
        // Through a proxy, z/OSMF's own 403 (a message ID, or a report) is still z/OSMF's.
        expect(diagnose(call({ status: 403, service: "zosmf", server: { message: "IZUG846W", messageIds: ["IZUG846W"] } }, "through")).matched)
            .not.toContain("proxy-403");
        expect(diagnose(call({ status: 403, service: "zosmf", server: { message: "x", category: 1, rc: 8, reason: 3 } }, "through")).matched)
            .not.toContain("proxy-403");
        expect(diagnose(call({ status: 403, service: "zosmf", server: { message: "IZUG846W", messageIds: ["IZUG846W"] } })).matched)
            .not.toContain("proxy-403");
        expect(diagnose(call({ status: 502, service: "zosmf" })).matched).not.toContain("proxy-502-504");
        // Through a proxy, an API ML message says the gateway answered, not the proxy.
        expect(diagnose(call({ status: 502, service: "apiml", server: { message: "x", messageIds: ["ZWEAM511E"] } }, "through")).matched)
            .not.toContain("proxy-502-504");
    });

    it("blames the proxy, not z/OS, when the proxy cannot be reached", () => {
        const diagnosis = diagnose(call({ source: "client", networkError: { code: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:3128" } }, "proxy"));
        expect(diagnosis.matched[0]).toBe("proxy-unreachable");
        expect(diagnosis.matched).not.toContain("ECONNREFUSED");
        expect(diagnosis.verdict).toBe("client-config");
    });

    it("names a TLS-intercepting proxy and NODE_EXTRA_CA_CERTS for an untrusted certificate through a proxy", () => {
        const untrusted = { code: "SELF_SIGNED_CERT_IN_CHAIN", message: "self-signed certificate in certificate chain" };
        const diagnosis = diagnose(call({ source: "client", networkError: untrusted }, "target"));
        expect(diagnosis.matched[0]).toBe("proxy-tls-interception");
        expect(diagnosis.verdict).toBe("tls");
        expect(diagnosis.nextSteps.join(" ")).toContain("NODE_EXTRA_CA_CERTS");
        expect(diagnose(call({ source: "client", networkError: { code: "SELF_SIGNED_CERT_IN_CHAIN", message: "x" } })).matched)
            .not.toContain("proxy-tls-interception");
    });

    it.each([["SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain"],
        ["EPROTO", "SSL routines:ssl3_get_record:wrong version number"]])(
        "blames the TLS proxy's own handshake, not z/OS, when the failure is at the proxy (%s)", (code, message) => {
            const diagnosis = diagnose(call({ source: "client", networkError: { code, message } }, "proxy"));
            expect(diagnosis.matched[0]).toBe("proxy-tls-certificate");
            expect(diagnosis.matched).not.toContain("proxy-tls-interception");
            expect(diagnosis.verdict).toBe("tls");
            expect(diagnosis.nextSteps.join(" ")).toContain("http://proxy-host:port");
        });
});
