/**
 * Zowe Explorer's log (it never rotates) read from its tail: a real SDK error (ZosmfRestClient against the fake
 * z/OSMF) written as Explorer's logger writes it, after megabytes of INFO lines. The reader stops at what the answer
 * needs, says when --count stopped looking, and reads the whole log when asked (--all).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DEEP_SEARCH_BYTES, readExplorerLogFailures } from "../../../../../src/api/readers/explorer/ExplorerLogReader";
import type { IExplorerLogPlace } from "../../../../../src/api/readers/explorer/findExplorerLogs";
import { eventV31, failingSdkCall, infoLine, isoLocal } from "../../../../__helpers__/explorerLogs";
import type { ISdkFailure } from "../../../../__helpers__/explorerLogs";
import { bytesRead } from "../../../../__helpers__/bytesRead";

const { scenarios } = require("../../../../__servers__/fakeZosmf.js");

let dir: string;
let notFound: ISdkFailure;
const start = new Date(2026, 10, 25, 9, 30, 0, 0);
const hoursBefore = (hours: number): Date => new Date(start.getTime() - hours * 3600000);

beforeAll(async () => {
    notFound = await failingSdkCall(scenarios[404]);
}, 60000);
beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "hs-explorer-tail-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const place = (): IExplorerLogPlace => ({
    dir, fileName: "zowe.log", foundBy: "given",
    origin: { extension: "zowe.vscode-extension-for-zowe", extender: false, version: "3.4.2", editor: "VS Code" }
});

/** zowe.log: an old failure, then `megabytes` of INFO lines logged an hour later, then the newest failure. */
function writeLog(megabytes: number): void {
    const info = infoLine(hoursBefore(1));
    const fd = fs.openSync(path.join(dir, "zowe.log"), "w");
    fs.writeSync(fd, eventV31(notFound.error, hoursBefore(2), "mvs", "Retrieving response from MVS list API (the old one)"));
    const chunk = info.repeat(Math.ceil(1048576 / info.length));
    for (let written = 0; written < megabytes * 1048576; written += chunk.length) {
        fs.writeSync(fd, chunk);
    }
    fs.writeSync(fd, eventV31(notFound.error, start));
    fs.closeSync(fd);
}

describe("readExplorerLogFailures reads the tail", () => {
    it("the newest failure at the end of 40 MB of INFO lines costs about one chunk, not the whole log", () => {
        writeLog(40);
        let times: Array<string | null> = [];
        const read = bytesRead(() => {
            times = readExplorerLogFailures(place()).failures.map((failure) => failure.call.time);
        });
        expect(times).toEqual([isoLocal(start)]);
        expect(read).toBeLessThan(2 * 1048576);
    });

    it("--count looks 16 MB past the newest failure and says where it stopped; --all reads the whole log", () => {
        writeLog(40);
        let scan = readExplorerLogFailures(place(), { limit: 5 });
        const counted = bytesRead(() => {
            scan = readExplorerLogFailures(place(), { limit: 5 });
        });
        expect(scan.failures).toHaveLength(1);
        expect(counted).toBeLessThan(DEEP_SEARCH_BYTES + 2 * 1048576);
        expect(scan.notes.join("\n")).toMatch(/older failures were looked for in the 16 MB before the newest one found, .* run zowe http-status last-error --all/);
        const whole = readExplorerLogFailures(place(), { limit: 5, wholeLog: true });
        expect(whole.failures.map((failure) => failure.call.time)).toEqual([isoLocal(start), isoLocal(hoursBefore(2))]);
        expect(whole.failures[1].call.explorer?.scenario).toBe("Retrieving response from MVS list API (the old one)");
        expect(whole.notes).toEqual([]);
    });

    it("an old failure alone, behind 20 MB of INFO lines, is still found by last-error (the search goes on until one is found)", () => {
        const info = infoLine(hoursBefore(1));
        fs.writeFileSync(path.join(dir, "zowe.log"), eventV31(notFound.error, hoursBefore(2)) + info.repeat(Math.ceil(20 * 1048576 / info.length)));
        expect(readExplorerLogFailures(place()).failures.map((failure) => failure.call.time)).toEqual([isoLocal(hoursBefore(2))]);
    });
});
