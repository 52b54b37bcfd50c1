/**
 * `npm run fake-zosmf`: a playground. It starts the project's fake z/OSMF (__tests__/__servers__/fakeZosmf.js) on
 * 127.0.0.1, over HTTP and HTTPS, with one named scenario, prints its ports and zowe commands to paste, and stops on
 * Ctrl-C (SIGINT), SIGTERM or after --minutes (default 60).
 *
 *     npm run fake-zosmf                          # the "wrong-password" scenario
 *     npm run fake-zosmf -- --scenario 503        # API ML's ZWEAO503E on every z/OSMF service
 *     npm run fake-zosmf -- --list                # the scenarios
 */
"use strict";

const path = require("path");
const { scenarios, startFakeZosmf } = require("../__tests__/__servers__/fakeZosmf.js");

const USER = "ibmuser";
/** The one password the "wrong-password" scenario accepts; the other scenarios accept any. */
const PASSWORD = "playground";
const DEFAULT_SCENARIO = "wrong-password";
const DEFAULT_MINUTES = 60;
const MAX_MINUTES = 480;
const ZOWE = path.join("node_modules", ".bin", "zowe");

/** A data set list z/OSMF would send for `zowe zos-files list data-set "IBMUSER.*"`. */
const DATA_SETS = { items: [{ dsname: "IBMUSER.CNTL" }, { dsname: "IBMUSER.JCL" }], returnedRows: 2, totalRows: 2, JSONversion: 1 };
/** The list of jobs z/OSMF would send for `zowe zos-jobs list jobs`. */
const JOBS = [{ jobid: "JOB01234", jobname: "IBMUSERA", owner: "IBMUSER", status: "OUTPUT", type: "JOB", retcode: "CC 0000" }];
/** Answers that work, for the scenarios in which the services themselves are fine. */
const WORKING = [
    { method: "GET", path: "/zosmf/restfiles/ds", body: DATA_SETS },
    { method: "GET", path: "/zosmf/restjobs/jobs", body: JOBS }
];

/** The password of a request's Basic credentials, or null. */
function basicPassword(req) {
    const header = String(req.headers.authorization || "");
    const match = /^Basic ([A-Za-z0-9+/=]{1,4096})$/.exec(header);
    const decoded = match == null ? "" : Buffer.from(match[1], "base64").toString("utf8");
    return decoded.includes(":") ? decoded.slice(decoded.indexOf(":") + 1) : null;
}

/**
 * What z/OSMF answers when SAF refuses the credentials: a wrong password, or none where one is needed (z/OSMF
 * answers /zosmf/info without credentials).
 */
const REFUSED = {
    when: (req) => (req.headers.authorization === undefined ? !req.path.startsWith("/zosmf/info") : basicPassword(req) !== PASSWORD),
    status: 401, body: "",
    headers: { "WWW-Authenticate": "Basic realm=\"SAFRealm\"", "Content-Type": "text/plain; charset=UTF-8" }
};

/** The scenarios: what each does, its rules, and the base path its commands need. */
const PLAYGROUND = {
    "wrong-password": {
        description: `only the password ${PASSWORD} works (user ${USER}); any other gets 401, as z/OSMF does after a failed logon`,
        rules: [REFUSED, ...WORKING]
    },
    "ok": { description: "everything works: z/OSMF info, data set and job lists", rules: WORKING },
    "400": { description: "400 Bad Request from the z/OSMF services (invalid data set name length)", rules: scenarios["400"] },
    "401": { description: "401 for any credentials (the user ID is revoked, say)", rules: scenarios["401"] },
    "403": { description: "403: RACF refuses the data set (ICH408I)", rules: scenarios["403"] },
    "404": { description: "404: the data set is not cataloged (ISRZ002)", rules: scenarios["404"] },
    "405": { description: "405: no match for the method", rules: scenarios["405"] },
    "409": { description: "409: the data set is in use (SPFEDIT enqueue)", rules: scenarios["409"] },
    "500": { description: "500: the TSO address space did not answer (reason 1141)", rules: scenarios["500"] },
    "502": { description: "502 from an API ML gateway (ZWEAM511E, a TLS error behind it)", rules: scenarios["502"] },
    "503": { description: "503 from an API ML gateway (ZWEAO503E, the service is not ready)", rules: scenarios["503"] },
    "504": { description: "504 from an API ML gateway (ZWEAM700E, no answer in time)", rules: scenarios["504"] },
    "hang": { description: "never answers a z/OSMF service (add --completion-timeout 5 to the commands)", rules: scenarios.hang },
    "apiml503": {
        description: "an API ML route, ibmzosmf/api/v1, answers ZWEAO503E", rules: scenarios.apiml503, basePath: "ibmzosmf/api/v1"
    }
};

/** A one-line refusal, as the plug-in's commands give it, and exit code 1. */
function refuse(message) {
    process.stderr.write(`${message}\n`);
    process.exit(1);
}

/** --scenario NAME, --minutes N, --list; anything else is refused. */
function readArguments(argv) {
    const options = { scenario: DEFAULT_SCENARIO, minutes: DEFAULT_MINUTES, list: false };
    for (let index = 0; index < argv.length; index++) {
        const [name, inline] = argv[index].split(/=(.*)/s);
        const value = () => inline ?? argv[++index];
        if (name === "--list") {
            options.list = true;
        } else if (name === "--scenario") {
            options.scenario = value();
        } else if (name === "--minutes") {
            options.minutes = Number(value());
        } else {
            refuse(`Unknown argument ${argv[index]}: npm run fake-zosmf takes --scenario NAME, --minutes N and --list, ` +
                "for example npm run fake-zosmf -- --scenario 503.");
        }
    }
    if (!Object.hasOwn(PLAYGROUND, options.scenario)) {
        refuse(`--scenario takes one of ${Object.keys(PLAYGROUND).join(", ")}, for example --scenario wrong-password ` +
            "(npm run fake-zosmf -- --list describes them).");
    }
    if (!Number.isFinite(options.minutes) || options.minutes <= 0 || options.minutes > MAX_MINUTES) {
        refuse(`--minutes takes a number from 1 to ${MAX_MINUTES}, for example --minutes 30.`);
    }
    return options;
}

/** The zowe connection options for one server. */
function connection(server, scenario, password) {
    return [`--host 127.0.0.1 --port ${server.port} --user ${USER} --password ${password} --protocol ${server.protocol}`,
        server.protocol === "https" ? "--reject-unauthorized false" : "",
        scenario.basePath == null ? "" : `--base-path ${scenario.basePath}`].filter((part) => part.length > 0).join(" ");
}

/** Commands to paste, for the first server started. */
function commands(server, name, scenario) {
    const right = connection(server, scenario, PASSWORD);
    return [
        `${ZOWE} zosmf check status ${right}`,
        `${ZOWE} zos-files list data-set "IBMUSER.*" ${right}`,
        ...(name === "wrong-password" ? [`${ZOWE} zos-files list data-set "IBMUSER.*" ${connection(server, scenario, "not-the-password")}`] : []),
        `${ZOWE} http-status last-error`,
        `${ZOWE} http-status last-error --markdown`,
        `${ZOWE} http-status probe ${right}`
    ];
}

async function main() {
    const options = readArguments(process.argv.slice(2));
    if (options.list) {
        for (const [name, scenario] of Object.entries(PLAYGROUND)) {
            process.stdout.write(`${name.padEnd(15)} ${scenario.description}${name === DEFAULT_SCENARIO ? " (the default)" : ""}\n`);
        }
        return;
    }
    const scenario = PLAYGROUND[options.scenario];
    const lifetimeMs = options.minutes * 60000;
    const servers = [];
    for (const protocol of ["http", "https"]) {
        try {
            servers.push(await startFakeZosmf({ protocol, rules: scenario.rules, lifetimeMs, maxRequests: 100000 }));
        } catch (error) {
            process.stdout.write(`${protocol.toUpperCase()} was not started: ${error.message}\n`);
        }
    }
    if (servers.length === 0) {
        refuse("The fake z/OSMF could not start on 127.0.0.1.");
    }
    let stopping = false;
    const stop = async (signal) => {
        if (!stopping) {
            stopping = true;
            await Promise.all(servers.map((server) => server.close()));
            process.stdout.write(`Stopped (${signal}).\n`);
            process.exit(0);
        }
    };
    process.on("SIGINT", () => stop("SIGINT"));
    process.on("SIGTERM", () => stop("SIGTERM"));
    // The servers close themselves after their lifetime; the process then ends, as nothing else holds it.
    setTimeout(() => stop(`${options.minutes} minutes`), lifetimeMs).unref();
    process.stdout.write(`Fake z/OSMF, scenario ${options.scenario}: ${scenario.description}\n`);
    for (const server of servers) {
        process.stdout.write(`${server.protocol.toUpperCase().padEnd(5)} port ${server.port}: ${server.url}` +
            `${server.protocol === "https" ? " (self-signed certificate)" : ""}\n`);
    }
    process.stdout.write(`\nTry, in a second terminal in this folder (set ZOWE_CLI_HOME to keep your own home apart):\n\n`);
    process.stdout.write(commands(servers[0], options.scenario, scenario).map((line) => `  ${line}\n`).join(""));
    process.stdout.write(`\nIt stops on Ctrl-C, or by itself after ${options.minutes} minutes.\n`);
}

main().catch((error) => refuse(`The fake z/OSMF failed: ${error.message}`));
