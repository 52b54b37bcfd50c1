/**
 * Where each connection value of a failed call came from. Zowe CLI takes a value from the first of these that has it:
 * the command line, a `ZOWE_OPT_*` environment variable, the service profile, the base profile, the option's
 * default. A report that knows the origin can tell the user to edit that place, and no other.
 */

/** The connection values whose origin a report traces. Credentials are named, never read. */
export type ConnectionValueName = "host" | "port" | "protocol" | "basePath" | "rejectUnauthorized" | "user" | "password" |
    "tokenType" | "tokenValue" | "certFile";

/**
 * Where a value came from: `command-line` (an option of the failed command), `environment` (a ZOWE_OPT_ variable of
 * its environment), `service-profile` (the zosmf, cics, ... profile the command used, or a profile it is nested in),
 * `base-profile`, `default` (nothing gave it: the option's default applied), `unknown` (the evidence does not say).
 */
export type ValueOriginKind = "command-line" | "environment" | "service-profile" | "base-profile" | "default" | "unknown";

/** The origin of one connection value. */
export interface IValueOrigin {
    name: ConnectionValueName;
    from: ValueOriginKind;
    /** The value as the call used it, for values that are not secrets (`https`, `44999`); absent for credentials. */
    value?: string;
    /** The option as it was typed (`--protocol`, `-P`), for `command-line`. */
    option?: string;
    /** The variable (`ZOWE_OPT_PORT`), for `environment`. */
    variable?: string;
    /** The profile that holds it, as commands take its name (`lpar1`, `base`), for `service-profile` and `base-profile`. */
    profile?: string;
    /** Its path for `zowe config set` (`profiles.lpar1.properties.port`), for a profile, or where a default would be set. */
    property?: string;
    /** The config file that holds it, when known. */
    configFile?: string;
    /** True when a credential is kept in the secure vault, false when it is written in the config file. */
    secure?: boolean;
    /**
     * What the profiles say beneath a command-line or environment override, when they say something else
     * (`{ value: "http", profile: "lpar1", from: "service-profile" }`): the value the call gets once the override goes.
     */
    beneath?: { value: string; profile: string; from: "service-profile" | "base-profile" };
    /** For `unknown`: why the evidence does not tell. */
    unknownBecause?: string;
}

/** How the service profile of a failed call was found. */
export type ProfileChoice = "command-line" | "environment" | "default" | "explorer-profile" | "host-port";
