import * as os from "os";
import type { ISession } from "@zowe/imperative";
import type { IConfigFacts, IDoctorFacts, IPluginFacts, IProfileProxyFacts, ITokenFacts } from "./doc/IDoctor";
import { readConfigFacts } from "./readConfigFacts";
import { pluginIssuesOf, readRuntimeFacts } from "./readRuntimeFacts";
import { decodeTokenExpiry } from "../util/decodeToken";
import { effectiveProfile, profilesInScope } from "./profileScope";
import { readInstalledPluginPackages } from "../environment/installedPlugins";
import { findExplorerLogs } from "../readers/explorer/findExplorerLogs";
import { loadSiteKnowledge } from "../site/readSiteKnowledge";
import { proxyRouteOf } from "../probe/proxyRoute";
import { defaultCliHome } from "../lastError/findLastFailures";

/** Where and for whom the doctor looks. */
export interface IDoctorOptions {
    /** The Zowe CLI home (default: $ZOWE_CLI_HOME, else ~/.zowe). */
    cliHome?: string;
    /** The user's home folder, for Zowe Explorer (default: os.homedir()). */
    userHome?: string;
    /**
     * The environment (default: this process's). The proxy route is imperative's ProxySettings' answer, which reads this
     * process's environment whatever is given here.
     */
    env?: NodeJS.ProcessEnv;
    platform?: NodeJS.Platform;
    /** Check only this profile. */
    profile?: string;
}

/** A property value that is a non-empty text. */
const textOf = (value: unknown): string | null => typeof value === "string" && value.trim().length > 0 ? value.trim() : null;

/** The token of a value source, decoded at once; the value is never kept. */
function tokenFacts(where: string, profile: string | null, tokenType: unknown, tokenValue: unknown): ITokenFacts[] {
    const token = textOf(tokenValue);
    return token == null ? [] : [{ where, profile, tokenType: textOf(tokenType), ...decodeTokenExpiry(token) }];
}

/** The tokens of the config's profiles (plain text ones from the config, secure ones from what imperative loaded) and of ZOWE_OPT_TOKEN_VALUE. */
function tokensOf(config: IConfigFacts, plain: (name: string) => Record<string, unknown>, loaded: ((name: string) => Record<string,
    unknown>) | undefined,
env: NodeJS.ProcessEnv): ITokenFacts[] {
    const fromProfiles = config.profiles.flatMap((profile) => {
        const secure = profile.secure.includes("tokenValue");
        const values = secure ? loaded?.(profile.name) : plain(profile.name);
        const where = `profile ${profile.name} (tokenValue ${secure ? "in the vault" : `in plain text in ${profile.file ?? "the config"}`})`;
        return values == null ? [] : tokenFacts(where, profile.name, values.tokenType ?? profile.properties.tokenType, values.tokenValue);
    });
    return [...fromProfiles, ...tokenFacts("ZOWE_OPT_TOKEN_VALUE", null, env.ZOWE_OPT_TOKEN_TYPE, env.ZOWE_OPT_TOKEN_VALUE)];
}

/** Each in-scope profile's host, routed as imperative's ProxySettings routes it (the probe's own helper). */
async function proxiesOf(facts: Pick<IDoctorFacts, "config" | "profile">): Promise<IProfileProxyFacts[]> {
    const routes: IProfileProxyFacts[] = [];
    for (const profile of profilesInScope(facts)) {
        const effective = effectiveProfile(facts.config, profile);
        if (effective.host == null) {
            continue;
        }
        const session = { hostname: effective.host, port: effective.port ?? undefined, protocol: effective.protocol } as ISession;
        const route = await proxyRouteOf(session).catch(() => undefined);
        routes.push({ profile: profile.name, host: effective.host, protocol: effective.protocol, ...(route == null ? {} :
            { proxy: route.report }) });
    }
    return routes;
}

function pluginsOf(cliHome: string): Promise<IPluginFacts[]> {
    return Promise.all(readInstalledPluginPackages(cliHome).map(async ({ name, packageJson }): Promise<IPluginFacts> => {
        const peers = (packageJson?.peerDependencies ?? {}) as Record<string, unknown>;
        return {
            name,
            version: textOf(packageJson?.version),
            imperativeRange: textOf(peers["@zowe/imperative"]),
            cliRange: textOf(peers["@zowe/cli"]),
            issues: await pluginIssuesOf(name),
            found: packageJson != null
        };
    }));
}

/**
 * Gather what the doctor's checks read, on this machine only: the team configuration (without opening the vault),
 * imperative's own state for this run (versions, credential manager, which secure properties it loaded: names only),
 * the installed plug-ins, token expiry decoded locally, each profile host's proxy route, Zowe Explorer's installs and
 * settings, and the site knowledge. Nothing is sent anywhere, and no secret value is kept in the facts.
 * @param options - the homes, environment and profile to check
 */
export async function gatherDoctorFacts(options: IDoctorOptions = {}): Promise<IDoctorFacts> {
    const env = options.env ?? process.env;
    const cliHome = options.cliHome ?? defaultCliHome(env);
    const userHome = options.userHome ?? os.homedir();
    const platform = options.platform ?? process.platform;
    const { facts: config, config: loadedConfig } = await readConfigFacts(cliHome);
    const { runtime, loaded } = await readRuntimeFacts(Object.keys(config.secureDeclared));
    const valuesOf = (source: typeof loadedConfig) => source == null ? undefined :
        (name: string): Record<string, unknown> => (source.api.profiles.get(name, false) ?? {}) as Record<string, unknown>;
    const tokens = tokensOf(config, valuesOf(loadedConfig) ?? (() => ({})), runtime.vault.read ? valuesOf(loaded) : undefined, env);
    const explorer = findExplorerLogs({ home: userHome, env, platform });
    const versions = new Map<string, string[]>();
    for (const origin of explorer.installed.filter((found) => !found.extender)) {
        versions.set(origin.editor ?? "unknown editor", [...versions.get(origin.editor ?? "unknown editor") ?? [], origin.version ?? "unknown"]);
    }
    const scope = { config, profile: options.profile };
    return {
        cliHome, userHome, platform, env, profile: options.profile,
        runtime,
        config,
        plugins: await pluginsOf(cliHome),
        tokens,
        proxies: await proxiesOf(scope),
        explorer: {
            installed: [...versions].map(([editor, found]) => ({ editor, versions: found })),
            logs: explorer.places.map((place) => place.dir),
            loggerLevels: explorer.loggerLevels
        },
        site: loadSiteKnowledge({ cliHome, env })
    };
}
