import type * as ImperativeModule from "@zowe/imperative";
import type { Config } from "@zowe/imperative";
import type { ICredentialManagerFacts, IRuntimeFacts, IVaultFacts } from "./doc/IDoctor";
import { Redactor } from "../redaction/Redactor";

/** The parts of imperative this reader asks, loaded on first use: outside a CLI run they hold nothing. */
type Imperative = typeof ImperativeModule;

function tryRead<T>(read: () => T, otherwise: T): T {
    try {
        return read() ?? otherwise;
    } catch {
        return otherwise;
    }
}

/** imperative's own Node.js version test of `zowe config report-env` (EnvItems.probTests), or null when it finds none. */
function nodeProblemOf(version: string): string | null {
    return tryRead(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a deep module of imperative, loaded when doctor runs
        const { probTests, ItemId } = require("@zowe/imperative/lib/imperative/src/config/cmd/report-env/EnvItems") as {
            probTests: Array<{ itemId: number; probExpr: (value: string) => boolean; probMsg: string }>; ItemId: Record<string, number>;
        };
        return probTests.find((test) => test.itemId === ItemId.NODEJS_VER && test.probExpr(version))?.probMsg ?? null;
    }, null);
}

/** The running imperative's version: the host CLI's, since imperative gives a plug-in's `@zowe/imperative` requires the host's. */
function runningImperative(): string | null {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the package.json of the imperative that runs
    return tryRead(() => (require("@zowe/imperative/package.json") as { version?: string }).version ?? null, null);
}

/** How imperative's credential manager stands in this run: its override, whether it initialized, and why not. */
function credentialManagerOf(imperative: Imperative, config: Config | undefined): ICredentialManagerFacts {
    const override = tryRead(() => imperative.AppSettings.initialized ?
        imperative.AppSettings.instance.get("overrides", "CredentialManager") as string | false : null, null);
    const vaultLoadFailed = config == null ? null : tryRead(() => config.api.secure.loadFailed, null);
    if (override === false) {
        return { state: "disabled", override, vaultLoadFailed };
    }
    const initialized = tryRead(() => imperative.CredentialManagerFactory.initialized, false);
    if (!initialized) {
        return { state: config == null ? "unknown" : "failed", override, vaultLoadFailed,
            ...(config == null ? {} : { problem: "imperative did not initialize a credential manager in this run" }) };
    }
    // DefaultCredentialManager keeps the reason it could not load the keyring module (imperative 8).
    const loadError = tryRead(() => (imperative.CredentialManagerFactory.manager as unknown as { loadError?: Error }).loadError, undefined);
    return loadError == null ? { state: "loaded", override, vaultLoadFailed } :
        { state: "failed", override, vaultLoadFailed, problem: new Redactor().text(loadError.message.split(/\r?\n/)[0]) };
}

/**
 * Which secure properties the vault holds for each config file, from the secure values imperative itself loaded for
 * this run (ConfigSecure.securePropsForLayer): only their names are taken, never a value.
 */
function vaultOf(config: Config | undefined, files: string[]): IVaultFacts {
    if (config == null || tryRead(() => config.api.secure.loadFailed, true)) {
        return { read: false, present: {} };
    }
    const present = Object.fromEntries(files.map((file) => [file,
        Object.keys(tryRead(() => config.api.secure.securePropsForLayer(file) ?? {}, {}))]));
    return { read: true, present };
}

/**
 * The facts of this CLI run that only imperative knows: versions, daemon mode, the credential manager and what the
 * vault holds (names only). Outside a CLI run (an API caller) each is null, `unknown` or not read.
 * @param files - the config files whose vault entries to look for
 * @returns the runtime facts, and imperative's loaded config (with its secure values) for reading tokens
 */
export async function readRuntimeFacts(files: string[]): Promise<{ runtime: IRuntimeFacts; loaded?: Config }> {
    const imperative = await import("@zowe/imperative");
    const instance = imperative.ImperativeConfig.instance;
    // Outside a CLI run imperative has no caller, and callerPackageJson would be any package.json above the current folder.
    const inCli = tryRead(() => instance.callerLocation != null, false);
    const caller = inCli ? tryRead(() => instance.callerPackageJson as { version?: unknown; dependencies?: Record<string, unknown> } | undefined,
        undefined) : undefined;
    const loaded = inCli ? tryRead(() => instance.config, undefined) : undefined;
    const text = (value: unknown): string | null => typeof value === "string" && value.length > 0 ? value : null;
    const runtime: IRuntimeFacts = {
        zoweCli: text(caller?.version),
        imperativeDeclared: text(caller?.dependencies?.["@zowe/imperative"]),
        imperative: runningImperative(),
        node: process.version,
        nodeProblem: nodeProblemOf(process.version),
        daemon: tryRead(() => instance.daemonContext?.stream != null, false),
        credentialManager: credentialManagerOf(imperative, loaded),
        vault: vaultOf(loaded, files)
    };
    return { runtime, loaded };
}

/**
 * The problems imperative's plug-in loader recorded for a plug-in in this run (PluginIssues), masked.
 * @param name - the plug-in's package name
 */
export async function pluginIssuesOf(name: string): Promise<string[]> {
    try {
        const { PluginIssues } = await import("@zowe/imperative/lib/imperative/src/plugins/utilities/PluginIssues");
        const redactor = new Redactor();
        return PluginIssues.instance.getIssueListForPlugin(name).map((issue) => redactor.text(issue.issueText));
    } catch {
        return [];
    }
}
