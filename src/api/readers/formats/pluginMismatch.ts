import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import { readOwnError } from "../shared/readOwnError";

/**
 * The words of a plug-in or extension that does not fit the Zowe CLI or Zowe Explorer it runs in: code written for
 * another version of imperative or of the Zowe Explorer API calls what is not there (`… is not a function`, `… is not
 * a constructor`, `Cannot read properties of undefined`), a module it needs is not installed, imperative cannot load it
 * (packages/imperative/src/imperative/src/plugins: PluginManagementFacility, `Unable to load the following module for
 * plug-in`, `Failed to load the plugin`), or the command or editor command it should add does not exist.
 */
const MISMATCH = new RegExp([
    "\\bis not a function\\b", "\\bis not a constructor\\b", "Cannot find module '[^'\\n]{1,200}'", "Unable to load the following module for plug-in",
    "Unable to load the configuration for the plug-in", "Failed to load the plugin", "Unable to load class from",
    "Problems detected during plugin validation", "command '[\\w.-]{1,120}' not found", "\\bzowe: command not found",
    "'zowe' is not recognized as an internal or external command", "Unknown Command"
].join("|"));

/** The line that names what is missing, the first of them. */
function problemLine(text: string): string {
    const lines = text.split("\n").map((line) => line.trim());
    return lines.find((line) => MISMATCH.test(line))?.slice(0, 500) ?? lines.find((line) => line.length > 0) ?? "";
}

/**
 * A plug-in or extension that does not fit its host: an imperative-based plug-in built for another Zowe CLI, a Zowe
 * Explorer extender built for another Explorer API, a command or module that is not there. The request was never
 * sent; what to fix is the versions installed.
 */
export const PLUGIN_MISMATCH: IEvidenceFormat = {
    id: "zowe-plugin-mismatch",
    label: "a plug-in or extension that does not fit its Zowe CLI or Zowe Explorer",
    ownErrors: true,
    // Surer than Zowe's own-error layout it is printed in (Unexpected Command Error): what it names is the cause.
    detect: (text) => (MISMATCH.test(text.slice(0, 65536)) ? 0.45 : 0),
    read: (text, context) => [readOwnError(text, PLUGIN_MISMATCH, {
        kind: "text", client: /Zowe Explorer|vscode|Error running command|command '[\w.-]{1,120}' not found/i.test(text) ? "zowe-explorer" : "unknown",
        message: problemLine(text)
    }, context)]
};
