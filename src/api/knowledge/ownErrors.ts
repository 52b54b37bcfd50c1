/**
 * Errors before any request: Zowe CLI's own (its syntax, profile, credential-manager and config errors), plug-ins and
 * extensions that do not fit the Zowe CLI or Zowe Explorer they run in, and Zowe Explorer's own errors. They carry no
 * HTTP status, code or message ID, so each entry is told by Zowe's own words, as imperative and Zowe Explorer write
 * them (the source of each entry), and only for failures without an answer (`source: other`).
 *
 * Priority 500: the words decide the verdict; nothing else is known of such a failure.
 */
import type { IKnowledgeEntry } from "./doc/IKnowledgeEntry";

/** Where imperative keeps the words, in the Zowe CLI repository. */
const IMPERATIVE = "https://github.com/zowe/zowe-cli/blob/master/packages/imperative/src";

export const OWN_ERRORS: readonly IKnowledgeEntry[] = [
    {
        id: "zowe-cli-syntax-error",
        kind: "rule",
        when: {
            source: ["other"], textMatches: ["Unknown arguments?: ", "Command failed due to improper syntax", "Missing Positional Argument",
                "Missing Required Option", "Invalid value specified for option", "No value specified for option", "Unknown group: ", "^Syntax Error"]
        },
        priority: 500,
        advice: {
            summary: "Zowe CLI refused the command line itself, before sending any request: a word, option or value it does not accept.",
            verdict: "client-config",
            causes: [
                "A mistyped option or command (--hots for --host, lst for list): the Unknown argument line names the word Zowe did not know.",
                "A required argument or option left out, or a value of the wrong type (a port that is not a number).",
                "An option of another command or another Zowe CLI version, or a shell that split a quoted value (a data set pattern " +
                "with * or spaces needs quotes)."
            ],
            nextSteps: [
                "Read the line after the heading: it names the unknown word, the missing argument or the invalid value; " +
                "\"Did you mean\" proposes the nearest command.",
                "Run the command with --help to see its options and examples, correct the command line and run it again.",
                "Nothing was sent to z/OS: the profile, the network and the server are not involved."
            ]
        },
        source: { title: "imperative: cmd/src/yargs/YargsConfigurer.ts and cmd/src/syntax/SyntaxValidator.ts",
            url: `${IMPERATIVE}/cmd/src/syntax/SyntaxValidator.ts` }
    },
    {
        id: "zowe-cli-credential-manager",
        kind: "rule",
        when: {
            source: ["other"], textMatches: ["Failed to load Keytar module", "Keytar was not properly loaded",
                "Unable to (?:store|load) the secure field",
                "Secure credential storage is not enabled", "Unable to (?:load|securely save) credentials",
                "Failed to initialize secure credential manager",
                "Custom credential manager failed to activate"]
        },
        priority: 500,
        advice: {
            summary: "Zowe could not use the secure credential store (the operating system's vault, through Keytar), so it could " +
                "not read or save the profile's user and password; no request was sent.",
            verdict: "client-config",
            causes: [
                "On Linux, the secret service library or a running keyring is missing (libsecret-1.so.0: cannot open shared object " +
                "file), as on a headless server, a container or WSL.",
                "The credential manager module was built for another Node.js version or architecture, or was not installed.",
                "A custom credential manager named in ~/.zowe/settings/imperative.json is not installed."
            ],
            nextSteps: [
                "On Linux, install libsecret and run a keyring daemon (gnome-keyring) in the session, as the Zowe CLI documentation's " +
                "secure credential prerequisites describe, then run the command again.",
                "Where no vault can exist (a CI job), turn secure storage off in ~/.zowe/settings/imperative.json " +
                "(\"overrides\": { \"CredentialManager\": false }) and give the credentials in environment variables or options.",
                "After the vault works, store the credentials again: zowe config secure."
            ]
        },
        source: {
            title: "imperative: security/src/DefaultCredentialManager.ts (\"Failed to load Keytar module\"); imperative 5: cmd/src/profiles/" +
                "CliProfileManager.ts (\"Unable to store the secure field\"), as Zowe CLI 7.29 prints them",
            url: `${IMPERATIVE}/security/src/DefaultCredentialManager.ts`
        }
    },
    {
        id: "zowe-cli-profile-missing",
        kind: "rule",
        when: {
            source: ["other"], textMatches: ["Profile of type \"[\\w-]{1,64}\" does not exist", "Failed to find profile ", "Failed to find property ",
                "Profile [^\\n]{1,128} (?:was not found|does not exist)", "No (?:default )?(?:zosmf )?profile (?:was )?found", "Missing Secure Field"]
        },
        priority: 500,
        advice: {
            summary: "Zowe could not find the profile, or a property of it, that the command needs, so it sent no request.",
            verdict: "client-config",
            causes: [
                "The profile named with --zosmf-profile (or the default for its type) is not in any zowe.config.json this directory " +
                "sees (the global one in ~/.zowe, a project one here or above).",
                "The profile lacks a property the command needs (host, port, user), or a secure field whose value is not in the vault.",
                "Old-style profiles (~/.zowe/profiles, Zowe CLI v1) are not read by Zowe CLI v3, which reads team configuration only."
            ],
            nextSteps: [
                "List the profiles and where each value comes from: zowe config list --locations.",
                "Add the missing profile or property (zowe config init, zowe config set), or name an existing profile.",
                "For a missing secure value, store it again: zowe config secure."
            ],
            nextCommands: [{ command: "zowe config list --locations", purpose: "show the profiles and the config file of each value" }]
        },
        source: { title: "imperative: config/src/ProfileInfo.ts and utilities/src/CliUtils.ts (profile errors)",
            url: `${IMPERATIVE}/config/src/ProfileInfo.ts` }
    },
    {
        id: "zowe-cli-config-broken",
        kind: "rule",
        when: {
            source: ["other"], textMatches: ["Error parsing JSON in the file", "Failed to read config file",
                "An unexpected error occurred during config load",
                "Failed to load schema for config file", "Failed to parse JSON file "]
        },
        priority: 500,
        advice: {
            summary: "A Zowe configuration file could not be read (its JSON is broken or it cannot be opened), so no command could run.",
            verdict: "client-config",
            causes: [
                "A syntax error in zowe.config.json or zowe.config.user.json: a missing comma, quote or brace, often after a hand edit.",
                "The file cannot be read (permissions), or its schema file is missing."
            ],
            nextSteps: [
                "Open the file the message names at the line and column it gives, and correct the JSON there.",
                "Then check the whole configuration: zowe config list."
            ]
        },
        source: { title: "imperative: config/src/api/ConfigLayers.ts (\"Error parsing JSON in the file\")",
            url: `${IMPERATIVE}/config/src/api/ConfigLayers.ts` }
    },
    {
        id: "zowe-cli-command-preparation",
        kind: "rule",
        when: {
            source: ["other"], textMatches: ["Expect Error: ", "Required object must be defined", "Command Preparation Failed",
                "Handler Instantiation Failed", "Could not instantiate the handler"]
        },
        priority: 490,
        advice: {
            summary: "Zowe CLI stopped while preparing the command, before any request: a value it needs was missing (Expect Error), " +
                "or the profile or the command's handler could not be loaded.",
            verdict: "client-config",
            causes: [
                "The profile it loaded is incomplete (no host or port), or there is no default profile of the type the command needs.",
                "Old-style profiles, or a configuration written for another Zowe CLI version.",
                "A plug-in built for another Zowe CLI version whose handler cannot start (Handler Instantiation Failed)."
            ],
            nextSteps: [
                "Check the profile the command uses and its values: zowe config list --locations.",
                "Give the missing value on the command line (--host, --port, --user) to confirm, then add it to the profile.",
                "If the command belongs to a plug-in, check it fits this Zowe CLI: zowe plugins validate."
            ],
            nextCommands: [{ command: "zowe plugins validate", purpose: "check that the installed plug-ins fit this Zowe CLI" }]
        },
        source: { title: "imperative: expect/src/ImperativeExpect.ts (\"Required object must be defined\", tag \"Expect Error\")",
            url: `${IMPERATIVE}/expect/src/ImperativeExpect.ts` }
    },
    {
        id: "zowe-plugin-mismatch",
        kind: "rule",
        when: {
            // Only in a client's own words: a server's log with "is not a function" is a bug of that server.
            source: ["other"], format: ["zowe-plugin-mismatch", "zowe-cli-own-error", "zowe-explorer-own-error", "zowe-cli-rfj"],
            textMatches: ["\\bis not a function\\b", "\\bis not a constructor\\b", "Cannot find module '",
                "Unable to load the following module for plug-in",
                "Failed to load the plugin", "Problems detected during plugin validation", "Unable to load class from",
                "Unable to load the configuration for the plug-in"]
        },
        priority: 480,
        advice: {
            summary: "A plug-in or extension does not fit the Zowe CLI or Zowe Explorer it runs in: its code calls what this version " +
                "does not have, or a module it needs is not installed. No request was sent.",
            verdict: "client-config",
            causes: [
                "A plug-in built for another Zowe CLI major version (v1 and v2 plug-ins on Zowe CLI v3, or the reverse): imperative's API changed.",
                "A Zowe Explorer extender built for another Zowe Explorer API version.",
                "An installation that did not finish (a module missing after an interrupted npm install)."
            ],
            nextSteps: [
                "List the plug-ins with their versions and check them against this Zowe CLI: zowe plugins list, then zowe plugins validate.",
                "Install the plug-in's release for this Zowe CLI (zowe plugins install <name>@zowe-v3-lts for Zowe CLI v3), or update the extension.",
                "For Zowe Explorer, update Zowe Explorer and its extensions together, then reload the window."
            ],
            nextCommands: [
                { command: "zowe plugins list", purpose: "show the installed plug-ins and their versions" },
                { command: "zowe plugins validate", purpose: "check that the installed plug-ins fit this Zowe CLI" }
            ]
        },
        source: { title: "imperative: imperative/src/plugins/PluginManagementFacility.ts (plug-in loading and validation)",
            url: `${IMPERATIVE}/imperative/src/plugins/PluginManagementFacility.ts` }
    },
    {
        id: "zowe-command-not-found",
        kind: "rule",
        when: { source: ["other"], textMatches: ["\\bzowe: command not found", "'zowe' is not recognized as an internal or external command",
            "command '[\\w.-]{1,120}' not found"] },
        priority: 480,
        advice: {
            summary: "The command itself is not there: Zowe CLI is not on the PATH, or the editor command belongs to an extension " +
                "that is not installed or not active.",
            verdict: "client-config",
            causes: [
                "Zowe CLI is not installed for this user or shell, or npm's global folder is not on the PATH.",
                "In VS Code, the extension that contributes the command (Zowe Explorer or an extender) is not installed, failed to " +
                "activate, or is of another version."
            ],
            nextSteps: [
                "Install Zowe CLI (npm install -g @zowe/cli@zowe-v3-lts) or add npm's global bin folder to the PATH, then run zowe --version.",
                "In VS Code, check the extension is installed and enabled, and read its activation errors in the Output view."
            ]
        },
        source: { title: "Zowe Docs: Installing Zowe CLI from npm", url: "https://docs.zowe.org/stable/user-guide/cli-installcli/" }
    },
    {
        id: "zowe-explorer-config-error",
        kind: "rule",
        when: {
            source: ["other"], textMatches: ["Error encountered when loading your Zowe config", "Failed to initialize Zowe folder",
                "Failed to update Zowe schema", "Required parameter 'host' must not be blank", "^Profile (?:[^\\n]{1,128} )?not found\\.$"]
        },
        priority: 500,
        advice: {
            summary: "Zowe Explorer could not use its Zowe configuration or profile: the config did not load, the profile is not found, " +
                "or its host is blank. No request was sent.",
            verdict: "client-config",
            causes: [
                "A broken zowe.config.json (global in ~/.zowe or in the workspace), or a folder Explorer cannot write.",
                "A profile removed or renamed in the config while Explorer still lists it, or a profile without a host."
            ],
            nextSteps: [
                "Open the config from Explorer's message (Show Config), correct it, and reload the window.",
                "Check the profile's values with Zowe CLI, which reads the same files: zowe config list --locations."
            ]
        },
        source: { title: "Zowe Explorer: packages/zowe-explorer/l10n/bundle.l10n.json (its messages)",
            url: "https://github.com/zowe/zowe-explorer-vscode/blob/main/packages/zowe-explorer/l10n/bundle.l10n.json" }
    },
    {
        id: "zowe-explorer-profile-inactive",
        kind: "rule",
        when: { source: ["other"], textMatches: ["Profile [^\\n]{1,128} is inactive\\. Please check if your Zowe server is active"] },
        priority: 500,
        advice: {
            summary: "Zowe Explorer marked the profile inactive: its check of the server failed. The message alone does not say whether " +
                "the server is down, the host or port is wrong, or the credentials were refused.",
            verdict: "unknown",
            causes: [
                "The host, port or protocol of the profile is wrong, or a firewall or proxy is in the way.",
                "z/OSMF (or the API ML gateway) is not running.",
                "The check was refused for the credentials or the certificate."
            ],
            nextSteps: [
                "Run the same check from Zowe CLI, which shows the status or the network error: zowe zosmf check status --zosmf-profile <name>.",
                "Or read the error Explorer logged just before this line in its log (Show log), or run zowe http-status last-error --from explorer."
            ],
            nextCommands: [{ command: "zowe http-status last-error --from explorer",
                purpose: "explain the failure Zowe Explorer logged for the check" }]
        },
        source: { title: "Zowe Explorer: src/configuration/Profiles.ts checkCurrentProfile (\"Profile … is inactive\")",
            url: "https://github.com/zowe/zowe-explorer-vscode/blob/main/packages/zowe-explorer/src/configuration/Profiles.ts" }
    }
];
