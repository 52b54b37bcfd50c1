/**
 * The log reader over real failure blocks that Zowe CLI 8.37.1 wrote (captured against the fake z/OSMF, with the
 * environment dump replaced by a small one holding canaries), arranged the ways real logs arrange them.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readLoggedFailures } from "../../../../src/api/readers/ImperativeLogReader";

const fixtures = path.resolve(__dirname, "..", "..", "..", "__resources__", "logs");
const fixture = (name: string) => fs.readFileSync(path.join(fixtures, name), "utf8");
const WARN = "[2026/11/25 13:20:00.000] [WARN] [Imperative.js:435] Environmental setting for imperative log level ('ZOWE_IMPERATIVE_LOG_LEVEL') was blank.\n";

let dir: string;
beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "hs-logs-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string | Buffer>): string {
    for (const [name, content] of Object.entries(files)) {
        fs.writeFileSync(path.join(dir, name), content);
    }
    return dir;
}

describe("readLoggedFailures", () => {
    it("recovers every REST field of a failure", () => {
        const scan = readLoggedFailures({ logDir: write({ "imperative.log": WARN + fixture("failure-404.log") }) });
        expect(scan.failures).toHaveLength(1);
        const { call, environmentValues } = scan.failures[0];
        expect(call).toMatchObject({
            time: "2026-11-25T13:16:22.072",
            command: "zowe zos-files list data-set IBMUSER.* --host 127.0.0.1 --port 40609 --user **** --password **** --protocol http " +
                "--reject-unauthorized false",
            source: "http", status: 404, statusText: "Not Found", service: "zosmf",
            request: { method: "GET", protocol: "http", host: "127.0.0.1", port: 40609, basePath: "", resource: "/zosmf/restfiles/ds?dslevel=IBMUSER.*" },
            server: { category: 4, rc: 8, reason: 0, messageIds: ["ISRZ002"] },
            networkError: null,
            auth: { kind: "basic", allowUnauthorizedCert: true },
            evidence: { kind: "imperative-log", file: path.join(dir, "imperative.log") }
        });
        expect(call.server.message).toContain("ISRZ002 Data set not cataloged");
        expect(environmentValues).toEqual(expect.arrayContaining(["FixtureEnvCanary-81"]));
    });

    it("reads network, TLS and timeout failures", () => {
        const scan = readLoggedFailures({
            logDir: write({ "imperative.log": [fixture("failure-refused.log"), fixture("failure-tls.log"), fixture("failure-hang.log")].join("") }),
            limit: 5
        });
        expect(scan.failures.map((failure) => [failure.call.source, failure.call.networkError?.code ?? null])).toEqual([
            ["timeout", null], ["client", "DEPTH_ZERO_SELF_SIGNED_CERT"], ["client", "ECONNREFUSED"]
        ]);
        expect(scan.failures[0].call.networkError?.message).toContain("request completion timeout");
        expect(scan.failures[1].call.auth.allowUnauthorizedCert).toBe(false);
    });

    it("returns the newest failure first and stops at the limit", () => {
        const logDir = write({ "imperative.log": fixture("failure-404.log") + WARN + fixture("failure-500.log") });
        expect(readLoggedFailures({ logDir }).failures.map((failure) => failure.call.status)).toEqual([500]);
        expect(readLoggedFailures({ logDir, limit: 10 }).failures.map((failure) => failure.call.status)).toEqual([500, 404]);
    });

    it("joins a failure split by a rotation across imperative.log.1 and imperative.log", () => {
        const text = fixture("failure-404.log");
        const cut = text.indexOf("      resource:");
        const scan = readLoggedFailures({ logDir: write({ "imperative.log.1": WARN + text.slice(0, cut), "imperative.log": text.slice(cut) + WARN }) });
        expect(scan.failures[0].call).toMatchObject({ status: 404, request: { resource: "/zosmf/restfiles/ds?dslevel=IBMUSER.*" } });
        expect(scan.failures[0].call.evidence.file).toBe(path.join(dir, "imperative.log.1"));
    });

    it("looks in older backups when the current file has no failure", () => {
        const scan = readLoggedFailures({ logDir: write({ "imperative.log.3": fixture("failure-500.log"), "imperative.log.1": WARN, "imperative.log": WARN }) });
        expect(scan.failures[0].call.status).toBe(500);
        expect(scan.filesRead).toEqual(["imperative.log", "imperative.log.1", "imperative.log.3"].map((name) => path.join(dir, name)));
    });

    it("pairs a failure with its own dump when another process interleaves its events", () => {
        const mine = fixture("failure-404.log").split(/(?=^\[2026)/m);
        const theirs = fixture("failure-500.log").split(/(?=^\[2026)/m).filter((event) => !event.includes("CommandYargs"));
        const interleaved = mine.flatMap((event, index) => [event, theirs[index] ?? ""]).join("");
        const scan = readLoggedFailures({ logDir: write({ "imperative.log": interleaved }), limit: 5 });
        expect(scan.failures.map((failure) => failure.call.status)).toEqual([404]);
    });

    it("skips the plug-in's own failures", () => {
        const own = fixture("failure-404.log").replace("zowe zos-files list data-set IBMUSER.*", "zowe http-status last-error --input x.json");
        expect(readLoggedFailures({ logDir: write({ "imperative.log": fixture("failure-500.log") + own }) }).failures[0].call.status).toBe(500);
    });

    it("attaches the z/OSMF stack that only zowe.log kept", () => {
        const scan = readLoggedFailures({ logDir: write({ "imperative.log": fixture("failure-500.log"), "zowe.log": fixture("zowe-500.log") }) });
        expect(scan.failures[0].call.server.stack).toContain("fake z/OSMF failure");
        expect(scan.failures[0].call.evidence.zoweLog).toBe(path.join(dir, "zowe.log"));
    });

    it("does not attach the z/OSMF stack of another failure", () => {
        const later404 = fixture("failure-404.log").replace(/2026\/11\/25 13:16:22\.07/g, "2026/11/25 13:16:22.69");
        const scan = readLoggedFailures({ logDir: write({ "imperative.log": fixture("failure-500.log") + later404, "zowe.log": fixture("zowe-500.log") }),
            limit: 2 });
        expect(scan.failures.map((failure) => [failure.call.status, failure.call.server.stack != null])).toEqual([[404, false], [500, true]]);
    });

    it("reads past thousands of failures that made no REST call", () => {
        const profileError = "[2026/11/25 13:00:00.000] [ERROR] [CommandProcessor.js:820] Handler for command \"data-set\" failed.\n" +
            "[2026/11/25 13:00:00.001] [ERROR] [CommandYargs.js:147] Error in command data-set\n" +
            "[2026/11/25 13:00:00.001] [ERROR] [CommandYargs.js:148] [\n  {\n    success: false,\n    exitCode: 1,\n" +
            "    message: 'Profile lpar1 does not exist',\n    error: { msg: 'Profile lpar1 does not exist' }\n  }\n]\n";
        const logDir = write({ "imperative.log": profileError.repeat(Math.ceil(10e6 / profileError.length)) });
        expect(readLoggedFailures({ logDir }).failures).toEqual([]);
    });

    it.each([
        ["an empty log", ""],
        ["a binary log", Buffer.from(Array.from({ length: 70000 }, (_, index) => (index * 7919) % 256))],
        ["a dump cut in the middle", fixture("failure-404.log").slice(0, 2600)],
        ["an anchor with nothing after it", "[2026/11/25 13:16:22.072] [ERROR] [CommandProcessor.js:820] Handler for command \"data-set\" failed."],
        ["a 10 MB single line", "x".repeat(10 * 1024 * 1024)]
    ])("never throws on %s", (_label, content) => {
        const scan = readLoggedFailures({ logDir: write({ "imperative.log": content }) });
        expect(Array.isArray(scan.failures)).toBe(true);
    });

    it("keeps what it can read when a backup is not a readable file", () => {
        fs.mkdirSync(path.join(dir, "imperative.log.1"));
        const scan = readLoggedFailures({ logDir: write({ "imperative.log.2": fixture("failure-404.log"), "imperative.log": WARN }) });
        expect(scan.failures[0].call.status).toBe(404);
    });

    it("reads logs written on Windows (CRLF) and by versions whose events carry no source tag", () => {
        const windows = fixture("failure-404.log").replace(/\n/g, "\r\n");
        expect(readLoggedFailures({ logDir: write({ "imperative.log": windows }) }).failures[0].call).toMatchObject({
            status: 404, request: { resource: "/zosmf/restfiles/ds?dslevel=IBMUSER.*" }, server: { category: 4 }
        });
        const untagged = fixture("failure-tls.log").replace(/\] \[[A-Za-z]+\.js:\d+\] /g, "] ");
        expect(readLoggedFailures({ logDir: write({ "imperative.log": untagged }) }).failures[0].call.networkError?.code).toBe("DEPTH_ZERO_SELF_SIGNED_CERT");
    });

    it("reads a log another process is writing to at the same time", async () => {
        const logDir = write({ "imperative.log": fixture("failure-404.log") });
        // A bounded writer: appends WARN lines and failures for about two seconds, then stops on its own.
        const writer = require("child_process").spawn(process.execPath, ["-e", `
            const fs = require("fs");
            const block = ${JSON.stringify(WARN.repeat(50) + fixture("failure-500.log"))};
            const end = Date.now() + 2000;
            while (Date.now() < end) { fs.appendFileSync(${JSON.stringify(path.join(dir, "imperative.log"))}, block); }
        `]);
        const seen = new Set<number | null>();
        const closed = new Promise((resolve) => writer.on("close", resolve));
        for (let attempt = 0; attempt < 40; attempt++) {
            for (const failure of readLoggedFailures({ logDir, limit: 3 }).failures) {
                seen.add(failure.call.status);
            }
            await new Promise((resolve) => setTimeout(resolve, 25));
        }
        await closed;
        expect([...seen].filter((status) => status !== 404 && status !== 500)).toEqual([]);
        expect(readLoggedFailures({ logDir }).failures[0].call.status).toBe(500);
    });

    it("finds nothing, without error, in a folder with no logs", () => {
        expect(readLoggedFailures({ logDir: path.join(dir, "missing") })).toEqual({ failures: [], filesRead: [], notes: [] });
    });
});
