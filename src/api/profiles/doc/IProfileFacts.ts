import type { ProfileChoice } from "../../failure/doc/IValueOrigin";

/**
 * What the team configuration says about one profile that can make REST calls: where it is, where its connection
 * values come from and how its credentials are stored. No secret is ever read into it: a user ID stored in the
 * secure vault is reported as secure, not read.
 */
export interface IProfileFacts {
    /** The profile's name as commands take it (`lpar1`, or `lpar1.zosmf` for a nested profile). */
    name: string;
    /** Its type (`zosmf`, `base`, `cics`, ...), or null when it has none. */
    type: string | null;
    /** Its path in the config, for `zowe config set` (`profiles.lpar1`, `profiles.lpar1.profiles.zosmf`). */
    jsonPath: string;
    /** True for the default profile of its type. */
    isDefault: boolean;
    /** The config file that supplies the host (the base profile's file when the base supplies it), or null. */
    configFile: string | null;
    /** Host, port and base path after merging the base profile, as the CLI would use them. */
    host: string | null;
    port: number | null;
    basePath: string | null;
    /** The user ID when it is stored in plain text; null when it is in the vault or not set. */
    user: string | null;
    /** True when the user ID is kept in the secure vault. */
    userSecure: boolean;
    /** True when a password is kept in the secure vault, false when it is in a config file in plain text or not set. */
    passwordSecure: boolean;
    /** True when the profile (or its base) supplies a password at all. */
    passwordSet: boolean;
    /** The config file that supplies the user and password (or would, when secure), or null. */
    credentialsFile: string | null;
    /** The config file that holds this profile itself, or null. */
    profileFile: string | null;
    /** What this profile itself holds, before merging any base or parent profile (no secret value is ever read). */
    own: IOwnProperties;
}

/** The connection properties a profile holds itself. */
export interface IOwnProperties {
    /**
     * Values of the properties that are not secrets (`host`, `port`, `protocol`, `basePath`, `rejectUnauthorized`, `user`,
     * `tokenType`, `certFile`).
     */
    values: Record<string, string>;
    /** Secret properties (`password`, `tokenValue`) written in the config file in plain text: names only. */
    plain: string[];
    /** Properties the profile keeps in the secure vault (its `secure` array): names only. */
    secure: string[];
}

/** The profiles of the team configuration and its defaults, as readTeamConfigFacts read them. */
export interface ITeamConfigFacts {
    /** Every profile, those without a host included (a base profile that holds only credentials). */
    profiles: IProfileFacts[];
    /** The default profile of each type (`{ zosmf: "lpar1", base: "base" }`). */
    defaults: Record<string, string>;
}

/** The profile that supplied the values of a failed call, and how it was recognised. */
export interface IFailingProfile extends IProfileFacts {
    /**
     * `command-line`: the command named it (`--zosmf-profile lpar1`); `environment`: a ZOWE_OPT_..._PROFILE variable
     * did; `default`: the command named none and it is the default of its type; `explorer-profile`: Zowe Explorer
     * named it; `host-port`: its host and port are the call's (evidence without a command line).
     */
    matchedBy: ProfileChoice;
    /** The base profile the command used with it (`--base-profile`, or the default base), when there is one. */
    baseProfile?: string;
}
