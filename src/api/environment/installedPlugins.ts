import * as fs from "fs";
import * as path from "path";

/** One plug-in installed into a Zowe CLI home. */
export interface IInstalledPlugin {
    /** The package name, as `zowe plugins install` recorded it. */
    name: string;
    /** The installed package's version (its package.json), else the one plugins.json recorded; null when neither says. */
    version: string | null;
}

/** Where `zowe plugins install` puts the packages: `lib/node_modules` on POSIX, `node_modules` on Windows. */
const PACKAGE_FOLDERS = [["lib", "node_modules"], ["node_modules"]];

/** A file's JSON, or null when it is missing or not JSON: an environment section must never stop a report. */
function readJson(file: string): unknown {
    try {
        return JSON.parse(fs.readFileSync(file, "utf8"));
    } catch {
        return null;
    }
}

function versionIn(value: unknown): string | null {
    const version = (value as { version?: unknown } | null)?.version;
    return typeof version === "string" && version.length > 0 ? version : null;
}

/** One plug-in of plugins.json, with its installed package.json (null when none is found). */
export interface IInstalledPluginPackage {
    name: string;
    /** What `zowe plugins install` recorded for it in plugins.json. */
    record: unknown;
    /** Its installed package.json, parsed; null when missing or not JSON. */
    packageJson: Record<string, unknown> | null;
}

/**
 * The plug-ins of `<cliHome>/plugins/plugins.json`, each with its installed package.json. A missing or damaged file
 * gives no entry or a null package, never an error.
 * @param cliHome - the Zowe CLI home (`$ZOWE_CLI_HOME`, default `~/.zowe`)
 * @returns the plug-ins, sorted by name
 */
export function readInstalledPluginPackages(cliHome: string): IInstalledPluginPackage[] {
    const installed = readJson(path.join(cliHome, "plugins", "plugins.json"));
    if (installed == null || typeof installed !== "object" || Array.isArray(installed)) {
        return [];
    }
    return Object.entries(installed as Record<string, unknown>).map(([name, record]) => {
        const packageJson = PACKAGE_FOLDERS.map((folder) => path.join(cliHome, "plugins", "installed", ...folder, name, "package.json"))
            .map(readJson).find((value) => value != null && typeof value === "object" && !Array.isArray(value));
        return { name, record, packageJson: (packageJson ?? null) as Record<string, unknown> | null };
    }).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The plug-ins installed into a Zowe CLI home: the names in `<cliHome>/plugins/plugins.json`, each with the version
 * of its installed package.json. Reads one small file per plug-in; a missing or damaged file gives no entry or a
 * null version, never an error.
 * @param cliHome - the Zowe CLI home (`$ZOWE_CLI_HOME`, default `~/.zowe`)
 * @returns the plug-ins, sorted by name
 */
export function readInstalledPlugins(cliHome: string): IInstalledPlugin[] {
    return readInstalledPluginPackages(cliHome).map(({ name, record, packageJson }) =>
        ({ name, version: versionIn(packageJson) ?? versionIn(record) }));
}
