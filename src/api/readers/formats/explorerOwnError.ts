import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import { readOwnError } from "../shared/readOwnError";

/**
 * Zowe Explorer's own errors, as its messages bundle words them (zowe/zowe-explorer-vscode,
 * packages/zowe-explorer/l10n/bundle.l10n.json): an inactive profile, a profile that is not found, a host left blank,
 * a Zowe config or folder that does not load, a credential manager that does not activate, the file-system paths'
 * `Failed to list datasets` / `Failed to read …`, VS Code's wrapper `Error running command …: … This is likely
 * caused by the extension that contributes …`, and Explorer 1.x/2.x's `Retrieving response from zowe.List Error: …`
 * when what follows holds no status or code (an FTP extender's server reply such as `Huh?`).
 */
const EXPLORER_ERROR = new RegExp([
    "Profile [^\\n]{1,128} is inactive\\. Please check if your Zowe server is active", "Required parameter 'host' must not be blank",
    "Error encountered when loading your Zowe config", "Failed to initialize Zowe folder", "^Profile (?:[^\\n]{1,128} )?not found\\.$",
    "Custom credential manager failed to activate", "Error encountered while activating and initializing logger",
    "Failed to update Zowe schema", "Failed to parse JSON file ", "Error preparing SSH connection", "Failed to find or create session node",
    "Failed to filter tree for PDS ", "^Failed to (?:list datasets|read |save |rename |delete |move |copy |create |upload changes for )",
    "Error running command [\\w.-]{1,120}: ", "This is likely caused by the extension that contributes", "Unable to log in",
    "Retrieving response from [\\w.-]{1,80} Error:"
].join("|"), "m");

/** The first line of Explorer's words. */
function problemLine(text: string): string {
    const lines = text.split("\n").map((line) => line.trim());
    return lines.find((line) => EXPLORER_ERROR.test(line))?.slice(0, 1000) ?? "";
}

/** A Zowe Explorer error of its own, with no HTTP status, code or message ID: its configuration, profiles or extensions. */
export const EXPLORER_OWN_ERROR: IEvidenceFormat = {
    id: "zowe-explorer-own-error",
    label: "Zowe Explorer's own error",
    ownErrors: true,
    detect: (text) => (EXPLORER_ERROR.test(text.slice(0, 65536)) ? 0.3 : 0),
    read: (text, context) => [readOwnError(text, EXPLORER_OWN_ERROR, { kind: "explorer-text", client: "zowe-explorer", message: problemLine(text) },
        context)]
};
