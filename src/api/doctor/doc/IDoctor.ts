/**
 * `zowe http-status doctor`: the checks of the local setup Zowe depends on, and the facts they read. Every fact is read
 * on this machine, with nothing sent anywhere; no secret value is ever held in the facts, only where a secret is kept.
 */
import type { IProbeProxy } from "../../probe/doc/IProbeResult";
import type { ISiteKnowledge } from "../../site/doc/ISiteKnowledge";

/** What a check found: `ok`, `warn` (works, but may fail or hide a failure), `fail` (will fail), `skip` (nothing to check). */
export type DoctorState = "ok" | "warn" | "fail" | "skip";

/** One line of the checklist, as `--rfj` gives it in `data.checks`. */
export interface IDoctorFinding {
    /** Stable id of the check (`config-defaults`). */
    id: string;
    state: DoctorState;
    /** What was checked, in a few words. */
    title: string;
    /** What was found, with where each fact comes from. Never a secret or an environment value. */
    finding: string;
    /** For a warn or fail: what to do, with the exact command where there is one. */
    fix?: string;
    /** For a warn or fail: the documentation that explains it. */
    docs?: string;
}

/** The `data` of `zowe http-status doctor --rfj`. */
export interface IDoctorReport {
    /** False when any check failed (the command then exits 1). */
    ok: boolean;
    checks: IDoctorFinding[];
}

/** What a check gives back; the runner adds its id and title, and its docs when the state is warn or fail. */
export interface IDoctorOutcome {
    state: DoctorState;
    finding: string;
    fix?: string;
    /** A link for this outcome, instead of the check's own. */
    docs?: string;
}

/** One check: its own module, one line in DOCTOR_CHECKS. */
export interface IDoctorCheck {
    id: string;
    title: string;
    /** The documentation a warn or fail links to. */
    docs: string;
    /** Synchronous and pure over the facts (gatherDoctorFacts does the reading that needs waiting). */
    run(facts: IDoctorFacts): IDoctorOutcome;
}

/** A team configuration file (layer), as imperative's Config found it. */
export interface IConfigLayerFacts {
    path: string;
    exists: boolean;
    /** `project` or `global`; `user` layers are the `.user.json` files. */
    scope: "project" | "global";
    user: boolean;
}

/** One profile of the team configuration, read without the secure vault. */
export interface IConfigProfileFacts {
    /** As commands take it: `lpar1`, or `lpar1.zosmf` for a nested profile. */
    name: string;
    /** `profiles.lpar1.profiles.zosmf`. */
    jsonPath: string;
    type: string | null;
    /** The config file that holds the profile (the layer with the highest priority that has it). */
    file: string | null;
    /** Its own properties, merged with those of the profiles it is nested in; secure values are never in them. */
    properties: Record<string, unknown>;
    /** The names of its properties kept in the secure vault (its `secure` arrays, nested ones included). */
    secure: string[];
    /** Per config file that defines the profile: the properties written there in plain text (names only). */
    plainIn: Array<{ file: string; names: string[] }>;
}

/** The team configuration of the CLI home and of the folder the command runs from. */
export interface IConfigFacts {
    /** False when no config file exists (then Zowe uses no profiles). */
    exists: boolean;
    layers: IConfigLayerFacts[];
    profiles: IConfigProfileFacts[];
    /** `defaults` merged over the layers: type → profile name. */
    defaults: Record<string, string>;
    /** Per config file: the secure property paths it declares (`profiles.lpar1.properties.password`), what the vault should hold for it. */
    secureDeclared: Record<string, string[]>;
    /** Set when imperative could not load the config: its message (masked). */
    problem?: string;
}

/** How the credential manager stands in this CLI run, from imperative's own state. */
export interface ICredentialManagerFacts {
    /**
     * `loaded`; `failed` (imperative could not load it, see problem); `disabled` (overrides.CredentialManager is false);
     * `unknown` (outside the CLI).
     */
    state: "loaded" | "failed" | "disabled" | "unknown";
    /** The override in settings/imperative.json (`@zowe/cli`, a plug-in's name, or false). */
    override: string | false | null;
    /** What imperative said when it could not load it or read the vault (masked). */
    problem?: string;
    /** True when imperative's load of the secure values for this run failed (ConfigSecure.loadFailed). */
    vaultLoadFailed: boolean | null;
}

/**
 * What the vault holds for the config, as imperative loaded it for this CLI run: only the presence of each secure
 * property (never its value), and for tokens their expiry decoded from the token's payload.
 */
export interface IVaultFacts {
    /** False when imperative did not load secure values in this run (outside the CLI, or the vault failed). */
    read: boolean;
    /** `<config file>` → the property paths present in the vault for it (`profiles.lpar1.properties.password`). */
    present: Record<string, string[]>;
}

/** A token a profile or the environment holds, decoded locally: never its value. */
export interface ITokenFacts {
    /** `profile lpar1 (tokenValue in the vault)`, `ZOWE_OPT_TOKEN_VALUE`. */
    where: string;
    /** The profile it belongs to, when it comes from one. */
    profile: string | null;
    tokenType: string | null;
    /** `jwt` with an `exp` claim; `jwt-no-expiry`; `opaque` (an LTPA token or another format that carries no expiry). */
    kind: "jwt" | "jwt-no-expiry" | "opaque";
    /** The `exp` claim, as an ISO time. */
    expires?: string;
}

/** One installed plug-in: what its package.json declares and what imperative found when it loaded it. */
export interface IPluginFacts {
    name: string;
    version: string | null;
    /** Its `peerDependencies["@zowe/imperative"]`, else null. */
    imperativeRange: string | null;
    /** Its `peerDependencies["@zowe/cli"]` (older plug-ins), else null. */
    cliRange: string | null;
    /** The problems imperative's plug-in loader recorded for it in this run (PluginIssues), masked. */
    issues: string[];
    /** False when no package.json was found in the plug-ins folder. */
    found: boolean;
}

/** The running CLI, from imperative's own state. */
export interface IRuntimeFacts {
    /** The Zowe CLI version (its package.json), null outside the CLI. */
    zoweCli: string | null;
    /** The imperative the CLI depends on (its package.json's dependency). */
    imperativeDeclared: string | null;
    /** The imperative that is running (its package.json). */
    imperative: string | null;
    node: string;
    /** imperative's own Node.js check (`zowe config report-env`), or null when it finds no problem or cannot run. */
    nodeProblem: string | null;
    /** True when this run is served by the Zowe daemon. */
    daemon: boolean;
    credentialManager: ICredentialManagerFacts;
    vault: IVaultFacts;
}

/** A profile host's route, decided as imperative's ProxySettings decides. */
export interface IProfileProxyFacts {
    profile: string;
    host: string;
    protocol: "http" | "https";
    /** undefined when no proxy variable applies to this host's protocol. */
    proxy?: IProbeProxy;
}

/** Zowe Explorer as installed on this machine. */
export interface IExplorerFacts {
    /** Each editor's installed Zowe Explorer versions, newest first. */
    installed: Array<{ editor: string; versions: string[] }>;
    /** The logs folders that hold a zowe.log. */
    logs: string[];
    /** `zowe.logger` per editor's settings.json. */
    loggerLevels: Array<{ editor: string; level: string; settingsFile: string }>;
}

/** Everything the checks read. Gathered once by gatherDoctorFacts; a check never reads the environment itself. */
export interface IDoctorFacts {
    cliHome: string;
    /** The user's home folder, where editors keep their extensions and settings. */
    userHome: string;
    platform: NodeJS.Platform;
    /** The environment: checks read names and test values; a value is never put in a finding. */
    env: NodeJS.ProcessEnv;
    /** `--profile`: the one profile to check; undefined checks them all. */
    profile?: string;
    runtime: IRuntimeFacts;
    config: IConfigFacts;
    plugins: IPluginFacts[];
    tokens: ITokenFacts[];
    proxies: IProfileProxyFacts[];
    explorer: IExplorerFacts;
    site: ISiteKnowledge;
}
