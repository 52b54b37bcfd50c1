import * as path from "path";
import type { IDoctorCheck } from "../doc/IDoctor";
import { DOCS } from "../docLinks";
import { LOGGER_SETTING } from "../../readers/explorer/explorerEditors";

/** Zowe Explorer on this machine: its versions per editor, its logs and log level, and whether it reads this CLI's config. */
export const zoweExplorerCheck: IDoctorCheck = {
    id: "zowe-explorer",
    title: "Zowe Explorer",
    docs: DOCS.explorer,
    run(facts) {
        const { explorer } = facts;
        if (explorer.installed.length === 0) {
            return { state: "skip",
                finding: `No Zowe Explorer installed under ${facts.userHome} (VS Code, Insiders, VSCodium, Cursor, VS Code Server).` };
        }
        const versions = explorer.installed.map((entry) => `${entry.editor} ${entry.versions.join(", ")}`).join("; ");
        const logs = explorer.logs.length === 0 ? "no zowe.log yet" : `logs in ${explorer.logs.join(", ")}`;
        const levels = explorer.loggerLevels.length === 0 ? `${LOGGER_SETTING} not set (INFO)` :
            explorer.loggerLevels.map((entry) => `${LOGGER_SETTING} ${entry.level} (${entry.editor})`).join(", ");
        const found = `${versions}; ${logs}; ${levels}`;
        const explorerHome = path.join(facts.userHome, ".zowe");
        if (path.resolve(facts.cliHome) !== path.resolve(explorerHome)) {
            return {
                state: "warn",
                finding: `${found}. This CLI reads its global config from ${facts.cliHome} (ZOWE_CLI_HOME); Zowe Explorer reads ` +
                    `${explorerHome} unless ` +
                    "the editor was started with the same ZOWE_CLI_HOME, so the two may use different profiles.",
                fix: `Start the editor from a shell where ZOWE_CLI_HOME is set as here, or set ZOWE_CLI_HOME for your whole session.`
            };
        }
        return { state: "ok", finding: `${found}; it reads the same global config as this CLI (${explorerHome}).` };
    }
};
