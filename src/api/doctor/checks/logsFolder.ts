import * as fs from "fs";
import * as path from "path";
import type { IDoctorCheck } from "../doc/IDoctor";
import { DOCS } from "../docLinks";

function writable(dir: string): boolean {
    try {
        fs.accessSync(dir, fs.constants.W_OK);
        return true;
    } catch {
        return false;
    }
}

/** The CLI's logs folder (or, before the first log, the home that will hold it) can be written. */
export const logsFolderCheck: IDoctorCheck = {
    id: "logs-folder",
    title: "The logs folder is writable",
    docs: DOCS.environment,
    run({ cliHome }) {
        const logs = path.join(cliHome, "logs");
        const exists = fs.existsSync(logs);
        const dir = exists ? logs : cliHome;
        if (writable(dir)) {
            return { state: "ok", finding: exists ? `${logs} is writable.` :
                `${logs} does not exist yet; ${cliHome} is writable, so Zowe can create it.` };
        }
        return {
            state: "warn",
            finding: `${dir} is not writable by this user: Zowe CLI cannot log, so last-error has nothing to read.`,
            fix: `Give this user write access to ${dir} (for example: chmod u+w ${dir}), or set ZOWE_CLI_HOME to a folder you own.`
        };
    }
};
