/**
 * `npm run bench`: what the plug-in costs, measured side by side in one run, reported as medians and ratios.
 *
 * - Load overhead: `zowe --version` in a ZOWE_CLI_HOME without the plug-in and in one with it installed from its
 *   packed tarball (every zowe command loads the plug-in's definitions). Target: ratio <= 1.02.
 * - `zowe http-status explain 503` against `zowe --version` in the same home. Target: ratio <= 1.00.
 *
 * - `zowe http-status last-error` over six full rotated 10 MB logs (60 MB of history, the failure near the end of
 *   the current file) against the same command over a 10 KB log, with the peak memory (max RSS) of each.
 *   Target: ratio <= 1.1. A third series, 60 MB with no failure at all, shows the worst case: a full scan.
 *
 * - `zowe http-status last-error` with HOME holding a Zowe Explorer whose logs/zowe.log is 200 MB (Explorer's logs never
 *   rotate), the failure near its end, against the same command over a 10 KB Explorer log. Target: ratio <= 1.1.
 *
 * - The tail alone: `zowe http-status last-error` with HOME holding a Zowe Explorer whose zowe.log is 200 MB of INFO lines
 *   and ONE failure at its very end, against the same failure in a 3 KB log, in CPU time (medians of paired runs). Nothing
 *   before the failure may be read: target <= 1.1. The same pair with `--count 5` shows the cost of a table.
 *
 * - A retry burst: the same failure logged 2,000 times, which last-error counts into one (CPU time against the 10 KB log).
 *
 * - Adversarial input: `zowe http-status last-error --input <file>` on a saved --rfj of 1 MB of hostile text (runs of
 *   blank lines, `authorization:` lines, `<error` tags, long base64 words, repeated z/OSMF phrases) against the same
 *   command on a 1 KB --rfj of an ordinary 401, in CPU time (medians). Linear code gives a ratio near the size ratio's
 *   share of the run (process start dominates); a quadratic pattern gives minutes.
 *
 * - `zowe http-status doctor` on a home whose team configuration holds 20 profiles (10 zosmf, 9 ssh and a base) against
 *   `zowe http-status explain 503` (a plug-in command that reads nothing) in the same home, in CPU time (medians).
 *   Target: ratio <= 1.5.
 *
 * - In process (hostileInProcess.js): the pieces that read evidence text (proxy pages, service signs, the inspect parser,
 *   the Redactor, site globs) on hostile text against ordinary text of the same length, in CPU time. Target: about 1.
 *
 * Runs are interleaved round by round (the order rotates each round), so load from other processes falls on
 * every series alike. BENCH_RUNS sets the rounds (default 21).
 */
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..", "..");
const rounds = Number(process.env.BENCH_RUNS || 21);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "hs-bench-"));

const zoweMain = require.resolve("@zowe/cli/lib/main.js", { paths: [root] });
const fixtures = path.join(root, "__tests__", "__resources__", "logs");
/**
 * Preloaded into measured zowe processes: writes the process's peak memory (max RSS, KB) and CPU time (user +
 * system, microseconds) when it exits. CPU time is less disturbed than wall time by other work on the machine.
 */
const rssProbe = path.join(work, "rss-probe.js");
fs.writeFileSync(rssProbe, "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeFileSync(" +
    "process.env.HS_BENCH_RSS_FILE, JSON.stringify([u.maxRSS, u.userCPUTime + u.systemCPUTime])); });\n");
const rssFile = path.join(work, "rss.txt");
const peakKb = {};
const cpuMs = {};

function run(args, home, series, label, userHome, okStatuses = [0]) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ["-r", rssProbe, zoweMain, ...args], {
        env: { ...process.env, ZOWE_CLI_HOME: home, FORCE_COLOR: "0", HS_BENCH_RSS_FILE: rssFile, ...(userHome ? { HOME: userHome } : {}) },
        encoding: "utf8", timeout: 120000
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (!okStatuses.includes(result.status)) {
        throw new Error(`zowe ${args.join(" ")} failed (exit ${result.status}): ${result.stderr}`);
    }
    const [rss, cpu] = JSON.parse(fs.readFileSync(rssFile, "utf8"));
    if (series != null) {
        (peakKb[series] = peakKb[series] || []).push(rss);
    }
    if (label != null) {
        (cpuMs[label] = cpuMs[label] || []).push(cpu / 1000);
    }
    return ms;
}

const LOG_SIZE = 10000000;
const WARN_LINE = "[2026/11/25 09:00:00.000] [WARN] [Imperative.js:435] Environmental setting for imperative log level " +
    "('ZOWE_IMPERATIVE_LOG_LEVEL') was blank.\n";

/** A logs folder: imperative.log.5 … .1 and imperative.log of `size` bytes each, older failures inside, `last` at the end. */
function writeLogs(home, files, size, last) {
    const logs = path.join(home, "logs");
    fs.mkdirSync(logs, { recursive: true });
    const older = fs.readFileSync(path.join(fixtures, "failure-500.log"), "utf8") + fs.readFileSync(path.join(fixtures, "failure-tls.log"), "utf8");
    const block = WARN_LINE.repeat(200) + older;
    for (const name of files) {
        const tail = name === "imperative.log" ? last + WARN_LINE.repeat(3) : "";
        const fill = Buffer.from(block.repeat(Math.ceil(size / block.length))).subarray(0, Math.max(0, size - Buffer.byteLength(tail)));
        fs.writeFileSync(path.join(logs, name), Buffer.concat([fill.subarray(0, fill.lastIndexOf(10) + 1), Buffer.from(tail)]));
    }
}

/** One ERROR event as Zowe Explorer 3.1+ logs it (an SDK 404 error, util.inspect layout, minified class name). */
const EXPLORER_EVENT = "[2026/11/25 09:30:00.123] [ERROR] [main.extension.js:51] Error: Rest API failure with HTTP(S) status 404\n" +
    "{\n  errorDetails: o [Error]: Rest API failure with HTTP(S) status 404\n      at y.populateError (vendors.extension.js:429:269) {\n" +
    "    mDetails: {\n      msg: 'Rest API failure with HTTP(S) status 404',\n" +
    "      causeErrors: '{\"category\":4,\"rc\":8,\"reason\":0,\"message\":\"LMINIT error\"}',\n" +
    "      source: 'http',\n      errorCode: 404,\n      protocol: 'https',\n      port: 443,\n      host: 'mf.example.com',\n" +
    "      basePath: '',\n      httpStatus: 404,\n      resource: '/zosmf/restfiles/ds?dslevel=IBMUSER.*',\n      request: 'GET',\n" +
    "      additionalDetails: 'Received HTTP(S) error 404 = Not Found.'\n    },\n" +
    "    mMessage: 'Rest API failure with HTTP(S) status 404'\n  },\n  apiType: 'mvs',\n  profile: undefined,\n" +
    "  scenario: 'Retrieving response from MVS list API'\n}\n";
const EXPLORER_INFO = "[2026/11/25 09:00:00.000] [INFO] [main.extension.js:51] Zowe Explorer log level: INFO\n";

/**
 * A HOME with Zowe Explorer 3.4.2 installed in VS Code, its zowe.log of about `size` bytes, failures spread through it
 * (logged the day before: a log's times only grow), the last one near its end.
 */
function writeExplorerHome(userHome, size) {
    const logs = path.join(userHome, ".vscode", "extensions", "zowe.vscode-extension-for-zowe-3.4.2", "logs");
    fs.mkdirSync(logs, { recursive: true });
    const fd = fs.openSync(path.join(logs, "zowe.log"), "w");
    const earlier = (text) => text.replace(/^\[2026\/11\/25 /gm, "[2026/11/24 ");
    const chunk = Buffer.from(earlier(EXPLORER_INFO.repeat(200) + EXPLORER_EVENT).repeat(Math.max(1, Math.floor(Math.min(size, 1 << 20) / 30000))));
    for (let written = 0; written + chunk.length <= size; written += chunk.length) {
        fs.writeSync(fd, chunk);
    }
    fs.writeSync(fd, EXPLORER_EVENT + EXPLORER_INFO.repeat(3));
    fs.closeSync(fd);
}

/** A HOME whose Zowe Explorer zowe.log is about `size` bytes of INFO lines, then one failure and nothing after it. */
function writeInfoOnlyExplorerHome(userHome, size) {
    const logs = path.join(userHome, ".vscode", "extensions", "zowe.vscode-extension-for-zowe-3.4.2", "logs");
    fs.mkdirSync(logs, { recursive: true });
    const fd = fs.openSync(path.join(logs, "zowe.log"), "w");
    const chunk = Buffer.from(EXPLORER_INFO.repeat(Math.max(1, Math.floor(Math.min(size, 1 << 20) / EXPLORER_INFO.length))));
    let written = 0;
    for (; written + chunk.length <= size; written += chunk.length) {
        fs.writeSync(fd, chunk);
    }
    if (written === 0) {
        fs.writeSync(fd, EXPLORER_INFO.repeat(Math.max(1, Math.floor((size - EXPLORER_EVENT.length) / EXPLORER_INFO.length))));
    }
    fs.writeSync(fd, EXPLORER_EVENT);
    fs.closeSync(fd);
}

/** A saved --rfj of a 401 whose message, body and stderr hold `text`. */
function rfjWith(text) {
    return JSON.stringify({ success: false, exitCode: 1, message: `Rest API failure with HTTP(S) status 401\n${text}`, stderr: text, error: {
        msg: `Rest API failure with HTTP(S) status 401\n${text}`, errorCode: "401", protocol: "https", host: "mf.example.com", port: 443,
        basePath: "", resource: "/zosmf/restfiles/ds?dslevel=IBMUSER.*", request: "GET", source: "http", causeErrors: text,
        additionalDetails: `Received HTTP(S) error 401 = Unauthorized.\nAuth type used: basic\n${text}`
    } });
}

/** About `size` bytes of text that made the old patterns quadratic, plus ordinary words. */
function hostileText(size) {
    const pieces = ["\n".repeat(4096), " \n".repeat(2048), "authorization:\n".repeat(256), "<error".repeat(512),
        `${"QUJD".repeat(1024)} `, "An I/O abend was trapped".repeat(128), "Environmental variables: '{".repeat(128),
        "password".repeat(256), "eyJ".repeat(512), "--password ".repeat(256), "http://".repeat(512), "/".repeat(2048)];
    let text = "";
    for (let i = 0; text.length < size; i++) {
        text += pieces[i % pieces.length];
    }
    return text.slice(0, size);
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function main() {
    const baseHome = path.join(work, "without-plugin");
    const pluginHome = path.join(work, "with-plugin");
    fs.mkdirSync(baseHome);
    fs.mkdirSync(pluginHome);
    process.stdout.write(`Packing and installing the plug-in into ${pluginHome} ...\n`);
    const tgz = execFileSync("npm", ["pack", "--silent", "--pack-destination", work], { cwd: root, encoding: "utf8" }).trim().split("\n").pop();
    run(["plugins", "install", path.join(work, tgz), "--registry", "http://127.0.0.1:9/"], pluginHome);

    const failure = fs.readFileSync(path.join(fixtures, "failure-404.log"), "utf8");
    const rotated = ["imperative.log.5", "imperative.log.4", "imperative.log.3", "imperative.log.2", "imperative.log.1", "imperative.log"];
    const smallHome = path.join(work, "small-logs");
    const bigHome = path.join(work, "big-logs");
    const cleanHome = path.join(work, "big-logs-no-failure");
    for (const home of [smallHome, bigHome, cleanHome]) {
        fs.cpSync(path.join(pluginHome, "plugins"), path.join(home, "plugins"), { recursive: true });
        fs.cpSync(path.join(pluginHome, "settings"), path.join(home, "settings"), { recursive: true });
    }
    writeLogs(smallHome, ["imperative.log"], 10 * 1024, failure);
    writeLogs(bigHome, rotated, LOG_SIZE, failure);
    writeLogs(cleanHome, rotated, LOG_SIZE, "");
    // A retry burst: the same 404 logged 2,000 times, 1 ms apart (about 6.7 MB), counted into one failure.
    const burstHome = path.join(work, "burst-logs");
    fs.cpSync(path.join(pluginHome, "plugins"), path.join(burstHome, "plugins"), { recursive: true });
    fs.cpSync(path.join(pluginHome, "settings"), path.join(burstHome, "settings"), { recursive: true });
    fs.mkdirSync(path.join(burstHome, "logs"));
    const stamp = (ms) => new Date(Date.UTC(2026, 10, 25, 13, 16, 20, ms)).toISOString().replace(/-/g, "/").replace("T", " ").slice(0, 23);
    fs.writeFileSync(path.join(burstHome, "logs", "imperative.log"), Array.from({ length: 2000 }, (_, ms) =>
        failure.replace(/^\[\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\.\d{3}\]/gm, `[${stamp(ms)}]`)).join(""));
    fs.writeFileSync(path.join(cleanHome, "logs", "imperative.log"), WARN_LINE.repeat(LOG_SIZE / WARN_LINE.length));

    const smallExplorer = path.join(work, "explorer-small-home");
    const bigExplorer = path.join(work, "explorer-200mb-home");
    writeExplorerHome(smallExplorer, 10 * 1024);
    writeExplorerHome(bigExplorer, 200 * 1024 * 1024);
    const tailSmall = path.join(work, "explorer-3kb-one-failure");
    const tailBig = path.join(work, "explorer-200mb-info-one-failure");
    writeInfoOnlyExplorerHome(tailSmall, 3 * 1024);
    writeInfoOnlyExplorerHome(tailBig, 200 * 1024 * 1024);

    const ordinaryInput = path.join(work, "ordinary-1k.json");
    const hostileInput = path.join(work, "hostile-1m.json");
    fs.writeFileSync(ordinaryInput, rfjWith("Authentication failed: the user ID or password is not valid. IZUG846W".padEnd(1024 - 600, " ")));
    fs.writeFileSync(hostileInput, rfjWith(hostileText(1024 * 1024)));

    // doctor on 20 profiles: the plug-in's home with a team configuration of 10 zosmf, 9 ssh and a base profile.
    const doctorHome = path.join(work, "doctor-20-profiles");
    fs.cpSync(path.join(pluginHome, "plugins"), path.join(doctorHome, "plugins"), { recursive: true });
    fs.cpSync(path.join(pluginHome, "settings"), path.join(doctorHome, "settings"), { recursive: true });
    const profiles = { base: { type: "base", properties: { host: "mf.example.com", rejectUnauthorized: true }, secure: [] } };
    for (let index = 1; index <= 19; index++) {
        profiles[`p${index}`] = index <= 10 ? { type: "zosmf", properties: { port: 443 + index }, secure: [] } :
            { type: "ssh", properties: { host: `lpar${index}.example.com`, port: 22 }, secure: [] };
    }
    fs.writeFileSync(path.join(doctorHome, "zowe.config.json"), JSON.stringify({ profiles, defaults: { zosmf: "p1", ssh: "p11", base: "base" } }));

    const series = {
        "zowe --version (no plug-in)": () => run(["--version"], baseHome, null, "base"),
        "zowe --version (plug-in installed)": () => run(["--version"], pluginHome, null, "plugin"),
        "zowe http-status explain 503": () => run(["http-status", "explain", "503"], pluginHome, null, "explain"),
        "last-error, 10 KB log": () => run(["http-status", "last-error"], smallHome, "small", "small"),
        "last-error, 6 x 10 MB rotated logs": () => run(["http-status", "last-error"], bigHome, "big", "big"),
        "last-error, 6 x 10 MB, no failure (full scan)": () => run(["http-status", "last-error"], cleanHome, "clean", "clean"),
        "last-error, a burst of 2,000 identical failures": () => run(["http-status", "last-error"], burstHome, "burst", "burst"),
        "last-error, 10 KB Explorer log": () => run(["http-status", "last-error"], pluginHome, "explorerSmall", "explorerSmall", smallExplorer),
        "last-error, 200 MB Explorer log": () => run(["http-status", "last-error"], pluginHome, "explorerBig", "explorerBig", bigExplorer),
        "last-error, 3 KB Explorer log, one failure": () => run(["http-status", "last-error", "--rfj"], pluginHome, "tailSmall", "tailSmall", tailSmall),
        "last-error, 200 MB of INFO lines, one failure at the end": () =>
            run(["http-status", "last-error", "--rfj"], pluginHome, "tailBig", "tailBig", tailBig),
        "last-error --count 5, 3 KB Explorer log, one failure": () =>
            run(["http-status", "last-error", "--count", "5", "--rfj"], pluginHome, null, "tailSmallCount", tailSmall),
        "last-error --count 5, 200 MB of INFO lines, one failure at the end": () =>
            run(["http-status", "last-error", "--count", "5", "--rfj"], pluginHome, null, "tailBigCount", tailBig),
        "last-error --input, 1 KB ordinary --rfj": () => run(["http-status", "last-error", "--input", ordinaryInput], pluginHome, null, "ordinary"),
        "last-error --input, 1 MB hostile --rfj": () => run(["http-status", "last-error", "--input", hostileInput], pluginHome, null, "hostile"),
        "explain 503 (do-nothing command), 20-profile home": () => run(["http-status", "explain", "503"], doctorHome, null, "doNothing"),
        // doctor exits 1 when a check fails (on a machine without a keyring the credential manager does): the cost is the same.
        "doctor, 20-profile home": () => run(["http-status", "doctor"], doctorHome, null, "doctor", null, [0, 1])
    };
    // BENCH_ONLY=<regular expression> measures only the series whose names match (e.g. BENCH_ONLY="one failure").
    const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
    const names = Object.keys(series).filter((name) => only == null || only.test(name));
    const times = Object.fromEntries(names.map((name) => [name, []]));
    for (const name of names) {
        series[name]();
    }
    process.stdout.write(`Warm-up done; ${rounds} interleaved rounds ...\n`);
    for (let round = 0; round < rounds; round++) {
        for (let i = 0; i < names.length; i++) {
            const name = names[(round + i) % names.length];
            times[name].push(series[name]());
        }
    }

    // As in the CLI, imperative is loaded before the plug-in's definitions: only what they add is counted.
    require(require.resolve("@zowe/imperative", { paths: [root] }));
    const started = process.hrtime.bigint();
    const before = new Set(Object.keys(require.cache));
    const pluginDef = require(path.join(root, "lib", "pluginDef.js"));
    const definitionFiles = fs.readdirSync(path.join(root, "lib", "cli"), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .flatMap((entry) => fs.readdirSync(path.join(root, "lib", "cli", entry.name))
            .filter((file) => file.endsWith(".definition.js")).map((file) => path.join(root, "lib", "cli", entry.name, file)));
    definitionFiles.forEach((file) => require(file));
    const loadMs = Number(process.hrtime.bigint() - started) / 1e6;
    const loaded = Object.keys(require.cache).filter((key) => !before.has(key)).length;

    process.stdout.write("\n| series | median ms | min ms | max ms | runs |\n| --- | ---: | ---: | ---: | ---: |\n");
    for (const name of names) {
        const values = times[name];
        process.stdout.write(`| ${name} | ${median(values).toFixed(0)} | ${Math.min(...values).toFixed(0)} | ` +
            `${Math.max(...values).toFixed(0)} | ${values.length} |\n`);
    }
    const wall = (name) => (times[name] != null ? median(times[name]) : NaN);
    const cpu = (label) => (cpuMs[label] != null ? median(cpuMs[label]) : NaN);
    /** One line of results, left out when BENCH_ONLY skipped a series it needs. */
    const say = (value, text) => {
        if (Number.isFinite(value)) {
            process.stdout.write(text);
        }
    };
    const loadRatio = wall("zowe --version (plug-in installed)") / wall("zowe --version (no plug-in)");
    const explainRatio = wall("zowe http-status explain 503") / wall("zowe --version (plug-in installed)");
    say(loadRatio, `\nload overhead ratio (version with / without plug-in): ${loadRatio.toFixed(3)} ` +
        `(target <= 1.02: ${loadRatio <= 1.02 ? "met" : "missed"})\n`);
    say(loadRatio, `  the same on the fastest run of each series (least disturbed by other work): ` +
        `${(Math.min(...times["zowe --version (plug-in installed)"] ?? []) / Math.min(...times["zowe --version (no plug-in)"] ?? [])).toFixed(3)}\n`);
    say(cpu("plugin") / cpu("base"), `  the same in CPU time (user + system): ${(cpu("plugin") / cpu("base")).toFixed(3)} ` +
        `(medians ${cpu("plugin").toFixed(0)} / ${cpu("base").toFixed(0)} ms)\n`);
    say(explainRatio, `explain 503 / version ratio: ${explainRatio.toFixed(3)} (target <= 1.00: ${explainRatio <= 1 ? "met" : "missed"})\n`);
    const lastErrorRatio = wall("last-error, 6 x 10 MB rotated logs") / wall("last-error, 10 KB log");
    say(lastErrorRatio, `last-error 60 MB / 10 KB ratio: ${lastErrorRatio.toFixed(3)} (target <= 1.1: ${lastErrorRatio <= 1.1 ? "met" : "missed"})\n`);
    const fullScan = wall("last-error, 6 x 10 MB, no failure (full scan)") / wall("last-error, 10 KB log");
    say(fullScan, `last-error with no failure in 60 MB / 10 KB ratio (worst case, full scan): ${fullScan.toFixed(3)}\n`);
    const explorerRatio = wall("last-error, 200 MB Explorer log") / wall("last-error, 10 KB Explorer log");
    say(explorerRatio, `last-error over a 200 MB Explorer log / 10 KB Explorer log ratio: ${explorerRatio.toFixed(3)} ` +
        `(target <= 1.1: ${explorerRatio <= 1.1 ? "met" : "missed"}; log of ` +
        `${fs.statSync(path.join(bigExplorer, ".vscode", "extensions", "zowe.vscode-extension-for-zowe-3.4.2", "logs", "zowe.log")).size} bytes)\n`);
    for (const [what, big, small] of [["last-error", "big", "small", "6 x 10 MB rotated logs / 10 KB log"],
        ["last-error", "clean", "small", "6 x 10 MB, no failure / 10 KB log (full scan)"],
        ["last-error", "explorerBig", "explorerSmall", "200 MB Explorer log / 10 KB Explorer log"],
        ["last-error", "burst", "small", "a burst of 2,000 identical failures (counted) / 10 KB log"]].map(([a, b, c, d]) => [`${a}, ${d}`, b, c])) {
        const ratio = cpu(big) / cpu(small);
        say(ratio, `${what}, CPU time: ${ratio.toFixed(3)} (medians ${cpu(big).toFixed(0)} / ${cpu(small).toFixed(0)} ms)\n`);
    }
    for (const [what, big, small] of [["last-error --rfj", "tailBig", "tailSmall"], ["last-error --count 5 --rfj", "tailBigCount", "tailSmallCount"]]) {
        const ratio = cpu(big) / cpu(small);
        say(ratio, `${what}, one failure at the end of 200 MB of INFO lines / of a 3 KB log, CPU time: ${ratio.toFixed(3)} ` +
            `(medians ${cpu(big).toFixed(0)} / ${cpu(small).toFixed(0)} ms; target <= 1.1: ${ratio <= 1.1 ? "met" : "missed"})\n`);
    }
    const hostileRatio = cpu("hostile") / cpu("ordinary");
    say(hostileRatio, `adversarial input ratio, CPU time (1 MB hostile / 1 KB ordinary --input): ` +
        `${hostileRatio.toFixed(3)} (medians ${cpu("hostile").toFixed(0)} / ` +
        `${cpu("ordinary").toFixed(0)} ms; sizes ${fs.statSync(hostileInput).size} / ${fs.statSync(ordinaryInput).size} bytes)\n`);
    const doctorRatio = cpu("doctor") / cpu("doNothing");
    say(doctorRatio, `doctor on 20 profiles / explain 503, CPU time: ${doctorRatio.toFixed(3)} (medians ${cpu("doctor").toFixed(0)} / ` +
        `${cpu("doNothing").toFixed(0)} ms; target <= 1.5: ${doctorRatio <= 1.5 ? "met" : "missed"})\n`);
    for (const [label, key] of [["10 KB log", "small"], ["6 x 10 MB logs", "big"], ["6 x 10 MB, no failure", "clean"],
        ["10 KB Explorer log", "explorerSmall"], ["200 MB Explorer log", "explorerBig"], ["3 KB Explorer log, one failure", "tailSmall"],
        ["200 MB of INFO lines, one failure", "tailBig"]]) {
        say(peakKb[key] != null ? 1 : NaN, `peak memory (max RSS) of last-error, ${label}: median ${(median(peakKb[key] ?? [0]) / 1024).toFixed(1)} MB\n`);
    }
    process.stdout.write(`in process: pluginDef "${pluginDef.name}" and ${definitionFiles.length} definitions load in ${loadMs.toFixed(1)} ms, ` +
        `${loaded} modules\n`);
    require("./hostileInProcess").benchHostileInProcess(rounds, (line) => process.stdout.write(line));
}

try {
    main();
} finally {
    fs.rmSync(work, { recursive: true, force: true });
}
