import type { ICommandDefinition } from "@zowe/imperative";

/**
 * `zowe http-status explain <codes...>`: what a status means, why z/OS services return it, and what to do.
 * Loaded by every zowe command (through the plug-in's globs): keep it free of run-time imports.
 */
const ExplainDefinition: ICommandDefinition = {
    name: "explain",
    aliases: ["ex"],
    type: "command",
    summary: "Explain an HTTP status for Zowe users",
    description:
        "Explain one or more HTTP status codes: the registered name and class, what the code means, what it means " +
        "when a z/OS service (z/OSMF, the API ML gateway, Liberty, CICS CMCI) returns it to a Zowe client, the likely " +
        "causes per server, what to do in order, the Zowe commands to run next and the specification that defines it.\n\n" +
        "Each argument is a status code (503), a class or range mask (5xx, 50x) or a status name or part of one " +
        "(\"gateway timeout\", teapot). Codes the IANA registry does not assign (499, 520) are explained by their " +
        "class and flagged as unregistered. Site knowledge entries that match the status or its verdict (see " +
        "zowe http-status knowledge) come first, marked as the site's.\n\n" +
        "With --rfj, \"data\" is one explanation object for a single code and an array for several. " +
        "The command exits 0 when every argument was explained and 1 when one was not.",
    handler: __dirname + "/Explain.handler",
    positionals: [
        {
            name: "codes...",
            type: "string",
            required: true,
            description:
                "The statuses to explain: codes from 100 to 599 (404), class or range masks (4xx, 40x), " +
                "or names or parts of names (\"not found\", teapot). Quote names that contain spaces."
        }
    ],
    options: [
        {
            name: "brief",
            aliases: ["b"],
            type: "boolean",
            description: "Show only each code's title line, the verdict a failure with it gets and the first three steps."
        }
    ],
    examples: [
        { description: "Explain HTTP 503 Service Unavailable for a Zowe user", options: "503" },
        { description: "Explain the three statuses an API ML gateway returns for a missing service", options: "502 503 504" },
        { description: "Explain every 40x status", options: "40x" },
        { description: "Find a status by part of its name", options: "\"gateway timeout\"" },
        { description: "Explain 401 as JSON, for a script", options: "401 --rfj" },
        { description: "Skim every 4xx status: the verdict and the first three steps of each", options: "4xx --brief" }
    ]
};

export = ExplainDefinition;
