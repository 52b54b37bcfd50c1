/**
 * Zowe CLI's vocabulary for connection values: for each value, the options that set it on the command line (the
 * names and aliases of @zowe/zosmf-for-zowe-sdk's ZosmfSession options and @zowe/core-for-zowe-sdk's token options;
 * yargs also takes the camelCase form), the ZOWE_OPT_ variable that sets it, its profile property and its default.
 * Zowe takes a value from the command line, else the environment, else the service profile, else the base profile,
 * else the default.
 */
import type { ConnectionValueName } from "../failure/doc/IValueOrigin";

/** How Zowe CLI names and defaults one connection value. */
export interface IConnectionOption {
    /** The value in words, as a sentence names it (`the port`). */
    label: string;
    /** The options that set it, long names and aliases, with their dashes. */
    options: string[];
    /** The environment variable that sets it. */
    variable: string;
    /** Its property in a profile. */
    property: string;
    /** Zowe's default when nothing gives it; absent when there is none. */
    defaultValue?: string;
    /** A credential: its value is never read or shown, only where it is kept. */
    secret?: boolean;
}

/** The values that are credentials: a report tells them together when one place holds them. */
export const CREDENTIAL_NAMES: readonly ConnectionValueName[] = ["user", "password", "tokenType", "tokenValue", "certFile"];

export const CONNECTION_OPTIONS: Readonly<Record<ConnectionValueName, IConnectionOption>> = {
    host: { label: "the host", options: ["--host", "-H"], variable: "ZOWE_OPT_HOST", property: "host" },
    port: { label: "the port", options: ["--port", "-P"], variable: "ZOWE_OPT_PORT", property: "port", defaultValue: "443" },
    protocol: { label: "the protocol", options: ["--protocol"], variable: "ZOWE_OPT_PROTOCOL", property: "protocol", defaultValue: "https" },
    basePath: {
        label: "the base path", options: ["--base-path", "--bp", "--basePath"], variable: "ZOWE_OPT_BASE_PATH", property: "basePath",
        defaultValue: ""
    },
    rejectUnauthorized: {
        label: "certificate checking (rejectUnauthorized)", options: ["--reject-unauthorized", "--ru", "--rejectUnauthorized"],
        variable: "ZOWE_OPT_REJECT_UNAUTHORIZED", property: "rejectUnauthorized", defaultValue: "true"
    },
    user: { label: "the user ID", options: ["--user", "-u"], variable: "ZOWE_OPT_USER", property: "user" },
    password: {
        label: "the password", options: ["--password", "--pass", "--pw"], variable: "ZOWE_OPT_PASSWORD", property: "password", secret: true
    },
    tokenType: { label: "the token type", options: ["--token-type", "--tt", "--tokenType"], variable: "ZOWE_OPT_TOKEN_TYPE", property: "tokenType" },
    tokenValue: {
        label: "the token", options: ["--token-value", "--tv", "--tokenValue"], variable: "ZOWE_OPT_TOKEN_VALUE", property: "tokenValue",
        secret: true
    },
    certFile: { label: "the client certificate", options: ["--cert-file", "--certFile"], variable: "ZOWE_OPT_CERT_FILE", property: "certFile" }
};

/** The option that names a profile of a type (`--zosmf-profile`, alias `--zosmf-p`), as imperative makes them for every type. */
export function profileOptions(type: string): string[] {
    return [`--${type}-profile`, `--${type}-p`, `--${type}Profile`];
}

/** The variable that names a profile of a type: `ZOWE_OPT_ZOSMF_PROFILE`. */
export function profileVariable(type: string): string {
    return `ZOWE_OPT_${type.toUpperCase().replace(/-/g, "_")}_PROFILE`;
}

/**
 * The profile type that the commands of a group take, for the groups of Zowe CLI itself and of the plug-ins whose
 * services the knowledge covers: `zowe zos-files …` takes a zosmf profile.
 */
export const GROUP_PROFILE_TYPES: Readonly<Record<string, string>> = {
    "zos-files": "zosmf", "files": "zosmf", "zos-jobs": "zosmf", "jobs": "zosmf", "zos-tso": "zosmf", "tso": "zosmf",
    "zos-console": "zosmf", "console": "zosmf", "zosmf": "zosmf", "zos-workflows": "zosmf", "wf": "zosmf", "zos-logs": "zosmf",
    "logs": "zosmf", "provisioning": "zosmf", "pv": "zosmf", "zos-uss": "ssh", "uss": "ssh", "cics": "cics", "mq": "mq",
    "db2": "db2", "ims": "ims", "zos-ftp": "zftp", "zftp": "zftp", "endevor": "endevor", "rse": "rse", "rse-api-for-zowe-cli": "rse"
};
