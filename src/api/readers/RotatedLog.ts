import * as fs from "fs";
import * as path from "path";

/** One file of a rotated log, placed in the log's byte stream. */
interface ILogPart {
    path: string;
    size: number;
    /** Where the file starts in the stream of all parts, oldest first. */
    start: number;
}

/**
 * A log4js log with its rotated backups (`imperative.log.5` … `.1`, `imperative.log`) read as one byte stream,
 * oldest byte first, so an event split by a rotation reads as one. The sizes are taken when it is opened: bytes
 * appended later (a zowe process writing while we read) are not read. Files that are missing are skipped; files
 * that cannot be read are skipped and named in `notes`.
 */
export class RotatedLog {
    /** Problems met while opening: unreadable files. */
    public readonly notes: string[] = [];
    private readonly parts: ILogPart[] = [];

    /**
     * @param dir - the logs folder, e.g. `~/.zowe/logs`
     * @param fileName - the current file's name, e.g. `imperative.log`
     * @param backups - how many rotated backups log4js keeps (Zowe: 5)
     */
    constructor(dir: string, fileName: string, backups = 5) {
        let start = 0;
        for (let index = backups; index >= 0; index--) {
            const file = path.join(dir, index === 0 ? fileName : `${fileName}.${index}`);
            try {
                const stat = fs.statSync(file);
                if (!stat.isFile()) {
                    continue;
                }
                fs.accessSync(file, fs.constants.R_OK);
                this.parts.push({ path: file, size: stat.size, start });
                start += stat.size;
            } catch (error) {
                const code = (error as NodeJS.ErrnoException).code;
                if (code !== "ENOENT") {
                    this.notes.push(`${file} could not be read (${code ?? (error as Error).message}); it was skipped.`);
                }
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

    /** The file a stream offset falls in. */
    public fileAt(offset: number): string | null {
        return this.parts.find((part) => offset >= part.start && offset < part.start + part.size)?.path ?? null;
    }

    /**
     * Read the bytes [start, end) of the stream, across files. A file that fails to read mid-way gives zeros for
     * its part and a note, so a reader never throws because of one bad file.
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
            let fd: number | undefined;
            try {
                fd = fs.openSync(part.path, "r");
                fs.readSync(fd, out, partFrom - from, partTo - partFrom, partFrom - part.start);
            } catch (error) {
                this.notes.push(`${part.path} could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
            } finally {
                if (fd !== undefined) {
                    fs.closeSync(fd);
                }
            }
        }
        return out;
    }

    /**
     * The offsets of `needle` in the stream, newest first, found by reading backwards in chunks: the cost depends
     * on how far back the caller keeps asking, not on the size of the log.
     */
    public *findBackward(needle: string, chunkSize = 1 << 20): Generator<number> {
        const bytes = Buffer.from(needle, "utf8");
        let end = this.size;
        while (end > 0) {
            const start = Math.max(0, end - chunkSize);
            const chunk = this.read(start, Math.min(this.size, end + bytes.length - 1));
            let at = chunk.length;
            for (;;) {
                const found = at <= 0 ? -1 : chunk.lastIndexOf(bytes, at - 1);
                if (found < 0) {
                    break;
                }
                if (start + found < end) {
                    yield start + found;
                }
                at = found;
            }
            end = start;
        }
    }

    /** The offset of the start of the line that holds `offset` (looking back at most `limit` bytes). */
    public lineStart(offset: number, limit = 4096): number {
        const from = Math.max(0, offset - limit);
        const before = this.read(from, offset);
        const newline = before.lastIndexOf(0x0a);
        return newline < 0 ? from : from + newline + 1;
    }
}
