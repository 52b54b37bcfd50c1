import * as fs from "fs";
import * as path from "path";

/** Where a Zowe CLI home keeps its logs, by version. */
export interface ILogLayout {
    /** The folder of imperative.log and its backups. */
    imperativeLogDir: string;
    /** The folder of zowe.log (the z/OSMF stacks). */
    zoweLogDir: string;
    /** `v3` (`<home>/logs`), `v1-v2` (`<home>/imperative/logs` and `<home>/zowe/logs`) or `folder` (a folder as given). */
    layout: "v3" | "v1-v2" | "folder";
}

function holdsImperativeLog(dir: string): boolean {
    try {
        return fs.readdirSync(dir).some((name) => /^imperative\.log(\.\d)?$/.test(name));
    } catch {
        return false;
    }
}

/**
 * Find the logs of a folder a user names: a Zowe CLI home of v3 (`logs/`) or of v1/v2 (`imperative/logs/` and
 * `zowe/logs/`), one of those logs folders itself (a v1/v2 `imperative/logs` finds its `zowe/logs` beside it), or a
 * folder of copied logs.
 * @param dir - the folder
 * @param isHome - the folder is a Zowe CLI home: when it holds no logs yet, they will be in its v3 `logs` folder
 * @returns where imperative.log and zowe.log are; the folder itself when it holds neither layout
 */
export function findLogLayout(dir: string, isHome = false): ILogLayout {
    const v3 = path.join(dir, "logs");
    const v1v2 = path.join(dir, "imperative", "logs");
    if (!holdsImperativeLog(dir) && holdsImperativeLog(v3)) {
        return { imperativeLogDir: v3, zoweLogDir: v3, layout: "v3" };
    }
    if (!holdsImperativeLog(dir) && holdsImperativeLog(v1v2)) {
        return { imperativeLogDir: v1v2, zoweLogDir: path.join(dir, "zowe", "logs"), layout: "v1-v2" };
    }
    const parent = path.dirname(path.resolve(dir));
    if (path.basename(path.resolve(dir)) === "logs" && path.basename(parent) === "imperative") {
        return { imperativeLogDir: dir, zoweLogDir: path.join(path.dirname(parent), "zowe", "logs"), layout: "v1-v2" };
    }
    return isHome && !holdsImperativeLog(dir) ? { imperativeLogDir: v3, zoweLogDir: v3, layout: "v3" } :
        { imperativeLogDir: dir, zoweLogDir: dir, layout: "folder" };
}

/**
 * What only Zowe CLI writes to imperative.log: a failed handler's anchor, and the start-up lines and caller tags of
 * imperative's command processing, which Zowe Explorer never runs (and whose bundles tag their lines `*.extension.js`).
 */
const CLI_IMPERATIVE_MARKS = /Handler for command "|Environmental setting for (?:imperative|app) log level|\] \[(?:CommandProcessor|Imperative|CommandYargs)\.js:\d/;
/** A caller tag of a log event: `[List.js:225]` (a module of Zowe CLI's SDK) or `[main.extension.js:51]` (a bundle of an editor extension). */
const CALLER_TAG = /^\[\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\.\d{3}\] \[[A-Z]+\] \[([^\]\n]{1,256}):\d+\] /gm;
/** How much of each end of a file is looked at. */
const SAMPLE_BYTES = 65536;

/** The first and last SAMPLE_BYTES of a file, as text; empty when it cannot be read. */
function ends(file: string): string {
    let fd: number | undefined;
    try {
        fd = fs.openSync(file, "r");
        const size = fs.fstatSync(fd).size;
        const head = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
        fs.readSync(fd, head, 0, head.length, 0);
        const tail = Buffer.alloc(Math.min(Math.max(0, size - head.length), SAMPLE_BYTES));
        fs.readSync(fd, tail, 0, tail.length, size - tail.length);
        return `${head.toString("utf8")}\n${tail.toString("utf8")}`;
    } catch {
        return "";
    } finally {
        if (fd !== undefined) {
            fs.closeSync(fd);
        }
    }
}

/**
 * Whether a folder is a Zowe CLI logs folder (`$ZOWE_CLI_HOME/logs`, or a v1/v2 `zowe/logs` or `imperative/logs`), whose
 * zowe.log is the CLI's own app log, not a Zowe Explorer log: its imperative.log (or first backup) holds what only
 * Zowe CLI writes, or every caller tag at the ends of its zowe.log names a module of the SDK (`List.js`) rather than
 * an extension's bundle (`main.extension.js`). Only the first and last 64 KiB of each file are read.
 * @param dir - the folder
 * @returns true when the folder's logs are Zowe CLI's
 */
export function isZoweCliLogFolder(dir: string): boolean {
    const imperativeLogs = ["imperative.log", "imperative.log.1"].map((name) => path.join(dir, name))
        .concat(path.basename(path.resolve(dir)) === "logs" && path.basename(path.dirname(path.resolve(dir))) === "zowe" ?
            [path.join(dir, "..", "..", "imperative", "logs", "imperative.log")] : []);
    if (imperativeLogs.some((file) => CLI_IMPERATIVE_MARKS.test(ends(file)))) {
        return true;
    }
    const tags = [...ends(path.join(dir, "zowe.log")).matchAll(CALLER_TAG)].map((match) => match[1]);
    return tags.length > 0 && tags.every((tag) => /^[\w.-]{1,128}\.js$/.test(tag) && !/extension\.js$/i.test(tag));
}
