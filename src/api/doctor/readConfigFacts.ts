import type { Config } from "@zowe/imperative";
import type { IConfigFacts, IConfigLayerFacts, IConfigProfileFacts } from "./doc/IDoctor";
import { isSecretProperty } from "./secretProperties";

/** A profile of one config file: its name, JSON path and object. */
interface ILayerProfile {
    name: string;
    jsonPath: string;
    node: Record<string, unknown>;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return value != null && typeof value === "object" && !Array.isArray(value);
}

/** Every profile of a `profiles` object, nested ones as `lpar1.zosmf`, depth first. */
function layerProfiles(profiles: unknown, parentName = "", parentPath = ""): ILayerProfile[] {
    if (!isObject(profiles)) {
        return [];
    }
    return Object.entries(profiles).flatMap(([key, node]): ILayerProfile[] => {
        if (!isObject(node)) {
            return [];
        }
        const name = parentName.length > 0 ? `${parentName}.${key}` : key;
        const jsonPath = `${parentPath.length > 0 ? `${parentPath}.` : ""}profiles.${key}`;
        return [{ name, jsonPath, node }, ...layerProfiles(node.profiles, name, jsonPath)];
    });
}

const names = (value: unknown): string[] => Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

/** A profile's properties with every secret-named value left out: facts hold where a secret is, never the secret. */
function withoutSecrets(properties: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(properties).filter(([name]) => !isSecretProperty(name)));
}

/**
 * The facts of a loaded team configuration: its layers, every profile with the file that holds it, its merged
 * properties (secret values left out), its secure property names and the secret-named properties written in plain
 * text, per file.
 * @param config - imperative's Config, loaded without the secure vault
 */
export function configFactsOf(config: Config): IConfigFacts {
    // Layers from the lowest priority to the highest: global before project, the .user.json after its config. Run in the
    // CLI home itself, the project layer is the global file: it is counted once, as global (zowe config set --global-config).
    const byPriority = [...config.layers].reverse().filter((layer, index, all) => all.findIndex((other) => other.path === layer.path) === index);
    const layers: IConfigLayerFacts[] = [...byPriority].reverse().map((layer) => ({
        path: layer.path, exists: layer.exists, scope: layer.global ? "global" : "project", user: layer.user
    }));
    const existing = byPriority.filter((layer) => layer.exists);
    const profiles = new Map<string, IConfigProfileFacts>();
    for (const layer of existing) {
        for (const { name, jsonPath, node } of layerProfiles(layer.properties.profiles)) {
            const own = isObject(node.properties) ? node.properties : {};
            const secure = names(node.secure);
            const plain = Object.keys(own).filter((property) => isSecretProperty(property) && !secure.includes(property) &&
                own[property] != null && own[property] !== "");
            const known = profiles.get(name);
            const merged = (config.api.profiles.get(name, false) ?? {}) as Record<string, unknown>;
            profiles.set(name, {
                name, jsonPath,
                type: typeof node.type === "string" ? node.type : known?.type ?? null,
                file: layer.path,
                properties: withoutSecrets(merged),
                secure: [...new Set([...known?.secure ?? [], ...secure])],
                plainIn: [...known?.plainIn ?? [], ...(plain.length > 0 ? [{ file: layer.path, names: plain }] : [])]
            });
        }
    }
    // A nested profile takes the secure names of the profiles it is nested in.
    for (const profile of profiles.values()) {
        const parents = profile.name.split(".").slice(0, -1).map((_part, index, parts) => parts.slice(0, index + 1).join("."));
        profile.secure = [...new Set([...profile.secure, ...parents.flatMap((parent) => profiles.get(parent)?.secure ?? [])])];
    }
    const defaults = isObject(config.properties.defaults) ? config.properties.defaults : {};
    return {
        exists: config.exists,
        layers,
        profiles: [...profiles.values()],
        defaults: Object.fromEntries(Object.entries(defaults).filter((entry): entry is [string, string] => typeof entry[1] === "string")),
        secureDeclared: secureDeclaredOf(config)
    };
}

/**
 * The secure property paths each config file declares (its profiles' `secure` arrays): what the vault should hold
 * for that file.
 * @param config - imperative's Config
 * @returns file → property paths such as `profiles.lpar1.properties.password`
 */
export function secureDeclaredOf(config: Config): Record<string, string[]> {
    return Object.fromEntries(config.layers.filter((layer) => layer.exists).map((layer) => [layer.path,
        layerProfiles(layer.properties.profiles).flatMap(({ jsonPath, node }) => names(node.secure).map((name) =>
            `${jsonPath}.properties.${name}`))]));
}

/**
 * Read the team configuration of a Zowe home and of the folder the command runs from, as imperative loads it, without
 * the secure vault: nothing secret is read, and a config that imperative cannot load gives its problem, never a throw.
 * @param cliHome - the Zowe CLI home
 * @returns the config facts and the loaded config (for the values of plain-text tokens), or a problem
 */
export async function readConfigFacts(cliHome: string): Promise<{ facts: IConfigFacts; config?: Config }> {
    try {
        const { Config } = await import("@zowe/imperative");
        const config = await Config.load("zowe", { homeDir: cliHome });
        return { facts: configFactsOf(config), config };
    } catch (error) {
        return { facts: { exists: false, layers: [], profiles: [], defaults: {}, secureDeclared: {}, problem: (error as Error).message } };
    }
}
