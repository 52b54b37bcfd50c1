/**
 * The log reader over real failure blocks that Zowe CLI 8.37.1 wrote (captured against the fake z/OSMF, with the
 * environment dump replaced by a small one holding canaries), arranged the ways real logs arrange them.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readLoggedFailures } from "../../../../src/api/readers/ImperativeLogReader";
import { RotatedLog } from "../../../../src/api/readers/RotatedLog";

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
        ["a 10 MB single line", "x".repeat(10 * 1024 * 1024)]
    ])("finds nothing, and says nothing is wrong, in %s", (_label, content) => {
        expect(readLoggedFailures({ logDir: write({ "imperative.log": content }) })).toEqual({
            failures: [], filesRead: [path.join(dir, "imperative.log")], notes: []
        });
    });

    /** Set a file's modification time this many seconds into the past. */
    function age(file: string, seconds: number): void {
        const then = new Date(Date.now() - seconds * 1000);
        fs.utimesSync(path.join(dir, file), then, then);
    }

    it("does not read a failure another process is still writing, and reads it once it is whole", () => {
        const text = fixture("failure-404.log");
        const cut = text.lastIndexOf("\n]") + 1;
        write({ "imperative.log": fixture("failure-500.log") + text.slice(0, cut) });
        const writing = readLoggedFailures({ logDir: dir, limit: 5 });
        expect(writing.failures.map((failure) => failure.call.status)).toEqual([500]);
        expect(writing.notes).toEqual([expect.stringContaining("2026-11-25 13:16:22.072 was still being written")]);
        fs.appendFileSync(path.join(dir, "imperative.log"), text.slice(cut));
        expect(readLoggedFailures({ logDir: dir, limit: 5 }).failures.map((failure) => failure.call.status)).toEqual([404, 500]);
    });

    it("reports a failure whose entry was cut for good, with what it holds and a note", () => {
        const text = fixture("failure-404.log");
        write({ "imperative.log": text.slice(0, text.indexOf("      resource:")) });
        age("imperative.log", 60);
        const [failure] = readLoggedFailures({ logDir: dir }).failures;
        expect(failure.call).toMatchObject({
            time: "2026-11-25T13:16:22.072", status: 404, source: "http",
            request: { protocol: "http", host: "127.0.0.1", port: 40609, resource: null },
            evidence: { notes: [expect.stringContaining("damaged or cut short")] }
        });
        expect(failure.call.command).toContain("zowe zos-files list data-set IBMUSER.*");
    });

    it("reports a failure whose dump is missing, between two whole ones, with what can be read", () => {
        const text = fixture("failure-404.log");
        const withoutDump = text.slice(0, text.indexOf("Error in command data-set")).replace(/\n\[[^\n]*$/, "\n");
        const scan = readLoggedFailures({ logDir: write({ "imperative.log": fixture("failure-500.log") + withoutDump + fixture("failure-tls.log") }), limit: 5 });
        expect(scan.failures.map((failure) => [failure.call.source, failure.call.status, failure.call.evidence.notes != null])).toEqual([
            ["client", null, false], ["other", null, true], ["http", 500, false]
        ]);
        expect(scan.failures[1].call).toMatchObject({ time: "2026-11-25T13:16:22.072", networkError: null, request: { host: null } });
    });

    it("reads the EPROTO failure of an https profile pointed at an http port (an Error message with a blank line)", () => {
        const [failure] = readLoggedFailures({ logDir: write({ "imperative.log": fixture("failure-eproto.log") }) }).failures;
        expect(failure.call).toMatchObject({
            source: "client", status: null,
            request: { method: "GET", protocol: "https", host: "127.0.0.1", port: 34407, resource: "/zosmf/restfiles/ds?dslevel=IBMUSER.*" },
            networkError: { code: "EPROTO" },
            auth: { kind: "basic", allowUnauthorizedCert: true }
        });
        expect(failure.call.networkError?.message).toMatch(/^write EPROTO .*wrong version number/);
        expect(failure.call.evidence.notes).toBeUndefined();
    });

    it("does not take a failure for the plug-in's own because a word of its command line is hs", () => {
        const hsWords = fixture("failure-404.log").replace("zowe zos-files list data-set IBMUSER.*", "zowe zos-files list data-set hs");
        expect(readLoggedFailures({ logDir: write({ "imperative.log": fixture("failure-500.log") + hsWords }) }).failures[0].call.status).toBe(404);
    });

    it("passes over the records of a looping zowe process, names it once, and finds the real failure before them", () => {
        const record = fixture("loop-record.log");
        const loop = Array.from({ length: 300 }, (_, index) => {
            const ms = String(100 + index * 3).padStart(3, "0").slice(-3);
            return record.replace(/04:39:02\.53\d/g, `04:39:0${2 + Math.floor((100 + index * 3) / 1000)}.${ms}`);
        }).join("");
        const scan = readLoggedFailures({ logDir: write({ "imperative.log": fixture("failure-404.log") + loop }), limit: 5 });
        expect(scan.failures.map((failure) => failure.call.status)).toEqual([404]);
        expect(scan.notes).toHaveLength(1);
        expect(scan.notes[0]).toMatch(/^A zowe process was looping: "zowe zos-files list ds IBMUSER\.\* .*" logged the same failure 300 times/);
        expect(scan.notes[0]).toContain("pkill -f \"zowe zos-files list ds\"");
    });

    it("does not call a few syntax errors a loop", () => {
        const record = fixture("loop-record.log");
        const scan = readLoggedFailures({ logDir: write({ "imperative.log": fixture("failure-404.log") + record + record }) });
        expect(scan.failures[0].call.status).toBe(404);
        expect(scan.notes).toEqual([]);
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

    it("reads the logs as they were when it opened them, though they are rotated under it", () => {
        write({ "imperative.log.1": fixture("failure-500.log"), "imperative.log": fixture("failure-404.log") });
        const log = new RotatedLog(dir, "imperative.log");
        try {
            // log4js's rotation: every backup moves up one, and a new, empty current file is made.
            fs.renameSync(path.join(dir, "imperative.log.1"), path.join(dir, "imperative.log.2"));
            fs.renameSync(path.join(dir, "imperative.log"), path.join(dir, "imperative.log.1"));
            fs.writeFileSync(path.join(dir, "imperative.log"), WARN);
            const anchors = [...log.linesBackward("Handler for command \"")].map((line) => line.text.slice(1, 24));
            expect(anchors).toEqual(["2026/11/25 13:16:22.072", "2026/11/25 13:16:22.680"]);
            expect(log.files).toEqual([path.join(dir, "imperative.log"), path.join(dir, "imperative.log.1")]);
            expect(log.notes).toEqual([]);
        } finally {
            log.close();
        }
    });

    it("finds a failure in every scan while another process writes and rotates the logs, and names no problem twice", async () => {
        write({ "imperative.log": fixture("failure-404.log") });
        // A bounded writer: 60 rounds of appending a failure and rotating the files as log4js does, then it stops.
        const writer = require("child_process").spawn(process.execPath, ["-e", `
            const fs = require("fs");
            const path = require("path");
            const dir = ${JSON.stringify(dir)};
            const file = (index) => path.join(dir, index === 0 ? "imperative.log" : "imperative.log." + index);
            const block = ${JSON.stringify(WARN.repeat(20) + fixture("failure-500.log"))};
            for (let round = 0; round < 60; round++) {
                fs.appendFileSync(file(0), block);
                try { fs.unlinkSync(file(5)); } catch {}
                for (let index = 4; index >= 0; index--) {
                    try { fs.renameSync(file(index), file(index + 1)); } catch {}
                }
                fs.writeFileSync(file(0), block);
                const end = Date.now() + 5; while (Date.now() < end) {}
            }
        `]);
        const closed = new Promise((resolve) => writer.on("close", resolve));
        let running = true;
        void closed.then(() => (running = false));
        const scans: Array<ReturnType<typeof readLoggedFailures>> = [];
        while (running && scans.length < 400) {
            scans.push(readLoggedFailures({ logDir: dir, limit: 3 }));
            await new Promise((resolve) => setImmediate(resolve));
        }
        await closed;
        expect(scans.length).toBeGreaterThan(0);
        for (const scan of scans) {
            expect(scan.failures.length).toBeGreaterThan(0);
            expect(scan.failures.every((failure) => failure.call.status === 404 || failure.call.status === 500)).toBe(true);
            expect(new Set(scan.notes).size).toBe(scan.notes.length);
            expect(scan.notes.filter((note) => /could not be read/.test(note))).toEqual([]);
        }
        expect(readLoggedFailures({ logDir: dir }).failures[0].call.status).toBe(500);
    });

    it("finds nothing, without error, in a folder with no logs", () => {
        expect(readLoggedFailures({ logDir: path.join(dir, "missing") })).toEqual({ failures: [], filesRead: [], notes: [] });
    });
});
