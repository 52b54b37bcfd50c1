import type { ICommandDefinition } from "@zowe/imperative";

/**
 * `zowe http-status last-error`: find the most recent failed Zowe REST call in the CLI's logs and explain it.
 * Loaded by every zowe command (through the plug-in's globs): keep it free of run-time imports.
 */
const LastErrorDefinition: ICommandDefinition = {
    name: "last-error",
    aliases: ["le"],
    type: "command",
    summary: "Explain the most recent failed Zowe REST call",
    description:
        "Find the most recent failed Zowe REST call in the Zowe CLI logs ($ZOWE_CLI_HOME/logs, default ~/.zowe/logs, " +
        "including the rotated imperative.log.1 to .5) and explain it: when it failed, the command, the request, which " +
        "server answered (z/OSMF, the API ML gateway, Liberty, CICS) and what it said, whose side the failure is on " +
        "(the verdict), the likely causes, what to do, the Zowe commands to run next, and a curl command that repeats " +
        "the call. Every secret is masked: passwords, tokens, Authorization and Cookie values, base64 credentials, " +
        "credentials in URLs and the values of the failed command's environment. Site knowledge entries that match the " +
        "failure (see zowe http-status knowledge) come first, marked as the site's.\n\n" +
        "Instead of the logs, it reads the evidence a user holds, given as a file (or - for standard input) or with --input: " +
        "the error text of Zowe CLI v1, v2 or v3 and its plug-ins, a saved --rfj result of any version, an imperative.log " +
        "or a part of one, a Zowe Explorer message or log excerpt, or a fragment of any of them, also with Markdown, colour " +
        "codes or a prompt around it. Any text that shows an error (an HTTP status, a network or TLS error code, a message " +
        "ID) is read: what it does not hold is shown as missing. --log-dir reads logs copied from another machine, or a " +
        "Zowe CLI home of any version.\n\n" +
        "It also reads Zowe Explorer's logs, with no option: the logs/zowe.log of every installed Zowe Explorer " +
        "(zowe.vscode-extension-for-zowe-<version>) and of extenders that share its log format (the FTP extension) in the " +
        "extension folders of VS Code, VS Code Insiders, VSCodium, Cursor and the VS Code server, and the folder the " +
        "zowe.files.logsFolder.path setting names in each editor's user settings.json. The newest failure of Zowe CLI and " +
        "Zowe Explorer is the last error; --from cli or --from explorer reads one client's logs only.\n\n" +
        "With --count or --all it lists recent failures as a table, newest first, numbered; --index N shows row N as a full " +
        "report. The same failure logged again and again in a short time (a script or loop that retries) is one failure: " +
        "the report says how many times, when, how fast and from which process, and for refused logons it warns of the " +
        "lock-out first. --brief shows the header lines, the verdict and the first three steps; --markdown prints one Markdown " +
        "report with the environment, for a support ticket. When nothing is found it says where it " +
        "looked and exits 0. A file that cannot be read or parsed is an error (exit 1).\n\n" +
        "With --exit-code, a failure found sets the exit code by its class, the same codes as probe, so that a script can " +
        "branch without reading JSON: 0 nothing failed (no failure found); 1 the command itself could not run (bad input); " +
        "10 client-config; 11 network; 12 tls; 13 authentication; 14 authorization; 15 not-found; 16 conflict or " +
        "bad-request; 17 server-error or server-unavailable; 18 timeout; 19 unknown. Without it, a report exits 0, as before.",
    handler: __dirname + "/LastError.handler",
    outputFormatOptions: true,
    positionals: [
        {
            name: "file",
            type: "string",
            description: "Read this evidence instead of the logs, as Unix tools take a file; - reads standard input. The same as --input."
        }
    ],
    options: [
        {
            name: "input",
            aliases: ["i"],
            // As a string option, `--input -` is refused by the parser before any handler runs ("No value specified"): as an
            // array it reaches the handler, as an empty --input and a positional `-`, and the handler joins them again.
            type: "array",
            description: "Read this file instead of the logs: the error text a failed Zowe command or Zowe Explorer showed, a " +
                "saved --rfj result, a log or a part of one. - (--input - or --input=-) reads standard input.",
            conflictsWith: ["log-dir"]
        },
        {
            name: "log-dir",
            aliases: ["ld"],
            type: "string",
            description: "Read the logs in this folder instead of $ZOWE_CLI_HOME/logs: logs a user sent for a support case, or a " +
                "Zowe CLI home of v1 or v2 (imperative/logs) or v3 (logs), or a Zowe Explorer logs folder (the one holding zowe.log)."
        },
        {
            name: "from",
            aliases: ["f"],
            type: "string",
            allowableValues: { values: ["cli", "explorer", "all"] },
            defaultValue: "all",
            description: "Whose logs to read: cli (Zowe CLI's), explorer (Zowe Explorer's and its extenders'), or all (both; " +
                "the newest failure of either is the last error)."
        },
        {
            name: "count",
            aliases: ["n"],
            type: "number",
            description: "List this many recent failures as a table, newest first (1 to 1000); a burst of the same failure is one " +
                "row with its count (times).",
            conflictsWith: ["all"]
        },
        {
            name: "all",
            aliases: ["a"],
            type: "boolean",
            description: "List every failure the logs still hold (up to 1000) as a table, newest first, reading the whole of " +
                "each Zowe Explorer log (--count looks 16 MB past its newest failure)."
        },
        {
            name: "index",
            aliases: ["x"],
            type: "number",
            description: "Show row N of the --count or --all table (1 is the newest failure) as a full report; with neither, " +
                "the Nth newest failure."
        },
        {
            name: "brief",
            aliases: ["b"],
            type: "boolean",
            description: "Show only the header lines (when, command, request, who answered, what it said), the verdict and " +
                "the first three steps.",
            conflictsWith: ["markdown"]
        },
        {
            name: "markdown",
            aliases: ["md"],
            type: "boolean",
            description: "Print one Markdown report to paste into a GitHub issue or a help-desk ticket: the verdict, the summary, " +
                "the facts as a table, causes, steps, next commands, the curl line and the environment (Zowe CLI, plug-ins " +
                "and their versions, Node.js, OS, daemon mode, log levels, Zowe Explorer's version when the failure came from " +
                "there). Secrets are masked as in every report. With --rfj, data is the same report object and the Markdown " +
                "is the stdout field."
        },
        {
            name: "exit-code",
            aliases: ["ec"],
            type: "boolean",
            description: "Exit with the code of the reported failure's class (10 client-config, 11 network, 12 tls, 13 authentication, " +
                "14 authorization, 15 not-found, 16 conflict or bad-request, 17 server-error or server-unavailable, 18 timeout, " +
                "19 unknown), as probe does; for a table, the class of its first row. Without it, a report exits 0."
        },
        {
            name: "show-payload",
            aliases: ["sp"],
            type: "boolean",
            description: "Also show the request body of the failed call (JCL, console commands), masked. Off by default."
        }
    ],
    examples: [
        { description: "Explain the most recent failed Zowe REST call", options: "" },
        { description: "Give the failure as JSON, for a script or a support ticket", options: "--rfj" },
        { description: "List the last five failures", options: "--count 5" },
        { description: "Show the third failure of that table as a full report", options: "--count 5 --index 3" },
        { description: "Show only the verdict and the first three steps", options: "--brief" },
        {
            description: "In a script, branch on the class of the last failure without reading JSON (13: log in again)",
            options: "--exit-code > /dev/null; echo $?"
        },
        { description: "Make a Markdown report to paste into a support ticket", options: "--markdown > failure-report.md" },
        {
            description: "Explain a failure saved with --rfj (zowe zos-files list data-set \"HLQ.*\" --rfj > failure.json)",
            options: "--input failure.json"
        },
        { description: "Explain error text piped on standard input", options: "- < error.txt" },
        { description: "Explain an error a colleague pasted into a ticket, from any Zowe version", options: "pasted-error.txt" },
        { description: "Read logs a user copied from another machine", options: "--log-dir ./their-zowe-logs" },
        { description: "Explain the most recent failure Zowe Explorer logged, leaving Zowe CLI's logs aside", options: "--from explorer" }
    ]
};

export = LastErrorDefinition;
