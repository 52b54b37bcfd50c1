/**
 * `zowe http-status probe` behind a corporate proxy: a CONNECT proxy on 127.0.0.1 that alone knows the z/OS host name
 * `zos.internal.example` (mapped to the fake z/OSMF). Every case runs the probe (--rfj and text) and then the real
 * `zowe zosmf check status` with the same options under the same environment, and asserts that both take the same
 * path and succeed or fail the same way. DNS is faked in every zowe process (fakeDnsPreload.js): the internal name
 * fails as an unknown name does, and each lookup of it is logged, so no test ever sends a real DNS query for it.
 */
import * as fs from "fs";
import * as path from "path";
import type { IFailureReport, IProbeResult } from "../../src";
import { PROJECT_ROOT, createZoweHome, installPlugin, parseRfj, removeZoweHome, runZoweAsync } from "../__helpers__/ZoweCli";

const { startFakeZosmf } = require("../__servers__/fakeZosmf.js");
const { startFakeProxy, makeProxyCertificates } = require("../__servers__/fakeProxy.js");

const INTERNAL_HOST = "zos.internal.example";
const PASSWORD = "ProxyCaseZosPw-7731";
const PROXY_USER = "pxuser";
/** The proxy password, with a character that must be URL-encoded in the proxy URL. */
const PROXY_PASSWORD = "PxCanary-Pw@5";
const PRELOAD = path.join(PROJECT_ROOT, "__tests__", "__fixtures__", "fakeDnsPreload.js");

let home: string;
/** The throw-away CA of the TLS-inspecting (and the https://) proxy, and its leaf for the internal name and 127.0.0.1. */
let proxyCertificates: { caCertPath: string; caName: string; key: string; cert: string; remove: () => void };

/** Text with its line wrapping undone. */
function flat(text: string): string {
    return text.replace(/\s+/g, " ");
}

beforeAll(() => {
    home = createZoweHome("probe-proxy");
    installPlugin(PROJECT_ROOT, home);
    proxyCertificates = makeProxyCertificates([INTERNAL_HOST]);
});

afterAll(() => {
    removeZoweHome(home);
    proxyCertificates?.remove();
});

interface IProxyCase {
    name: string;
    /** The host the profile names. */
    host: string;
    /** The target's protocol (default https, through HTTPS_PROXY; http goes through HTTP_PROXY in the plain-proxy form). */
    protocol?: "http" | "https";
    /** What the proxy knows and demands. */
    proxy: {
        hosts?: Record<string, string>; credentials?: boolean; answer?: { status: number; text: string }; stopped?: boolean;
        /** The proxy speaks TLS on its own port: the proxy URL is https://. */
        tls?: boolean;
        /** The proxy inspects TLS: it ends the tunnelled TLS with its own CA's certificate. */
        intercept?: boolean;
    };
    /** --reject-unauthorized (default false). */
    rejectUnauthorized?: boolean;
    /** NODE_EXTRA_CA_CERTS points at the proxy's CA. */
    trustProxyCa?: boolean;
    /** Put the proxy credentials in HTTPS_PROXY. */
    credentialsInUrl?: boolean;
    noProxy?: string;
    direct?: boolean;
    /** The layer that fails, or null when every layer passes. */
    failsAt: string | null;
    verdict?: string;
    /** Knowledge that must have matched. */
    matched?: string;
    /** Knowledge last-error must match on zowe's logged failure, when not `matched` (a log does not tell which hop failed). */
    lastErrorMatched?: string;
    credentialedRequests: number;
    /** How many requests (CONNECT, or absolute-URI for http) the proxy must have seen in one probe run. */
    proxyRequests: number;
    /** Whether the probe looked the internal name up (only the direct path does). */
    looksUpInternalName: boolean;
    /** How `zowe zosmf check status` ends: exit 0, or exit 1 with this HTTP status or this text in the error. */
    zowe: { ok: true } | { errorCode: number } | { errorText: string };
}

const mapped = { [INTERNAL_HOST]: "127.0.0.1" };
const cases: IProxyCase[] = [
    { name: "a name only the proxy resolves", host: INTERNAL_HOST, proxy: { hosts: mapped }, failsAt: null, credentialedRequests: 1, proxyRequests: 3,
        looksUpInternalName: false, zowe: { ok: true } },
    { name: "a proxy that wants credentials, given none", host: INTERNAL_HOST, proxy: { hosts: mapped, credentials: true }, failsAt: "proxy",
        verdict: "authentication", matched: "proxy-407", credentialedRequests: 0, proxyRequests: 1, looksUpInternalName: false, zowe: { errorCode: 407 } },
    { name: "a proxy that wants credentials, given in the proxy URL", host: INTERNAL_HOST, proxy: { hosts: mapped, credentials: true },
        credentialsInUrl: true, failsAt: null, credentialedRequests: 1, proxyRequests: 3, looksUpInternalName: false, zowe: { ok: true } },
    { name: "NO_PROXY listing the host", host: INTERNAL_HOST, proxy: { hosts: mapped }, noProxy: `localhost, ${INTERNAL_HOST}`, failsAt: "dns",
        verdict: "network", matched: "ENOTFOUND", credentialedRequests: 0, proxyRequests: 0, looksUpInternalName: true, zowe: { errorText: "ENOTFOUND" } },
    { name: "a proxy that is not running", host: INTERNAL_HOST, proxy: { hosts: mapped, stopped: true }, failsAt: "tcp", verdict: "client-config",
        matched: "proxy-unreachable", credentialedRequests: 0, proxyRequests: 0, looksUpInternalName: false, zowe: { errorText: "ECONNREFUSED" } },
    { name: "a proxy that refuses the host and port (403)", host: INTERNAL_HOST,
        proxy: { hosts: mapped, answer: { status: 403, text: "Destination port not allowed by policy" } }, failsAt: "proxy", verdict: "network",
        matched: "proxy-403", credentialedRequests: 0, proxyRequests: 1, looksUpInternalName: false, zowe: { errorCode: 403 } },
    { name: "the plain-proxy form for an http target", protocol: "http", host: INTERNAL_HOST, proxy: { hosts: mapped }, failsAt: null,
        credentialedRequests: 1, proxyRequests: 2, looksUpInternalName: false, zowe: { ok: true } },
    { name: "the plain-proxy form for an http target, without the credentials the proxy wants", protocol: "http", host: INTERNAL_HOST,
        proxy: { hosts: mapped, credentials: true }, failsAt: "proxy", verdict: "authentication", matched: "proxy-407", credentialedRequests: 0,
        proxyRequests: 1, looksUpInternalName: false, zowe: { errorCode: 407 } },
    { name: "a proxy that cannot reach the host (502)", host: INTERNAL_HOST, proxy: { hosts: {} }, failsAt: "proxy", verdict: "network",
        matched: "proxy-502-504", credentialedRequests: 0, proxyRequests: 1, looksUpInternalName: false, zowe: { errorCode: 502 } },
    { name: "a failing proxy with --direct, where the host is reachable direct", host: "127.0.0.1",
        proxy: { answer: { status: 502, text: "<html><title>Bad Gateway</title><body>Upstream unreachable</body></html>" } }, direct: true,
        failsAt: "proxy", verdict: "network", matched: "proxy-502-504", credentialedRequests: 0, proxyRequests: 1, looksUpInternalName: false,
        zowe: { errorCode: 502 } },
    { name: "a TLS-inspecting proxy whose CA Node does not trust", host: INTERNAL_HOST, proxy: { hosts: mapped, intercept: true, credentials: true },
        credentialsInUrl: true, rejectUnauthorized: true, failsAt: "tls", verdict: "tls", matched: "proxy-tls-interception", credentialedRequests: 0, proxyRequests: 1,
        looksUpInternalName: false, zowe: { errorText: "SELF_SIGNED_CERT_IN_CHAIN" } },
    { name: "a TLS-inspecting proxy whose CA NODE_EXTRA_CA_CERTS adds", host: INTERNAL_HOST, proxy: { hosts: mapped, intercept: true },
        rejectUnauthorized: true, trustProxyCa: true, failsAt: null, credentialedRequests: 1, proxyRequests: 3, looksUpInternalName: false,
        zowe: { ok: true } },
    { name: "an https:// proxy URL (TLS to the proxy, certificate checking off)", host: INTERNAL_HOST, proxy: { hosts: mapped, tls: true },
        failsAt: null, credentialedRequests: 1, proxyRequests: 3, looksUpInternalName: false, zowe: { ok: true } },
    { name: "an https:// proxy URL whose certificate Node does not trust", host: INTERNAL_HOST, proxy: { hosts: mapped, tls: true },
        rejectUnauthorized: true, failsAt: "proxy", verdict: "tls", matched: "proxy-tls-certificate", lastErrorMatched: "proxy-tls-interception",
        credentialedRequests: 0, proxyRequests: 0, looksUpInternalName: false, zowe: { errorText: "SELF_SIGNED_CERT_IN_CHAIN" } },
    // Zowe's agent for an http target (http-proxy-agent) checks a TLS proxy's certificate whatever --reject-unauthorized says.
    { name: "an https:// proxy URL for an http target, certificate checking off", protocol: "http", host: INTERNAL_HOST,
        proxy: { hosts: mapped, tls: true }, failsAt: "proxy", verdict: "tls", matched: "proxy-tls-certificate",
        lastErrorMatched: "proxy-tls-interception", credentialedRequests: 0, proxyRequests: 0, looksUpInternalName: false,
        zowe: { errorText: "SELF_SIGNED_CERT_IN_CHAIN" } },
    { name: "an https:// proxy URL for an http target, its CA in NODE_EXTRA_CA_CERTS", protocol: "http", host: INTERNAL_HOST,
        proxy: { hosts: mapped, tls: true }, trustProxyCa: true, failsAt: null, credentialedRequests: 1, proxyRequests: 2,
        looksUpInternalName: false, zowe: { ok: true } }
];

describe.each(cases)("probing through $name", (proxyCase) => {
    let result: IProbeResult;
    let status: number | null;
    let text: string;
    let outputs: string;
    let credentialed: number[];
    let connects: number[];
    let lookups: string[];
    let zowe: { status: number | null; rfj: any };
    let proxyPort: number;
    let lastError: IFailureReport | undefined;
    let lastErrorOutput: string;
    const proxyScheme = proxyCase.proxy.tls ? "https" : "http";

    beforeAll(async () => {
        const protocol = proxyCase.protocol ?? "https";
        const variable = protocol === "https" ? "HTTPS_PROXY" : "HTTP_PROXY";
        const server = await startFakeZosmf({ protocol, lifetimeMs: 90000 });
        const tlsIdentity = { key: proxyCertificates.key, cert: proxyCertificates.cert };
        const proxy = await startFakeProxy({
            hosts: proxyCase.proxy.hosts, answer: proxyCase.proxy.answer, lifetimeMs: 90000,
            tls: proxyCase.proxy.tls ? tlsIdentity : undefined, intercept: proxyCase.proxy.intercept ? tlsIdentity : undefined,
            credentials: proxyCase.proxy.credentials ? { user: PROXY_USER, password: PROXY_PASSWORD } : undefined
        });
        proxyPort = proxy.port;
        if (proxyCase.proxy.stopped) {
            await proxy.close();
        }
        const dnsLog = path.join(home, `dns-${proxy.port}.log`);
        const userInfo = proxyCase.credentialsInUrl ? `${PROXY_USER}:${encodeURIComponent(PROXY_PASSWORD)}@` : "";
        const env = {
            HTTPS_PROXY: undefined, https_proxy: undefined, HTTP_PROXY: undefined, http_proxy: undefined,
            [variable]: `${proxyScheme}://${userInfo}127.0.0.1:${proxy.port}`,
            NODE_EXTRA_CA_CERTS: proxyCase.trustProxyCa ? proxyCertificates.caCertPath : undefined,
            NO_PROXY: proxyCase.noProxy, no_proxy: undefined,
            // Quoted: NODE_OPTIONS splits on spaces, and a checkout path may hold one.
            NODE_OPTIONS: `--require ${JSON.stringify(PRELOAD)}`, HS_FAKE_UNKNOWN_HOSTS: `${INTERNAL_HOST}, no-such-host.invalid`, HS_FAKE_DNS_LOG: dnsLog
        };
        const connection = ["--host", proxyCase.host, "--port", String(server.port), "--user", "ibmuser", "--password", PASSWORD,
            "--protocol", protocol, "--reject-unauthorized", String(proxyCase.rejectUnauthorized ?? false)];
        const args = ["http-status", "probe", ...connection, "--timeout", "5", ...(proxyCase.direct ? ["--direct"] : [])];
        const countCredentialed = () => server.requests.filter((request: { hasCredentials: boolean }) => request.hasCredentials).length;
        const countConnects = () => proxy.requests.length;
        try {
            const jsonRun = await runZoweAsync([...args, "--rfj"], home, env);
            const json = parseRfj<IProbeResult>(args, jsonRun);
            const [credentialedFirst, connectsFirst] = [countCredentialed(), countConnects()];
            result = json.data;
            status = json.status;
            const textRun = await runZoweAsync(args, home, env);
            text = textRun.stdout;
            credentialed = [credentialedFirst, countCredentialed() - credentialedFirst];
            connects = [connectsFirst, countConnects() - connectsFirst];
            lookups = fs.existsSync(dnsLog) ? fs.readFileSync(dnsLog, "utf8").split("\n").filter(Boolean) : [];
            const check = ["zosmf", "check", "status", ...connection];
            const zoweRun = await runZoweAsync([...check, "--rfj"], home, env);
            zowe = { status: zoweRun.status, rfj: parseRfj(check, zoweRun) };
            // What last-error makes of the failure zowe just logged (a success leaves the previous one: not read then).
            const lastErrorArgs = ["http-status", "last-error"];
            const lastErrorRun = zoweRun.status === 0 ? undefined : await runZoweAsync([...lastErrorArgs, "--rfj"], home);
            const lastErrorText = zoweRun.status === 0 ? undefined : await runZoweAsync(lastErrorArgs, home);
            lastError = lastErrorRun == null ? undefined : parseRfj<IFailureReport>(lastErrorArgs, lastErrorRun).data;
            outputs = [jsonRun.stdout, jsonRun.stderr, textRun.stdout, textRun.stderr, lastErrorRun?.stdout, lastErrorRun?.stderr,
                lastErrorText?.stdout, lastErrorText?.stderr].join("\n");
            lastErrorOutput = lastErrorText?.stdout ?? "";
        } finally {
            await proxy.close();
            await server.close();
        }
    });

    it("stops at the layer that fails, with the documented exit code", () => {
        const names = result.steps.map((step) => step.name);
        expect(result.steps.find((step) => !step.ok)?.name ?? null).toBe(proxyCase.failsAt);
        expect(names[names.length - 1]).toBe(proxyCase.failsAt ?? "auth");
        expect(names.includes("proxy")).toBe(proxyCase.noProxy == null && proxyCase.failsAt !== "tcp");
        expect(result.ok).toBe(proxyCase.failsAt == null);
        expect(status).toBe(proxyCase.failsAt == null ? 0 : result.exitCode);
        expect(result.exitCode === 0 || (result.exitCode >= 10 && result.exitCode <= 19)).toBe(true);
        expect(text).toMatch(new RegExp(`\\n {2}(ok|WARN|FAIL) +${proxyCase.failsAt ?? "auth"} `));
    });

    it("names the proxy and who chose it, without its credentials", () => {
        expect(result.proxy).toEqual({
            url: `${proxyScheme}://127.0.0.1:${proxyPort}`, host: "127.0.0.1", port: proxyPort, chosenBy: "environment",
            variable: proxyCase.protocol === "http" ? "HTTP_PROXY" : "HTTPS_PROXY",
            credentials: proxyCase.credentialsInUrl ? "url" : "none", bypassed: proxyCase.noProxy != null
        });
        expect(flat(text)).toContain(proxyCase.noProxy == null ? `Through the proxy ${proxyScheme}://127.0.0.1:${proxyPort} (from ${result.proxy?.variable}` :
            `Direct: NO_PROXY lists the host, so Zowe does not use the proxy ${proxyScheme}://127.0.0.1:${proxyPort}`);
    });

    it("goes where Zowe goes: the proxy's dns and tcp, and never a lookup of the internal name unless direct", () => {
        expect(connects).toEqual([proxyCase.proxyRequests, proxyCase.proxyRequests]);
        expect(lookups.some((line) => line.startsWith(INTERNAL_HOST))).toBe(proxyCase.looksUpInternalName);
        if (proxyCase.noProxy == null) {
            expect(result.steps[0].detail).toMatchObject({ host: "127.0.0.1", proxy: true });
            expect(result.steps[1].detail).toMatchObject({ port: proxyPort, proxy: true });
        }
    });

    it("diagnoses the failing hop", () => {
        if (proxyCase.failsAt == null) {
            expect(result.diagnosis).toBeUndefined();
            expect(text).toContain("Every layer of the connection works.");
            return;
        }
        expect(result.diagnosis?.verdict).toBe(proxyCase.verdict);
        expect(result.diagnosis?.matched).toContain(proxyCase.matched);
        expect(text).toContain(`Verdict: ${proxyCase.verdict}`);
        if (proxyCase.failsAt === "proxy") {
            expect(result.failure).toMatchObject({ status: zoweErrorCode() ?? null, proxy: { host: "127.0.0.1", port: proxyPort, hop: "proxy" } });
            if (zoweErrorCode() != null) {
                expect(flat(text)).toContain(`The proxy 127.0.0.1:${proxyPort} answered GET ${proxyCase.protocol ?? "https"}://${proxyCase.host}:`);
            }
        }
    });

    it("sends at most one request with credentials, and none when the path is broken", () => {
        expect(credentialed).toEqual([proxyCase.credentialedRequests, proxyCase.credentialedRequests]);
    });

    it("agrees with zowe zosmf check status under the same environment", () => {
        const expected = proxyCase.zowe;
        if ("ok" in expected) {
            expect(zowe.status).toBe(0);
            expect(result.ok).toBe(true);
        } else {
            expect(zowe.status).toBe(1);
            expect(result.ok).toBe(false);
            if ("errorCode" in expected) {
                expect(zowe.rfj.error.errorCode).toBe(expected.errorCode);
                expect(result.failure?.status).toBe(expected.errorCode);
            } else {
                expect(JSON.stringify(zowe.rfj.error)).toContain(expected.errorText);
                expect(result.failure?.networkError?.code).toBe(expected.errorText);
            }
        }
    });

    it("shows neither the z/OS password nor the proxy credentials", () => {
        const basic = Buffer.from(`${PROXY_USER}:${PROXY_PASSWORD}`).toString("base64");
        for (const secret of [PASSWORD, PROXY_PASSWORD, encodeURIComponent(PROXY_PASSWORD), basic]) {
            expect(outputs).not.toContain(secret);
        }
    });

    if (!("ok" in proxyCase.zowe) && proxyCase.noProxy == null) {
        it("last-error reads zowe's failure through the proxy with the same proxy knowledge", () => {
            // last-error masks every logged variable's value: HS_FAKE_UNKNOWN_HOSTS lists two names, so it is not the host itself.
            expect(lastError).toMatchObject({
                status: zoweErrorCode() ?? null, request: { host: proxyCase.host }, proxy: { host: "127.0.0.1", port: proxyPort }
            });
            expect(lastError?.diagnosis.matched).toContain(proxyCase.lastErrorMatched ?? proxyCase.matched);
            expect(lastError?.diagnosis.verdict).toBe(proxyCase.verdict);
            expect(flat(lastErrorOutput)).toContain(`Proxy: 127.0.0.1:${proxyPort} (from the environment)`);
            // The curl line goes through the same proxy, with placeholders when the proxy URL held credentials.
            expect(lastErrorOutput).toContain(`--proxy '${proxyScheme}://127.0.0.1:${proxyPort}'`);
            expect(lastErrorOutput.includes("--proxy-user '<proxy-user>:<proxy-password>'")).toBe(proxyCase.credentialsInUrl === true);
        });
    }

    if (proxyCase.proxy.intercept) {
        it("reads the certificate the proxy presents: issued by the proxy's own CA", () => {
            const tlsStep = result.steps.find((step) => step.name === "tls");
            expect(tlsStep?.detail).toMatchObject({ issuer: proxyCertificates.caName, trusted: proxyCase.trustProxyCa === true });
            expect(flat(text)).toContain(`issuer ${proxyCertificates.caName}`);
            if (proxyCase.failsAt === "tls") {
                expect(result.failure?.networkError?.message).toContain(`issued by "${proxyCertificates.caName}"`);
                expect(result.failure?.proxy).toMatchObject({ hop: "target", scheme: "http", credentialsFrom: proxyCase.credentialsInUrl ? "url" : "none" });
            }
        });
    }

    if (proxyCase.direct) {
        it("with --direct, tries the direct path without credentials and says which path works", () => {
            expect(result.direct?.ok).toBe(true);
            expect(result.direct?.steps.map((step) => step.name)).toEqual(["dns", "tcp", "tls", "http"]);
            expect(flat(text)).toContain("Through the proxy the connection fails at proxy; direct it works");
            expect(flat(text)).toContain("Upstream unreachable");
            expect(flat(text)).toContain("direct it works (dns, tcp, tls, http; no credentials sent)");
        });

        it("does not offer probe --direct again once --direct was given", () => {
            expect(result.diagnosis?.nextCommands.some((next) => /^zowe http-status probe\b.*--direct/.test(next.command))).toBe(false);
            expect(text).not.toMatch(/^ {2}zowe http-status probe.*--direct/m);
        });
    }

    /** The HTTP status zowe reported, for the proxy's refusals. */
    function zoweErrorCode(): number | undefined {
        return "errorCode" in proxyCase.zowe ? proxyCase.zowe.errorCode : undefined;
    }
});
