#!/usr/bin/env node
/*
 * Writes docs/commandGroups/http-status.jsonc: the plug-in's command group as the Zowe CLI web help generator
 * (https://github.com/zowe/zowe-cli-web-help-generator) takes a third-party contribution. The generator's
 * `npm run contribute` runs `zowe --ac --rfj` with the plug-in installed, takes the child of the root command tree
 * (`data.children[]`) whose name is the command group, blanks every "handler" (a machine path) and writes it as
 * JSON indented by 2 spaces after a `// ` copyright comment wrapped at 77 columns, with no final newline.
 * This script does the same, with the CLI pinned in node_modules and a throw-away ZOWE_CLI_HOME, so the file
 * depends only on the sources and the pinned CLI.
 *
 * Usage: npm run web-help              (builds, then writes the file)
 *        node scripts/webHelp.js --check (exit 1 if the committed file differs from what the build gives)
 * A `.copyright` file at the project root replaces the default notice, as in the generator.
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const projectDir = path.resolve(__dirname, "..");
const outFile = path.join(projectDir, "docs", "commandGroups", "http-status.jsonc");
const defaultCopyright = "Copyright Contributors to the Zowe Project.";
const installTimeoutMs = 5 * 60 * 1000;
const treeTimeoutMs = 2 * 60 * 1000;

/** The group name the plug-in registers (pluginDef `name`): the key the generator looks the group up by. */
function groupName() {
    const pkg = JSON.parse(fs.readFileSync(path.join(projectDir, "package.json"), "utf8"));
    const def = require(path.join(projectDir, pkg.imperative.configurationModule));
    return def.name;
}

/** The Zowe CLI entry point pinned in devDependencies, run with this Node (no shell, no global zowe). */
function zoweMain() {
    const pkgPath = require.resolve("@zowe/cli/package.json", { paths: [projectDir] });
    const bin = require(pkgPath).bin;
    return path.join(path.dirname(pkgPath), typeof bin === "string" ? bin : bin.zowe);
}

/** An environment with only the throw-away home: no daemon, colours or ZOWE_* settings of the caller. */
function cliEnv(home) {
    const env = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (!/^ZOWE_/i.test(key)) { env[key] = value; }
    }
    return { ...env, ZOWE_CLI_HOME: home, FORCE_COLOR: "0", NO_COLOR: "1" };
}

function runZowe(home, args, timeout) {
    const result = spawnSync(process.execPath, [zoweMain(), ...args], {
        cwd: home, env: cliEnv(home), encoding: "utf8", timeout, maxBuffer: 256 * 1024 * 1024,
        stdio: ["ignore", "pipe", "pipe"]
    });
    if (result.error || result.status !== 0) {
        const why = result.error ? result.error.message : `exit code ${result.status}`;
        throw new Error(`zowe ${args.join(" ")} failed (${why})\n${result.stdout || ""}${result.stderr || ""}`);
    }
    return result.stdout;
}

/** `// ` comment lines of at most 77 columns, like the generator's header. */
function commentHeader(text) {
    const lines = [];
    for (const paragraph of text.trim().split(/\r?\n/)) {
        let line = "";
        for (const word of paragraph.split(/\s+/).filter(Boolean)) {
            if (line && line.length + 1 + word.length > 77) { lines.push(line); line = word; }
            else { line = line ? `${line} ${word}` : word; }
        }
        lines.push(line);
    }
    return lines.map((line) => `// ${line}`.trimEnd()).join("\n");
}

function copyright() {
    const file = path.join(projectDir, ".copyright");
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : defaultCopyright;
}

/** The command group file's text, from the CLI's full command tree with the plug-in installed. */
function buildContribution() {
    const name = groupName();
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "http-status-web-help-"));
    const cleanUp = () => fs.rmSync(home, { recursive: true, force: true });
    const onSignal = (signal) => { cleanUp(); process.kill(process.pid, signal); };
    process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
    try {
        runZowe(home, ["plugins", "install", projectDir], installTimeoutMs);
        const response = JSON.parse(runZowe(home, ["--available-commands", "--response-format-json"], treeTimeoutMs));
        const group = ((response.data || {}).children || []).find((child) => child.name === name);
        if (!group) {
            throw new Error(`the command tree has no "${name}" group: the plug-in did not install`);
        }
        const json = JSON.stringify(group, (key, value) => (key === "handler" ? "" : value), 2);
        if (json.includes(home) || json.includes(projectDir)) {
            throw new Error("the command tree holds a machine path; the file would not be reproducible");
        }
        return `${commentHeader(copyright())}\n${json}`;
    } finally {
        process.removeListener("SIGINT", onSignal).removeListener("SIGTERM", onSignal);
        cleanUp();
    }
}

function main() {
    const text = buildContribution();
    const rel = path.relative(projectDir, outFile);
    if (process.argv.includes("--check")) {
        const current = fs.existsSync(outFile) ? fs.readFileSync(outFile, "utf8") : "";
        if (current !== text) {
            process.stderr.write(`${rel} is out of date: run npm run web-help\n`);
            process.exitCode = 1;
        } else {
            process.stdout.write(`${rel} is up to date\n`);
        }
        return;
    }
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.writeFileSync(outFile, text);
    process.stdout.write(`Wrote ${rel} (${text.length} characters)\n`);
}

try {
    main();
} catch (err) {
    process.stderr.write(`web-help: ${err.message}\n`);
    process.exitCode = 1;
}
