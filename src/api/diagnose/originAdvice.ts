/**
 * Advice written for where the failing values came from. A failure points at some connection values
 * (SUSPECT_VALUES); for each, the report's step names the place it came from (the command line, a ZOWE_OPT_
 * variable, which profile in which file, the default) and says to edit that place, so that the first step never
 * sends the user to a profile that does not hold the value. Each step carries the topic of its value
 * (`where-port`, ...; `which-profile` for credentials), so the knowledge's own "check the port in the profile"
 * steps on that topic give way to it.
 */
import type { IFailedCall } from "../failure/doc/IFailedCall";
import type { ConnectionValueName, IValueOrigin } from "../failure/doc/IValueOrigin";
import type { IAdviceItem } from "../knowledge/doc/IKnowledgeEntry";
import type { IZoweNextCommand } from "../knowledge/doc/IHttpStatus";
import { CONNECTION_OPTIONS, CREDENTIAL_NAMES } from "../knowledge/connectionOptions";
import { SUSPECT_VALUES } from "../knowledge/suspectValues";
import type { ISuspectValueRule } from "../knowledge/suspectValues";
import { conditionHolds } from "./matchKnowledge";
import { withoutNameAsides } from "./commandsForProfile";
import type { IMatchContext } from "./matchKnowledge";


/** The topic of advice about where a value is set. */
export function originTopic(name: ConnectionValueName): string {
    const topics: Partial<Record<ConnectionValueName, string>> = { basePath: "where-base-path", rejectUnauthorized: "where-certificate-check" };
    return CREDENTIAL_NAMES.includes(name) ? "which-profile" : topics[name] ?? `where-${name}`;
}

/** The suspect values of a failure, in order, each with the rule's kind of fix (the first rule naming it decides). */
export function suspectValues(call: IFailedCall, context: IMatchContext): Array<{ name: ConnectionValueName; fix: ISuspectValueRule["fix"] }> {
    // A failure at the proxy is the proxy's: the values of the z/OS target are not what failed.
    if (call.proxy?.hop === "proxy") {
        return [];
    }
    const found = new Map<ConnectionValueName, ISuspectValueRule["fix"]>();
    for (const rule of SUSPECT_VALUES) {
        if (rule.when.some((when) => conditionHolds(when, call, context))) {
            rule.values.filter((name) => !found.has(name)).forEach((name) => found.set(name, rule.fix));
        }
    }
    return [...found].map(([name, fix]) => ({ name, fix }));
}

/** `the port 44999`, `the password`: a value in words, with the value itself when it may be shown. */
function valueWords(origin: IValueOrigin): string {
    const label = CONNECTION_OPTIONS[origin.name].label;
    return origin.value == null || origin.value.length === 0 ? label : `${label} ${origin.value}`;
}

/** `zowe config set --secure profiles.base.properties.password`: the command that sets a value in a profile. */
function configSetCommand(origin: IValueOrigin): string {
    const secret = CONNECTION_OPTIONS[origin.name].secret === true || origin.secure === true;
    return `zowe config set ${secret ? "--secure " : ""}${origin.property ?? ""}${secret ? "" : ` <${origin.name}>`}`;
}

/** `profile lpar1`, `base profile base`. */
function profileName(origin: IValueOrigin): string {
    return `${origin.from === "base-profile" ? "base profile" : "profile"} ${origin.profile ?? "?"}`;
}

/**
 * Where a profile holds values, in words: a connection value by its property path and file; credentials by file and
 * how they are kept (`in /home/me/.zowe/zowe.config.json, the password written there in plain text`).
 */
function profilePlace(origins: IValueOrigin[]): string {
    const origin = origins[0];
    const file = origin.configFile == null ? "" : ` in ${origin.configFile}`;
    if (!CREDENTIAL_NAMES.includes(origin.name)) {
        return `${profileName(origin)} (${origin.property ?? CONNECTION_OPTIONS[origin.name].property}${file})`;
    }
    const secrets = origins.filter((other) => CONNECTION_OPTIONS[other.name].secret === true).map((other) => CONNECTION_OPTIONS[other.name].label);
    const kept = origin.secure === true ? ", kept in the secure vault" :
        secrets.length > 0 ? `, ${secrets.join(" and ")} written there in plain text` : "";
    return `${profileName(origin)}${file}${kept}`;
}

/** What the profiles say beneath an override, in words. */
function beneathWords(origin: IValueOrigin): string {
    return origin.beneath == null ? "" :
        `, over ${origin.beneath.value} in ${origin.beneath.from === "base-profile" ? "base profile" : "profile"} ${origin.beneath.profile}`;
}

/** The one step for a value (or several credentials from one place), written for its origin and its kind of fix. */
function originStep(origins: IValueOrigin[], fix: ISuspectValueRule["fix"], service: string | undefined): string {
    const origin = origins[0];
    const words = origins.map(valueWords).join(" and ");
    if (fix === "supply") {
        return supplyStep(origin);
    }
    const come = origins.length > 1 ? "come" : "comes";
    const them = origins.length > 1 ? "them" : "it";
    const change = fix === "correct" ? `correct ${them} there` : `if ${them === "it" ? "it is" : "they are"} not the one meant, change ${them} there`;
    switch (origin.from) {
        case "command-line": {
            const typed = origin.value == null ? origin.option : `${origin.option} ${origin.value}`;
            const undo = origin.beneath == null ? "correct the option, or drop it to use the profile's value" :
                `drop the option to use the profile's ${origin.beneath.value}, or correct it`;
            return `${capital(words)} came from ${typed} on the command line${beneathWords(origin)}: ` +
                `${fix === "correct" ? undo : `if it is not the one meant, ${undo}`}.`;
        }
        case "environment": {
            const variable = origin.variable ?? CONNECTION_OPTIONS[origin.name].variable;
            return `${capital(words)} came from the environment variable ${variable}, which overrides every profile${beneathWords(origin)}: ` +
                `unset it (unset ${variable}, or Remove-Item Env:${variable} in PowerShell) or set it right.`;
        }
        case "service-profile":
        case "base-profile": {
            const none = origin.from === "base-profile" && service != null ? ` (profile ${service} holds none)` : "";
            const command = CREDENTIAL_NAMES.includes(origin.name) ? "" : ` (${configSetCommand(origin)})`;
            return `${capital(words)} ${come} from ${profilePlace(origins)}${none}: ${change}${command}.`;
        }
        case "default": {
            const value = origin.value == null || origin.value.length === 0 ? "" : ` ${origin.value}`;
            return `No ${CONNECTION_OPTIONS[origin.name].label.replace(/^the /, "")} was given (not on the command line, in the ` +
                `environment or in a profile), so Zowe used its default${value}: ` +
                `set it in the profile (${configSetCommand(origin)}).`;
        }
        default: {
            const options = origins.map((other) => CONNECTION_OPTIONS[other.name].options[0]).join(" or ");
            const variables = origins.map((other) => CONNECTION_OPTIONS[other.name].variable).join(" or ");
            return `Where ${words} came from is not known ` +
                `(${origin.unknownBecause ?? "the evidence does not say"}): ${origins.length > 1 ? "they are" : "it is"} set by ` +
                `${options}, ${variables}, the service profile or the base profile. Run zowe config list --locations where the ` +
                "command failed to see which profile and file set it.";
        }
    }
}

/** The step for a value Zowe prompted for and did not get: where it would be found, and how to give it. */
function supplyStep(origin: IValueOrigin): string {
    const { label, options, variable } = CONNECTION_OPTIONS[origin.name];
    const give = `, or give ${options[0]} or ${variable} in a script`;
    const property = origin.property ?? "";
    if (origin.secure === true) {
        return `Zowe prompted for ${label}: ${profileName(origin)} lists it as secure (${property}), but the secure vault gave no ` +
            `value for it (none stored, or the vault could not be opened). Store it: zowe config set --secure ${property}${give}.`;
    }
    if (origin.from === "unknown" && origin.property != null) {
        const secret = CONNECTION_OPTIONS[origin.name].secret === true;
        const file = origin.configFile == null ? "" : ` (${origin.configFile})`;
        return `Zowe prompted for ${label}: ${origin.unknownBecause ?? "nothing gives it"}. Set it: zowe config set ` +
            `${secret ? "--secure " : ""}${property}${secret ? "" : ` <${origin.name}>`}${file}${give}.`;
    }
    if (origin.from === "unknown") {
        return `Zowe prompted for ${label} and got no answer; where it should come from is not known ` +
            `(${origin.unknownBecause ?? "the evidence does not say"}). Set it in the profile the command uses ` +
            `(zowe config list --locations shows them)${give}.`;
    }
    return `Zowe prompted for ${label}, though ${profilePlaceOrOverride(origin)} gives it: check that the command uses that profile ` +
        "and that the value is not empty.";
}

/** Where a present value comes from, in a few words. */
function profilePlaceOrOverride(origin: IValueOrigin): string {
    return origin.from === "command-line" ? `${origin.option ?? "an option"} on the command line` :
        origin.from === "environment" ? `the variable ${origin.variable ?? ""}` : origin.from === "default" ? "its default" : profileName(origin);
}

function capital(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Two origins are one place when they have the same kind, profile and file (or are unknown for the same reason). */
const samePlace = (a: IValueOrigin, b: IValueOrigin): boolean =>
    a.from === b.from && a.profile === b.profile && a.configFile === b.configFile && a.secure === b.secure &&
    a.unknownBecause === b.unknownBecause && a.from !== "command-line" && a.from !== "environment";

/**
 * The steps that name where the failing values came from, first the most likely.
 * @param call the failed call
 * @param origins where its values came from (traceValueOrigins)
 * @param context what the other knowledge said of the call
 * @param service the service profile's name, when known
 * @returns one step per value (credentials from one place together), each with its topic
 */
export function originSteps(call: IFailedCall, origins: readonly IValueOrigin[], context: IMatchContext, service?: string): IAdviceItem[] {
    const steps: IAdviceItem[] = [];
    const told = new Set<ConnectionValueName>();
    const suspects = suspectValues(call, context);
    const overridden = (name: ConnectionValueName): boolean => origins.some((origin) => origin.name === name &&
        (origin.from === "command-line" || origin.from === "environment"));
    // An override is the odd one out: the profile's own values fit each other, so only the overridden ones are told.
    const tellable = suspects.some((suspect) => overridden(suspect.name)) ? suspects.filter((suspect) => overridden(suspect.name)) : suspects;
    for (const suspect of tellable) {
        const origin = origins.find((candidate) => candidate.name === suspect.name);
        if (origin == null || told.has(suspect.name)) {
            continue;
        }
        // Credentials from one place are told in one step: "the user ID ibmuser and the password come from base profile base".
        const together = CREDENTIAL_NAMES.includes(origin.name) ? origins.filter((other) => CREDENTIAL_NAMES.includes(other.name) &&
            !told.has(other.name) && (other === origin || samePlace(other, origin)) &&
            tellable.some((candidate) => candidate.name === other.name)) : [origin];
        together.forEach((other) => told.add(other.name));
        steps.push({ text: originStep(together, suspect.fix, service), topic: originTopic(origin.name) });
    }
    return steps;
}

/** `zowe config set [--secure] profiles.<any>.properties.<property> ...`: a command that sets one profile property. */
const CONFIG_SET = /^zowe config set (--secure )?profiles\.[\w.-]{1,200}\.properties\.(\w{1,64})\b(.*)$/;

/**
 * A next command made for where the value it sets came from: a `zowe config set` of a property whose value came from
 * the command line or the environment is left out (a profile does not fix an override), and so is one that would
 * set a profile to the value it already holds; one for a value a profile holds names that profile's path.
 * @param next the command as the knowledge (or commandForProfile) wrote it
 * @param origins where the call's values came from
 * @returns the command, rewritten, or undefined to leave it out
 */
export function commandForOrigins(next: IZoweNextCommand, origins: readonly IValueOrigin[]): IZoweNextCommand | undefined {
    const set = CONFIG_SET.exec(next.command);
    const origin = set == null ? undefined : origins.find((candidate) => CONNECTION_OPTIONS[candidate.name].property === set[2]);
    if (set == null || origin == null) {
        return next;
    }
    if (origin.from === "command-line" || origin.from === "environment") {
        return undefined;
    }
    if ((origin.from === "service-profile" || origin.from === "base-profile") && origin.value != null && set[3].trim() === origin.value) {
        return undefined;
    }
    return origin.property == null ? next :
        { ...next, command: `zowe config set ${set[1] ?? ""}${origin.property}${set[3]}`, purpose: withoutNameAsides(next.purpose) };
}

/**
 * The causes that name an override: a failing value given on the command line or by a ZOWE_OPT_ variable, which
 * the knowledge's "the profile uses ..." causes on that topic then give way to.
 * @param call the failed call
 * @param origins where its values came from (traceValueOrigins)
 * @param context what the other knowledge said of the call
 * @returns one cause per overridden suspect value, each with its topic
 */
export function originCauses(call: IFailedCall, origins: readonly IValueOrigin[], context: IMatchContext): IAdviceItem[] {
    return suspectValues(call, context).flatMap(({ name }): IAdviceItem[] => {
        const origin = origins.find((candidate) => candidate.name === name);
        if (origin == null || (origin.from !== "command-line" && origin.from !== "environment")) {
            return [];
        }
        const by = origin.from === "command-line" ? `on the command line (${origin.option ?? ""}${origin.value == null ? "" : ` ${origin.value}`})` :
            `by the environment variable ${origin.variable ?? ""}`;
        const over = origin.beneath == null ? ", over what the profiles say" : beneathWords(origin);
        return [{ text: `${capital(valueWords(origin))} was given ${by}${over}.`, topic: originTopic(name) }];
    });
}
