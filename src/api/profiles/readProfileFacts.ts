import type { IFailedCall, IFailureReport } from "../failure/doc/IFailedCall";
import { diagnose } from "../diagnose/diagnose";
import type { IFailingProfile, IProfileFacts } from "./doc/IProfileFacts";

/** The few pieces of imperative's ProfileInfo used here (it is loaded only when a handler asks for profile facts). */
interface IProfArg {
    argName: string;
    argValue?: unknown;
    secure?: boolean;
    argLoc?: { osLoc?: string[]; jsonLoc?: string };
}

/** Profile types whose profiles make REST calls with a host and port. */
const NO_CONNECTION_TYPES = new Set(["ssh", "tso"]);

function argOf(args: IProfArg[], name: string): IProfArg | undefined {
    return args.find((arg) => arg.argName === name);
}

function textOf(arg: IProfArg | undefined): string | null {
    return typeof arg?.argValue === "string" && arg.argValue.length > 0 ? arg.argValue : null;
}

/** An argument the profile declares secure: secure, with the value unknown (it stays in the vault). */
function secureArg(arg: IProfArg | undefined, declared: boolean): IProfArg | undefined {
    return declared ? { argName: arg?.argName ?? "", secure: true, argLoc: arg?.secure === true ? arg.argLoc : undefined } : arg;
}

function fileOf(arg: IProfArg | undefined): string | null {
    return arg?.argLoc?.osLoc?.[0] ?? null;
}

/**
 * Read the profiles of the team configuration in a Zowe home, read-only and without reading any secret: their
 * connection values, the file each comes from and whether the credentials are kept in the secure vault.
 * @param homeDir the Zowe CLI home (`~/.zowe` or ZOWE_CLI_HOME); project configs are found from the current folder
 * @returns the profiles that have a host; empty when there is no team config or it cannot be read (never throws)
 */
export async function readProfileFacts(homeDir: string): Promise<IProfileFacts[]> {
    try {
        const imperative = await import("@zowe/imperative");
        /**
         * Stands in for the secure vault when no credential manager is active in this process (an SDK script, or a
         * CLI whose vault module cannot load): it reads and writes nothing, so no secret is ever read. When a manager
         * is active (the CLI opened the vault at start-up), ProfileInfo uses that one; secret values are never asked for.
         */
        class NoSecretsRead extends imperative.AbstractCredentialManager {
            constructor(service: string, displayName: string) {
                super(service, displayName);
            }
            protected async deleteCredentials(): Promise<void> { /* read-only: nothing to delete */ }
            protected async loadCredentials(): Promise<string> {
                // No stored value: imperative reads null as "nothing in the vault".
                return null as unknown as string;
            }
            protected async saveCredentials(): Promise<void> { /* read-only: nothing is stored */ }
        }
        const info = new imperative.ProfileInfo("zowe",
            { credMgrOverride: { service: imperative.DefaultCredentialManager.SVC_NAME, Manager: NoSecretsRead } });
        await info.readProfilesFromDisk({ homeDir });
        if (!info.getTeamConfig().exists) {
            return [];
        }
        const secureFields = new Set(info.getTeamConfig().api.secure.secureFields());
        return info.getAllProfiles().flatMap((profile): IProfileFacts[] => {
            const jsonPath = profile.profLoc.jsonLoc ?? `profiles.${profile.profName}`;
            if (profile.profType != null && NO_CONNECTION_TYPES.has(profile.profType)) {
                return [];
            }
            const args = info.mergeArgsForProfile(profile, { getSecureVals: false }).knownArgs as IProfArg[];
            const host = argOf(args, "host");
            if (textOf(host) == null) {
                return [];
            }
            // A property the profile lists as secure lives in the vault, whether or not this process could open it.
            const declaredSecure = (name: string): boolean => secureFields.has(`${jsonPath}.properties.${name}`);
            const user = secureArg(argOf(args, "user"), declaredSecure("user"));
            const password = secureArg(argOf(args, "password"), declaredSecure("password"));
            const port = Number(argOf(args, "port")?.argValue);
            return [{
                name: profile.profName,
                type: profile.profType ?? null,
                jsonPath,
                isDefault: profile.isDefaultProfile === true,
                configFile: fileOf(host) ?? profile.profLoc.osLoc?.[0] ?? null,
                host: textOf(host),
                port: Number.isInteger(port) && port > 0 ? port : null,
                basePath: textOf(argOf(args, "basePath")),
                user: user?.secure === true ? null : textOf(user),
                userSecure: user?.secure === true,
                passwordSecure: password?.secure === true,
                passwordSet: password != null,
                credentialsFile: fileOf(password) ?? fileOf(user) ?? profile.profLoc.osLoc?.[0] ?? null
            }];
        });
    } catch {
        // A broken, unreadable or locked config (or a vault that cannot be opened) gives no facts, never an error.
        return [];
    }
}

/** The port Zowe uses when a profile gives none. */
const DEFAULT_PORT = 443;

/** Base paths compare without their slashes: `/ibmzosmf/api/v1/` is `ibmzosmf/api/v1`. */
const pathKey = (basePath: string | null): string => (basePath ?? "").split("/").filter((part) => part.length > 0).join("/");

/**
 * The profile that supplied the values of a failed call: the one Zowe Explorer named, else the one whose host and
 * port are the call's (ties go to the same base path, then to a default profile, then to a z/OSMF profile).
 * @param call the failed call
 * @param profiles the profiles of the team configuration (readProfileFacts)
 * @returns the profile, or undefined when none fits (a call from another machine, a config changed since)
 */
export function matchFailingProfile(call: IFailedCall, profiles: readonly IProfileFacts[]): IFailingProfile | undefined {
    const named = call.explorer?.profile;
    const byName = named == null ? undefined : profiles.find((profile) => profile.name === named);
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

/**
 * A failure report told for the profile that supplied its values: the profile facts added, the next commands naming
 * it and its config file, and vault advice left out when its password is not in the vault.
 * @param report a report of findLastFailures
 * @param profiles the profiles of the team configuration (readProfileFacts)
 * @returns the report for that profile, or the same report when no profile fits
 */
export function reportForProfile(report: IFailureReport, profiles: readonly IProfileFacts[]): IFailureReport {
    const profile = matchFailingProfile(report, profiles);
    return profile == null ? report : { ...report, profile, diagnosis: diagnose(report, profile) };
}
