import * as fs from "fs";
import * as path from "path";
import type { IDoctorCheck } from "../doc/IDoctor";
import { DOCS } from "../docLinks";

/** The daemon client `zowe daemon enable` installs into the CLI home. */
function daemonClient(cliHome: string, platform: NodeJS.Platform): string {
    return path.join(cliHome, "bin", platform === "win32" ? "zowe.exe" : "zowe");
}

/** Daemon mode, when enabled: its client is in place, and it serves this CLI. */
export const daemonCheck: IDoctorCheck = {
    id: "daemon",
    title: "Daemon mode",
    docs: DOCS.daemon,
    run({ cliHome, platform, runtime }) {
        const client = daemonClient(cliHome, platform);
        const enabled = fs.existsSync(client);
        if (!enabled && !runtime.daemon) {
            return { state: "skip", finding: `Not enabled (no ${client}).` };
        }
        if (runtime.daemon) {
            return { state: "ok", finding: `This run is served by the daemon, which is this Zowe CLI ${runtime.zoweCli ?? "(version unknown)"}.` };
        }
        // The client's own version is only printed by running it (zowe --version-exe), which the doctor does not do.
        return {
            state: "ok",
            finding: `Enabled (${client}), but this run did not go through it; the client's version is not read: compare ` +
                `"zowe --version-exe" with "zowe --version" (${runtime.zoweCli ?? "unknown"}), and run "zowe daemon enable" again when they differ.`
        };
    }
};
