import type { IRepeatedFailure } from "../../api/failure/doc/IRepeatedFailure";

/** `2,001`. */
function count(value: number): string {
    return value.toLocaleString("en-US");
}

/** `1,000` for 1000.5, `3` for 3.2, `0.5` for 0.52: a rate as a person says it. */
function roughly(value: number): string {
    if (value >= 100) {
        const unit = 10 ** (Math.floor(Math.log10(value)) - 1);
        return count(Math.round(value / unit) * unit);
    }
    return value >= 10 ? count(Math.round(value)) : String(Math.round(value * 10) / 10);
}

/** `about 1,000 a second`, `about 4 a minute`; null when the failures were all logged at one instant. */
function rate(perSecond: number | null): string | null {
    if (perSecond == null) {
        return null;
    }
    return perSecond >= 1 ? `about ${roughly(perSecond)} a second` : `about ${roughly(perSecond * 60)} a minute`;
}

/** `2026-11-25 13:16:20.003`, and only the time of day for the second of two times on the same day. */
function when(time: string | null, sameDayAs?: string | null): string {
    if (time == null) {
        return "an unknown time";
    }
    const shown = time.replace("T", " ");
    return sameDayAs != null && sameDayAs.slice(0, 10) === time.slice(0, 10) ? shown.slice(11) : shown;
}

/**
 * The sentence a report gives a failure logged again and again: `the same failure 2,001 times between 2026-11-25
 * 13:16:20.003 and 13:16:22.072 (about 1,000 a second), from zowe zos-files list data-set`.
 * @param repeats - the record's repeats
 * @returns the sentence, without a capital or a full stop
 */
export function repeatsSentence(repeats: IRepeatedFailure): string {
    const times = `${repeats.complete ? "" : "at least "}${count(repeats.count)} times`;
    const between = repeats.first === repeats.last ? `at ${when(repeats.last)}` :
        `between ${when(repeats.first)} and ${when(repeats.last, repeats.first)}`;
    const speed = rate(repeats.perSecond);
    return `the same failure ${times} ${between}${speed == null ? "" : ` (${speed})`}` +
        `${repeats.process == null ? "" : `, from ${repeats.process}`}`;
}

/** The table's `times` cell: `2001`, `20000+` when counting stopped, `1` for a failure logged once. */
export function timesCell(repeats: IRepeatedFailure | undefined): string {
    return repeats == null ? "1" : `${repeats.count}${repeats.complete ? "" : "+"}`;
}
