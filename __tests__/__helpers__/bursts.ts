/**
 * Retry bursts made from real log entries: one failure as Zowe CLI (or Zowe Explorer's logger) wrote it, logged again
 * and again with new times, the way a script or loop that retries fills a log. Only the times of the event heads
 * change; every other byte is the real entry's.
 */

/** `2026/11/25 13:16:22.072` for a Date, in local time (the logs' own clock, no zone). */
export function logTime(date: Date): string {
    const two = (n: number): string => String(n).padStart(2, "0");
    return `${date.getFullYear()}/${two(date.getMonth() + 1)}/${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}:` +
        `${two(date.getSeconds())}.${String(date.getMilliseconds()).padStart(3, "0")}`;
}

/** The local time the readers report for a Date: `2026-11-25T13:16:22.072`. */
export function readerTime(date: Date): string {
    return logTime(date).replace(/\//g, "-").replace(" ", "T");
}

/** A log entry with every event head's time set to `date`. */
export function retimed(entry: string, date: Date): string {
    return entry.replace(/^\[\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\.\d{3}\]/gm, `[${logTime(date)}]`);
}

/**
 * The entry logged `count` times, `stepMs` apart from `start` on, oldest first, as an array of the copies.
 * @param entry - one failure's events, as logged
 */
export function burst(entry: string, count: number, start: Date, stepMs: number): string[] {
    return Array.from({ length: count }, (_, index) => retimed(entry, new Date(start.getTime() + index * stepMs)));
}
