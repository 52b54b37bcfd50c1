import type { IConfigFacts, IConfigProfileFacts, IDoctorFacts } from "./doc/IDoctor";

/** Profile types that are not service profiles: base supplies values to the others, tso holds no connection. */
const NOT_SERVICE_TYPES = new Set(["base", "tso"]);

/** The port a service uses when its profile names none (the SDKs' option defaults, Zowe CLI 8.37.1). */
export const DEFAULT_PORTS: Readonly<Record<string, number>> = { zosmf: 443, ssh: 22, zftp: 21 };

/** A profile's connection after base-profile merging, as a Zowe command would use it, with who supplied the host. */
export interface IEffectiveProfile {
    profile: IConfigProfileFacts;
    /** Its properties over the default base profile's (a base profile: its own). */
    properties: Record<string, unknown>;
    /** The profile that supplied the host, or null when none did. */
    hostFrom: string | null;
    host: string | null;
    /** The port given, or the type's default; null when neither. */
    port: number | null;
    /** True when no profile gave the port and the type's default applies. */
    portDefaulted: boolean;
    protocol: "http" | "https";
}

/** The default base profile (`defaults.base`), when it names one that exists. */
export function baseProfileOf(config: IConfigFacts): IConfigProfileFacts | undefined {
    const name = config.defaults.base;
    return name == null ? undefined : config.profiles.find((profile) => profile.name === name);
}

/** A service profile (zosmf, cics, ssh, ...), as opposed to a base, tso or typeless container profile. */
export function isServiceProfile(profile: IConfigProfileFacts): boolean {
    return profile.type != null && !NOT_SERVICE_TYPES.has(profile.type);
}

/**
 * A profile's connection values as a command would merge them: the profile's own (nested profiles already take their
 * parents' values) over the default base profile's.
 * @param config - the config facts
 * @param profile - the profile
 */
export function effectiveProfile(config: IConfigFacts, profile: IConfigProfileFacts): IEffectiveProfile {
    const base = profile.type === "base" ? undefined : baseProfileOf(config);
    const properties = { ...base?.properties ?? {}, ...profile.properties };
    const text = (value: unknown): string | null => typeof value === "string" && value.trim().length > 0 ? value.trim() : null;
    const host = text(properties.host);
    const hostFrom = text(profile.properties.host) != null ? profile.name : host != null && base != null ? base.name : null;
    const given = Number(properties.port);
    const defaultPort = profile.type == null ? undefined : DEFAULT_PORTS[profile.type];
    const portGiven = properties.port != null && properties.port !== "" && Number.isInteger(given) && given > 0;
    return {
        profile, properties, hostFrom, host,
        port: portGiven ? given : defaultPort ?? null,
        portDefaulted: !portGiven && defaultPort != null,
        protocol: properties.protocol === "http" ? "http" : "https"
    };
}

/**
 * The profiles a run checks: the one --profile names, else every service profile.
 * @param facts - the doctor's facts
 */
export function profilesInScope(facts: Pick<IDoctorFacts, "config" | "profile">): IConfigProfileFacts[] {
    if (facts.profile != null) {
        return facts.config.profiles.filter((profile) => profile.name === facts.profile);
    }
    return facts.config.profiles.filter(isServiceProfile);
}

/**
 * The profile the next z/OSMF command would use: --profile, else the default zosmf profile.
 * @param facts - the doctor's facts
 * @returns its name and why, or undefined when no profile would be used
 */
export function nextProfileOf(facts: Pick<IDoctorFacts, "config" | "profile">): { name: string; by: string } | undefined {
    if (facts.profile != null) {
        return { name: facts.profile, by: "--profile" };
    }
    const name = facts.config.defaults.zosmf;
    return name == null ? undefined : { name, by: "defaults.zosmf" };
}

/** `profiles.lpar1.properties.port`, for `zowe config set`. */
export function propertyPath(profile: IConfigProfileFacts, property: string): string {
    return `${profile.jsonPath}.properties.${property}`;
}

/** `--global-config` when a file is a global layer (zowe config set writes to the project config otherwise). */
export function layerOption(config: IConfigFacts, file: string | null): string {
    const layer = config.layers.find((candidate) => candidate.path === file);
    return [layer?.scope === "global" ? " --global-config" : "", layer?.user === true ? " --user-config" : ""].join("");
}
