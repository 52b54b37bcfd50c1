/** The plug-in's command group and its alias: failures of its own commands are not failed REST calls to explain. */
export const OWN_GROUPS = ["http-status", "hs"];

/** The plug-in's own leaf commands (`knowledge check` and `knowledge list` among them), for logs that hold no command line (daemon mode). */
export const OWN_COMMANDS = ["explain", "list", "last-error", "probe", "check", "doctor"];
