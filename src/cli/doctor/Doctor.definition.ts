import type { ICommandDefinition } from "@zowe/imperative";

/** `zowe http-status doctor`: check the local setup Zowe depends on, before anything is sent. Imports nothing at run time. */
const DoctorDefinition: ICommandDefinition = {
    name: "doctor",
    aliases: ["dr"],
    type: "command",
    summary: "Check the local Zowe setup, with nothing sent",
    description:
        "Check the local setup that Zowe depends on, before any request is sent, and print a checklist: one line per check " +
        "with its state (ok, warn, fail, skip), what it found and, for a warn or fail, the fix (the exact command where " +
        "there is one) and a documentation link. It answers \"is it my configuration?\"; probe answers the network and " +
        "the server.\n\n" +
        "The checks: versions (Zowe CLI, imperative, Node.js), plugins (each plug-in's declared @zowe/imperative or " +
        "@zowe/cli peer range fits this CLI), daemon, config-profile (the config files of the home and of this folder, " +
        "and the profile the next z/OSMF command uses), config-defaults (each default names a profile that exists), " +
        "config-connection (every service profile has a host and port after base-profile merging), " +
        "config-reject-unauthorized, config-cert-files, config-protocol-port, credential-manager (imperative's credential " +
        "manager loads and read the vault), secure-fields (the secure properties are in the vault: presence only), " +
        "plain-text-secrets, tokens (API ML and JWT expiry, read from the token itself), proxy (HTTPS_PROXY or HTTP_PROXY " +
        "would send a profile's host to a proxy, decided as imperative's ProxySettings decides), extra-ca-certs " +
        "(NODE_EXTRA_CA_CERTS), zowe-opt-variables, log-level, logs-folder, zowe-explorer and site-knowledge.\n\n" +
        "It reads this machine only: no request is sent, and no password, token, certificate key or environment value is " +
        "shown, only where it is kept.\n\n" +
        "Exit code 1 when any check fails, 0 otherwise (warnings included). With --rfj, \"data\" is " +
        "{ ok, checks: [{ id, state, title, finding, fix?, docs? }] }.",
    handler: __dirname + "/Doctor.handler",
    options: [
        {
            name: "profile",
            aliases: ["zosmf-profile", "zosmf-p"],
            type: "string",
            description: "Check only this profile (and the base profile it takes values from), instead of every service profile."
        },
        {
            name: "markdown",
            aliases: ["md"],
            type: "boolean",
            description: "Print the checklist as one Markdown report to paste into a GitHub issue or a help-desk ticket, with the " +
                "environment (Zowe CLI, plug-ins, Node.js, OS, daemon mode, log levels). Secrets are masked. With --rfj, data is " +
                "unchanged and the Markdown is the stdout field."
        }
    ],
    examples: [
        { description: "Check the local Zowe setup", options: "" },
        { description: "Check only the profile lpar1", options: "--profile lpar1" },
        { description: "Check, and give the checklist as JSON for a script", options: "--rfj" },
        { description: "Make a Markdown report of the checks for a support ticket", options: "--markdown > doctor-report.md" }
    ]
};

export = DoctorDefinition;
