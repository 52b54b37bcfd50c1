import type { ICommandDefinition } from "@zowe/imperative";

/**
 * `zowe http-status list`: a table of the registered status codes, filtered by class, text or Zowe relevance.
 * Loaded by every zowe command (through the plug-in's globs): keep it free of run-time imports.
 */
const ListDefinition: ICommandDefinition = {
    name: "list",
    aliases: ["ls"],
    type: "command",
    summary: "List HTTP status codes",
    description:
        "List the codes of the IANA HTTP Status Code Registry with their current names, classes and registry states, " +
        "and whether \"zowe http-status explain\" has Zowe-specific guidance for them. The filters combine.\n\n" +
        "The table is printed through the standard response format options, so --rff, --rft and --rfh work " +
        "(with one --rff field, add --rft string or --rft list). With --rfj, \"data\" is the array of rows. " +
        "An empty result is not an error: it prints a message and exits 0.",
    handler: __dirname + "/List.handler",
    outputFormatOptions: true,
    options: [
        {
            name: "class",
            aliases: ["c"],
            type: "string",
            description: "Only the codes of this class or range: 1xx, 2xx, 3xx, 4xx, 5xx, or a range such as 50x."
        },
        {
            name: "search",
            aliases: ["s"],
            type: "string",
            description: "Only the codes whose number, name, former name, meaning, Zowe definition or Zowe causes contain this text."
        },
        {
            name: "zowe",
            aliases: ["z"],
            type: "boolean",
            description: "Only the codes Zowe users meet, for which explain gives Zowe-specific causes and next steps."
        }
    ],
    examples: [
        { description: "List every registered HTTP status code", options: "" },
        { description: "List the client error codes", options: "--class 4xx" },
        { description: "List the codes with Zowe-specific guidance", options: "--zowe" },
        { description: "Find the codes that mention a timeout", options: "--search timeout" },
        { description: "Find the statuses one of whose causes is an API ML message", options: "--search ZWEAG120E" },
        { description: "Print only the codes and names of the 5xx class, without a header", options: "--class 5xx --rff code name --rfh false" }
    ]
};

export = ListDefinition;
