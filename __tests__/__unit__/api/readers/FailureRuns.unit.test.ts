/**
 * Retry bursts in Zowe CLI's logs, from real failure entries (Zowe CLI 8.37.1 against the fake z/OSMF) logged again
 * and again: the same failure many times is one failure with `repeats`, across a rotation too, and the search stops
 * at what the answer needs (counted in bytes read, never in time).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readLoggedFailures } from "../../../../src/api/readers/ImperativeLogReader";
import { FailureRuns, REPEAT_GAP_MS } from "../../../../src/api/readers/FailureRuns";
import type { ILoggedFailure } from "../../../../src/api/readers/doc/ILogScan";
import { burst, readerTime, retimed } from "../../../__helpers__/bursts";
import { bytesRead } from "../../../__helpers__/bytesRead";

const fixtures = path.resolve(__dirname, "..", "..", "..", "__resources__", "logs");
const fixture = (name: string): string => fs.readFileSync(path.join(fixtures, name), "utf8");
const WARN = "[2026/11/25 09:00:00.000] [WARN] [Imperative.js:435] Environmental setting for imperative log level ('ZOWE_IMPERATIVE_LOG_LEVEL') was blank.\n";
const start = new Date(2026, 10, 25, 13, 16, 20, 0);
const later = (ms: number): Date => new Date(start.getTime() + ms);

let dir: string;
beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "hs-bursts-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): string {
    for (const [name, content] of Object.entries(files)) {
        fs.writeFileSync(path.join(dir, name), content);
    }
    return dir;
}

describe("a burst of the same failure in Zowe CLI's log", () => {
    it("2,000 identical REST failures 1 ms apart are one failure logged 2,000 times, about 1,000 a second, by zowe zos-files list data-set", () => {
        const scan = readLoggedFailures({ logDir: write({ "imperative.log": WARN + burst(fixture("failure-404.log"), 2000, start, 1).join("") }) });
        expect(scan.failures).toHaveLength(1);
        const { call } = scan.failures[0];
        expect(call).toMatchObject({ status: 404, time: readerTime(later(1999)) });
        expect(call.repeats).toEqual({
            count: 2000, first: readerTime(start), last: readerTime(later(1999)), perSecond: 1000.5, process: "zowe zos-files list data-set", complete: true
        });
    });

    it("counts a burst that a rotation split between imperative.log.1 and imperative.log", () => {
        const copies = burst(fixture("failure-404.log"), 2000, start, 1);
        const scan = readLoggedFailures({ logDir: write({ "imperative.log.1": WARN + copies.slice(0, 1234).join(""), "imperative.log": copies.slice(1234).join("") }) });
        expect(scan.failures).toHaveLength(1);
        expect(scan.failures[0].call.repeats).toMatchObject({ count: 2000, first: readerTime(start), last: readerTime(later(1999)), complete: true });
    });

    it("--count: the burst is one row, older different failures are rows of their own, a gap of more than a minute starts a new run", () => {
        const older404 = retimed(fixture("failure-404.log"), later(-10 * 60000));
        const tls = retimed(fixture("failure-tls.log"), later(-5 * 60000));
        const log = WARN + older404 + tls + burst(fixture("failure-404.log"), 50, start, 100).join("");
        const scan = readLoggedFailures({ logDir: write({ "imperative.log": log }), limit: 5 });
        expect(scan.failures.map((failure) => [failure.call.source, failure.call.repeats?.count ?? 1])).toEqual([["http", 50], ["client", 1], ["http", 1]]);
        expect(scan.failures[0].call.repeats).toMatchObject({ perSecond: 10.204, first: readerTime(start), last: readerTime(later(4900)) });
    });

    it("another failure in the middle of a burst does not split it", () => {
        const copies = burst(fixture("failure-404.log"), 40, start, 250);
        copies.splice(20, 0, retimed(fixture("failure-refused.log"), later(20 * 250 - 100)));
        const scan = readLoggedFailures({ logDir: write({ "imperative.log": copies.join("") }), limit: 2 });
        expect(scan.failures.map((failure) => failure.call.repeats?.count ?? 1)).toEqual([40, 1]);
    });

    it("a failure logged once has no repeats", () => {
        const scan = readLoggedFailures({ logDir: write({ "imperative.log": WARN + fixture("failure-404.log") }) });
        expect(scan.failures[0].call.repeats).toBeUndefined();
    });
});

describe("the cost is set by the tail", () => {

    it("one failure at the end of 30 MB of older lines reads about one chunk", () => {
        const filler = WARN.repeat(Math.ceil(10000000 / WARN.length));
        const older = retimed(fixture("failure-500.log"), later(-3600000));
        write({ "imperative.log.2": older + filler, "imperative.log.1": filler, "imperative.log": filler + retimed(fixture("failure-404.log"), start) });
        let found: ILoggedFailure[] = [];
        const one = bytesRead(() => {
            found = readLoggedFailures({ logDir: dir }).failures;
        });
        expect(found.map((failure) => failure.call.status)).toEqual([404]);
        expect(one).toBeLessThan(2 * 1048576);
    });
});

describe("FailureRuns", () => {
    const failure = (time: string | null, status = 401): ILoggedFailure => ({
        call: {
            time, client: "zowe-cli", command: "zowe zos-files list ds", source: "http", status, statusText: null, service: "zosmf",
            request: { method: "GET", protocol: "https", host: "h", port: 443, basePath: "", resource: "/zosmf/restfiles/ds" },
            server: { message: "no" }, networkError: null, auth: { kind: "basic", allowUnauthorizedCert: null }, evidence: { kind: "imperative-log", file: null }
        },
        environmentValues: []
    });

    it("settles once the runs wanted are found and the search is more than a gap older than each", () => {
        const runs = new FailureRuns(1, () => null);
        expect(runs.settledAt(Date.parse("2026-11-25T13:00:00.000"))).toBe(false);
        runs.add(failure("2026-11-25T13:00:00.000"));
        expect(runs.settledAt(Date.parse("2026-11-25T13:00:00.000") - REPEAT_GAP_MS + 1)).toBe(false);
        expect(runs.settledAt(Date.parse("2026-11-25T13:00:00.000") - REPEAT_GAP_MS - 1)).toBe(true);
    });

    it("settles after 20 other failures in a row, whatever their times", () => {
        const runs = new FailureRuns(1, () => null);
        runs.add(failure("2026-11-25T13:00:00.000"));
        for (let index = 0; index < 20; index++) {
            expect(runs.settledAt(Date.parse("2026-11-25T13:00:00.000"))).toBe(false);
            runs.add(failure("2026-11-25T13:00:00.000", 500 + index));
        }
        expect(runs.settledAt(Date.parse("2026-11-25T13:00:00.000"))).toBe(true);
    });

    it("never groups failures without a time, and gives no rate for failures logged at one instant", () => {
        const runs = new FailureRuns(3, () => "p");
        runs.add(failure(null));
        runs.add(failure(null));
        runs.add(failure("2026-11-25T13:00:00.000"));
        runs.add(failure("2026-11-25T13:00:00.000"));
        const found = runs.failures();
        expect(found.map((item) => item.call.repeats?.count ?? 1)).toEqual([1, 1, 2]);
        expect(found[2].call.repeats).toMatchObject({ perSecond: null, process: "p", complete: true });
    });
});
