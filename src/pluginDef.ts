import type { IImperativeConfig } from "@zowe/imperative";

/**
 * The imperative configuration of the plug-in (package.json `imperative.configurationModule`).
 * Every `zowe` command a user runs loads this module and the command definitions it globs, so they
 * import nothing at run time: handlers and the diagnostics module load only when a command runs.
 */
const pluginDef: IImperativeConfig = {
    name: "http-status",
    pluginAliases: ["hs"],
    productDisplayName: "HTTP Status Plug-in for Zowe CLI",
    pluginSummary: "Explain and probe failed z/OS REST calls",
    rootCommandDescription:
        "Explain the HTTP status codes that z/OS REST services (z/OSMF, the Zowe API Mediation Layer, CICS CMCI and " +
        "others) return to Zowe clients: what a status means, why a z/OS service returns it, and what to do next; " +
        "explain the last failed Zowe REST call from the logs or from the evidence a user was sent; and probe a " +
        "connection layer by layer to find the one that fails; and check the local setup Zowe depends on (doctor), before " +
        "anything is sent. Works offline: the knowledge ships with the plug-in.",
    commandModuleGlobs: ["cli/*/*.definition!(.d).*s"]
};

export = pluginDef;
