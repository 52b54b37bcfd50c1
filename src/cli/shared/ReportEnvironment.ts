import * as os from "os";
import { ImperativeConfig } from "@zowe/imperative";
import type { IFailedCall } from "../../api/failure/doc/IFailedCall";
import { readInstalledPlugins } from "../../api/environment/installedPlugins";
import { defaultCliHome } from "../../api/lastError/findLastFailures";
import { findExplorerLogs } from "../../api/readers/explorer/findExplorerLogs";
import type { IInstalledPlugin } from "../../api/environment/installedPlugins";
import { Redactor } from "../../api/redaction/Redactor";

/** What a support case asks for first: the versions and settings of the machine the report was made on. */
export interface IReportEnvironment {
    /** The running Zowe CLI's version (its package.json); null when the command runs outside Zowe CLI. */
    zoweCli: string | null;
    /** The plug-ins installed into the Zowe CLI home, with their versions. */
    plugins: IInstalledPlugin[];
    /** `v20.19.1`. */
    node: string;
    /** `Linux 6.8.0 (linux x64)`. */
    os: string;
    /** True when the command ran in the Zowe daemon. */
    daemon: boolean;
    /**
     * imperative's and the app's log levels (the environment variable's value, or the default) and, for a failure
     * Zowe Explorer logged, the `zowe.logger` setting of its editor.
     */
    logLevels: { imperative: string; app: string; explorer?: string };
    /** `3.4.2 (VS Code)`: the Zowe Explorer that logged the failure, when it came from there. */
    zoweExplorer?: string;
}

/** imperative's level when no variable sets one (LoggerConfigBuilder.getDefaultLogLevel). */
function defaultLogLevel(): string {
    return process.env.NODE_ENV === "development" ? "DEBUG (default)" : "WARN (default)";
}

function logLevel(variable: string): string {
    const value = process.env[variable]?.trim();
    return value != null && value.length > 0 ? `${value} (${variable})` : defaultLogLevel();
}

/** The CLI home imperative runs with; outside a CLI run (an API caller, a test) imperative has none: $ZOWE_CLI_HOME or ~/.zowe. */
function cliHome(): string {
    try {
        return ImperativeConfig.instance.cliHome;
    } catch {
        return defaultCliHome();
    }
}

/** `3.4.2 (VS Code)` for a failure Zowe Explorer (or an extender) logged; undefined for other clients. */
function explorerVersion(call: IFailedCall | undefined): string | undefined {
    const explorer = call?.explorer;
    if (explorer == null) {
        return undefined;
    }
    const name = explorer.extender ? `${explorer.extension} ` : "";
    return `${name}${explorer.version ?? "version unknown"}${explorer.editor == null ? "" : ` (${explorer.editor})`}`;
}

/** The `zowe.logger` level set in the settings.json of the editor whose Zowe Explorer logged the failure. */
function explorerLogLevel(call: IFailedCall | undefined): string | undefined {
    const explorer = call?.explorer;
    if (explorer == null) {
        return undefined;
    }
    const levels = findExplorerLogs({ home: os.homedir() }).loggerLevels;
    const level = levels.find((found) => found.editor === explorer.editor) ?? (explorer.editor == null ? levels[0] : undefined);
    return level == null ? "not set in the editor's settings.json (Zowe Explorer's default)" :
        `${level.level} (zowe.logger in ${level.settingsFile})`;
}

/**
 * Gather the environment of this Zowe CLI run, masked: the CLI's version, the plug-ins of its home, Node.js, the OS,
 * daemon mode and the log levels. Reads plugins.json and one package.json per plug-in, so call it only when a
 * report asks for it (--markdown).
 * @param call - the failure the report is about: its Zowe Explorer version is added when Explorer logged it
 * @returns the environment, every value through the Redactor
 */
export function collectEnvironment(call?: IFailedCall): IReportEnvironment {
    const config = ImperativeConfig.instance;
    const cliVersion = (config.callerPackageJson as { version?: unknown } | undefined)?.version;
    const environment: IReportEnvironment = {
        zoweCli: typeof cliVersion === "string" ? cliVersion : null,
        plugins: readInstalledPlugins(cliHome()),
        node: process.version,
        os: `${os.type()} ${os.release()} (${process.platform} ${process.arch})`,
        daemon: config.daemonContext?.stream != null,
        logLevels: { imperative: logLevel("ZOWE_IMPERATIVE_LOG_LEVEL"), app: logLevel("ZOWE_APP_LOG_LEVEL"), explorer: explorerLogLevel(call) },
        zoweExplorer: explorerVersion(call)
    };
    return new Redactor().value(environment);
}
