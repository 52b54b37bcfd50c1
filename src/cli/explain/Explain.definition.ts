import type { ICommandDefinition } from "@zowe/imperative";

/**
 * `zowe http-status explain <codes...>`: what a status means, why z/OS services return it, and what to do.
 * Loaded by every zowe command (through the plug-in's globs): keep it free of run-time imports.
 */
const ExplainDefinition: ICommandDefinition = {
    name: "explain",
    aliases: ["ex"],
    type: "command",
    summary: "Explain a status, message ID or error code",
    description:
        "Explain what a Zowe user sees: HTTP status codes, the message IDs of z/OS services and the Node network and " +
        "TLS error codes. For a status: the registered name and class, what the code means, what it means " +
        "when a z/OS service (z/OSMF, the API ML gateway, Liberty, CICS CMCI) returns it to a Zowe client, the likely " +
        "causes per server, what to do in order, the Zowe commands to run next and the specification that defines it. " +
        "For a message ID or error code: what it means, whose side it is on, and the causes, steps and commands that " +
        "last-error gives a failure carrying it, narrowed to the server that sends it.\n\n" +
        "Each argument is a status code (503), a status as pasted (\"HTTP 503\", \"error 401 = Unauthorized\", " +
        "\"503 Service Unavailable\"), a class or range mask (5xx, 50x), a status name or part of one " +
        "(\"gateway timeout\", teapot), a message ID (IZUG846W, ZWEAO503E, DFHWU4003) or an error code " +
        "(ECONNREFUSED, SELF_SIGNED_CERT_IN_CHAIN). Codes the IANA registry does not assign (499, 520) are explained by their " +
        "class and flagged as unregistered. Site knowledge entries that match (see zowe http-status knowledge) come " +
        "first, marked as the site's.\n\n" +
        "With --rfj, \"data\" is one explanation object when one thing was explained and an array for several; a message " +
        "ID or error code has an \"id\" where a status has a \"code\". The arguments that can be explained are; then " +
        "each one that cannot is reported on one line, and the command exits 1. It exits 0 when every argument was explained.",
    handler: __dirname + "/Explain.handler",
    positionals: [
        {
            name: "codes...",
            type: "string",
            required: true,
            description:
                "What to explain: status codes from 100 to 599 (404, \"HTTP 404\"), class or range masks (4xx, 40x), " +
                "names or parts of names (\"not found\", teapot), message IDs (IZUG846W) or error codes (ECONNREFUSED). " +
                "Quote arguments that contain spaces."
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
        { description: "Explain an API ML message ID and a Node error code", options: "ZWEAO503E ECONNREFUSED" },
        { description: "Explain a status as Zowe printed it", options: "\"error 401 = Unauthorized\"" },
        { description: "Find a status by part of its name", options: "\"gateway timeout\"" },
        { description: "Explain 401 as JSON, for a script", options: "401 --rfj" },
        { description: "Skim every 4xx status: the verdict and the first three steps of each", options: "4xx --brief" }
    ]
};

export = ExplainDefinition;
