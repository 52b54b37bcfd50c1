import * as fs from "fs";
import * as path from "path";

/** One file of a rotated log, opened once and placed in the log's byte stream. */
interface ILogPart {
    path: string;
    fd: number;
    /** The content itself, for a log given as text (pasted, or read from standard input) rather than as files. */
    buffer?: Buffer;
    size: number;
    /** When the file was last written, as it was opened. */
    mtimeMs: number;
    /** Where the file starts in the stream of all parts, oldest first. */
    start: number;
}

/** A line of the log found by a backward search: where it starts in the stream, and its text. */
export interface ILogLine {
    /** The stream offset of the line's first byte. */
    offset: number;
    /** The line's text, without its line end (at most `maxLineBytes` of it). */
    text: string;
}

/** Lines longer than this are cut when a backward search returns them: no log line of interest comes near it. */
const MAX_LINE_BYTES = 4096;

function errorCode(error: unknown): string {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/**
 * A log4js log with its rotated backups (`imperative.log.5` … `.1`, `imperative.log`) read as one byte stream,
 * oldest byte first, so an event split by a rotation reads as one.
 *
 * Every file is opened once, when the log is opened, and read through that descriptor until `close()`: the view is
 * the one of that moment, even when another zowe process appends to the log or rotates it during the scan. The files
 * are opened newest first and a file met twice (the same inode under its old and new name, renamed by a rotation
 * between two opens) is read once, so a rotation can only drop the oldest backup from the view, never a file in the
 * middle. Bytes appended after the open are not read. Missing files are skipped; files that cannot be opened or read
 * are skipped and named once in `notes`.
 */
export class RotatedLog {
    /** Problems met while opening or reading, each named once. */
    public readonly notes: string[] = [];
    private readonly parts: ILogPart[] = [];
    private readonly failedFiles = new Set<string>();

    /**
     * @param dir - the logs folder, e.g. `~/.zowe/logs`
     * @param fileName - the current file's name, e.g. `imperative.log`
     * @param backups - how many rotated backups log4js keeps (Zowe: 5)
     */
    constructor(dir: string, fileName: string, backups = 5) {
        const seen = new Set<string>();
        const newestFirst: Array<Omit<ILogPart, "start">> = [];
        for (let index = 0; index <= backups; index++) {
            const file = path.join(dir, index === 0 ? fileName : `${fileName}.${index}`);
            let fd: number | undefined;
            try {
                fd = fs.openSync(file, "r");
                const stat = fs.fstatSync(fd);
                const identity = `${stat.dev}:${stat.ino}`;
                if (!stat.isFile() || seen.has(identity)) {
                    fs.closeSync(fd);
                    continue;
                }
                seen.add(identity);
                newestFirst.push({ path: file, fd, size: stat.size, mtimeMs: stat.mtimeMs });
            } catch (error) {
                if (fd !== undefined) {
                    fs.closeSync(fd);
                }
                const code = errorCode(error);
                // EISDIR: a folder where a backup should be is simply not a log file.
                if (code !== "ENOENT" && code !== "EISDIR") {
                    this.noteFailure(file, `${file} could not be read (${code}); it was skipped.`);
                }
            }
        }
        let start = 0;
        for (const part of newestFirst.reverse()) {
            this.parts.push({ ...part, start });
            start += part.size;
        }
    }

    /**
     * A log given as text: one part, read from memory.
     * @param name - what to call it in records and notes (a file name, or `standard input`)
     * @param text - the log's text
     */
    public static ofText(name: string, text: string): RotatedLog {
        const log = new RotatedLog("", name, -1);
        const buffer = Buffer.from(text, "utf8");
        log.parts.push({ path: name, fd: -1, buffer, size: buffer.length, mtimeMs: 0, start: 0 });
        return log;
    }

    /** Close every file. Reading after this gives zeros. Safe to call twice. */
    public close(): void {
        for (const part of this.parts) {
            if (part.fd >= 0) {
                try {
                    fs.closeSync(part.fd);
                } catch {
                    // already closed
                }
                part.fd = -1;
            }
        }
    }

    /** The files that are read, newest first. */
    public get files(): string[] {
        return this.parts.map((part) => part.path).reverse();
    }

    /** The total size of the stream. */
    public get size(): number {
        const last = this.parts[this.parts.length - 1];
        return last == null ? 0 : last.start + last.size;
    }

    /** When the newest file was last written (ms since the epoch, 0 when there is none), as it was opened. */
    public get lastModified(): number {
        return Math.max(0, ...this.parts.map((part) => part.mtimeMs));
    }

    /** The file a stream offset falls in. */
    public fileAt(offset: number): string | null {
        return this.parts.find((part) => offset >= part.start && offset < part.start + part.size)?.path ?? null;
    }

    private noteFailure(file: string, note: string): void {
        if (!this.failedFiles.has(file)) {
            this.failedFiles.add(file);
            this.notes.push(note);
        }
    }

    /**
     * Read the bytes [start, end) of the stream, across files. A file that fails to read gives zeros for its part
     * and one note, so a reader never throws because of one bad file.
     */
    public read(start: number, end: number): Buffer {
        const from = Math.max(0, start);
        const to = Math.min(this.size, end);
        const out = Buffer.alloc(Math.max(0, to - from));
        for (const part of this.parts) {
            const partFrom = Math.max(from, part.start);
            const partTo = Math.min(to, part.start + part.size);
            if (partFrom >= partTo) {
                continue;
            }
            if (part.buffer != null) {
                part.buffer.copy(out, partFrom - from, partFrom - part.start, partTo - part.start);
                continue;
            }
            if (part.fd < 0) {
                continue;
            }
            try {
                fs.readSync(part.fd, out, partFrom - from, partTo - partFrom, partFrom - part.start);
            } catch (error) {
                this.noteFailure(part.path, `${part.path} could not be read (${errorCode(error)}).`);
            }
        }
        return out;
    }

    /**
     * The lines that hold `needle`, newest first, found by reading backwards in chunks: the cost depends on how far
     * back the caller keeps asking, not on the size of the log, and a line is taken from the chunk already read
     * (only a line cut by the chunk's edge costs one more read).
     * @param needle - the text the lines must hold
     * @param chunkSize - how much is read at a time
     * @param goOn - asked before each older chunk is read, with the chunk just searched and where it starts: false
     *   ends the search there (a caller that knows from the chunk's times that nothing older can matter)
     */
    public *linesBackward(needle: string, chunkSize = 1 << 20,
        goOn?: (chunkStart: number, chunk: Buffer) => boolean): Generator<ILogLine> {
        const bytes = Buffer.from(needle, "utf8");
        let end = this.size;
        while (end > 0) {
            const start = Math.max(0, end - chunkSize);
            const chunkEnd = Math.min(this.size, end + MAX_LINE_BYTES);
            const chunk = this.read(start, chunkEnd);
            let at = end - start;
            for (;;) {
                const found = at <= 0 ? -1 : chunk.lastIndexOf(bytes, at - 1);
                if (found < 0) {
                    break;
                }
                at = found;
                const newlineBefore = chunk.lastIndexOf(0x0a, found);
                const inChunk = newlineBefore >= 0 || start === 0;
                const lineStart = inChunk ? start + newlineBefore + 1 : this.lineStart(start + found);
                const lineBytes = inChunk ? chunk : this.read(lineStart, lineStart + MAX_LINE_BYTES);
                const base = inChunk ? start : lineStart;
                const newlineAfter = lineBytes.indexOf(0x0a, lineStart - base);
                const lineEnd = Math.min(newlineAfter >= 0 ? newlineAfter : lineBytes.length, lineStart - base + MAX_LINE_BYTES);
                yield { offset: lineStart, text: lineBytes.toString("utf8", lineStart - base, lineEnd).replace(/\r$/, "") };
            }
            if (start > 0 && goOn != null && !goOn(start, chunk)) {
                return;
            }
            end = start;
        }
    }

    /** The offset of the start of the line that holds `offset` (looking back at most `limit` bytes). */
    public lineStart(offset: number, limit = MAX_LINE_BYTES): number {
        const from = Math.max(0, offset - limit);
        const before = this.read(from, offset);
        const newline = before.lastIndexOf(0x0a);
        return newline < 0 ? from : from + newline + 1;
    }
}
