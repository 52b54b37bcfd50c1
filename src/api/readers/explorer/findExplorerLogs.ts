import * as fs from "fs";
import * as path from "path";
import type { IExplorerLogOrigin } from "../formats/explorerLog";
import { EXPLORER_EDITORS, EXPLORER_EXTENSIONS, EXPLORER_LOG_FILE, LOGGER_SETTING, LOGS_FOLDER_SETTING } from "./explorerEditors";
import { parseJsonWithComments } from "./jsonWithComments";
import { isZoweCliLogFolder } from "../LogLayout";

/** One Explorer log file to read, with who wrote it. */
export interface IExplorerLogPlace {
    /** The logs folder (`<extension folder>/logs`, or `<zowe.files.logsFolder.path>/logs`). */
    dir: string;
    /** The log file's name in it (`zowe.log`). */
    fileName: string;
    origin: IExplorerLogOrigin;
    /** Why this folder: `extension-folder`, `settings` (the logsFolder setting), or `given` (--log-dir). */
    foundBy: "extension-folder" | "settings" | "given";
}

/** Where Explorer's logs were looked for and what its settings say. */
export interface IExplorerLogSearch {
    places: IExplorerLogPlace[];
    /** The `zowe.logger` levels found in the editors' settings, by editor name. */
    loggerLevels: Array<{ editor: string; level: string; settingsFile: string }>;
    /** Problems worth telling: a settings.json that could not be parsed. */
    notes: string[];
    /** Every Zowe Explorer (and extender) installed, per editor, newest version first, whether or not it has logged. */
    installed: IExplorerLogOrigin[];
}

/** Where to look. */
export interface IFindExplorerLogsOptions {
    /** The user's home folder (`os.homedir()`). */
    home: string;
    /** `process.platform` of the machine (default: this one). */
    platform?: NodeJS.Platform;
    /** The environment, for `%APPDATA%` on Windows and `$XDG_CONFIG_HOME` on Linux (default: this process's). */
    env?: NodeJS.ProcessEnv;
}

/** `zowe.vscode-extension-for-zowe-3.4.2` → `3.4.2` (also `-universal`, `-linux-x64` platform suffixes). */
const VERSIONED_FOLDER = /^(.{1,200})-(\d{1,6}\.\d{1,6}\.\d{1,6}(?:-[\w.]{1,64})?)$/;

function readDir(dir: string): string[] {
    try {
        return fs.readdirSync(dir);
    } catch {
        return [];
    }
}

function isFile(file: string): boolean {
    try {
        return fs.statSync(file).isFile();
    } catch {
        return false;
    }
}

/** Numeric comparison of `3.10.0` and `3.4.2`, newest first; a pre-release after its release's number. */
function newestFirst(a: string | null, b: string | null): number {
    const parts = (version: string | null): number[] => (version ?? "0").split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
    const [left, right] = [parts(a), parts(b)];
    for (let index = 0; index < Math.max(left.length, right.length); index++) {
        const difference = (right[index] ?? 0) - (left[index] ?? 0);
        if (difference !== 0) {
            return difference;
        }
    }
    return 0;
}

/** The user settings folder of an editor on a platform. */
function userSettingsFile(userDataName: string, options: IFindExplorerLogsOptions): string {
    const env = options.env ?? process.env;
    const platform = options.platform ?? process.platform;
    const base = platform === "win32" ? env.APPDATA ?? path.join(options.home, "AppData", "Roaming") :
        platform === "darwin" ? path.join(options.home, "Library", "Application Support") :
            env.XDG_CONFIG_HOME != null && env.XDG_CONFIG_HOME.length > 0 ? env.XDG_CONFIG_HOME : path.join(options.home, ".config");
    return path.join(base, userDataName, "User", "settings.json");
}

/** The settings an editor's settings.json holds, or undefined when it has none (or they cannot be read). */
function readSettings(file: string, notes: string[]): Record<string, unknown> | undefined {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch {
        return undefined;
    }
    const settings = parseJsonWithComments(text);
    if (settings == null || typeof settings !== "object" || Array.isArray(settings)) {
        notes.push(`${file} could not be read as JSON with comments; its ${LOGS_FOLDER_SETTING} setting, if any, was not used.`);
        return undefined;
    }
    return settings as Record<string, unknown>;
}

/**
 * Find the logs of Zowe Explorer (and of the extenders that share its logger) on this machine, with no option:
 * every installed `zowe.vscode-extension-for-zowe-<version>` (and `zowe.zowe-explorer-ftp-extension-<version>`) in
 * the extension folders of VS Code, VS Code Insiders, VSCodium, Cursor and the VS Code remote server, each version's
 * `logs/zowe.log`; and the folder each editor's user settings.json names in `zowe.files.logsFolder.path` (its
 * `logs/zowe.log`, credited to the newest Explorer installed in that editor). Every version's log is returned, not
 * only the newest's: after an update the older folder may still hold the newest failure (VS Code keeps it until
 * restart, and a user may go back to it), and reading each from its end costs little. Only files that exist are
 * returned, newest version first.
 * @param options - the home, platform and environment to look in
 * @returns the log files, the zowe.logger levels set, and notes
 */
export function findExplorerLogs(options: IFindExplorerLogsOptions): IExplorerLogSearch {
    const places: IExplorerLogPlace[] = [];
    const loggerLevels: IExplorerLogSearch["loggerLevels"] = [];
    const notes: string[] = [];
    const everyInstalled: IExplorerLogOrigin[] = [];
    const seen = new Set<string>();
    const add = (place: IExplorerLogPlace): void => {
        const file = path.resolve(place.dir, place.fileName);
        if (!seen.has(file) && isFile(file)) {
            seen.add(file);
            places.push(place);
        }
    };
    for (const editor of EXPLORER_EDITORS) {
        const installed: IExplorerLogOrigin[] = [];
        const folders: Array<{ folder: string; origin: IExplorerLogOrigin }> = [];
        for (const extensionDir of editor.extensionDirs) {
            const root = path.join(options.home, ...extensionDir.split("/"));
            for (const name of readDir(root)) {
                const versioned = VERSIONED_FOLDER.exec(name);
                const extension = versioned == null ? undefined : EXPLORER_EXTENSIONS.find((known) => known.id === versioned[1]);
                if (versioned == null || extension == null) {
                    continue;
                }
                const origin = { extension: extension.id, extender: extension.extender, version: versioned[2], editor: editor.name };
                installed.push(origin);
                folders.push({ folder: path.join(root, name), origin });
            }
        }
        folders.sort((a, b) => newestFirst(a.origin.version, b.origin.version));
        everyInstalled.push(...folders.map((found) => found.origin));
        const settingsFile = editor.userDataName == null ? null : userSettingsFile(editor.userDataName, options);
        const settings = settingsFile == null ? undefined : readSettings(settingsFile, notes);
        const moved = settings?.[LOGS_FOLDER_SETTING];
        if (typeof moved === "string" && moved.trim().length > 0) {
            const newest = installed.filter((origin) => !origin.extender).sort((a, b) => newestFirst(a.version, b.version))[0];
            add({
                dir: path.join(moved.trim(), "logs"), fileName: EXPLORER_LOG_FILE, foundBy: "settings",
                origin: newest ?? { extension: EXPLORER_EXTENSIONS[0].id, extender: false, version: null, editor: editor.name }
            });
        }
        const level = settings?.[LOGGER_SETTING];
        if (typeof level === "string" && settingsFile != null) {
            loggerLevels.push({ editor: editor.name, level: level.toUpperCase(), settingsFile });
        }
        for (const { folder, origin } of folders) {
            add({ dir: path.join(folder, "logs"), fileName: EXPLORER_LOG_FILE, foundBy: "extension-folder", origin });
        }
    }
    return { places, loggerLevels, notes, installed: everyInstalled };
}

/**
 * The Explorer log of a folder a user names (--log-dir): a copied Explorer `logs` folder, or an extension folder
 * holding one. The version is read from the folder's name when it is a versioned extension folder. The zowe.log of
 * a Zowe CLI logs folder (`--log-dir ~/.zowe/logs`) is the CLI's own and is not taken for Explorer's.
 * @param dir - the folder
 * @returns the place to read, or undefined when the folder holds no Explorer zowe.log
 */
export function explorerLogInFolder(dir: string): IExplorerLogPlace | undefined {
    for (const candidate of [dir, path.join(dir, "logs")]) {
        if (isFile(path.join(candidate, EXPLORER_LOG_FILE)) && !isZoweCliLogFolder(candidate)) {
            const names = [path.basename(path.resolve(candidate)), path.basename(path.dirname(path.resolve(candidate)))];
            const versioned = names.map((name) => VERSIONED_FOLDER.exec(name)).find((match) => match != null &&
                EXPLORER_EXTENSIONS.some((known) => known.id === match[1]));
            const extension = EXPLORER_EXTENSIONS.find((known) => known.id === versioned?.[1]) ?? EXPLORER_EXTENSIONS[0];
            return {
                dir: candidate, fileName: EXPLORER_LOG_FILE, foundBy: "given",
                origin: { extension: extension.id, extender: extension.extender, version: versioned?.[2] ?? null, editor: null }
            };
        }
    }
    return undefined;
}
