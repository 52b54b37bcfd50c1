/**
 * Where the editors that run Zowe Explorer keep their extensions and their user settings: data, searched by
 * findExplorerLogs. Adding an editor is one entry.
 *
 * Facts: VS Code's documented extension folders (`~/.vscode/extensions`, `~/.vscode-insiders/extensions`), the user
 * settings folders of VS Code (`%APPDATA%\Code\User`, `~/Library/Application Support/Code/User`,
 * `~/.config/Code/User`), VSCodium's `~/.vscode-oss`, Cursor's `~/.cursor`, and the VS Code remote server's
 * `~/.vscode-server` (https://code.visualstudio.com/docs/configure/settings#_settings-json-file,
 * https://code.visualstudio.com/docs/configure/extensions/extension-marketplace#_where-are-extensions-installed).
 */

/** One editor: its extension folders under the home, and the name of its user-data folder (null: none on this machine). */
export interface IExplorerEditor {
    name: string;
    /** Folders, relative to the home, that hold installed extensions. */
    extensionDirs: string[];
    /** The user-data folder's name under the platform's configuration folder; its `User/settings.json` is read. */
    userDataName: string | null;
}

export const EXPLORER_EDITORS: readonly IExplorerEditor[] = [
    { name: "VS Code", extensionDirs: [".vscode/extensions"], userDataName: "Code" },
    { name: "VS Code Insiders", extensionDirs: [".vscode-insiders/extensions"], userDataName: "Code - Insiders" },
    { name: "VSCodium", extensionDirs: [".vscode-oss/extensions"], userDataName: "VSCodium" },
    { name: "Cursor", extensionDirs: [".cursor/extensions"], userDataName: "Cursor" },
    // The remote server keeps its machine settings in data/Machine/settings.json, not in a user-data folder.
    { name: "VS Code Server", extensionDirs: [".vscode-server/extensions", ".vscode-server-insiders/extensions"], userDataName: null }
];

/** The extensions whose logs are read: Zowe Explorer, and extenders that log with its logger and format. */
export interface IExplorerExtension {
    /** The folder name before `-<version>`, e.g. `zowe.vscode-extension-for-zowe`. */
    id: string;
    extender: boolean;
}

export const EXPLORER_EXTENSIONS: readonly IExplorerExtension[] = [
    { id: "zowe.vscode-extension-for-zowe", extender: false },
    { id: "zowe.zowe-explorer-ftp-extension", extender: true }
];

/** The setting that moves the logs (Zowe Explorer 2.8+): the logs are then in `<path>/logs/`. */
export const LOGS_FOLDER_SETTING = "zowe.files.logsFolder.path";
/** The setting of Zowe Explorer's log level (2.8+; default INFO). */
export const LOGGER_SETTING = "zowe.logger";
/** The files of an Explorer logs folder that hold the failure events (imperative.log holds imperative's own messages). */
export const EXPLORER_LOG_FILE = "zowe.log";
