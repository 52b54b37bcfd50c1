/** What was seen of one command line that imperative's failure handler logged. */
interface ILoggedRun {
    count: number;
    newest: string;
    oldest: string;
}

/** A command whose failure records come at least this often, this many times, is a zowe process in a loop. */
const MIN_LOOP_RECORDS = 20;
const MIN_RECORDS_PER_SECOND = 5;

/** The command's words before its first option, `zowe zos-files list ds`: enough to find the process, and no secret. */
export function commandPath(commandLine: string): string {
    const words = commandLine.split(" ");
    const firstOption = words.findIndex((word) => word.startsWith("-"));
    return words.slice(0, firstOption < 0 ? 4 : Math.min(firstOption, 4)).join(" ").replace(/[^\w ./-]/g, "");
}

/**
 * Tells a zowe process that loops from ordinary failures. When the program that started a zowe command goes away and
 * the command's output is closed, Zowe CLI fails to write its error, fails again on that failure, and so on: it logs
 * the same record many times a second until it is killed, and log rotation throws older evidence away. Those records
 * are imperative's failure handler's, named after the whole command line.
 */
export class LoopDetector {
    private readonly runs = new Map<string, ILoggedRun>();

    /**
     * Count one record of imperative's failure handler. Records are met newest first.
     * @param commandLine - the name of the record: the whole command line, `zowe …`
     * @param time - when it was logged
     */
    public record(commandLine: string, time: string): void {
        const run = this.runs.get(commandLine);
        if (run == null) {
            this.runs.set(commandLine, { count: 1, newest: time, oldest: time });
        } else {
            run.count++;
            run.oldest = time;
        }
    }

    /** One note for each command that looped: what, how often, when, and how to end it. */
    public notes(): string[] {
        return [...this.runs.entries()].filter(([, run]) => this.looped(run)).map(([commandLine, run]) => {
            const from = run.oldest.replace("T", " ");
            const to = run.newest.replace("T", " ");
            return `A zowe process was looping: "${commandLine}" logged the same failure ${run.count} times from ${from} to ${to}. ` +
                "Zowe CLI does this when the program that started it has ended and its error output is closed; it fills the " +
                "logs until it is stopped, and rotation then deletes older logs. If it still runs, end it: on Linux or macOS " +
                `pkill -f "${commandPath(commandLine)}" (or find it with ps -ef | grep zowe and kill its PID); on Windows, end ` +
                "its node.exe in Task Manager. These records were passed over: the failure shown is the last real one.";
        });
    }

    private looped(run: ILoggedRun): boolean {
        const seconds = Math.max(0.001, (Date.parse(run.newest) - Date.parse(run.oldest)) / 1000);
        return run.count >= MIN_LOOP_RECORDS && run.count / seconds >= MIN_RECORDS_PER_SECOND;
    }
}
