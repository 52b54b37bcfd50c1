/**
 * The same failure logged again and again in a short time: a script or loop that retries, Zowe Explorer retrying
 * after a credential prompt, a user who clicks again. For a refused logon this is the most urgent fact of all, since
 * z/OS revokes a user ID after a few wrong passwords.
 */
export interface IRepeatedFailure {
    /** How many times the same failure was logged, this one included (2 or more). */
    count: number;
    /** When the oldest of them was logged (local time of the log, `YYYY-MM-DDThh:mm:ss.SSS`); null when unknown. */
    first: string | null;
    /** When the newest was logged: the failure the report is about. */
    last: string | null;
    /** About how many a second, over the time from the first to the last; null when they were all logged at one instant. */
    perSecond: number | null;
    /**
     * The process that made them, as far as the log says: `zowe zos-files list data-set` (Zowe CLI starts one process per
     * command, so a script or loop starts them), `the Zowe daemon`, `Zowe Explorer 3.4.2 (VS Code)`; null when unknown.
     */
    process: string | null;
    /** False when counting stopped before the start of the run (it held more than could be counted): `count` is a minimum. */
    complete: boolean;
}
