/**
 * `npm run bench`: what the plug-in costs, measured side by side in one run, reported as medians and ratios.
 *
 * - Load overhead: `zowe --version` in a ZOWE_CLI_HOME without the plug-in and in one with it installed from its
 *   packed tarball (every zowe command loads the plug-in's definitions). Target: ratio <= 1.02.
 * - `zowe http-status explain 503` against `zowe --version` in the same home. Target: ratio <= 1.00.
 *
 * Runs are interleaved round by round (the order rotates each round), so load from other processes falls on
 * every series alike. BENCH_RUNS sets the rounds (default 15).
 */
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..", "..");
const zowe = path.join(root, "node_modules", ".bin", "zowe");
const rounds = Number(process.env.BENCH_RUNS || 15);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "hs-bench-"));

function run(args, home) {
    const started = process.hrtime.bigint();
    const result = spawnSync(zowe, args, { env: { ...process.env, ZOWE_CLI_HOME: home, FORCE_COLOR: "0" }, encoding: "utf8", timeout: 120000 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) {
        throw new Error(`zowe ${args.join(" ")} failed (exit ${result.status}): ${result.stderr}`);
    }
    return ms;
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

    const series = {
        "zowe --version (no plug-in)": () => run(["--version"], baseHome),
        "zowe --version (plug-in installed)": () => run(["--version"], pluginHome),
        "zowe http-status explain 503": () => run(["http-status", "explain", "503"], pluginHome)
    };
    const names = Object.keys(series);
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
    const loadRatio = median(times[names[1]]) / median(times[names[0]]);
    const explainRatio = median(times[names[2]]) / median(times[names[1]]);
    process.stdout.write(`\nload overhead ratio (version with / without plug-in): ${loadRatio.toFixed(3)} ` +
        `(target <= 1.02: ${loadRatio <= 1.02 ? "met" : "missed"})\n`);
    process.stdout.write(`explain 503 / version ratio: ${explainRatio.toFixed(3)} (target <= 1.00: ${explainRatio <= 1 ? "met" : "missed"})\n`);
    process.stdout.write(`in process: pluginDef "${pluginDef.name}" and ${definitionFiles.length} definitions load in ${loadMs.toFixed(1)} ms, ` +
        `${loaded} modules\n`);
}

try {
    main();
} finally {
    fs.rmSync(work, { recursive: true, force: true });
}
