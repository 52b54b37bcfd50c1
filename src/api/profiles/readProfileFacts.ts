import type { IFailedCall } from "../failure/doc/IFailedCall";
import type { IFailingProfile, IOwnProperties, IProfileFacts, ITeamConfigFacts } from "./doc/IProfileFacts";
import type { Config } from "@zowe/imperative";

/** Imperative's team config, loaded only when a handler asks for profile facts (a type import costs nothing). */
type TeamConfig = Config;

/** One profile of the config tree: its name as commands take it, its JSON path and its object. */
interface IProfileNode {
    name: string;
    jsonPath: string;
    node: { type?: unknown; profiles?: unknown };
}

/** Profile types whose profiles make no REST calls of their own. */
const NO_CONNECTION_TYPES = new Set(["ssh", "tso"]);

/** Every profile of the merged config, nested ones as `lpar1.zosmf`, depth first. */
function profileNodes(profiles: unknown, parentName = "", parentPath = ""): IProfileNode[] {
    if (profiles == null || typeof profiles !== "object" || Array.isArray(profiles)) {
        return [];
    }
    return Object.entries(profiles as Record<string, unknown>).flatMap(([key, node]): IProfileNode[] => {
        if (node == null || typeof node !== "object" || Array.isArray(node)) {
            return [];
        }
        const name = parentName.length > 0 ? `${parentName}.${key}` : key;
        const jsonPath = `${parentPath.length > 0 ? `${parentPath}.` : ""}profiles.${key}`;
        return [{ name, jsonPath, node: node as IProfileNode["node"] }, ...profileNodes((node as IProfileNode["node"]).profiles, name, jsonPath)];
    });
}

const textOf = (value: unknown): string | null => typeof value === "string" && value.length > 0 ? value : null;

/** The connection properties whose values a profile fact keeps (none is a secret). */
const SHOWN_PROPERTIES = ["host", "port", "protocol", "basePath", "rejectUnauthorized", "user", "tokenType", "certFile"];
/** The secret properties a profile fact names, never reads. */
const SECRET_PROPERTIES = ["password", "tokenValue", "certKeyFile"];

/**
 * Read the team configuration in a Zowe home, read-only and without reading any secret: every profile with its own
 * connection values and where its credentials are kept, merged with the default base profile as Zowe merges them,
 * and the defaults. The config is loaded with imperative's `Config.load` and no vault, so the vault is never opened.
 * @param homeDir the Zowe CLI home (`~/.zowe` or ZOWE_CLI_HOME); project configs are found from the current folder
 * @returns the facts; no profiles when there is no team config or it cannot be read (never throws)
 */
export async function readTeamConfigFacts(homeDir: string): Promise<ITeamConfigFacts> {
    try {
        const { Config } = await import("@zowe/imperative");
        const config = await Config.load("zowe", { homeDir });
        return config.exists ? teamConfigFactsOf(config) : { profiles: [], defaults: {} };
    } catch {
        // A broken, unreadable or locked config gives no facts, never an error.
        return { profiles: [], defaults: {} };
    }
}

/**
 * Read the profiles of the team configuration in a Zowe home that have a host (after merging the default base
 * profile), as readTeamConfigFacts reads them.
 * @param homeDir the Zowe CLI home (`~/.zowe` or ZOWE_CLI_HOME); project configs are found from the current folder
 * @returns the profiles that have a host; empty when there is no team config or it cannot be read (never throws)
 */
export async function readProfileFacts(homeDir: string): Promise<IProfileFacts[]> {
    return (await readTeamConfigFacts(homeDir)).profiles.filter((profile) => profile.host != null);
}

/** A property value as a profile fact keeps it: text for strings, numbers and booleans, else nothing. */
function shownValue(value: unknown): string | undefined {
    return typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
}

function teamConfigFactsOf(config: TeamConfig): ITeamConfigFacts {
    const secureFields = new Set(config.api.secure.secureFields());
    const defaults = Object.fromEntries(Object.entries(config.properties.defaults ?? {})
        .filter((entry): entry is [string, string] => typeof entry[1] === "string"));
    const nodes = profileNodes(config.properties.profiles);
    const base = nodes.find((profile) => profile.name === defaults.base);
    /** The config file (layer) that holds a profile. */
    const fileOf = (profile: IProfileNode | undefined): string | null => {
        const at = profile == null ? undefined : config.api.layers.find(profile.name);
        return at == null ? null : config.layers.find((layer) => layer.user === at.user && layer.global === at.global)?.path ?? null;
    };
    /** A profile's properties, merged with those of the profiles it is nested in. */
    const propertiesOf = (profile: IProfileNode | undefined): Record<string, unknown> =>
        profile == null ? {} : (config.api.profiles.get(profile.name, false) ?? {}) as Record<string, unknown>;
    const isSecure = (profile: IProfileNode | undefined, name: string): boolean =>
        profile != null && secureFields.has(`${profile.jsonPath}.properties.${name}`);
    /** What a profile holds itself, from its own `properties` and `secure` (not its parents'). */
    const ownOf = (profile: IProfileNode): IOwnProperties => {
        const properties = (profile.node as { properties?: unknown }).properties;
        const written = properties != null && typeof properties === "object" ? properties as Record<string, unknown> : {};
        const secure = [...SHOWN_PROPERTIES, ...SECRET_PROPERTIES].filter((name) => isSecure(profile, name));
        const values = Object.fromEntries(SHOWN_PROPERTIES.filter((name) => !secure.includes(name))
            .map((name) => [name, shownValue(written[name])]).filter((entry): entry is [string, string] => entry[1] != null));
        return { values, plain: SECRET_PROPERTIES.filter((name) => written[name] != null && !secure.includes(name)), secure };
    };
    const profiles = nodes.flatMap((profile): IProfileFacts[] => {
        const type = textOf(profile.node.type);
        if (type != null && NO_CONNECTION_TYPES.has(type)) {
            return [];
        }
        const own = propertiesOf(profile);
        const fromBase = profile === base ? {} : propertiesOf(base);
        /** Which profile supplies a property: this one, else the base profile, as Zowe merges them. */
        const supplier = (name: string): IProfileNode | undefined =>
            own[name] != null || isSecure(profile, name) ? profile : fromBase[name] != null || isSecure(base, name) ? base : undefined;
        const port = Number(own.port ?? fromBase.port);
        const userFrom = supplier("user");
        const passwordFrom = supplier("password");
        const userSecure = isSecure(userFrom, "user");
        return [{
            name: profile.name,
            type,
            jsonPath: profile.jsonPath,
            isDefault: type != null && defaults[type] === profile.name,
            configFile: fileOf(supplier("host")),
            host: textOf(own.host) ?? textOf(fromBase.host),
            port: Number.isInteger(port) && port > 0 ? port : null,
            basePath: textOf(own.basePath) ?? textOf(fromBase.basePath),
            user: userSecure ? null : textOf(own.user) ?? textOf(fromBase.user),
            userSecure,
            passwordSecure: isSecure(passwordFrom, "password"),
            passwordSet: passwordFrom != null,
            credentialsFile: fileOf(passwordFrom ?? userFrom ?? profile),
            profileFile: fileOf(profile),
            own: ownOf(profile)
        }];
    });
    return { profiles, defaults };
}

/** The port Zowe uses when a profile gives none. */
const DEFAULT_PORT = 443;

/** Base paths compare without their slashes: `/ibmzosmf/api/v1/` is `ibmzosmf/api/v1`. */
const pathKey = (basePath: string | null): string => (basePath ?? "").split("/").filter((part) => part.length > 0).join("/");

/**
 * The profile that supplied the values of a failed call: the one Zowe Explorer named (on the call's host), else the one whose host and
 * port are the call's (ties go to the same base path, then to a default profile, then to a z/OSMF profile).
 * @param call the failed call
 * @param profiles the profiles of the team configuration (readProfileFacts)
 * @returns the profile, or undefined when none fits (a call from another machine, a config changed since)
 */
export function matchFailingProfile(call: IFailedCall, profiles: readonly IProfileFacts[]): IFailingProfile | undefined {
    const named = call.explorer?.profile;
    // A name alone is not enough: evidence read from another machine's log may name a profile this config also has.
    const sameHost = (profile: IProfileFacts): boolean => call.request.host == null ||
        profile.host?.toLowerCase() === call.request.host.toLowerCase();
    const byName = named == null ? undefined : profiles.find((profile) => profile.name === named && sameHost(profile));
    if (byName != null) {
        return { ...byName, matchedBy: "explorer-profile" };
    }
    const host = call.request.host?.toLowerCase();
    if (host == null) {
        return undefined;
    }
    // A service profile says more than the base profile it takes its host from.
    const rank = (profile: IProfileFacts): number =>
        (call.request.basePath != null && pathKey(profile.basePath) === pathKey(call.request.basePath) ? 8 : 0) +
        (profile.type !== "base" ? 4 : 0) + (profile.isDefault ? 2 : 0) + (profile.type === "zosmf" ? 1 : 0);
    const found = profiles.filter((profile) => profile.host?.toLowerCase() === host &&
            (call.request.port == null || (profile.port ?? DEFAULT_PORT) === call.request.port))
        .sort((a, b) => rank(b) - rank(a))[0];
    return found == null ? undefined : { ...found, matchedBy: "host-port" };
}
