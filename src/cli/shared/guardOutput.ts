import type { Writable } from "stream";
import { ImperativeConfig } from "@zowe/imperative";

/**
 * Error codes of a write whose reader has gone: the pipe was closed (`| head`), the program that started zowe ended,
 * or the daemon client disconnected. Nothing written after them can be read by anyone.
 */
const READER_GONE = new Set(["EPIPE", "ERR_STREAM_DESTROYED", "ERR_STREAM_WRITE_AFTER_END", "ECONNRESET"]);

/** Streams already guarded: a daemon serves many commands, and each guard is added once per stream. */
const guarded = new WeakSet<Writable>();

/**
 * What a guarded stream does with an error: a write whose reader has gone is dropped quietly; any other error is
 * thrown on, exactly as it would have been without the guard.
 */
function dropWritesWithoutReader(error: NodeJS.ErrnoException): void {
    if (!READER_GONE.has(error.code ?? "")) {
        throw error;
    }
}

/**
 * Guard the streams a command's output goes to (stdout and stderr, and in daemon mode the client's socket) against
 * a reader that has gone away.
 *
 * Without it, a write to a closed pipe emits an unhandled `error` event; imperative's uncaught-exception handler
 * then reports that failure by writing to the closed output again, which fails again: the process never ends, spins
 * a core and logs about 75 failure records a second until rotation has thrown the user's real evidence away. With
 * the guard, such writes are dropped and the command ends as it would have anyway, with its own exit code and its
 * own log records, so nothing it would have reported is lost: only output that no one could read is not written.
 */
export function guardOutput(): void {
    const daemonSocket = ImperativeConfig.instance.daemonContext?.stream;
    const streams: Writable[] = [process.stdout, process.stderr, ...(daemonSocket == null ? [] : [daemonSocket])];
    for (const stream of streams) {
        if (!guarded.has(stream)) {
            guarded.add(stream);
            stream.on("error", dropWritesWithoutReader);
        }
    }
}
