/**
 * How the probe's text and Markdown reports show the proxy: the proxy line (who chose it, where its credentials come
 * from, a URL Zowe misreads), NO_PROXY's direct path, the proxy layer, and --direct's verdict on the two paths.
 */
import type { IProbeProxy, IProbeResult } from "../../../../src";
import { renderProbeResult } from "../../../../src/cli/probe/ProbeResultText";
import { probeMarkdown } from "../../../../src/cli/shared/MarkdownReport";
import { diagnose } from "../../../../src/api/diagnose/diagnose";
import type { IFailedCall } from "../../../../src/api/failure/doc/IFailedCall";

const proxy: IProbeProxy = { url: "http://proxy.example.com:8080", host: "proxy.example.com", port: 8080, chosenBy: "environment",
    variable: "HTTPS_PROXY", credentials: "url", bypassed: false };
const target = { protocol: "https" as const, host: "zos.internal.example", port: 443, basePath: "", path: "/zosmf/info" };

function result(overrides: Partial<IProbeResult>): IProbeResult {
    return {
        ok: true, target, proxy, steps: [
            { name: "dns", ok: true, ms: 1, detail: { host: "proxy.example.com", addresses: ["10.0.0.8"], proxy: true } },
            { name: "tcp", ok: true, ms: 2, detail: { address: "10.0.0.8", port: 8080, failedAddresses: [], proxy: true } },
            { name: "proxy", ok: true, ms: 3, detail: { form: "CONNECT", status: 200, statusText: "Connection established", proxyAuthorization: true } }
        ], timings: { dnsMs: 1, tcpMs: 2, proxyMs: 3, totalMs: 6 }, exitCode: 0, ...overrides
    };
}

/** Text with its line wrapping undone. */
const flat = (text: string): string => text.replace(/\s+/g, " ");

describe("the probe's proxy in text", () => {
    it("names the proxy, the variable and where its credentials come from, and each hop", () => {
        const text = flat(renderProbeResult(result({})));
        expect(text).toContain("Through the proxy http://proxy.example.com:8080 (from HTTPS_PROXY; proxy credentials from the proxy URL).");
        expect(text).toContain("dns proxy proxy.example.com: 10.0.0.8");
        expect(text).toContain("tcp connected to the proxy at 10.0.0.8:8080");
        expect(text).toContain("proxy CONNECT 200 Connection established (Proxy-Authorization sent)");
    });

    it("says NO_PROXY sent the probe direct, and what Zowe makes of a URL without its scheme", () => {
        expect(flat(renderProbeResult(result({ proxy: { ...proxy, bypassed: true }, steps: [] }))))
            .toContain("Direct: NO_PROXY lists the host, so Zowe does not use the proxy http://proxy.example.com:8080 (from HTTPS_PROXY).");
        expect(flat(renderProbeResult(result({ proxy: { ...proxy, problem: "Write it as http://proxy-host:port." } }))))
            .toContain("Write it as http://proxy-host:port.");
    });

    it("with --direct, says which path works", () => {
        const direct = { ok: true, steps: [{ name: "dns" as const, ok: true, ms: 1, detail: { host: "zos.internal.example", addresses: ["10.1.1.1"] } }] };
        const refused = { name: "proxy" as const, ok: false, ms: 3, detail: { form: "CONNECT", status: 502, statusText: "Bad Gateway", words: "Upstream unreachable" } };
        const diagnosis = { verdict: "network" as const, summary: "The proxy failed.", causes: [], nextSteps: [], nextCommands: [], matched: [], site: [] };
        const failed = result({ ok: false, direct, steps: [refused], diagnosis, exitCode: 11 });
        const text = flat(renderProbeResult(failed));
        expect(text).toContain("proxy CONNECT 502 Bad Gateway: \"Upstream unreachable\"");
        // The layers the direct path went through, as it went: here the test's direct path has dns alone.
        expect(text).toContain("Through the proxy the connection fails at proxy; direct it works (dns; no credentials sent).");
    });
});

describe("the probe's proxy in Markdown", () => {
    it("lists the proxy among the facts", () => {
        const markdown = probeMarkdown(result({}), { zoweCli: "8.37.1", plugins: [], node: "v20.19.0", os: "Linux", daemon: false,
            logLevels: { imperative: "WARN (default)", app: "WARN (default)" } });
        expect(markdown).toMatch(/\| Proxy \| .{0,20}Through the proxy http:\/\/proxy\.example\.com:8080/);
    });

    it("repeats the failed call with curl through the same proxy, its credentials as placeholders", () => {
        const failure: IFailedCall = {
            time: null, client: "sdk", command: null, source: "http", status: 407, statusText: "Proxy Authentication Required",
            request: { method: "GET", ...target, resource: target.path }, service: "unknown", server: { message: null }, networkError: null,
            auth: { kind: "basic", allowUnauthorizedCert: false }, evidence: { kind: "probe", file: null },
            proxy: { host: "proxy.example.com", port: 8080, chosenBy: "environment", hop: "proxy", scheme: "http", credentialsFrom: "url" }
        };
        const markdown = probeMarkdown(result({ ok: false, failure, diagnosis: diagnose(failure) }), { zoweCli: "8.37.1", plugins: [],
            node: "v20.19.0", os: "Linux", daemon: false, logLevels: { imperative: "WARN (default)", app: "WARN (default)" } });
        expect(markdown).toContain("--proxy 'http://proxy.example.com:8080' --proxy-user '<proxy-user>:<proxy-password>'");
    });
});
