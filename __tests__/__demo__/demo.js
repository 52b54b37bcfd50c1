/**
 * `npm run demo`: the whole flow with no mainframe. It starts the project's fake z/OSMF on 127.0.0.1, installs the
 * plug-in into a temporary ZOWE_CLI_HOME, runs real Zowe CLI commands that fail against it, showing Zowe's own error,
 * and after each runs `zowe http-status last-error` so you can see what it tells you next to what Zowe said. Everything it starts stops on its own, and the
 * temporary home is removed at the end.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { scenarios, startFakeZosmf } = require("../__servers__/fakeZosmf.js");

const root = path.resolve(__dirname, "..", "..");
const zowe = path.join(root, "node_modules", ".bin", "zowe");
const home = fs.mkdtempSync(path.join(os.tmpdir(), "hs-demo-"));
const env = { ...process.env, ZOWE_CLI_HOME: home };

/** Run zowe without blocking, so the fake z/OSMF in this process can answer; show what it prints. */
function zowe_(args, { quiet = false } = {}) {
    process.stdout.write(`\n$ zowe ${args.map((arg) => (/[\s*]/.test(arg) ? `"${arg}"` : arg)).join(" ")}\n`);
    return new Promise((resolve, reject) => {
        const child = spawn(zowe, args, { env, stdio: ["ignore", quiet ? "ignore" : "inherit", quiet ? "ignore" : "inherit"] });
        const timer = setTimeout(() => child.kill("SIGKILL"), 120000);
        child.on("error", reject);
        child.on("close", (code) => {
            clearTimeout(timer);
            process.stdout.write(`(exit code ${code})\n`);
            resolve(code);
        });
    });
}

async function main() {
    process.stdout.write(`A temporary Zowe CLI home: ${home}\n`);
    await zowe_(["plugins", "install", root], { quiet: true });
    const server = await startFakeZosmf({ protocol: "https", rules: scenarios[404], lifetimeMs: 120000 });
    try {
        const connection = ["--host", "127.0.0.1", "--port", String(server.port), "--user", "ibmuser", "--password", "demo-secret-pw",
            "--protocol", "https", "--reject-unauthorized", "false"];
        process.stdout.write("\n1. A real Zowe CLI command fails against the fake z/OSMF (the data set is not cataloged):\n");
        await zowe_(["zos-files", "list", "data-set", "IBMUSER.NOPE", ...connection]);
        process.stdout.write("\n2. Later, all the user has is the logs. The plug-in finds the failure and explains it:\n");
        await zowe_(["http-status", "last-error"]);
        process.stdout.write("\n3. The same server with certificate checking on: Zowe's own error, then the explanation (brief):\n");
        await zowe_(["zosmf", "check", "status", ...connection.slice(0, -1), "true"]);
        await zowe_(["http-status", "last-error", "--brief"]);
        process.stdout.write("\n4. The recent failures as a table, then row 2 of it, as a Markdown report to paste into a ticket:\n");
        await zowe_(["http-status", "last-error", "--count", "5"]);
        await zowe_(["http-status", "last-error", "--index", "2", "--markdown"]);
    } finally {
        await server.close();
        fs.rmSync(home, { recursive: true, force: true });
    }
}

main().catch((error) => {
    process.stderr.write(`The demo failed: ${error.message}\n`);
    fs.rmSync(home, { recursive: true, force: true });
    process.exitCode = 1;
});
