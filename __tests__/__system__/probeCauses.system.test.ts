/**
 * `zowe http-status probe` names the cause (issue 21), through the real Zowe CLI against the fake z/OSMF on
 * 127.0.0.1: certificates made at test time (a host the certificate does not name, an expired one, an untrusted
 * issuer), each with `zowe zosmf check status` failing the same way and last-error telling it; a JWT made at test time,
 * expired (not sent: the fake's request log holds no credentialed request) and not; the service's own reason and
 * action (API ML, IBM MQ), masked; and no secret in any output.
 */
import type { IProbeResult } from "../../src";
import type { IFailureReport } from "../../src/api/failure/doc/IFailedCall";
import type { FakeZosmf } from "../__servers__/fakeZosmf";
import { PROJECT_ROOT, createZoweHome, installPlugin, parseRfj, removeZoweHome, runZoweAsync, type IZoweRun } from "../__helpers__/ZoweCli";
import { type ITestCa, makeTestCa, makeTestJwt } from "../__helpers__/testCertificates";
import { expectNoCanary } from "../__helpers__/canaries";
import { withFakeZosmf } from "../__helpers__/withFakeZosmf";

const { apimlErrorBody, scenarios } = require("../__servers__/fakeZosmf.js");

const PASSWORD = "CausesCanaryPw-7731";
let home: string;
let siteCa: ITestCa;
let corpCa: ITestCa;
/** Every output of every run, searched for secrets at the end. */
const outputs: string[] = [];
/** Every token made, which no output may hold. */
const tokens: string[] = [];

beforeAll(() => {
    home = createZoweHome("probe-causes");
    installPlugin(PROJECT_ROOT, home);
    siteCa = makeTestCa("Test Site CA");
    corpCa = makeTestCa("Corp Inspection CA");
});

afterAll(() => {
    siteCa?.remove();
    corpCa?.remove();
    removeZoweHome(home);
});

/** Run zowe with the site CA trusted (as a site would with NODE_EXTRA_CA_CERTS), keeping the output for the secret search. */
async function zowe(args: string[]): Promise<IZoweRun> {
    const run = await runZoweAsync(args, home, { NODE_EXTRA_CA_CERTS: siteCa.certPath });
    outputs.push(run.stdout, run.stderr);
    return run;
}

const credentialed = (server: FakeZosmf) => server.requests.filter((request) => request.hasCredentials).length;
const connection = (host: string, server: FakeZosmf, rejectUnauthorized: boolean) => ["--host", host, "--port", String(server.port),
    "--user", "ibmuser", "--password", PASSWORD, "--protocol", server.protocol, "--reject-unauthorized", String(rejectUnauthorized)];

interface ICertificateCase {
    name: string;
    /** The key and certificate (chain) the server sends. */
    tls: () => { key: string; cert: string };
    /** The host the profile uses. */
    host: string;
    code: string;
    /** What the probe says failed, and the fix. */
    words: string;
    fix: string;
    /** What Zowe CLI itself says for the same settings. */
    zoweSays: RegExp;
    /** What last-error says from the log: the same words when the log holds them, else what to run. */
    logged: string;
    /** The subject of the server's certificate, and its names. */
    subject: string;
    names: string[];
}

const certificateCases: ICertificateCase[] = [
    {
        name: "a certificate for localhost only, probed as 127.0.0.1",
        tls: () => siteCa.issue("localhost", ["DNS:localhost"]), host: "127.0.0.1", code: "ERR_TLS_CERT_ALTNAME_INVALID",
        words: "the certificate names localhost; the profile uses 127.0.0.1", fix: "set host to localhost",
        zoweSays: /ERR_TLS_CERT_ALTNAME_INVALID|does not match certificate's altnames/,
        logged: "The certificate does not name 127.0.0.1, and the logged message does not list the names it does carry",
        subject: "localhost", names: ["localhost"]
    },
    {
        name: "a certificate for other names, reached as localhost",
        tls: () => siteCa.issue("lpar1.example.com", ["DNS:lpar1.example.com", "DNS:*.zos.example.com"]), host: "localhost",
        code: "ERR_TLS_CERT_ALTNAME_INVALID", words: "the certificate names lpar1.example.com and *.zos.example.com; the profile uses localhost",
        fix: "set host to lpar1.example.com", zoweSays: /ERR_TLS_CERT_ALTNAME_INVALID|does not match certificate's altnames/,
        logged: "The certificate names lpar1.example.com and *.zos.example.com; the profile uses localhost",
        subject: "lpar1.example.com", names: ["lpar1.example.com", "*.zos.example.com"]
    },
    {
        name: "an expired certificate",
        tls: () => siteCa.issue("127.0.0.1", ["IP:127.0.0.1", "DNS:localhost"], { from: "20250101000000Z", to: "20250201000000Z" }),
        host: "127.0.0.1", code: "CERT_HAS_EXPIRED", words: "the certificate of 127.0.0.1 expired on 2025-02-01",
        fix: "the server's certificate must be renewed", zoweSays: /CERT_HAS_EXPIRED|certificate has expired/,
        logged: "has expired (the log does not say when)", subject: "127.0.0.1", names: ["127.0.0.1", "localhost"]
    },
    {
        name: "a chain whose issuer is not trusted here",
        tls: () => {
            const leaf = corpCa.issue("127.0.0.1", ["IP:127.0.0.1"]);
            return { key: leaf.key, cert: `${leaf.cert}${corpCa.cert}` };
        },
        host: "127.0.0.1", code: "SELF_SIGNED_CERT_IN_CHAIN", words: "the certificate is issued by \"Corp Inspection CA\", not trusted here",
        fix: "add its CA certificate (PEM) to the file NODE_EXTRA_CA_CERTS names", zoweSays: /SELF_SIGNED_CERT_IN_CHAIN|self[- ]signed certificate in certificate chain/,
        logged: "is issued by a CA that is not trusted here", subject: "127.0.0.1", names: ["127.0.0.1"]
    }
];

describe.each(certificateCases)("$name", (certificateCase) => {
    let refused: IProbeResult;
    let refusedStatus: number | null;
    let text: string;
    let warned: IProbeResult;
    let warnedStatus: number | null;
    let checkStatus: IZoweRun;
    let lastError: IFailureReport;
    let sentWithCredentials: number;

    beforeAll(async () => {
        await withFakeZosmf({ protocol: "https", tls: certificateCase.tls() }, async (server) => {
            const probe = ["http-status", "probe", ...connection(certificateCase.host, server, true)];
            const json = parseRfj<IProbeResult>(probe, await zowe([...probe, "--rfj"]));
            refused = json.data;
            refusedStatus = json.status;
            text = (await zowe(probe)).stdout;
            sentWithCredentials = credentialed(server);
            const lenient = ["http-status", "probe", ...connection(certificateCase.host, server, false), "--rfj"];
            const relaxed = parseRfj<IProbeResult>(lenient, await zowe(lenient));
            warned = relaxed.data;
            warnedStatus = relaxed.status;
            checkStatus = await zowe(["zosmf", "check", "status", ...connection(certificateCase.host, server, true)]);
            const logged = ["http-status", "last-error", "--rfj"];
            lastError = parseRfj<IFailureReport>(logged, await zowe(logged)).data;
        });
    }, 120000);

    it("fails at tls with exit code 12, naming the check that failed and its fix, and sends no credentials", () => {
        const tls = refused.steps[refused.steps.length - 1];
        expect(tls).toMatchObject({ name: "tls", ok: false });
        expect(refusedStatus).toBe(12);
        expect(refused.exitCode).toBe(12);
        expect(refused.diagnosis?.verdict).toBe("tls");
        expect(refused.failure?.networkError?.code).toBe(certificateCase.code);
        expect(refused.failure?.networkError?.message).toContain(certificateCase.words);
        expect(refused.diagnosis?.nextSteps[0]).toContain(certificateCase.fix);
        expect(sentWithCredentials).toBe(0);
        expect(text).toContain("Verdict: tls (exit code 12)");
        expect(text.replace(/\s+/g, " ").toLowerCase()).toContain(certificateCase.words.toLowerCase());
        expect(text.replace(/\s+/g, " ")).toContain(certificateCase.fix);
    });

    it("reports the chain the server sent: subject, issuer, names, validity and fingerprint, in --rfj and text", () => {
        const chain = refused.steps.find((step) => step.name === "tls")?.detail.chain as Array<Record<string, unknown>>;
        expect(chain[0]).toMatchObject({ subject: certificateCase.subject, names: certificateCase.names });
        expect(chain[0].fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
        expect(typeof chain[0].validFrom).toBe("string");
        expect(typeof chain[0].validTo).toBe("string");
        expect(chain[0].issuer).toBe(certificateCase.code === "SELF_SIGNED_CERT_IN_CHAIN" ? "Corp Inspection CA" : "Test Site CA");
        expect(text).toContain("certificate 1: ");
        expect(text.replace(/\s+/g, "")).toContain(String(chain[0].fingerprint256));
    });

    it("still reads and reports it with --reject-unauthorized false, as a warning", () => {
        const tls = warned.steps.find((step) => step.name === "tls");
        expect(tls?.ok).toBe(true);
        expect(tls?.warning).toContain(certificateCase.code);
        expect(tls?.warning?.toLowerCase()).toContain(certificateCase.words.toLowerCase());
        expect(warnedStatus).toBe(0);
    });

    it("is the failure zowe zosmf check status meets under the same settings", () => {
        expect(checkStatus.status).toBe(1);
        expect(`${checkStatus.stdout}${checkStatus.stderr}`).toMatch(certificateCase.zoweSays);
    });

    it("is told by last-error from the log: the same words when the log holds them, and what to run", () => {
        expect(lastError.networkError?.code).toBe(certificateCase.code);
        expect(lastError.diagnosis.causes[0]).toContain(certificateCase.logged);
        expect(lastError.diagnosis.nextCommands[0].command).toBe("zowe http-status probe");
    });
});

describe("tokens", () => {
    const hour = 3600;
    const now = Math.floor(Date.now() / 1000);
    const rules = [{ path: "/ibmzosmf/api/v1/zosmf/info", body: { zosmf_version: "29", api_version: "1" } }];
    const tokenProbe = (server: FakeZosmf, token: string) => ["http-status", "probe", "--host", "127.0.0.1", "--port", String(server.port),
        "--protocol", "http", "--base-path", "ibmzosmf/api/v1", "--token-type", "apimlAuthenticationToken", "--token-value", token];

    it("does not send an expired API ML token: the auth layer fails with no request, exit 13, and says how to renew it", async () => {
        const token = makeTestJwt({ sub: "IBMUSER", iat: now - 11 * hour, exp: now - 3 * hour });
        tokens.push(token);
        await withFakeZosmf({ protocol: "http", rules }, async (server) => {
            const args = tokenProbe(server, token);
            const json = parseRfj<IProbeResult>(args, await zowe([...args, "--rfj"]));
            const text = (await zowe(args)).stdout;
            expect(json.status).toBe(13);
            expect(json.data.steps.map((step) => `${step.name}${step.ok ? "" : "!"}`)).toEqual(["dns", "tcp", "http", "auth!"]);
            expect(json.data.steps[3].detail).toMatchObject({ sent: false, tokenExpiry: { type: "apimlAuthenticationToken", expired: true } });
            expect(json.data.diagnosis?.verdict).toBe("authentication");
            expect(json.data.failure?.networkError?.message).toMatch(/expired at \S+, 3 hours ago: it was not sent/);
            expect(json.data.diagnosis?.nextCommands.map((next) => next.command)).toContain("zowe auth login apiml");
            expect(text).toContain("zowe auth login apiml");
            expect(text.replace(/\s+/g, " ")).toContain("Log in again for a new API ML token. In Zowe CLI, run zowe auth login apiml; " +
                "in Zowe Explorer, right-click the profile and choose \"Log in to Authentication Service\".");
            // Only the unauthenticated http layer reached the server, twice (--rfj, then text): no credentialed request.
            expect(server.requests).toHaveLength(2);
            expect(credentialed(server)).toBe(0);
        });
    });

    it("sends a token that has not expired, once, and reports its expiry without the token", async () => {
        const token = makeTestJwt({ sub: "IBMUSER", iat: now - hour, exp: now + 7 * hour });
        tokens.push(token);
        await withFakeZosmf({ protocol: "http", rules }, async (server) => {
            const args = [...tokenProbe(server, token), "--rfj"];
            const json = parseRfj<IProbeResult>(args, await zowe(args));
            expect(json.status).toBe(0);
            expect(json.data.steps[3].detail).toMatchObject({ tokenExpiry: { type: "apimlAuthenticationToken", expired: false } });
            expect(credentialed(server)).toBe(1);
        });
    });
});

describe("the service's own words", () => {
    it("shows API ML's reason and action, marked as the gateway's, and names the gateway as the server that answered", async () => {
        await withFakeZosmf({ protocol: "https", rules: scenarios.apiml503 }, async (server) => {
            const args = ["http-status", "probe", ...connection("127.0.0.1", server, false), "--base-path", "ibmzosmf/api/v1"];
            const json = parseRfj<IProbeResult>(args, await zowe([...args, "--rfj"]));
            const text = (await zowe(args)).stdout;
            expect(json.status).toBe(17);
            expect(json.data.failure?.server.words).toEqual({
                messageId: "ZWEAO503E",
                reason: "The service is not ready to handle the request, it is being initialized or waiting for another service to start.",
                action: "Repeat the request later. Please contact support for further assistance."
            });
            expect(text).toContain("In API ML gateway's own words (from its answer, not this plug-in's advice):");
            expect(text).toMatch(/Reason: +The service is not ready/);
            expect(text).toMatch(/Action: +Repeat the request later/);
            expect(text).toMatch(/FAIL http +503 from API ML gateway/);
            expect(text).not.toMatch(/503 from z\/OSMF/);
        });
    });

    it("masks secrets in the service's words", async () => {
        const jwt = makeTestJwt({ sub: "IBMUSER", exp: 1 });
        tokens.push(jwt);
        const body = apimlErrorBody({
            messageNumber: "ZWEAT413E", messageContent: "The request was refused.",
            messageReason: `The password ${PASSWORD} was sent as Authorization: Bearer ${jwt}`, messageAction: `Log in again; cookie apimlAuthenticationToken=${jwt}`
        });
        await withFakeZosmf({ protocol: "http", rules: [{ path: "/ibmzosmf/", status: 500, body }] }, async (server) => {
            const args = ["http-status", "probe", ...connection("127.0.0.1", server, false), "--base-path", "ibmzosmf/api/v1"];
            const json = parseRfj<IProbeResult>(args, await zowe([...args, "--rfj"]));
            expect(json.data.failure?.server.words?.reason).toMatch(/^The password \*{4} was sent as Authorization: \*{4}/);
            expect(json.data.failure?.server.words?.action).toBe("Log in again; cookie apimlAuthenticationToken=****");
            expect((await zowe(args)).stdout).toMatch(/Reason: +The password \*{4}/);
        });
    });

    it("shows IBM MQ's explanation and action", async () => {
        await withFakeZosmf({ protocol: "http", rules: scenarios["mq-qmgr-down"] }, async (server) => {
            const args = ["http-status", "probe", ...connection("127.0.0.1", server, false), "--path", "/ibmmq/rest/v2/admin/qmgr/QM1"];
            const run = await zowe(args);
            expect(run.status).toBe(17);
            expect(run.stdout).toMatch(/FAIL http +503 from IBM MQ REST API/);
            expect(run.stdout).toContain("In IBM MQ REST API's own words");
            expect(run.stdout).toMatch(/Reason: +The queue manager or destination might not be created or active\./);
            expect(run.stdout).toMatch(/Action: +Resubmit the request, correcting any issues\./);
        });
    });

    it("shows them in last-error too, and last-error --exit-code gives the class while plain last-error still exits 0", async () => {
        await withFakeZosmf({ protocol: "https", rules: scenarios.apiml503 }, async (server) => {
            const failed = await zowe(["zos-files", "list", "data-set", "IBMUSER.*", ...connection("127.0.0.1", server, false),
                "--base-path", "ibmzosmf/api/v1"]);
            expect(failed.status).toBe(1);
        });
        const report = await zowe(["http-status", "last-error"]);
        expect(report.status).toBe(0);
        expect(report.stdout).toContain("In API ML gateway's own words");
        expect(report.stdout).toMatch(/Action: +Repeat the request later/);
        expect((await zowe(["http-status", "last-error", "--exit-code"])).status).toBe(17);
        const json = parseRfj<IFailureReport>(["last-error"], await zowe(["http-status", "last-error", "--exit-code", "--rfj"]));
        expect(json.exitCode).toBe(17);
        expect(json.data.server.words?.messageId).toBe("ZWEAO503E");
    });
});

afterAll(() => {
    const all = outputs.join("\n");
    expect(all).not.toContain(PASSWORD);
    for (const token of tokens) {
        expect(all).not.toContain(token.split(".")[2]);
        expect(all).not.toContain(token);
    }
    expectNoCanary(all);
});
