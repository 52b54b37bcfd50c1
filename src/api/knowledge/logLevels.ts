/**
 * imperative's log levels, as data. imperative (log4js) writes ERROR events at ALL, TRACE, DEBUG, INFO, WARN and ERROR;
 * at FATAL, MARK and OFF it writes none, so last-error finds no new failure. (Zowe Explorer's levels that hide errors
 * are EXPLORER_HIDING_LEVELS, in explorerAdvice.)
 */
export const CLI_LOG_LEVELS = ["ALL", "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL", "MARK", "OFF"] as const;

/** imperative levels at which no ERROR event reaches imperative.log. */
export const CLI_LEVELS_HIDING_ERRORS: readonly string[] = ["FATAL", "MARK", "OFF"];

/** The variables that set imperative's log levels: the framework's and the app's (Zowe CLI's). */
export const CLI_LOG_LEVEL_VARIABLES = ["ZOWE_IMPERATIVE_LOG_LEVEL", "ZOWE_APP_LOG_LEVEL"] as const;
