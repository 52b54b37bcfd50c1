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
        "credentials in URLs and the values of the failed command's environment.\n\n" +
        "Instead of the logs, it can read a saved --rfj result of a failed command or the error text a failed command " +
        "printed (--input, a file or - for standard input), or logs copied from another machine (--log-dir).\n\n" +
        "With --count or --all it lists recent failures as a table, newest first. When nothing is found it says where it " +
        "looked and exits 0. A file that cannot be read or parsed is an error (exit 1).",
    handler: __dirname + "/LastError.handler",
    outputFormatOptions: true,
    options: [
        {
            name: "input",
            aliases: ["i"],
            type: "string",
            description: "Read this file instead of the logs: a saved --rfj result of a failed zowe command, the error text it " +
                "printed, or an imperative.log. Write --input=- to read standard input.",
            conflictsWith: ["log-dir"]
        },
        {
            name: "log-dir",
            aliases: ["ld"],
            type: "string",
            description: "Read the logs in this folder instead of $ZOWE_CLI_HOME/logs, for example logs a user sent for a support case."
        },
        {
            name: "count",
            aliases: ["n"],
            type: "number",
            description: "List this many recent failures as a table, newest first (1 to 1000).",
            conflictsWith: ["all"]
        },
        {
            name: "all",
            aliases: ["a"],
            type: "boolean",
            description: "List every failure the logs still hold (up to 1000) as a table, newest first."
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
        {
            description: "Explain a failure saved with --rfj (zowe zos-files list data-set \"HLQ.*\" --rfj > failure.json)",
            options: "--input failure.json"
        },
        { description: "Explain error text piped on standard input", options: "--input=- < error.txt" },
        { description: "Read logs a user copied from another machine", options: "--log-dir ./their-zowe-logs" }
    ]
};

export = LastErrorDefinition;
