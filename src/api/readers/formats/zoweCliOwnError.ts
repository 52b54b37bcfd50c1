import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import { readOwnError } from "../shared/readOwnError";
import { splitBlocks } from "../shared/splitBlocks";

/**
 * The words of Zowe CLI's own errors, raised before any request is sent, as imperative writes them (packages/imperative
 * in zowe/zowe-cli: cmd/src/yargs/YargsConfigurer.ts, cmd/src/syntax/SyntaxValidator.ts, cmd/src/CommandProcessor.ts,
 * expect/src/ImperativeExpect.ts, security/src/DefaultCredentialManager.ts, config/src/ProfileCredentials.ts,
 * config/src/ProfileInfo.ts, utilities/src/CliUtils.ts) and as Zowe CLI 6.40, 7.29 and 8.37 print them.
 */
const OWN_ERROR = new RegExp([
    "Command failed due to improper syntax", "^Unknown arguments?: ", "^Syntax Error:?$", "Missing Positional Argument:",
    "Missing Required Option", "Invalid value specified for option", "No value specified for option", "Command Preparation Failed:?",
    "Expect Error: ", "Required object must be defined", "Failed to load Keytar module", "Keytar was not properly loaded",
    "Unable to (?:store|load) the secure field", "Secure credential storage is not enabled", "Unable to (?:load|securely save) credentials",
    "Failed to initialize secure credential manager", "Missing Secure Field", "Profile of type \"[\\w-]{1,64}\" does not exist",
    "Failed to find profile ", "Failed to find property ", "Error parsing JSON in the file", "Failed to read config file",
    "An unexpected error occurred during config load", "Handler Instantiation Failed", "Could not instantiate the handler",
    "Unexpected Command Error:?$", "^Unknown group: ", "Profile [\\w@.-]{1,128} (?:was not found|does not exist)",
    "No (?:default )?(?:zosmf )?profile (?:was )?found", "Command Error:$", "Unable to perform this operation due to the following problem[.:]"
].join("|"), "m");

/** The openings of Zowe's error layouts: one error per opening when a paste holds several. */
const OPENING = /^(?:Command Error:|Command Preparation Failed:?|Syntax Error:?|Unexpected Command Error:?|Handler Instantiation Failed:?|Unable to perform this operation due to the following problem[.:])$/;

/** Which CLI writes it: v3 heads its errors with "Unable to perform this operation", v1 and v2 with "Command Error:". */
function versionsOf(block: string): string | undefined {
    return /Unable to perform this operation due to the following problem[.:]/.test(block) ? "Zowe CLI 7.17 or later (v3 layout)" :
        /^Command Error:$/m.test(block) ? "Zowe CLI 6.x or 7.x" : undefined;
}

/** The headings that say what kind of error it is, kept before its first line; the generic ones say nothing. */
const TELLING_HEADING = /^(Command Preparation Failed|Syntax Error|Unexpected Command Error|Handler Instantiation Failed):?$/m;

/**
 * The lines that say what went wrong: Zowe's own words, without its generic headings, the log event head of a FATAL
 * line and the `Use "zowe … --help"` hint; a telling heading (`Command Preparation Failed`) leads the first line.
 */
function problem(block: string): string {
    const lines = block.split("\n").map((line) => line.trim().replace(/^\[\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\.\d{3}\] \[[A-Z]{1,8}\] (?:\[[^\]\n]{1,200}\] )?/, ""))
        .filter((line) => line.length > 0 && !OPENING.test(line) && !/^\$ /.test(line) &&
            !/^(?:Error Details:|Response From Service|Diagnostic Information|Use "zowe [^"]{1,200}" to view)/.test(line))
        .filter((line, index, all) => all.indexOf(line) === index).slice(0, 12);
    const heading = TELLING_HEADING.exec(block)?.[1];
    if (heading != null && lines.length > 0) {
        lines[0] = `${heading}: ${lines[0]}`;
    }
    return lines.join("\n");
}

/**
 * Zowe CLI's own errors, raised before any request: syntax errors and unknown options, `Command Preparation Failed`,
 * `Expect Error: Required object must be defined`, a profile, property or credential that cannot be found, the
 * credential manager (Keytar) that does not load, a broken zowe.config.json, a handler that cannot start, in the
 * layout of v1 and v2 (`Command Error:`) or v3 (`Unable to perform this operation …`). They carry no HTTP status: the
 * request was never sent. Read after the formats of REST failures, so a REST failure in the same layout is theirs.
 */
export const ZOWE_CLI_OWN_ERROR: IEvidenceFormat = {
    id: "zowe-cli-own-error",
    label: "Zowe CLI's own error, before any request",
    ownErrors: true,
    // Zowe's own headings make it surer than a plug-in mismatch, whose words ("Cannot read properties") it may hold.
    detect: (text) => (!OWN_ERROR.test(text.slice(0, 65536)) ? 0 : new RegExp(OPENING.source, "m").test(text.slice(0, 65536)) ? 0.4 : 0.3),
    read: (text, context) => splitBlocks(text, OPENING).reverse().slice(0, context.limit).map((block) =>
        readOwnError(block, ZOWE_CLI_OWN_ERROR, { kind: "stderr-text", client: "zowe-cli", versions: versionsOf(block), message: problem(block) },
            context))
};
