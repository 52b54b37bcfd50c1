import * as fs from "fs";
import { PROMPT_TIMED_OUT } from "./shared/promptTimeout";
import * as path from "path";
import type { IFailedCall } from "../failure/doc/IFailedCall";
import type { IEvidenceFormat, IEvidenceReadContext } from "./doc/IEvidenceFormat";
import { EvidenceError } from "./EvidenceError";
import { CLI_LOG } from "./formats/cliLog";
import { EXPLORER_LOG } from "./formats/explorerLog";
import { ERROR_FRAGMENT } from "./formats/errorFragment";
import { RFJ_RESULT } from "./formats/rfjResult";
import { EVIDENCE_FORMATS } from "./formats";
import { readLoggedFailures } from "./ImperativeLogReader";
import type { ILoggedFailure, ILogScan } from "./doc/ILogScan";
import { jsonErrorPlace } from "./jsonErrorPlace";
import { cleanEvidenceText } from "./shared/cleanEvidenceText";

/** Saved results and pasted text larger than this are read only as logs: no Zowe error text comes near it. */
export const MAX_EVIDENCE_BYTES = 64 * 1024 * 1024;
const LOG_EVENT = /^\[\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\.\d{3}\] \[[A-Z]+\] /m;
const ACCEPTED = "Give what a failed Zowe command or Zowe Explorer showed or saved: the error text, a --rfj result, a log or a " +
    "part of one (for example: zowe zos-files list data-set \"HLQ.*\" --rfj > failure.json, then zowe http-status last-error failure.json).";

/** Options of readEvidenceText. */
export interface IEvidenceTextOptions {
    /** How many failures to return, newest first (default 1). */
    limit?: number;
    /** Keep request bodies (masked later) in the records. */
    includePayload?: boolean;
}

/**
 * True when a record holds an error signal: a status, a network or TLS error, a message ID, a time-out, a code a
 * plug-in's service reported. A text in an
 * error's layout that holds none of them (a profile or option error) is not a failed call. Zowe's own records of a
 * failed call (a --rfj error object, a logged dump) are.
 */
function holdsAFailure(call: IFailedCall, format: IEvidenceFormat): boolean {
    // A format of errors without a signal (Zowe's own errors, SDK exceptions, server logs) recognised an error.
    if (format.ownErrors === true) {
        return true;
    }
    // A --rfj error object or a logged dump is Zowe's own record of a failed REST call: trusted as it is.
    const zoweRecord = call.evidence.kind === "rfj" || call.evidence.kind === "imperative-log";
    // A code a plug-in's service reported in its own terms (a CMCI RESPONSE, an FTP reply or failed command) is a failure too.
    const serviceCode = call.server.fields != null && call.service !== "unknown";
    // Zowe's prompt for a missing value that nobody answered fails the command before any request.
    const promptTimedOut = PROMPT_TIMED_OUT.test(call.server.message ?? "");
    return zoweRecord || call.status != null || call.networkError != null || (call.server.messageIds?.length ?? 0) > 0 ||
        call.source === "timeout" || serviceCode || promptTimedOut;
}

/**
 * Read cleaned text with the formats that recognise it, the most confident first; the first format that finds a
 * failure gives the answer. Nested text (the stderr of a --rfj result) is read the same way.
 */
function readWithFormats(text: string, context: Omit<IEvidenceReadContext, "readNested">, depth = 0,
    formats: ReadonlyArray<IEvidenceFormat> = EVIDENCE_FORMATS): { failures: ILoggedFailure[]; logShaped: boolean } {
    // Formats show themselves at the start or the end of a text: a large one is told by those parts, so that detection
    // costs the same for 64 MB as for 256 KB. The fragment reader, the last resort, looks at the whole text.
    const sample = sampleOf(text);
    const ranked = formats.map((format, index) => ({ format, index, confidence: format.detect(format === ERROR_FRAGMENT ? text : sample) }))
        .filter((entry) => entry.confidence > 0).sort((a, b) => b.confidence - a.confidence || a.index - b.index);
    const readNested = (nested: string): ILoggedFailure[] =>
        (depth > 2 ? [] : readWithFormats(cleanEvidenceText(nested), context, depth + 1).failures);
    for (const { format } of ranked) {
        const failures = format.read(text, { ...context, readNested }).filter((failure) => holdsAFailure(failure.call, format));
        if (failures.length > 0) {
            return { failures, logShaped: false };
        }
    }
    return { failures: [], logShaped: ranked.some(({ format, confidence }) => format === CLI_LOG && confidence >= 0.9) };
}

/** How much of the start and of the end of a large text detection looks at. */
const SAMPLE_BYTES = 128 * 1024;

/** The start and the end of a text, or the whole of a small one. */
function sampleOf(text: string): string {
    return text.length <= 2 * SAMPLE_BYTES ? text : `${text.slice(0, SAMPLE_BYTES)}\n${text.slice(-SAMPLE_BYTES)}`;
}

function isJson(text: string): boolean {
    try {
        JSON.parse(text);
        return true;
    } catch {
        return false;
    }
}

/** Why text that holds no failure could not be read: said without quoting it (it may hold a password). */
function refusal(text: string, name: string): EvidenceError {
    const trimmed = text.trim();
    if (trimmed.length === 0) {
        return new EvidenceError(`${name} is empty. ${ACCEPTED}`);
    }
    if (/"success"\s{0,8}:\s{0,8}true/.test(trimmed)) {
        return new EvidenceError(`${name} is the --rfj result of a command that succeeded: there is no failure to explain.`);
    }
    if (/"success"\s{0,8}:\s{0,8}false/.test(trimmed)) {
        return new EvidenceError(`${name} is the --rfj result of a failure that holds no REST call (it failed before any request ` +
            "was sent, for example on a profile or option error), so there is no HTTP failure to explain.");
    }
    if (trimmed.startsWith("{") && isJson(trimmed)) {
        return new EvidenceError(`${name} is JSON that holds no error: no --rfj result of a failure, no error document of a service. ${ACCEPTED}`);
    }
    if (trimmed.startsWith("{")) {
        const place = jsonErrorPlace(trimmed);
        const where = place == null ? "it is not valid JSON" : `error at line ${place.line}, column ${place.column}`;
        return new EvidenceError(`${name} looks like JSON but cannot be parsed (${where}). ${ACCEPTED}`);
    }
    return new EvidenceError(`${name} holds no error: no HTTP status, network or TLS error code, or message ID. ${ACCEPTED}`);
}

/**
 * Read evidence whose kind is not known in advance, detected from its content (never from a file name): the error
 * text of Zowe CLI v1, v2 or v3 (and of its plug-ins), a saved --rfj result, Zowe CLI or Zowe Explorer log text,
 * Zowe Explorer notifications, and fragments of them, in the mess they are pasted in (Markdown, ANSI colours, CRLF,
 * prompts). Text that shows an error signal is never refused: what it does not hold is null and listed in
 * `evidence.missing`.
 * @param text - the evidence
 * @param name - where it came from, for messages and the record's `evidence.file` (`standard input` for stdin)
 * @param options - how many failures (several errors in one paste: the last is the newest) and payloads
 * @returns the failures found, newest first, in the shape of a log scan
 * @throws {EvidenceError} when the text holds no error at all
 */
export function readEvidenceText(text: string, name: string, options: IEvidenceTextOptions = {}): ILogScan {
    const context = { name, includePayload: options.includePayload === true, limit: options.limit ?? 1 };
    // A saved --rfj result is read as it is first: cleaning would cost its size and could touch what its strings hold.
    const raw = text.replace(/^\uFEFF/, "");
    if (RFJ_RESULT.detect(sampleOf(raw)) >= 0.9) {
        const asSaved = readWithFormats(raw, context, 0, [RFJ_RESULT]);
        if (asSaved.failures.length > 0) {
            return { failures: asSaved.failures.slice(0, context.limit), filesRead: [name], notes: [] };
        }
    }
    const clean = cleanEvidenceText(text);
    const { failures, logShaped } = readWithFormats(clean, context);
    if (failures.length === 0 && !logShaped) {
        throw refusal(clean, name);
    }
    return { failures: failures.slice(0, options.limit ?? 1), filesRead: [name], notes: [] };
}

/** Say why a file could not be read, in words rather than an errno code. */
function describeFileError(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? "no such file" : code === "EACCES" || code === "EPERM" ? "permission denied" :
        code === "EISDIR" ? "it is a folder" : (error as Error).message;
}

/** The first bytes of a file, to tell a log from other evidence before reading it whole. */
function fileHead(file: string, size: number): string {
    const fd = fs.openSync(file, "r");
    try {
        const head = Buffer.alloc(Math.min(size, 65536));
        fs.readSync(fd, head, 0, head.length, 0);
        return head.toString("utf8");
    } finally {
        fs.closeSync(fd);
    }
}

/**
 * Read evidence from a file. A Zowe CLI log is read from its end, in chunks, as the logs folder is (so its size does
 * not matter, and the z/OSMF stacks of a zowe.log beside it are attached); anything else is read whole, as
 * readEvidenceText reads text.
 * @param file - the file
 * @param limit - how many failures to return, newest first
 * @param includePayload - keep request bodies (masked later)
 * @throws {EvidenceError} when the file cannot be read, is too large for anything but a log, or holds no error
 */
export function readEvidenceFile(file: string, limit = 1, includePayload = false): ILogScan {
    let stat: fs.Stats;
    let head: string;
    try {
        stat = fs.statSync(file);
        if (!stat.isFile()) {
            throw new EvidenceError(`${file} is not a file. ${ACCEPTED}`);
        }
        head = fileHead(file, stat.size);
    } catch (error) {
        throw error instanceof EvidenceError ? error : new EvidenceError(`Cannot read ${file}: ${describeFileError(error)}.`);
    }
    if (LOG_EVENT.test(head) && CLI_LOG.detect(head) >= EXPLORER_LOG.detect(head)) {
        const logged = readLoggedFailures({ logDir: path.dirname(file), fileName: path.basename(file), limit, includePayload });
        // Text that only starts like a log (Zowe CLI's stderr after a FATAL line, such as a broken zowe.config.json) is
        // read as text when the log reader finds no failed call in it.
        if (logged.failures.length > 0 || stat.size > MAX_EVIDENCE_BYTES) {
            return logged;
        }
    }
    if (stat.size > MAX_EVIDENCE_BYTES) {
        throw new EvidenceError(`${file} is ${stat.size} bytes, more than any saved Zowe result or error text. ${ACCEPTED}`);
    }
    return readEvidenceText(fs.readFileSync(file, "utf8"), file, { limit, includePayload });
}
