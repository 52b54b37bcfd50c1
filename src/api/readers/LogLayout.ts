import * as fs from "fs";
import * as path from "path";

/** Where a Zowe CLI home keeps its logs, by version. */
export interface ILogLayout {
    /** The folder of imperative.log and its backups. */
    imperativeLogDir: string;
    /** The folder of zowe.log (the z/OSMF stacks). */
    zoweLogDir: string;
    /** `v3` (`<home>/logs`), `v1-v2` (`<home>/imperative/logs` and `<home>/zowe/logs`) or `folder` (a folder as given). */
    layout: "v3" | "v1-v2" | "folder";
}

function holdsImperativeLog(dir: string): boolean {
    try {
        return fs.readdirSync(dir).some((name) => /^imperative\.log(\.\d)?$/.test(name));
    } catch {
        return false;
    }
}

/**
 * Find the logs of a folder a user names: a Zowe CLI home of v3 (`logs/`) or of v1/v2 (`imperative/logs/` and
 * `zowe/logs/`), one of those logs folders itself (a v1/v2 `imperative/logs` finds its `zowe/logs` beside it), or a
 * folder of copied logs.
 * @param dir - the folder
 * @param isHome - the folder is a Zowe CLI home: when it holds no logs yet, they will be in its v3 `logs` folder
 * @returns where imperative.log and zowe.log are; the folder itself when it holds neither layout
 */
export function findLogLayout(dir: string, isHome = false): ILogLayout {
    const v3 = path.join(dir, "logs");
    const v1v2 = path.join(dir, "imperative", "logs");
    if (!holdsImperativeLog(dir) && holdsImperativeLog(v3)) {
        return { imperativeLogDir: v3, zoweLogDir: v3, layout: "v3" };
    }
    if (!holdsImperativeLog(dir) && holdsImperativeLog(v1v2)) {
        return { imperativeLogDir: v1v2, zoweLogDir: path.join(dir, "zowe", "logs"), layout: "v1-v2" };
    }
    const parent = path.dirname(path.resolve(dir));
    if (path.basename(path.resolve(dir)) === "logs" && path.basename(parent) === "imperative") {
        return { imperativeLogDir: dir, zoweLogDir: path.join(path.dirname(parent), "zowe", "logs"), layout: "v1-v2" };
    }
    return isHome && !holdsImperativeLog(dir) ? { imperativeLogDir: v3, zoweLogDir: v3, layout: "v3" } :
        { imperativeLogDir: dir, zoweLogDir: dir, layout: "folder" };
}
