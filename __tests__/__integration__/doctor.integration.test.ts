/**
 * `zowe http-status doctor`, run for real: the plug-in installed into a temporary ZOWE_CLI_HOME of the pinned Zowe CLI,
 * whose team configuration and environment each test makes wrong in one way the issue lists. Each test asserts the
 * state and fix of the check concerned, the exit code, and that no planted secret appears in any output.
 */
import * as fs from "fs";
import * as path from "path";
import type { IDoctorFinding, IDoctorReport } from "../../src";
import { expectNoCanary } from "../__helpers__/canaries";
import {
    PROJECT_ROOT, createZoweHome, daemonEnvironment, enableDaemon, hasStackTrace, installPlugin, removeZoweHome, runZowe, runZoweJson, stopDaemon
} from "../__helpers__/ZoweCli";
import type { IZoweRun } from "../__helpers__/ZoweCli";
import { spawnSync } from "child_process";

let home: string;

const CANARY_PASSWORD = "DoctorCanaryPw-31";
const CANARY_PROXY_PASSWORD = "DoctorProxyPw-77";

/** A JWT made now, expiring `seconds` from now (negative: already expired), its signature a canary. */
function jwt(seconds: number): string {
    const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString("base64url");
    return `${part({ alg: "RS256", typ: "JWT" })}.${part({ sub: "IBMUSER", exp: Math.floor(Date.now() / 1000) + seconds })}.` +
        "RG9jdG9yQ2FuYXJ5U2lnbmF0dXJl";
}

/** The environment every run starts from: none of this machine's proxy, CA or Zowe variables. */
const CLEAN_ENV: Record<string, string | undefined> = {
    HTTPS_PROXY: undefined, https_proxy: undefined, HTTP_PROXY: undefined, http_proxy: undefined, NO_PROXY: undefined, no_proxy: undefined,
    NODE_EXTRA_CA_CERTS: undefined, ZOWE_IMPERATIVE_LOG_LEVEL: undefined, ZOWE_APP_LOG_LEVEL: undefined, ZOWE_OPT_HOST: undefined,
    ZOWE_OPT_TOKEN_VALUE: undefined, ZOWE_HTTP_STATUS_KNOWLEDGE: undefined
};

/** A healthy global config: a base profile with the host, a zosmf profile, both defaults set; no secret anywhere. */
function healthyConfig(): any {
    return {
        $schema: "./zowe.schema.json",
        profiles: {
            lpar1: { type: "zosmf", properties: { port: 443 }, secure: [] },
            global_base: { type: "base", properties: { host: "mf.example.com", rejectUnauthorized: true }, secure: [] }
        },
        defaults: { zosmf: "lpar1", base: "global_base" },
        autoStore: true
    };
}

function writeConfig(config: unknown): void {
    fs.writeFileSync(path.join(home, "zowe.config.json"), JSON.stringify(config, null, 2));
}

/** `zowe http-status doctor --rfj` with extra variables; every output is searched for the canaries. */
function doctorJson(extraEnv: Record<string, string | undefined> = {}, args: string[] = []) {
    const result = runZoweJson<IDoctorReport>(["http-status", "doctor", ...args], home, { ...CLEAN_ENV, ...extraEnv });
    expectNoSecret(JSON.stringify(result));
    return result;
}

function doctorText(extraEnv: Record<string, string | undefined> = {}, args: string[] = []): IZoweRun {
    const run = runZowe(["http-status", "doctor", ...args], home, { ...CLEAN_ENV, ...extraEnv });
    expectNoSecret(run.stdout + run.stderr);
    expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
    return run;
}

const expiredToken = jwt(-3600);
const soonToken = jwt(3600);

function expectNoSecret(text: string): void {
    expectNoCanary(text);
    for (const secret of [CANARY_PASSWORD, CANARY_PROXY_PASSWORD, expiredToken, soonToken, "RG9jdG9yQ2FuYXJ5U2lnbmF0dXJl"]) {
        expect(text).not.toContain(secret);
    }
}

function check(report: IDoctorReport, id: string): IDoctorFinding {
    const found = report.checks.find((candidate) => candidate.id === id);
    if (found == null) {
        throw new Error(`no check ${id} in ${JSON.stringify(report.checks.map((candidate) => candidate.id))}`);
    }
    return found;
}

beforeAll(() => {
    home = createZoweHome("doctor");
    installPlugin(PROJECT_ROOT, home);
    // A credential manager that loads depends on this machine's keyring: the tests turn it off, which doctor reports as a warn.
    const settings = path.join(home, "settings", "imperative.json");
    const parsed = JSON.parse(fs.readFileSync(settings, "utf8"));
    fs.writeFileSync(settings, JSON.stringify({ ...parsed, overrides: { ...parsed.overrides, CredentialManager: false } }, null, 2));
});

afterAll(() => removeZoweHome(home));

beforeEach(() => writeConfig(healthyConfig()));

describe("a healthy home", () => {
    it("exits 0, names the profile the next command uses, and documents --rfj data", () => {
        const result = doctorJson();
        expect(result.status).toBe(0);
        expect(result.data.ok).toBe(true);
        expect(result.data.checks.map((found) => found.id)).toEqual(expect.arrayContaining(["versions", "plugins", "config-profile",
            "config-defaults",
            "config-connection", "credential-manager", "tokens", "proxy", "extra-ca-certs", "log-level", "logs-folder", "zowe-explorer",
            "site-knowledge"]));
        for (const found of result.data.checks) {
            expect(Object.keys(found).every((key) => ["id", "state", "title", "finding", "fix", "docs"].includes(key))).toBe(true);
            expect(["ok", "warn", "skip"]).toContain(found.state);
        }
        expect(check(result.data, "config-profile")).toMatchObject({ state: "ok" });
        expect(check(result.data, "config-profile").finding).toContain("profile \"lpar1\" (defaults.zosmf");
        expect(check(result.data, "config-profile").finding).toContain("host mf.example.com from base profile \"global_base\"");
        expect(check(result.data, "config-connection").state).toBe("ok");
        expect(check(result.data, "credential-manager")).toMatchObject({ state: "warn" });
        expect(check(result.data, "credential-manager").finding).toContain("overrides.CredentialManager is false");
        expect(check(result.data, "versions").finding).toMatch(/^Zowe CLI 8\.\d+\.\d+ \(Zowe v3\), imperative 8\./);
    });

    it("prints one line per check in text, says so in help, and answers to its alias", () => {
        const run = doctorText();
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^Zowe doctor: 0 fail, \d+ warn, \d+ ok, \d+ skip\./);
        expect(run.stdout).toMatch(/^\[ok\] {3}config-defaults: Default profiles exist$/m);
        expect(run.stdout).toMatch(/^\[WARN\] credential-manager: /m);
        const help = runZowe(["hs", "dr", "--help"], home);
        expect(help.status).toBe(0);
        expect(help.stdout).toContain("Exit code 1 when any check fails, 0 otherwise");
        expect(help.stdout).toContain("$ zowe http-status doctor --profile lpar1");
    });
});

describe("a home made wrong", () => {
    it("a default that names no profile: config-defaults fails with the command that names an existing one", () => {
        writeConfig({ ...healthyConfig(), defaults: { zosmf: "lpar9", base: "global_base" } });
        const result = doctorJson();
        expect(result.status).toBe(1);
        expect(result.data.ok).toBe(false);
        expect(check(result.data, "config-defaults")).toMatchObject({
            state: "fail", fix: "zowe config set defaults.zosmf lpar1 --global-config", docs: expect.stringContaining("docs.zowe.org")
        });
        expect(check(result.data, "config-defaults").finding).toContain("defaults.zosmf names \"lpar9\", which no config file holds");
        // The missing default is config-defaults' failure; config-profile says what the next command meets, as a warn.
        expect(check(result.data, "config-profile").state).toBe("warn");
        const text = doctorText();
        expect(text.status).toBe(1);
        expect(text.stdout).toContain("[FAIL] config-defaults: Default profiles exist");
        expect(text.stdout).toContain("Fix:  zowe config set defaults.zosmf lpar1 --global-config");
    });

    it("a blank host: config-connection fails and names the property to set", () => {
        const config = healthyConfig();
        config.profiles.lpar1.properties.host = "";
        writeConfig(config);
        const result = doctorJson();
        expect(result.status).toBe(1);
        const found = check(result.data, "config-connection");
        expect(found.state).toBe("fail");
        expect(found.finding).toContain("lpar1 (zosmf, ");
        expect(found.finding).toContain("host is blank");
        expect(found.fix).toBe("zowe config set profiles.lpar1.properties.host <host> --global-config");
    });

    it("an expired JWT: tokens fails with zowe auth login apiml, and the token is neither printed nor sent", () => {
        const config = healthyConfig();
        Object.assign(config.profiles.global_base.properties, { tokenType: "apimlAuthenticationToken", tokenValue: expiredToken });
        writeConfig(config);
        const result = doctorJson();
        expect(result.status).toBe(1);
        const found = check(result.data, "tokens");
        expect(found).toMatchObject({ state: "fail", fix: "zowe auth login apiml" });
        expect(found.finding).toContain("profile global_base (tokenValue in plain text in ");
        expect(found.finding).toMatch(/expires \d{4}-\d\d-\d\dT/);
        expect(check(result.data, "plain-text-secrets")).toMatchObject({ state: "warn" });
        expect(check(result.data, "plain-text-secrets").finding).toContain("profiles.global_base.properties.tokenValue");
    });

    it("a JWT that expires within the hour is a warn", () => {
        const config = healthyConfig();
        Object.assign(config.profiles.global_base.properties, { tokenType: "apimlAuthenticationToken", tokenValue: soonToken });
        writeConfig(config);
        const found = check(doctorJson().data, "tokens");
        expect(found).toMatchObject({ state: "warn", fix: "zowe auth login apiml" });
    });

    it("a proxy variable without NO_PROXY: proxy warns with the NO_PROXY to set, and never shows the proxy's password", () => {
        const proxied = { HTTPS_PROXY: `http://proxyuser:${CANARY_PROXY_PASSWORD}@proxy.example.com:8080` };
        const result = doctorJson(proxied);
        const found = check(result.data, "proxy");
        expect(found.state).toBe("warn");
        expect(found.finding).toContain("lpar1 (https://mf.example.com) goes through http://proxy.example.com:8080 (set by HTTPS_PROXY)");
        expect(found.fix).toContain("export NO_PROXY=mf.example.com");
        expect(check(doctorJson({ ...proxied, NO_PROXY: "mf.example.com" }).data, "proxy").state).toBe("ok");
        doctorText(proxied);
    });

    it("a missing CA file: extra-ca-certs fails and names the file", () => {
        const missing = path.join(home, "no-such-ca.pem");
        const result = doctorJson({ NODE_EXTRA_CA_CERTS: missing });
        expect(result.status).toBe(1);
        const found = check(result.data, "extra-ca-certs");
        expect(found.state).toBe("fail");
        expect(found.finding).toContain(`${missing}, which does not exist`);
        expect(found.fix).toContain("PEM");
    });

    it("a plug-in built for Zowe v1 (@zowe/imperative ^4): plugins fails with the install command of a v3 version", () => {
        const pluginsJson = path.join(home, "plugins", "plugins.json");
        const saved = fs.readFileSync(pluginsJson, "utf8");
        const folder = path.join(home, "plugins", "installed", "lib", "node_modules", "old-zowe-plugin");
        try {
            fs.mkdirSync(path.join(folder, "lib"), { recursive: true });
            fs.writeFileSync(path.join(folder, "package.json"), JSON.stringify({
                name: "old-zowe-plugin", version: "1.2.0", main: "lib/index.js", peerDependencies: { "@zowe/imperative": "^4.13.0" },
                imperative: { configurationModule: "lib/index.js" }
            }));
            fs.writeFileSync(path.join(folder, "lib", "index.js"),
                "module.exports = { name: \"old-zowe-plugin\", rootCommandDescription: \"old\", " +
                "pluginHealthCheck: undefined, definitions: [] };\n");
            fs.writeFileSync(pluginsJson, JSON.stringify({ ...JSON.parse(saved), "old-zowe-plugin": { package: "old-zowe-plugin",
                version: "1.2.0" } }));
            const result = doctorJson();
            expect(result.status).toBe(1);
            const found = check(result.data, "plugins");
            expect(found.state).toBe("fail");
            expect(found.finding).toContain("old-zowe-plugin 1.2.0 declares @zowe/imperative ^4.13.0: built for Zowe v1, this CLI is Zowe v3");
            expect(found.fix).toContain("zowe plugins install old-zowe-plugin@zowe-v3-lts");
            expect(found.docs).toContain("docs.zowe.org");
        } finally {
            fs.writeFileSync(pluginsJson, saved);
            fs.rmSync(folder, { recursive: true, force: true });
        }
    });

    it("log level OFF in the environment: log-level warns that last-error will see nothing", () => {
        const found = check(doctorJson({ ZOWE_IMPERATIVE_LOG_LEVEL: "OFF" }).data, "log-level");
        expect(found.state).toBe("warn");
        expect(found.finding).toContain("ZOWE_IMPERATIVE_LOG_LEVEL is OFF");
        expect(found.fix).toBe("export ZOWE_IMPERATIVE_LOG_LEVEL=WARN");
    });

    it("a password in plain text: plain-text-secrets warns naming the file and property, never the value", () => {
        const config = healthyConfig();
        Object.assign(config.profiles.global_base.properties, { user: "ibmuser", password: CANARY_PASSWORD });
        writeConfig(config);
        const result = doctorJson();
        const found = check(result.data, "plain-text-secrets");
        expect(found.state).toBe("warn");
        expect(found.finding).toContain(`${path.join(home, "zowe.config.json")}: profiles.global_base.properties.password in plain text`);
        expect(found.fix).toBe("zowe config set profiles.global_base.properties.password --secure --global-config " +
            "(each prompts for the value and moves it into the vault)");
        doctorText();
        expectNoSecret(doctorText({}, ["--markdown"]).stdout);
    });

    it("ZOWE_OPT_ variables are named, never their values", () => {
        const found = check(doctorJson({ ZOWE_OPT_PASSWORD: CANARY_PASSWORD, ZOWE_OPT_TOKEN_VALUE: expiredToken }).data, "zowe-opt-variables");
        expect(found.state).toBe("warn");
        expect(found.finding).toContain("ZOWE_OPT_PASSWORD, ZOWE_OPT_TOKEN_VALUE are set (values not shown)");
    });
});

describe("options", () => {
    it("--profile checks one profile, and one that does not exist is a fail", () => {
        const config = healthyConfig();
        config.profiles.other = { type: "zosmf", properties: { host: "" }, secure: [] };
        writeConfig(config);
        expect(check(doctorJson({}, ["--profile", "lpar1"]).data, "config-connection").state).toBe("ok");
        expect(check(doctorJson({}, ["--zosmf-profile", "other"]).data, "config-connection").state).toBe("fail");
        const missing = doctorJson({}, ["--profile", "nosuch"]);
        expect(missing.status).toBe(1);
        expect(check(missing.data, "config-profile")).toMatchObject({ state: "fail", fix: "Name one of: lpar1, global_base, other." });
    });

    it("--markdown gives the checks as a table with the same Environment section as last-error --markdown", () => {
        writeConfig({ ...healthyConfig(), defaults: { zosmf: "lpar9", base: "global_base" } });
        const run = doctorText({}, ["--markdown"]);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/^# Zowe doctor: a check failed \(1 fail, /);
        expect(run.stdout).toContain("## Checks");
        expect(run.stdout).toMatch(/\| config-defaults: Default profiles exist \| `FAIL` \| /);
        expect(run.stdout).toContain("## Environment");
        expect(run.stdout).toContain("| Daemon mode | `no` |");
        expect(run.stdout).toContain("| Plug-in http-status-for-zowe-cli | `");
        expect(run.stdout).toContain("zowe config set defaults.zosmf lpar1 --global-config");
        const rfj = doctorJson({}, ["--markdown"]);
        expect(rfj.stdout).toContain("## Environment");
        expect(rfj.data.ok).toBe(false);
    });
});

describe("daemon mode", () => {
    let daemonEnv: Record<string, string>;

    beforeAll(() => {
        daemonEnv = daemonEnvironment(home);
        enableDaemon(home);
    });

    afterAll(() => stopDaemon(home));

    it("gives the same checks through the daemon, and says it ran there", () => {
        writeConfig({ ...healthyConfig(), defaults: { zosmf: "lpar9", base: "global_base" } });
        const env = { ...process.env, ...daemonEnv, FORCE_COLOR: "0" } as NodeJS.ProcessEnv;
        for (const [name, value] of Object.entries(CLEAN_ENV)) {
            if (value === undefined) {
                delete env[name];
            }
        }
        const daemon = spawnSync(path.join(home, "bin", "zowe"), ["http-status", "doctor", "--rfj"], { env, encoding: "utf8", timeout: 120000,
            cwd: home });
        expectNoSecret(daemon.stdout + daemon.stderr);
        expect(daemon.status).toBe(1);
        const data = JSON.parse(daemon.stdout).data as IDoctorReport;
        expect(check(data, "daemon")).toMatchObject({ state: "ok" });
        expect(check(data, "daemon").finding).toContain("served by the daemon");
        expect(check(data, "config-defaults")).toMatchObject({ state: "fail", fix: "zowe config set defaults.zosmf lpar1 --global-config" });
        const classic = doctorJson(daemonEnv);
        const withoutDaemon = (report: IDoctorReport) => report.checks.filter((found) => found.id !== "daemon");
        expect(withoutDaemon(data)).toEqual(withoutDaemon(classic.data));
    });
});
