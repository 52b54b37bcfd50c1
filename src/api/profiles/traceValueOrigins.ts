/**
 * Where the connection values of a failed call came from. Zowe CLI takes each value from the first place that has
 * it: the command line, a ZOWE_OPT_ variable, the service profile (and the profiles it is nested in), the base
 * profile, the option's default. The evidence tells the first two (the logged command line and environment), the
 * team configuration the rest; a value whose place the evidence cannot tell is `unknown`, with the reason.
 */
import type { IFailedCall } from "../failure/doc/IFailedCall";
import type { ConnectionValueName, IValueOrigin, ProfileChoice } from "../failure/doc/IValueOrigin";
import type { IFailingProfile, IProfileFacts, ITeamConfigFacts } from "./doc/IProfileFacts";
import { CONNECTION_OPTIONS, CREDENTIAL_NAMES, GROUP_PROFILE_TYPES, profileOptions, profileVariable } from "../knowledge/connectionOptions";
import { commandLineOptions, givenOption } from "./commandLineOptions";
import type { ITypedOption } from "./commandLineOptions";
import { matchFailingProfile } from "./readProfileFacts";
import { PROMPT_TIMED_OUT } from "../readers/shared/promptTimeout";
import { PROMPT_WORDS } from "../knowledge/suspectValues";
import { MASK } from "../redaction/Redactor";

/** What a trace found: the origin of each value that matters to the call, and the profile the call used. */
export interface IOriginTrace {
    origins: IValueOrigin[];
    profile?: IFailingProfile;
}

/** The profile type a server's calls are made with, when the command line does not say. */
const SERVICE_PROFILE_TYPES: Readonly<Record<string, string>> = {
    zosmf: "zosmf", apiml: "zosmf", liberty: "zosmf", cics: "cics", mq: "mq", db2: "db2", ims: "ims", ftp: "zftp", rse: "rse", endevor: "endevor"
};

/** The values whose origin matters to every call, then the credentials of each authentication kind. */
const CONNECTION_VALUES: ConnectionValueName[] = ["host", "port", "protocol", "basePath", "rejectUnauthorized"];
const CREDENTIAL_VALUES: Readonly<Record<string, ConnectionValueName[]>> = {
    "basic": ["user", "password"],
    "token": ["tokenType", "tokenValue"],
    "apiml-token-without-base-path": ["tokenType", "tokenValue"],
    "bearer": ["tokenValue"],
    "cert-pem": ["certFile"]
};

/** A logged command line that holds its options (in daemon mode the log has only `zowe … <leaf>`). */
function loggedOptions(call: IFailedCall): ITypedOption[] | undefined {
    if (call.client === "zowe-explorer") {
        // Zowe Explorer takes every value from its profiles: nothing overrides them.
        return [];
    }
    return call.command == null || call.command.startsWith("zowe … ") ? undefined : commandLineOptions(call.command);
}

/** The value a call used, as the record holds it, for values that are not secrets. */
function usedValue(call: IFailedCall, name: ConnectionValueName): string | undefined {
    const { request, auth } = call;
    const values: Partial<Record<ConnectionValueName, string | number | null>> = {
        host: request.host, port: request.port, protocol: request.protocol, basePath: request.basePath,
        rejectUnauthorized: auth.allowUnauthorizedCert == null ? null : String(!auth.allowUnauthorizedCert)
    };
    const value = values[name];
    return value == null ? undefined : String(value);
}

/** The service profile and its base, as the command chose them. */
interface IChosenProfiles {
    service?: IProfileFacts;
    choice?: ProfileChoice;
    base?: IProfileFacts;
}

/** The profile a command named by option or variable, or the default of its type, and the base profile with it. */
function chooseProfiles(call: IFailedCall, options: ITypedOption[] | undefined, config: ITeamConfigFacts): IChosenProfiles {
    const byName = (name: string | undefined): IProfileFacts | undefined =>
        name == null ? undefined : config.profiles.find((profile) => profile.name === name);
    const variable = (name: string): string | undefined => call.zoweVariables?.find((set) => set.name === name)?.value;
    const group = call.command?.split(" ")[1];
    const type = (group == null ? undefined : GROUP_PROFILE_TYPES[group]) ?? SERVICE_PROFILE_TYPES[call.service] ?? "zosmf";
    const named = options == null ? undefined : givenOption(options, profileOptions(type))?.value;
    const fromVariable = variable(profileVariable(type));
    const base = byName(options == null ? undefined : givenOption(options, profileOptions("base"))?.value) ??
        byName(variable(profileVariable("base"))) ?? byName(config.defaults.base);
    if (named != null) {
        return { service: byName(named), choice: "command-line", base };
    }
    if (fromVariable != null) {
        return { service: byName(fromVariable), choice: "environment", base };
    }
    if (call.explorer?.profile != null) {
        return { service: byName(call.explorer.profile), choice: "explorer-profile", base };
    }
    // A command line with no profile option takes the default of its type; evidence without one proves nothing.
    return options != null && call.client !== "zowe-explorer" ? { service: byName(config.defaults[type]), choice: "default", base } : { base };
}

/** The profiles a service profile takes values from, most specific first: itself, the profiles it is nested in. */
function profileChain(service: IProfileFacts, config: ITeamConfigFacts): IProfileFacts[] {
    const parts = service.name.split(".");
    return parts.map((_, index) => parts.slice(0, parts.length - index).join("."))
        .map((name) => config.profiles.find((profile) => profile.name === name)).filter((profile): profile is IProfileFacts => profile != null);
}

/** The origin of a value that a profile holds, or undefined when it holds none. */
function heldBy(profile: IProfileFacts, name: ConnectionValueName, from: "service-profile" | "base-profile"): IValueOrigin | undefined {
    const { property } = CONNECTION_OPTIONS[name];
    const secure = profile.own.secure.includes(property);
    const value = profile.own.values[property];
    if (value == null && !secure && !profile.own.plain.includes(property)) {
        return undefined;
    }
    return {
        name, from, profile: profile.name, property: `${profile.jsonPath}.properties.${property}`,
        ...profile.profileFile == null ? {} : { configFile: profile.profileFile },
        ...CONNECTION_OPTIONS[name].secret === true || name === "user" ? { secure } : {},
        ...value != null && CONNECTION_OPTIONS[name].secret !== true ? { value } : {}
    };
}

/** The service profile of the call, when the choice made fits the call (its host, unless an override gave the host). */
function fittingProfile(call: IFailedCall, chosen: IChosenProfiles, hostOverridden: boolean): IProfileFacts | undefined {
    const service = chosen.service;
    if (service == null || hostOverridden || call.request.host == null) {
        return service;
    }
    const host = service.own.values.host ?? service.host ?? chosen.base?.own.values.host;
    return host?.toLowerCase() === call.request.host.toLowerCase() ? service : undefined;
}

/**
 * Trace where each connection value of a failed call came from.
 * @param call the failed call, masked (its command line, ZOWE_OPT_ variable names, request and authentication)
 * @param config the team configuration of this machine (readTeamConfigFacts), when it was read
 * @returns the origins of host, port, protocol, base path, certificate checking and the credentials of the
 *   authentication used, and the profile that made the call when one fits
 */
export function traceValueOrigins(call: IFailedCall, config?: ITeamConfigFacts): IOriginTrace {
    const options = loggedOptions(call);
    const variables = call.client === "zowe-explorer" ? [] : call.zoweVariables?.map((set) => set.name);
    // A prompt that timed out names the value Zowe lacked: trace it, whatever the authentication.
    const prompted = PROMPT_TIMED_OUT.exec(call.server.message ?? "")?.[1];
    const promptedName = (Object.keys(PROMPT_WORDS) as ConnectionValueName[]).find((name) => PROMPT_WORDS[name]?.includes(prompted ?? "") === true);
    const names = [...new Set([...CONNECTION_VALUES, ...CREDENTIAL_VALUES[call.auth.kind] ?? [], ...promptedName == null ? [] : [promptedName]])];
    const typed = (name: ConnectionValueName): ITypedOption | undefined =>
        options == null ? undefined : givenOption(options, CONNECTION_OPTIONS[name].options);
    const fromVariable = (name: ConnectionValueName): boolean => variables?.includes(CONNECTION_OPTIONS[name].variable) === true;
    const chosen = config == null ? {} : chooseProfiles(call, options, config);
    const hostOverridden = typed("host") != null || fromVariable("host");
    let service = config == null ? undefined : fittingProfile(call, chosen, hostOverridden);
    let choice = service == null ? undefined : chosen.choice;
    if (service == null && config != null && (options == null || call.client === "zowe-explorer")) {
        // Evidence without a command line, or Zowe Explorer's without a profile name: the profile whose host and port are the call's.
        service = matchFailingProfile(call, config.profiles.filter((profile) => profile.host != null));
        choice = service == null ? undefined : "host-port";
    }
    const chain = service == null || config == null ? [] : profileChain(service, config);
    // Without a service profile that fits, this machine's base profile says nothing of the call either.
    const base = service != null && chosen.base != null && !chain.includes(chosen.base) ? chosen.base : undefined;
    const inProfiles = (name: ConnectionValueName): IValueOrigin | undefined =>
        chain.map((profile) => heldBy(profile, name, "service-profile")).find((origin) => origin != null) ??
        (base == null ? undefined : heldBy(base, name, "base-profile"));
    const origins = names.map((name): IValueOrigin => {
        const used = usedValue(call, name);
        const shown = used == null || CONNECTION_OPTIONS[name].secret === true ? {} : { value: used };
        const option = typed(name);
        const profiles = inProfiles(name);
        const beneath = profiles?.value != null && profiles.profile != null && profiles.value !== used ?
            { beneath: { value: profiles.value, profile: profiles.profile, from: profiles.from as "service-profile" | "base-profile" } } : {};
        if (option != null) {
            // imperative masks the values of secure options in the logged command line (`--user ****`): no value then.
            const typedValue = used ?? (option.value === MASK || option.value === "true" ? undefined : option.value);
            const value = CONNECTION_OPTIONS[name].secret === true || typedValue == null ? {} : { value: typedValue };
            return { name, from: "command-line", option: option.option, ...value, ...beneath };
        }
        if (fromVariable(name)) {
            return { name, from: "environment", variable: CONNECTION_OPTIONS[name].variable, ...shown, ...beneath };
        }
        if (profiles != null) {
            return { ...profiles, ...shown };
        }
        if (options != null && variables != null && service != null) {
            const fallback = CONNECTION_OPTIONS[name].defaultValue;
            // Where to set a value nothing gives: credentials in the base profile (shared by the service profiles), the rest in the service's.
            const home = CREDENTIAL_NAMES.includes(name) && base != null ? base : service;
            return fallback == null ? {
                name, from: "unknown", unknownBecause: `neither the command, its environment nor profile ${service.name}` +
                    `${base == null ? "" : ` or base profile ${base.name}`} gives it`,
                property: `${home.jsonPath}.properties.${CONNECTION_OPTIONS[name].property}`,
                ...home.profileFile == null ? {} : { configFile: home.profileFile }, ...shown
            } :
                { name, from: "default", value: used ?? fallback, property: `${service.jsonPath}.properties.${CONNECTION_OPTIONS[name].property}`,
                    ...service.profileFile == null ? {} : { configFile: service.profileFile } };
        }
        return { name, from: "unknown", unknownBecause: unknownReason(call, options, variables, config, service), ...shown };
    });
    const profile: IFailingProfile | undefined = service == null || choice == null ? undefined :
        { ...service, matchedBy: choice, ...base == null ? {} : { baseProfile: base.name } };
    return { origins, ...profile == null ? {} : { profile } };
}

/** Why the evidence cannot tell a value's origin, in words. */
function unknownReason(call: IFailedCall, options: ITypedOption[] | undefined, variables: string[] | undefined,
    config: ITeamConfigFacts | undefined, service: IProfileFacts | undefined): string {
    if (options == null) {
        return call.command == null ? "the evidence holds no command line" : "the log holds no command line (daemon mode)";
    }
    if (variables == null) {
        return "the evidence holds no environment";
    }
    if (config == null || config.profiles.length === 0) {
        return "no team configuration was read";
    }
    return service == null ? "no profile of this machine's team configuration fits the call" : "no place the evidence holds gives it";
}
