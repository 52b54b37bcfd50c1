import type { Verdict } from "./doc/IKnownError";

/**
 * The exit codes of `probe` and of `last-error --exit-code`, by the class of the failure (its verdict), so that a
 * script can branch on the class without reading JSON. gh documents its exit codes the same way (0 ok, 1 failed,
 * 2 cancelled, 4 authentication); Zowe CLI users asked for it (zowe/zowe-cli#436, zowe/community#1559).
 * The help texts of Probe.definition.ts and LastError.definition.ts repeat this table (a definition loads nothing
 * at run time); a unit test keeps them equal.
 */
export const EXIT_CODES = {
    /** Nothing failed. */
    ok: 0,
    /** The command itself could not run: bad input, an unreadable file. */
    usage: 1
} as const;

/** One code per verdict class. */
export const VERDICT_EXIT_CODES: Readonly<Record<Verdict, number>> = {
    "client-config": 10,
    "network": 11,
    "tls": 12,
    "authentication": 13,
    "authorization": 14,
    "not-found": 15,
    "conflict": 16,
    "bad-request": 16,
    "server-error": 17,
    "server-unavailable": 17,
    "timeout": 18,
    "unknown": 19
};

/**
 * The exit code for a failure of this verdict.
 * @param verdict - the diagnosis's verdict
 * @returns 10 to 19
 */
export function exitCodeOf(verdict: Verdict): number {
    return VERDICT_EXIT_CODES[verdict] ?? VERDICT_EXIT_CODES.unknown;
}

/** The table in words, one line per code, for the README and tests: `10 client-config`, `16 conflict, bad-request`. */
export function exitCodeLines(): string[] {
    const byCode = new Map<number, string[]>();
    for (const [verdict, code] of Object.entries(VERDICT_EXIT_CODES)) {
        byCode.set(code, [...byCode.get(code) ?? [], verdict]);
    }
    return [...byCode.entries()].sort(([a], [b]) => a - b).map(([code, verdicts]) => `${code} ${verdicts.join(", ")}`);
}
