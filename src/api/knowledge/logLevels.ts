/**
 * Log levels, as data. imperative (log4js) writes ERROR events at ALL, TRACE, DEBUG, INFO, WARN and ERROR; at FATAL,
 * MARK and OFF it writes none, so last-error finds no new failure. Zowe Explorer's `zowe.logger` takes TRACE, DEBUG,
 * INFO, WARN, ERROR and FATAL (and OFF in some releases): FATAL and OFF hide errors.
 */
export const CLI_LOG_LEVELS = ["ALL", "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL", "MARK", "OFF"] as const;

/** imperative levels at which no ERROR event reaches imperative.log. */
export const CLI_LEVELS_HIDING_ERRORS: readonly string[] = ["FATAL", "MARK", "OFF"];

/** Zowe Explorer `zowe.logger` levels at which no error reaches zowe.log. */
export const EXPLORER_LEVELS_HIDING_ERRORS: readonly string[] = ["FATAL", "OFF"];

/** The variables that set imperative's log levels: the framework's and the app's (Zowe CLI's). */
export const CLI_LOG_LEVEL_VARIABLES = ["ZOWE_IMPERATIVE_LOG_LEVEL", "ZOWE_APP_LOG_LEVEL"] as const;
