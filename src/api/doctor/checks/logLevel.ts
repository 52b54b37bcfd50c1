import type { IDoctorCheck } from "../doc/IDoctor";
import { DOCS } from "../docLinks";
import { CLI_LEVELS_HIDING_ERRORS, CLI_LOG_LEVELS, CLI_LOG_LEVEL_VARIABLES } from "../../knowledge/logLevels";
import { EXPLORER_HIDING_LEVELS } from "../../knowledge/explorerAdvice";
import { LOGGER_SETTING } from "../../readers/explorer/explorerEditors";
import { setVariableCommand } from "../shellCommands";

/** The CLI's log level (or Zowe Explorer's zowe.logger) hides errors, so last-error would find nothing new. */
export const logLevelCheck: IDoctorCheck = {
    id: "log-level",
    title: "Log levels keep errors",
    docs: DOCS.environment,
    run(facts) {
        const levels = CLI_LOG_LEVEL_VARIABLES.map((name) => ({ name, level: facts.env[name]?.trim().toUpperCase() ?? "" })).filter((entry) =>
            entry.level !== "");
        const hiding = levels.filter((entry) => CLI_LEVELS_HIDING_ERRORS.includes(entry.level));
        // The value is shown only when it is a level name: any other text could be anything, and is not repeated.
        const invalid = levels.filter((entry) => !(CLI_LOG_LEVELS as readonly string[]).includes(entry.level));
        const explorer = facts.explorer.loggerLevels.filter((entry) => EXPLORER_HIDING_LEVELS.includes(entry.level));
        const problems = [
            ...hiding.map((entry) => `${entry.name} is ${entry.level}: Zowe CLI writes no errors to imperative.log`),
            ...invalid.map((entry) => `${entry.name} is not a level (${CLI_LOG_LEVELS.join(", ")})`),
            ...explorer.map((entry) =>
                `${LOGGER_SETTING} is ${entry.level} in ${entry.settingsFile} (${entry.editor}): Zowe Explorer writes no errors to zowe.log`)
        ];
        if (problems.length === 0) {
            const cli = levels.length === 0 ? "WARN (default)" : levels.map((entry) => `${entry.level} (${entry.name})`).join(", ");
            const ze = facts.explorer.loggerLevels.map((entry) => `${entry.level} (${LOGGER_SETTING}, ${entry.editor})`).join(", ");
            return { state: "ok", finding: `Zowe CLI logs at ${cli}${ze === "" ? "" : `; Zowe Explorer at ${ze}`}: errors are logged.` };
        }
        return {
            state: "warn",
            finding: `${problems.join("; ")}. last-error then finds no new failure.`,
            fix: [...[...hiding, ...invalid].map((entry) => setVariableCommand(facts.platform, entry.name, "WARN")),
                ...explorer.map((entry) => `set "${LOGGER_SETTING}": "INFO" in ${entry.settingsFile}`)].join(" && ")
        };
    }
};
