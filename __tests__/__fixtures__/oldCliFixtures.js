/**
 * Makes the committed test resources under __tests__/__resources__/old-cli/: what REAL older Zowe CLI versions print
 * and log when a REST call fails. Run by hand (`npm run fixtures`), never by CI or jest; it needs the npm registry
 * (to install the old CLIs) and loopback, nothing else.
 *
 * What it does
 * - Installs, into a new temp folder, Zowe CLI v1 (`@zowe/cli@6.40.32`, the last 6.40 patch) and v2
 *   (`@zowe/cli@7.29.25`, the last 7.29 patch) with
 *       npm install --no-audit --no-fund --ignore-scripts --prefix <tmp>/<v1|v2> @zowe/cli@<version>
 *   `--ignore-scripts` is needed for a loopback-only run: with scripts, `cpu-features` (optional dependency of ssh2)
 *   runs `node-gyp rebuild`, which may fetch Node headers from the internet, and the CLI's own postinstall only
 *   validates plug-ins and prints a banner. Nothing the commands below use needs an install script (v2's keyring
 *   module ships prebuilds; it fails to load here anyway, without libsecret, and v2 logs "Secure vault not enabled").
 *   `--omit=optional` was not needed. The project's package.json / package-lock.json are not touched.
 * - For each version and scenario: a fresh HOME (<tmp>/home-<v>-<scenario>) with ZOWE_CLI_HOME=<HOME>/.zowe, one
 *   warm-up run (`zowe --version`, so the first-run set-up of the home is not in the saved logs), then the fake
 *   z/OSMF (__tests__/__servers__/fakeZosmf.js, on 127.0.0.1 only, with a lifetime) and, each bounded by a timeout:
 *     1. the failing command, plain          -> stderr.txt, stdout.txt (only if not empty), exit code, and the log
 *                                               events it wrote (imperative.log, zowe.log: the bytes the run appended)
 *     2. the same command with --rfj          -> rfj.json (stdout as printed)
 *     3. v2 only: plain with ZOWE_V3_ERR_FORMAT=true -> v3format-stderr.txt
 *   and meta.json, whose `expected` facts are read from the --rfj `error` object the CLI itself printed.
 * - Log files: only the events of the one plain run are kept (byte offsets before/after the run), and each
 *   `Environmental variables: '{…}'` dump is replaced by a small object with only PATH, HOME, ZOWE_CLI_HOME,
 *   HS_FIXTURE_HINT, HTTPS_PROXY and NO_PROXY, in the exact syntax the version writes. Nothing else is normalised:
 *   ports, times, temp paths and layouts are as the CLI wrote them.
 * - Canary secrets (v1/v2 log argv and the environment in clear): password `OldCliPw-<scenario>`, env
 *   `HS_FIXTURE_HINT=FixtureEnvCanary-81`, `HTTPS_PROXY=http://fixproxy:FixtureProxyPw-3@127.0.0.1:9/` with
 *   `NO_PROXY=127.0.0.1,localhost` so the calls stay direct (v2 honours these variables; v1 has no proxy support).
 *   The child environment is built from these alone (plus PATH, HOME, FORCE_COLOR=0), not from this process's.
 * - Unknown host without any DNS traffic: the `enotfound` scenario runs the CLI with
 *   `NODE_OPTIONS=--require <abs path>/fakeDnsPreload.js`. That preload replaces `dns.lookup` so that the name
 *   `no-such-host.invalid` fails exactly as getaddrinfo does (Error `getaddrinfo ENOTFOUND no-such-host.invalid`,
 *   code ENOTFOUND, errno -3008, syscall getaddrinfo, hostname, Node's own one-frame stack), and passes every other
 *   name to the real lookup. That scenario uses https on port 443 and adds `no-such-host.invalid` to NO_PROXY, or v2
 *   would send the request to the (dead) proxy instead of looking the name up.
 * - No client-side timeout scenario: neither v1 nor v2 has `--completion-timeout`; `--response-timeout` only sends
 *   z/OSMF's X-IBM-Response-Timeout header, so a hanging server would hang the command until it is killed.
 *
 * Usage: node __tests__/__fixtures__/oldCliFixtures.js [--keep-temp] [scenario ...]
 *        (no scenario names = all; an existing old-cli/<v>/<scenario>/ folder is replaced, README.md is kept)
 */

"use strict";

const childProcess = require("child_process");
const fs = require("fs");
const net = require("net");
const os = require("os");
const path = require("path");

const { startFakeZosmf, scenarios } = require("../__servers__/fakeZosmf.js");

const PROJECT_ROOT = path.resolve(__dirname, "..", "..");
const OUT_ROOT = path.join(PROJECT_ROOT, "__tests__", "__resources__", "old-cli");
const DNS_PRELOAD = path.join(__dirname, "fakeDnsPreload.js");

/** Installed versions: the latest patches of 6.40 and 7.29 on the npm registry when the fixtures were made. */
const VERSIONS = [
    { key: "v1", version: "6.40.32" },
    { key: "v2", version: "7.29.25" }
];

const INSTALL_TIMEOUT_MS = 10 * 60 * 1000;
const COMMAND_TIMEOUT_MS = 60 * 1000;
/** Longer than the runs of one scenario can take (3 runs x COMMAND_TIMEOUT_MS), so the fake never outlives the script. */
const SERVER_LIFETIME_MS = 4 * COMMAND_TIMEOUT_MS;

const CANARY_ENV = {
    HS_FIXTURE_HINT: "FixtureEnvCanary-81",
    HTTPS_PROXY: "http://fixproxy:FixtureProxyPw-3@127.0.0.1:9/",
    NO_PROXY: "127.0.0.1,localhost"
};
/** The variables kept in the logs' environment dumps, in this order. */
const KEPT_ENV = ["PATH", "HOME", "ZOWE_CLI_HOME", "HS_FIXTURE_HINT", "HTTPS_PROXY", "NO_PROXY"];

const FILES = ["zos-files", "list", "data-set", "IBMUSER.*"];
const JOBS = ["zos-jobs", "list", "jobs"];
const CHECK = ["zosmf", "check", "status"];

/**
 * @typedef {object} Scenario
 * @property {string} name Folder name and password suffix.
 * @property {string} what What the fake (or the network) does.
 * @property {"http" | "https" | null} server Protocol of the fake to start; null: no server.
 * @property {"http" | "https"} protocol --protocol given to the CLI.
 * @property {any[]} [rules] Fake rules.
 * @property {string[]} command
 * @property {string[]} [extra] Extra CLI options.
 * @property {boolean} [rejectUnauthorized] --reject-unauthorized value (default false).
 * @property {"free" | number} [port] "free": a port nothing listens on; a number: that port; absent: the fake's.
 * @property {string} [host] Default 127.0.0.1.
 * @property {Record<string, string>} [env] Extra environment.
 */

/** @type {Scenario[]} */
const SCENARIOS = [
    { name: "400", what: "400 z/OSMF JSON (rc 4 reason 2) on /zosmf/restfiles/", server: "http", protocol: "http",
        rules: scenarios["400"], command: FILES },
    { name: "401", what: "401 empty text/plain body, WWW-Authenticate Basic, on /zosmf/info", server: "https", protocol: "https",
        rules: scenarios["401"], command: CHECK },
    { name: "403", what: "403 z/OSMF JSON with ICH408I on /zosmf/restfiles/", server: "https", protocol: "https",
        rules: scenarios["403"], command: FILES },
    { name: "404", what: "404 z/OSMF JSON with ISRZ002 on /zosmf/restfiles/", server: "http", protocol: "http",
        rules: scenarios["404"], command: FILES },
    { name: "404-liberty", what: "404 Liberty 'Context Root Not Found' HTML (SRVE0255E) for /nosuchroot/...", server: "http",
        protocol: "http", rules: [], command: JOBS, extra: ["--base-path", "nosuchroot"] },
    { name: "409", what: "409 z/OSMF JSON with a Java stack on /zosmf/restjobs/", server: "http", protocol: "http",
        rules: scenarios["409"], command: JOBS },
    { name: "500", what: "500 z/OSMF JSON with a Java stack on /zosmf/restjobs/", server: "https", protocol: "https",
        rules: scenarios["500"], command: JOBS },
    { name: "503-apiml", what: "503 API ML ZWEAO503E JSON on /ibmzosmf/api/v1/ (--base-path ibmzosmf/api/v1)", server: "https",
        protocol: "https", rules: scenarios.apiml503, command: FILES, extra: ["--base-path", "ibmzosmf/api/v1"] },
    { name: "504", what: "504 API ML ZWEAM700E JSON on /zosmf/info", server: "http", protocol: "http",
        rules: scenarios["504"], command: CHECK },
    { name: "econnrefused", what: "nothing listens on the port", server: null, protocol: "http", port: "free", command: FILES },
    { name: "self-signed", what: "https with a self-signed certificate, --reject-unauthorized true", server: "https",
        protocol: "https", rules: [], command: CHECK, rejectUnauthorized: true },
    { name: "eproto", what: "https client against the fake's http port (answers 400 to the TLS hello)", server: "http",
        protocol: "https", rules: [], command: FILES },
    { name: "econnreset", what: "the fake resets the connection on every /zosmf/ request", server: "http", protocol: "http",
        rules: [{ path: /^\/zosmf\//, destroy: true }], command: JOBS },
    { name: "enotfound", what: "host no-such-host.invalid; getaddrinfo ENOTFOUND faked in process (no DNS query)", server: null,
        protocol: "https", host: "no-such-host.invalid", port: 443, command: CHECK,
        env: { NO_PROXY: CANARY_ENV.NO_PROXY + ",no-such-host.invalid" } }
];

/** Tokens shaped like IBM / Zowe message IDs (ICH408I, ISRZ002, SRVE0255E, ZWEAO503E, IZUG846W, ...). */
const MESSAGE_ID = /\b[A-Z]{3,5}\d{3,4}[A-Z]?\b/g;

// ---------------------------------------------------------------------------------------------------------------

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, timeoutMs: number }} options
 * @returns {Promise<{ status: number | null, signal: string | null, stdout: string, stderr: string, timedOut: boolean }>}
 */
function run(cmd, args, options) {
    return new Promise((resolve, reject) => {
        const child = childProcess.spawn(cmd, args, { env: options.env, cwd: options.cwd, stdio: ["pipe", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill("SIGKILL");
        }, options.timeoutMs);
        child.stdout.setEncoding("utf8");
        child.stderr.setEncoding("utf8");
        child.stdout.on("data", (chunk) => (stdout += chunk));
        child.stderr.on("data", (chunk) => (stderr += chunk));
        child.on("error", (err) => {
            clearTimeout(timer);
            reject(err);
        });
        child.on("close", (status, signal) => {
            clearTimeout(timer);
            resolve({ status, signal, stdout, stderr, timedOut });
        });
        child.stdin.end("");
    });
}

/** A port nothing listens on: listen on a free one, then close it. @returns {Promise<number>} */
function freePort() {
    return new Promise((resolve, reject) => {
        const probe = net.createServer();
        probe.once("error", reject);
        probe.listen(0, "127.0.0.1", () => {
            const address = probe.address();
            const port = address && typeof address === "object" ? address.port : 0;
            probe.close(() => resolve(port));
        });
    });
}

/** @param {string} file @returns {number} */
function sizeOf(file) {
    try {
        return fs.statSync(file).size;
    } catch {
        return 0;
    }
}

/** The bytes a file gained since `offset` (empty if none, or if it was rotated). @returns {string} */
function readFrom(file, offset) {
    const size = sizeOf(file);
    if (size <= offset) {
        return "";
    }
    const fd = fs.openSync(file, "r");
    try {
        const buffer = Buffer.alloc(size - offset);
        fs.readSync(fd, buffer, 0, buffer.length, offset);
        return buffer.toString("utf8");
    } finally {
        fs.closeSync(fd);
    }
}

/**
 * Replace every `Environmental variables: '{ JSON }'` dump with one holding only KEPT_ENV, same syntax.
 * @param {string} text
 * @returns {string}
 */
function shrinkEnvDumps(text) {
    return text.replace(/(Environmental variables: ')(\{[\s\S]*?\n\})(')/g, (whole, before, json, after) => {
        let env;
        try {
            env = JSON.parse(json);
        } catch {
            return whole;
        }
        /** @type {Record<string, unknown>} */
        const kept = {};
        for (const key of KEPT_ENV) {
            if (key in env) {
                kept[key] = env[key];
            }
        }
        return before + JSON.stringify(kept, null, 2) + after;
    });
}

/** @param {string} text @returns {any} */
function parseJson(text) {
    try {
        return JSON.parse(text);
    } catch {
        return undefined;
    }
}

/**
 * The facts the CLI's own --rfj `error` object states.
 * @param {any} rfj
 */
function expectedFrom(rfj) {
    const error = rfj && typeof rfj === "object" && rfj.error && typeof rfj.error === "object" ? rfj.error : {};
    const cause = typeof error.causeErrors === "string" ? error.causeErrors : "";
    const causeJson = parseJson(cause);
    /** @type {string | null} */
    let nodeCode = null;
    if (typeof error.errorCode === "string" && !/^\d+$/.test(error.errorCode)) {
        nodeCode = error.errorCode;
    } else if (causeJson && typeof causeJson === "object" && typeof causeJson.code === "string") {
        nodeCode = causeJson.code;
    } else if (error.causeErrors && typeof error.causeErrors === "object" && typeof error.causeErrors.code === "string") {
        nodeCode = error.causeErrors.code;
    }
    const bodyText = error.source === "http" ? cause : "";
    return {
        status: typeof error.httpStatus === "number" ? error.httpStatus : null,
        source: error.source ?? null,
        method: error.request ?? null,
        host: error.host ?? null,
        port: error.port ?? null,
        resource: error.resource ?? null,
        basePath: error.basePath ?? null,
        errorCode: nodeCode,
        messageIds: [...new Set(bodyText.match(MESSAGE_ID) ?? [])]
    };
}

/**
 * @param {string} tmp
 * @param {{ key: string, version: string }} v
 */
async function install(tmp, v) {
    const prefix = path.join(tmp, v.key);
    fs.mkdirSync(prefix, { recursive: true });
    const args = ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--prefix", prefix, "@zowe/cli@" + v.version];
    process.stdout.write(`npm ${args.join(" ")}\n`);
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const result = await run(npm, args, { env: process.env, cwd: tmp, timeoutMs: INSTALL_TIMEOUT_MS });
    if (result.status !== 0) {
        throw new Error(`npm install of @zowe/cli@${v.version} failed (exit ${result.status}${result.timedOut ? ", timed out" : ""}):\n` +
            result.stdout + result.stderr);
    }
    const bin = path.join(prefix, "node_modules", ".bin", "zowe");
    const installed = require(path.join(prefix, "node_modules", "@zowe", "cli", "package.json")).version;
    if (installed !== v.version) {
        throw new Error(`expected @zowe/cli ${v.version}, npm installed ${installed}`);
    }
    return bin;
}

/**
 * @param {string} tmp
 * @param {{ key: string, version: string }} v
 * @param {string} bin
 * @param {Scenario} s
 */
async function runScenario(tmp, v, bin, s) {
    const home = path.join(tmp, `home-${v.key}-${s.name}`);
    const zoweHome = path.join(home, ".zowe");
    fs.mkdirSync(zoweHome, { recursive: true });
    /** @type {NodeJS.ProcessEnv} */
    const baseEnv = {
        PATH: [...new Set([path.dirname(process.execPath), "/usr/local/bin", "/usr/bin", "/bin"])].join(path.delimiter),
        HOME: home,
        ZOWE_CLI_HOME: zoweHome,
        FORCE_COLOR: "0",
        ...CANARY_ENV,
        ...(s.env || {})
    };
    if (s.name === "enotfound") {
        baseEnv.NODE_OPTIONS = "--require " + JSON.stringify(DNS_PRELOAD); // quoted: a checkout path may hold a space
    }
    const warm = await run(bin, ["--version"], { env: baseEnv, cwd: home, timeoutMs: COMMAND_TIMEOUT_MS });
    if (warm.status !== 0) {
        throw new Error(`${v.key} zowe --version failed (exit ${warm.status}): ${warm.stderr}`);
    }

    const server = s.server ? await startFakeZosmf({ protocol: s.server, rules: s.rules || [], lifetimeMs: SERVER_LIFETIME_MS }) : null;
    try {
        const port = s.port === "free" ? await freePort() : typeof s.port === "number" ? s.port : /** @type {any} */ (server).port;
        const args = [...s.command, "--host", s.host || "127.0.0.1", "--port", String(port), "--user", "ibmuser",
            "--password", "OldCliPw-" + s.name, "--protocol", s.protocol,
            "--reject-unauthorized", s.rejectUnauthorized ? "true" : "false", ...(s.extra || [])];

        const logs = {
            "imperative.log": path.join(zoweHome, "imperative", "logs", "imperative.log"),
            "zowe.log": path.join(zoweHome, "zowe", "logs", "zowe.log")
        };
        const offsets = Object.fromEntries(Object.entries(logs).map(([name, file]) => [name, sizeOf(file)]));
        const plain = await run(bin, args, { env: baseEnv, cwd: home, timeoutMs: COMMAND_TIMEOUT_MS });
        /** @type {Record<string, string>} */
        const logTexts = {};
        for (const [name, file] of Object.entries(logs)) {
            logTexts[name] = shrinkEnvDumps(readFrom(file, offsets[name]));
        }
        const rfjRun = await run(bin, [...args, "--rfj"], { env: baseEnv, cwd: home, timeoutMs: COMMAND_TIMEOUT_MS });
        const v3 = v.key === "v2"
            ? await run(bin, args, { env: { ...baseEnv, ZOWE_V3_ERR_FORMAT: "true" }, cwd: home, timeoutMs: COMMAND_TIMEOUT_MS })
            : null;

        const out = path.join(OUT_ROOT, v.key, s.name);
        fs.rmSync(out, { recursive: true, force: true });
        fs.mkdirSync(out, { recursive: true });
        fs.writeFileSync(path.join(out, "stderr.txt"), plain.stderr);
        if (plain.stdout !== "") {
            fs.writeFileSync(path.join(out, "stdout.txt"), plain.stdout);
        }
        fs.writeFileSync(path.join(out, "rfj.json"), rfjRun.stdout);
        if (v3) {
            fs.writeFileSync(path.join(out, "v3format-stderr.txt"), v3.stderr);
        }
        /** @type {string[]} */
        const logFiles = [];
        for (const [name, text] of Object.entries(logTexts)) {
            if (text !== "") {
                fs.writeFileSync(path.join(out, name), text);
                logFiles.push(name);
            }
        }
        const rfj = parseJson(rfjRun.stdout);
        const meta = {
            cliVersion: v.version,
            nodeVersion: process.version,
            command: ["zowe", ...args],
            scenario: s.name,
            description: s.what,
            protocol: s.protocol,
            port,
            exitCode: plain.status,
            rfjExitCode: rfjRun.status,
            ...(v3 ? { v3formatExitCode: v3.status } : {}),
            ...(s.name === "enotfound" ? { nodeOptions: "--require __tests__/__fixtures__/fakeDnsPreload.js" } : {}),
            ...(s.env ? { extraEnv: s.env } : {}),
            logFiles,
            expected: expectedFrom(rfj)
        };
        fs.writeFileSync(path.join(out, "meta.json"), JSON.stringify(meta, null, 2) + "\n");
        const timedOut = [plain, rfjRun, v3].some((r) => r && r.timedOut);
        return { meta, timedOut, rfjParsed: rfj !== undefined };
    } finally {
        if (server) {
            await server.close();
        }
    }
}

async function main() {
    const argv = process.argv.slice(2);
    const keepTemp = argv.includes("--keep-temp");
    const wanted = argv.filter((a) => !a.startsWith("--"));
    const unknown = wanted.filter((name) => !SCENARIOS.some((s) => s.name === name));
    if (unknown.length > 0) {
        throw new Error("unknown scenario(s): " + unknown.join(", ") + "; known: " + SCENARIOS.map((s) => s.name).join(" "));
    }
    const selected = wanted.length > 0 ? SCENARIOS.filter((s) => wanted.includes(s.name)) : SCENARIOS;

    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hs-oldcli-"));
    /** @type {string[][]} */
    const rows = [];
    try {
        /** @type {Record<string, string>} */
        const bins = {};
        for (const v of VERSIONS) {
            bins[v.key] = await install(tmp, v);
        }
        for (const v of VERSIONS) {
            for (const s of selected) {
                process.stdout.write(`${v.key} ${s.name} ...\n`);
                const { meta, timedOut, rfjParsed } = await runScenario(tmp, v, bins[v.key], s);
                const e = meta.expected;
                rows.push([v.key + " " + v.version, s.name, String(meta.exitCode), String(e.status ?? "-"), String(e.errorCode ?? "-"),
                    String(e.source ?? "-"), e.messageIds.join(",") || "-", (timedOut ? "TIMED OUT " : "") + (rfjParsed ? "" : "no rfj JSON")]);
            }
        }
    } finally {
        if (keepTemp) {
            process.stdout.write(`temp folder kept: ${tmp}\n`);
        } else {
            fs.rmSync(tmp, { recursive: true, force: true });
        }
    }
    const header = ["version", "scenario", "exit", "status", "code", "source", "messageIds", "problems"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (/** @type {string[]} */ r) => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
    process.stdout.write("\n" + line(header) + "\n" + line(widths.map((w) => "-".repeat(w))) + "\n" + rows.map(line).join("\n") + "\n");
    process.stdout.write(`\nwritten under ${path.relative(PROJECT_ROOT, OUT_ROOT)}/\n`);
}

main().catch((err) => {
    process.stderr.write((err instanceof Error ? err.stack || err.message : String(err)) + "\n");
    process.exitCode = 1;
});
