import type { ICommandDefinition } from "@zowe/imperative";

/** Where the files come from, said once for both commands' help. */
const FILES_TEXT =
    "Site knowledge is read from $ZOWE_CLI_HOME/http-status/knowledge.json (ZOWE_CLI_HOME defaults to ~/.zowe) and from " +
    "every file named in the environment variable ZOWE_HTTP_STATUS_KNOWLEDGE (several separated by the platform's path " +
    "delimiter, : on Linux and macOS, ; on Windows). Each is JSON with comments, { \"entries\": [ ... ] }; its schema " +
    "ships with the plug-in as schemas/site-knowledge.schema.json, and the README's \"Site knowledge\" section has a " +
    "complete example.";

/** `zowe http-status knowledge check [files...]`: validate site knowledge files, with the line and column of a fault. */
const CheckDefinition: ICommandDefinition = {
    name: "check",
    aliases: ["ck"],
    type: "command",
    summary: "Validate site knowledge files",
    description:
        "Validate site knowledge files before users rely on them: every key of every entry is checked (types, " +
        "unknown keys, a missing id or when). The first fault is printed as file:line:column and what was expected " +
        "there, and the command exits 1; a valid set prints \"N entries OK\" and exits 0.\n\n" +
        `Without arguments it checks the files that explain, last-error and probe would load. ${FILES_TEXT}\n\n` +
        "With --rfj, \"data\" is { files, entries, problem }: each file with its state and number of entries, the " +
        "total number of entries and the first problem (null when none).",
    handler: __dirname + "/KnowledgeCheck.handler",
    positionals: [
        {
            name: "files...",
            type: "string",
            description: "The files to check, instead of those that would be loaded, e.g. ./knowledge.json."
        }
    ],
    examples: [
        { description: "Check the site knowledge files that would be loaded", options: "" },
        { description: "Check a file before sharing it with a team", options: "./knowledge.json" },
        { description: "Check two files, as JSON for a script", options: "team.json site.json --rfj" }
    ]
};

/** `zowe http-status knowledge list`: the site entries loaded, and from where. */
const ListDefinition: ICommandDefinition = {
    name: "list",
    aliases: ["ls"],
    type: "command",
    summary: "List the site knowledge loaded",
    description:
        "List the site knowledge entries that explain, last-error and probe load, one row per entry: its id, the " +
        "facts it matches on, what it gives and the file it comes from; then each file with its state (loaded, " +
        "missing or broken, with the problem). A broken file is left out with a warning, as the other commands do.\n\n" +
        `${FILES_TEXT}\n\n` +
        "The table is printed through the standard response format options (--rff, --rft, --rfh). With --rfj, " +
        "\"data\" is { files, entries }: the files with their origin (default, environment), state and number of " +
        "entries, and the entries as loaded, each with its file.",
    handler: __dirname + "/KnowledgeList.handler",
    outputFormatOptions: true,
    examples: [
        { description: "List the site knowledge entries and the files they come from", options: "" },
        { description: "List only the ids and files of the entries", options: "--rff id file" },
        { description: "List the site knowledge as JSON", options: "--rfj" }
    ]
};

/**
 * `zowe http-status knowledge`: the site's own advice, as data. Loaded by every zowe command (through the plug-in's
 * globs): keep it free of run-time imports; the handlers read the files, never this definition.
 */
const KnowledgeDefinition: ICommandDefinition = {
    name: "knowledge",
    aliases: ["kn"],
    type: "group",
    summary: "Check and list site knowledge files",
    description:
        "A site adds its own advice to explain, last-error and probe with no code: the help desk to call, the RACF " +
        "group to request, the gateway that is down every Sunday. The entries of its site knowledge files that match " +
        `a failure are shown first, marked as the site's. ${FILES_TEXT}`,
    children: [CheckDefinition, ListDefinition]
};

export = KnowledgeDefinition;
