/**
 * `zowe http-status probe` against the project's fake z/OSMF on 127.0.0.1: which layer fails, the verdict, the exit
 * code, and that no run sends more than one request with credentials (none when an earlier layer already failed).
 */
import * as fs from "fs";
import * as path from "path";
import type { IProbeResult } from "../../src";
import type { FakeZosmfRule } from "../__servers__/fakeZosmf";
import { PROJECT_ROOT, createZoweHome, installPlugin, parseRfj, removeZoweHome, runZoweAsync } from "../__helpers__/ZoweCli";

const { scenarios, startFakeZosmf, zosmfErrorBody } = require("../__servers__/fakeZosmf.js");

const PASSWORD = "ProbeCanaryPw-4410";
let home: string;

beforeAll(() => {
    home = createZoweHome("probe");
    installPlugin(PROJECT_ROOT, home);
});

afterAll(() => removeZoweHome(home));

interface IProbeCase {
    name: string;
    protocol: "http" | "https";
    rules?: FakeZosmfRule[];
    args?: string[];
    refused?: boolean;
    /** The layer that fails, or null when all pass. */
    failsAt: string | null;
    verdict?: string;
    /** How many requests may carry credentials. */
    credentialedRequests: number;
}

const cases: IProbeCase[] = [
    { name: "a healthy server", protocol: "http", failsAt: null, credentialedRequests: 1 },
    { name: "a refused port", protocol: "http", refused: true, failsAt: "tcp", verdict: "client-config", credentialedRequests: 0 },
    { name: "a self-signed certificate with checking on", protocol: "https", args: ["--reject-unauthorized", "true"], failsAt: "tls", verdict: "tls",
        credentialedRequests: 0 },
    { name: "a self-signed certificate with checking off", protocol: "https", failsAt: null, credentialedRequests: 1 },
    { name: "401 on the authenticated request", protocol: "https", failsAt: "auth", verdict: "authentication", credentialedRequests: 1,
        rules: [{ path: "/zosmf/info", withCredentials: true, status: 401, body: "", headers: { "WWW-Authenticate": "Basic realm=\"SAFRealm\"" } }] },
    { name: "403 on the authenticated request", protocol: "http", failsAt: "auth", verdict: "authorization", credentialedRequests: 1,
        rules: [{ path: "/zosmf/info", withCredentials: true, status: 403,
            body: zosmfErrorBody({ category: 1, rc: 8, reason: 3, message: "IZUG403E: The user IBMUSER is not authorized to the z/OSMF REST services." }) }] },
    { name: "an API ML 503", protocol: "https", args: ["--base-path", "ibmzosmf/api/v1"], rules: scenarios.apiml503, failsAt: "http",
        verdict: "server-unavailable", credentialedRequests: 0 },
    { name: "a Liberty 404 for a wrong path", protocol: "http", args: ["--path", "/zosmfx/info"], failsAt: "http", verdict: "client-config",
        credentialedRequests: 0 },
    { name: "a server that never answers", protocol: "http", args: ["--timeout", "2"], rules: [{ path: "/zosmf/info", hang: true }],
        failsAt: "http", verdict: "timeout", credentialedRequests: 0 }
];

describe.each(cases)("probing $name", (probeCase) => {
    let result: IProbeResult;
    let status: number | null;
    let text: string;
    /** Requests with credentials sent by each of the two runs (--rfj, then text). */
    let credentialed: number[];

    beforeAll(async () => {
        const server = await startFakeZosmf({ protocol: probeCase.protocol, rules: probeCase.rules ?? [], lifetimeMs: 60000 });
        try {
            const args = ["http-status", "probe", "--host", "127.0.0.1", "--port", String(probeCase.refused ? 9 : server.port),
                "--user", "ibmuser", "--password", PASSWORD, "--protocol", probeCase.protocol, "--reject-unauthorized", "false",
                ...(probeCase.args ?? [])];
            const countCredentialed = () => server.requests.filter((request: { hasCredentials: boolean }) => request.hasCredentials).length;
            const json = parseRfj<IProbeResult>(args, await runZoweAsync([...args, "--rfj"], home));
            const afterFirstRun = countCredentialed();
            result = json.data;
            status = json.status;
            text = (await runZoweAsync(args, home)).stdout;
            credentialed = [afterFirstRun, countCredentialed() - afterFirstRun];
        } finally {
            await server.close();
        }
    });

    it("stops at the layer that fails, with the documented exit code", () => {
        const failed = result.steps.find((step) => !step.ok);
        expect(failed?.name ?? null).toBe(probeCase.failsAt);
        expect(result.steps[result.steps.length - 1].name).toBe(probeCase.failsAt ?? "auth");
        expect(result.ok).toBe(probeCase.failsAt == null);
        // The documented exit code of each verdict class (README, probe --help).
        const classes: Record<string, number> = { "client-config": 10, "tls": 12, "authentication": 13, "authorization": 14,
            "server-unavailable": 17, "timeout": 18 };
        expect(status).toBe(probeCase.failsAt == null ? 0 : classes[probeCase.verdict!]);
        expect(result.target).toMatchObject({ host: "127.0.0.1", protocol: probeCase.protocol });
    });

    it("diagnoses the failing layer", () => {
        if (probeCase.failsAt == null) {
            expect(result.diagnosis).toBeUndefined();
            expect(text).toContain("Every layer of the connection works.");
        } else {
            expect(result.diagnosis?.verdict).toBe(probeCase.verdict);
            expect(result.failure?.request.host).toBe("127.0.0.1");
            expect(text).toContain(`Verdict: ${probeCase.verdict}`);
        }
        expect(text).toMatch(new RegExp(`\\n {2}(ok|WARN|FAIL) +${probeCase.failsAt ?? "auth"} `));
    });

    it("sends at most one request with credentials, and none when an earlier layer failed", () => {
        expect(credentialed).toEqual([probeCase.credentialedRequests, probeCase.credentialedRequests]);
    });

    it("shows no secret", () => {
        expect(JSON.stringify(result)).not.toContain(PASSWORD);
        expect(text).not.toContain(PASSWORD);
    });
});

it("reports the certificate even when checking is off, as a warning", async () => {
    const server = await startFakeZosmf({ protocol: "https", lifetimeMs: 60000 });
    try {
        const args = ["http-status", "probe", "--host", "127.0.0.1", "--port", String(server.port), "--user", "ibmuser", "--password", PASSWORD,
            "--reject-unauthorized", "false", "--rfj"];
        const tls = parseRfj<IProbeResult>(args, await runZoweAsync(args, home)).data.steps.find((step) => step.name === "tls");
        expect(tls).toMatchObject({ ok: true, detail: { subject: "127.0.0.1", selfSigned: true, trusted: false, hostnameMatches: true } });
        expect(tls?.warning).toContain("DEPTH_ZERO_SELF_SIGNED_CERT");
        expect(typeof tls?.detail.daysLeft).toBe("number");
    } finally {
        await server.close();
    }
});

it("probes through a team config profile", async () => {
    const server = await startFakeZosmf({ protocol: "http", lifetimeMs: 60000 });
    try {
        fs.writeFileSync(path.join(home, "zowe.config.json"), JSON.stringify({
            $schema: "./zowe.schema.json",
            profiles: {
                lpar1: {
                    type: "zosmf",
                    properties: { host: "127.0.0.1", port: server.port, protocol: "http", rejectUnauthorized: false, user: "ibmuser", password: PASSWORD },
                    secure: []
                }
            },
            defaults: { zosmf: "lpar1" },
            autoStore: false
        }, null, 2));
        const args = ["http-status", "probe", "--zosmf-profile", "lpar1", "--rfj"];
        const json = parseRfj<IProbeResult>(args, await runZoweAsync(args, home));
        expect(json.status).toBe(0);
        expect(json.data).toMatchObject({ ok: true, target: { host: "127.0.0.1", port: server.port, protocol: "http", path: "/zosmf/info" } });
        expect(server.requests.filter((request: { hasCredentials: boolean }) => request.hasCredentials)).toHaveLength(1);
        expect(JSON.stringify(json)).not.toContain(PASSWORD);
    } finally {
        fs.rmSync(path.join(home, "zowe.config.json"), { force: true });
        await server.close();
    }
});

it("refuses a bad --timeout with one line and exit 1", async () => {
    const run = await runZoweAsync(["http-status", "probe", "--host", "127.0.0.1", "--port", "9", "--user", "u", "--password", "p", "--timeout", "0"], home);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("--timeout takes a number of seconds from 0.1 to 600");
});
