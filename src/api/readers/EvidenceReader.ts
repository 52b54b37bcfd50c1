import * as fs from "fs";
import * as path from "path";
import { readErrorText, ERROR_TEXT_HEADER } from "./ErrorTextReader";
import { readLoggedFailures } from "./ImperativeLogReader";
import type { ILogScan } from "./ImperativeLogReader";
import { EvidenceError, readRfjResult } from "./RfjResultReader";
import { jsonErrorPlace } from "./jsonErrorPlace";

/** Saved results and pasted text larger than this are refused: no Zowe error comes near it. */
export const MAX_EVIDENCE_BYTES = 64 * 1024 * 1024;
const LOG_EVENT = /^\[\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\.\d{3}\] \[[A-Z]+\] /m;
const ACCEPTED = "Give a saved --rfj result of a failed zowe command, the error text it printed, or an imperative.log " +
    "(for example: zowe zos-files list data-set \"HLQ.*\" --rfj > failure.json, then --input failure.json).";

/**
 * Read evidence whose kind is not known in advance: a saved `--rfj` result, the error text of a failed command,
 * or Zowe CLI log text. The kind is detected from the content.
 * @param text - the evidence
 * @param name - where it came from, for messages and the record's `evidence.file` (`-` for standard input)
 * @returns the failures found, newest first, in the shape of a log scan
 * @throws {EvidenceError} when the text is none of these kinds or holds no REST failure
 */
export function readEvidenceText(text: string, name: string, includePayload = false): ILogScan {
    const content = text.replace(/^\uFEFF/, "");
    const trimmed = content.trim();
    if (trimmed.length === 0) {
        throw new EvidenceError(`${name} is empty. ${ACCEPTED}`);
    }
    if (trimmed.startsWith("{")) {
        let document: unknown;
        try {
            document = JSON.parse(trimmed);
        } catch {
            // V8's message quotes the input around the fault (a password, maybe): say where it is instead.
            const place = jsonErrorPlace(content);
            const where = place == null ? "it is not valid JSON" : `error at line ${place.line}, column ${place.column}`;
            throw new EvidenceError(`${name} looks like JSON but cannot be parsed (${where}). ${ACCEPTED}`);
        }
        return { failures: [{ call: readRfjResult(document, name, includePayload), environmentValues: [] }], filesRead: [name], notes: [] };
    }
    if (ERROR_TEXT_HEADER.test(content) || /^Diagnostic Information$/m.test(content)) {
        const call = readErrorText(content, name, includePayload);
        if (call == null) {
            throw new EvidenceError(`${name} holds a Zowe error, but not of a REST call (no host, status or HTTP details in it).`);
        }
        return { failures: [{ call, environmentValues: [] }], filesRead: [name], notes: [] };
    }
    if (LOG_EVENT.test(content.slice(0, 65536))) {
        throw new EvidenceError(`${name} looks like a Zowe CLI log: pass its folder with --log-dir, or the file itself with --input <file>.`);
    }
    throw new EvidenceError(`${name} is not something last-error can read. ${ACCEPTED}`);
}

/** Say why a file could not be read, in words rather than an errno code. */
function describeFileError(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? "no such file" : code === "EACCES" || code === "EPERM" ? "permission denied" :
        code === "EISDIR" ? "it is a folder" : (error as Error).message;
}

/**
 * Read evidence from a file: a Zowe CLI log (read from its end, like the logs folder), or any kind
 * readEvidenceText takes.
 * @throws {EvidenceError} when the file cannot be read, is too large, or holds no REST failure
 */
export function readEvidenceFile(file: string, limit = 1, includePayload = false): ILogScan {
    let stat: fs.Stats;
    try {
        stat = fs.statSync(file);
    } catch (error) {
        throw new EvidenceError(`Cannot read ${file}: ${describeFileError(error)}.`);
    }
    if (!stat.isFile()) {
        throw new EvidenceError(`${file} is not a file. ${ACCEPTED}`);
    }
    let head: Buffer;
    try {
        const fd = fs.openSync(file, "r");
        try {
            head = Buffer.alloc(Math.min(stat.size, 65536));
            fs.readSync(fd, head, 0, head.length, 0);
        } finally {
            fs.closeSync(fd);
        }
    } catch (error) {
        throw new EvidenceError(`Cannot read ${file}: ${describeFileError(error)}.`);
    }
    if (/\.log(\.\d+)?$/.test(file) || LOG_EVENT.test(head.toString("utf8"))) {
        return readLoggedFailures({ logDir: path.dirname(file), fileName: path.basename(file), limit, includePayload });
    }
    if (stat.size > MAX_EVIDENCE_BYTES) {
        throw new EvidenceError(`${file} is ${stat.size} bytes, more than any saved Zowe result or error text. ${ACCEPTED}`);
    }
    return readEvidenceText(fs.readFileSync(file, "utf8"), file, includePayload);
}
