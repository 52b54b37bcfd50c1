import type { IFailedCall, IFailureReport, IStaleWarning } from "../../api/failure/doc/IFailedCall";
import type { IFailureSearch } from "../../api/lastError/findLastFailures";
import type { IValueOrigin } from "../../api/failure/doc/IValueOrigin";
import { noRequestKnown, requestLine } from "../../api/diagnose/diagnose";
import { SERVICE_LABELS } from "../../api/knowledge/serviceLabels";
import { INDENT, briefSteps, bullets, commandList, numbered, section, wrap } from "../shared/TextLayout";
import { renderSiteAdvice } from "../shared/SiteAdviceText";
import { serverWordsSection } from "../shared/ServerWordsText";
import { repeatsSentence } from "./RepeatsText";

const LABEL_WIDTH = 10;

function field(label: string, value: string | null | undefined): string[] {
    return value == null || value.length === 0 ? [] : wrap(value, `${INDENT}${`${label}:`.padEnd(LABEL_WIDTH)} `);
}

/** What the server said, with the z/OSMF numbers when it gave them. */
export function serverSaid(report: IFailedCall): string | null {
    const numbers = [["category", report.server.category], ["rc", report.server.rc], ["reason", report.server.reason]]
        .filter(([, value]) => value != null).map(([name, value]) => `${name} ${value}`).join(", ");
    // Lines joined without a regex over whitespace runs: a message may hold megabytes of blanks.
    // Words around the status that are the client's or a user's are not what the server said.
    const message = report.server.clientWords === true ? null :
        report.server.message?.split("\n").map((line) => line.trim()).filter((line) => line.length > 0).join(" / ") ?? null;
    return message == null ? null : numbers.length > 0 ? `${message} (${numbers})` : message;
}

/** Who answered and with which status (`z/OSMF, 404 Not Found`), or what stopped the call when nothing answered. */
export function answeredBy(report: IFailedCall): string | null {
    if (report.status == null) {
        return report.networkError == null ? null : `no answer${report.networkError.code == null ? "" : `: ${report.networkError.code}`}`;
    }
    const who = report.service === "unknown" ? "an unidentified server" : SERVICE_LABELS[report.service];
    return `${who}, ${report.status}${report.statusText != null ? ` ${report.statusText}` : ""}`;
}

/**
 * How long ago a logged local time was: "3 minutes ago". Null when the time is unknown or in the future (a log
 * copied from a machine in another time zone).
 */
export function ageOf(time: string | null, now: number = Date.now()): string | null {
    const then = time == null ? NaN : Date.parse(time);
    const seconds = Math.floor((now - then) / 1000);
    if (!Number.isFinite(seconds) || seconds < 0) {
        return null;
    }
    const [count, unit] = seconds < 60 ? [seconds, "second"] : seconds < 3600 ? [Math.floor(seconds / 60), "minute"] :
        seconds < 172800 ? [Math.floor(seconds / 3600), "hour"] : [Math.floor(seconds / 86400), "day"];
    return `${count} ${unit}${count === 1 ? "" : "s"} ago`;
}

/** `2026-11-25 13:16:22.072 (local time, 3 minutes ago)`. */
export function whenLogged(time: string): string {
    const age = ageOf(time);
    return `${time.replace("T", " ")} (local time${age == null ? "" : `, ${age}`})`;
}

/** The clients, as a sentence names them. */
const CLIENT_NAMES: Record<IFailureReport["client"], string> = {
    "zowe-cli": "Zowe CLI", "zowe-explorer": "Zowe Explorer", "sdk": "a program on a Zowe SDK", "unknown": "an unknown client"
};

/** Which format the evidence was read as, by which versions, and which client made the call. */
function formatText(report: IFailureReport): string[] {
    const format = report.evidence.format;
    return format == null ? [] : wrap(`Read as ${format.label}${format.versions == null ? "" : ` (${format.versions})`}, ` +
        `made by ${CLIENT_NAMES[report.client]}.`);
}

/** What the evidence did not hold, and how to get the whole of it. */
function missingText(report: IFailureReport): string[] {
    const missing = report.evidence.missing ?? [];
    return missing.length === 0 ? [] : wrap(`Not in the evidence: ${missing.join(", ")}. For the whole record, run the failing command ` +
        "again with --rfj and give its output to last-error, or run zowe http-status last-error on the machine where it failed.");
}

/** `Zowe Explorer 3.4.2 (VS Code)`, or `the FTP extension … 1.2.0`: who logged an Explorer failure. */
function explorerName(report: IFailedCall): string {
    const explorer = report.explorer;
    if (explorer == null) {
        return CLIENT_NAMES[report.client];
    }
    const name = explorer.extender ? `the Zowe Explorer extender ${explorer.extension}` : "Zowe Explorer";
    return `${name}${explorer.version == null ? "" : ` ${explorer.version}`}${explorer.editor == null ? "" : ` (${explorer.editor})`}`;
}

/** `in Zowe Explorer 3.4.2, while retrieving response from MVS list API (profile zosmf)`: Explorer's context of a failure. */
export function explorerContext(report: IFailedCall): string | null {
    const explorer = report.explorer;
    if (explorer == null) {
        return null;
    }
    const doing = explorer.scenario ?? (explorer.label == null ? null : `working on ${explorer.label}`);
    const during = doing == null ? "" : `, while ${doing.charAt(0).toLowerCase()}${doing.slice(1).replace(/\.$/, "")}`;
    const api = explorer.apiType == null ? "" : ` (${explorer.apiType} API)`;
    const profile = explorer.profile == null ? "" : `, profile ${explorer.profile}`;
    return `in ${explorerName(report)}${during}${api}${profile}`;
}

/** The proxy the call went through and who chose it, or null for a direct call. */
export function proxyUsed(report: IFailedCall): string | null {
    const proxy = report.proxy;
    const chooser = proxy?.chosenBy === "session" ? "session's proxy settings" : "environment";
    return proxy == null ? null : `${proxy.host}:${proxy.port} (from the ${chooser})`;
}

/** `lpar1 (zosmf) in /home/me/.zowe/zowe.config.json`: the profile that supplied the failing values. */
export function profileText(report: IFailureReport): string | null {
    const profile = report.profile;
    return profile == null ? null : `${profile.name}${profile.type == null ? "" : ` (${profile.type})`}` +
        `${profile.configFile == null ? "" : ` in ${profile.configFile}`}`;
}

/**
 * Where one value came from, as a report lists it: its name and value, and its place (`protocol https`: `command line
 * (--protocol), over http in profile lpar1`; `password`: `base profile base: profiles.base.properties.password, plain
 * text, in /home/me/.zowe/zowe.config.json`).
 */
export function originPlace(origin: IValueOrigin): { value: string; place: string } {
    const value = `${origin.name}${origin.value == null || origin.value.length === 0 ? "" : ` ${origin.value}`}`;
    const kept = origin.secure === true ? ", in the secure vault" : origin.secure === false && origin.name === "password" ? ", plain text" : "";
    const file = origin.configFile == null ? "" : `, in ${origin.configFile}`;
    const beneath = origin.beneath == null ? "" :
        `, over ${origin.beneath.value} in ${origin.beneath.from === "base-profile" ? "base profile" : "profile"} ${origin.beneath.profile}`;
    const places: Record<IValueOrigin["from"], string> = {
        "command-line": `command line (${origin.option ?? ""})${beneath}`,
        "environment": `environment (${origin.variable ?? ""})${beneath}`,
        "service-profile": `profile ${origin.profile ?? ""}: ${origin.property ?? ""}${kept}${file}`,
        "base-profile": `base profile ${origin.profile ?? ""}: ${origin.property ?? ""}${kept}${file}`,
        "default": `default (none was given${origin.property == null ? "" : `; set it as ${origin.property}`})`,
        "unknown": `unknown (${origin.unknownBecause ?? "the evidence does not say"})`
    };
    return { value, place: places[origin.from] };
}

/** The lines of the "Where the values came from" section: one per value, or one line when none is known, for one reason. */
function originLines(report: IFailureReport): string[] {
    const origins = report.origins ?? [];
    const reasons = new Set(origins.map((origin) => origin.from === "unknown" ? origin.unknownBecause : null));
    if (origins.length > 1 && reasons.size === 1 && !reasons.has(null)) {
        return wrap(`${origins.map((origin) => origin.name).join(", ")}: unknown (${[...reasons][0] ?? ""})`, INDENT);
    }
    const width = Math.max(0, ...origins.map((origin) => originPlace(origin).value.length)) + 1;
    return origins.flatMap((origin) => {
        const { value, place } = originPlace(origin);
        return wrap(place, `${INDENT}${`${value}:`.padEnd(width)} `);
    });
}

/** The header of a report: when and where it failed, the command, the request, who answered, what it said, the verdict. */
function headerLines(report: IFailureReport): string[] {
    return [
        ...staleLines(report.stale),
        `Last failed Zowe REST call${report.time != null ? `, ${whenLogged(report.time)}` : ""}`,
        ...(report.explorer == null ? [] : wrap(explorerContext(report) ?? "", "")),
        // A retry burst comes before every other fact: for a refused logon it decides what to do first.
        ...field("Repeated", report.repeats == null ? null : repeatsSentence(report.repeats)),
        ...field("Command", report.command),
        ...field("Request", noRequestKnown(report) ? null : requestLine(report)),
        ...field("Proxy", proxyUsed(report)),
        ...field("Profile", profileText(report)),
        ...field("Answered", answeredBy(report)),
        ...field("Said", serverSaid(report) ?? report.networkError?.message),
        ...field("Verdict", report.diagnosis.verdict)
    ];
}

/** The warning that the failure shown may not be the last one, with a blank line after it: the first lines of every view. */
export function staleLines(stale: IStaleWarning | undefined): string[] {
    return stale == null ? [] : [...wrap(`Warning: ${stale.message}`, ""), ""];
}

/** The brief report of one failure (--brief): the header lines with the verdict, the site's advice, and the first three steps. */
export function renderBriefFailureReport(report: IFailureReport): string {
    return [
        ...headerLines(report),
        ...renderSiteAdvice(report.diagnosis.site ?? []),
        ...briefSteps(report.diagnosis.nextSteps, "run it without --brief")
    ].join("\n");
}

/** The text report of one failure: facts, verdict, the site's advice, causes, what to do, next commands and a curl reproduction. */
export function renderFailureReport(report: IFailureReport, notes: string[] = []): string {
    const diagnosis = report.diagnosis;
    return [
        ...headerLines(report),
        "",
        ...wrap(diagnosis.summary, ""),
        ...serverWordsSection(report, false),
        ...renderSiteAdvice(diagnosis.site ?? []),
        ...section("Caution", diagnosis.caution == null ? [] : wrap(diagnosis.caution)),
        ...section("Likely causes", bullets(diagnosis.causes)),
        ...section("What to do", numbered(diagnosis.nextSteps)),
        ...section("Next commands", commandList(diagnosis.nextCommands)),
        ...section("Request body (masked)", report.payload == null ? [] : report.payload.split("\n").map((line) => `${INDENT}${line}`)),
        ...section("Where the values came from", originLines(report)),
        ...section("Repeat the call with curl (fill in the placeholders)", report.curl == null ? [] : [`${INDENT}${report.curl}`]),
        ...section("Evidence", [
            ...[report.evidence.file, report.evidence.zoweLog].filter((file): file is string => file != null)
                .map((file) => `${INDENT}${file}`),
            ...formatText(report),
            ...missingText(report)
        ]),
        ...section("Notes", bullets([...report.evidence.notes ?? [], ...notes]))
    ].join("\n");
}

/** What to say when no failure was found: where it looked, and why it may have found nothing. */
export function nothingFoundText(search: IFailureSearch): string {
    return [
        "No failed Zowe REST call was found.",
        ...section("Searched", search.searched.length === 0 ? [`${INDENT}(no log files)`] : search.searched.map((file) => `${INDENT}${file}`)),
        ...section("Notes", bullets(search.notes))
    ].join("\n");
}

/** The notes of a search on their own, after a table of failures. */
export function notesText(notes: string[]): string {
    return section("Notes", bullets(notes)).join("\n");
}
