import type { IDiagnosis, IFailedCall } from "../failure/doc/IFailedCall";
import type { IZoweNextCommand } from "../knowledge/doc/IHttpStatus";
import type { Verdict } from "../knowledge/doc/IKnownError";
import type { AdviceTag } from "../knowledge/doc/IKnowledgeEntry";
import type { IAdviceCandidate } from "./narrowAdvice";
import { narrowAdvice, textCandidate } from "./narrowAdvice";
import { ruledOutTag } from "./ruledOutTag";
import type { IProfileFacts } from "../profiles/doc/IProfileFacts";
import type { IMatchContext } from "./matchKnowledge";
import { commandForProfile } from "./commandsForProfile";
import { commandForOrigins, originCauses, originSteps } from "./originAdvice";
import type { IValueOrigin } from "../failure/doc/IValueOrigin";
import { SERVICE_LABELS } from "../knowledge/serviceLabels";
import { SERVICE_SIGNS } from "../knowledge/serviceSigns";
import { ZOWE_STATUS_GUIDANCE } from "../knowledge/zoweStatusGuidance";
import { verdictOfStatus } from "../explain/StatusQuery";
import { matchKnowledge, zosmfCategory } from "./matchKnowledge";
import type { ILoadedSiteEntry } from "../site/doc/ISiteKnowledge";
import { matchSiteKnowledge, siteFactsOf } from "../site/matchSiteKnowledge";
import { withCertificateFinding } from "./certificateAdvice";

/** A diagnosis lists at most this many causes, steps and commands: the most specific first, the rest is noise. */
const MAX_CAUSES = 6;
const MAX_STEPS = 6;
const MAX_COMMANDS = 4;
/** When specific knowledge matched, the generic guidance for the status adds at most this many causes and steps. */
const MAX_GENERIC_WITH_SPECIFIC = 2;
/** `last-error` does not suggest running itself. */
const SELF_COMMAND = /^zowe http-status last-error\b/;

/** `https://host:443/ibmzosmf/api/v1/zosmf/restfiles/ds?dslevel=A.*`: where the failed request went. */
export function requestUrl(call: IFailedCall): string {
    const { protocol, host, port, basePath, resource } = call.request;
    const base = basePath != null && basePath.replace(/\//g, "").length > 0 ? `/${basePath.replace(/^\/+|(?<!\/)\/+$/g, "")}` : "";
    const origin = host == null ? "" : `${protocol ?? "https"}://${host}${port != null ? `:${port}` : ""}`;
    return `${origin}${base}${resource ?? ""}`;
}

/** `GET https://host:443/zosmf/restfiles/ds?dslevel=A.*`: the request line of a failed call. */
export function requestLine(call: IFailedCall): string {
    return `${call.request.method ?? "(method unknown)"} ${requestUrl(call)}`.trim();
}

function statusVerdict(call: IFailedCall): Verdict {
    if (call.status != null) {
        return verdictOfStatus(call.status);
    }
    return call.source === "timeout" ? "timeout" : call.source === "client" ? "network" : "unknown";
}

/** True when the evidence holds nothing of the request: no method, host or resource (Zowe failed before building one). */
export function noRequestKnown(call: IFailedCall): boolean {
    return call.request.method == null && call.request.host == null && call.request.resource == null;
}

/** One sentence of facts: who answered what, or what went wrong before any answer. */
function factSentence(call: IFailedCall): string {
    const request = requestLine(call);
    if (call.status == null && noRequestKnown(call)) {
        const said = call.server.message ?? call.networkError?.message ?? "an error";
        // A Zowe client's own failure, or another program's (a server log, an SDK exception) that shows no request.
        const zoweClient = call.client === "zowe-cli" || call.client === "zowe-explorer";
        const who = zoweClient ? "Zowe failed with no request to show" : "The failure shows no request";
        return `${who}${call.command == null ? "" : ` (${call.command.split(" ").slice(0, 5).join(" ")})`}: ` +
            `${said.split("\n")[0].slice(0, 200).replace(/\.$/, "")}.`;
    }
    if (call.source === "http" && call.status != null) {
        const who = call.proxy?.hop === "proxy" ? `The proxy ${call.proxy.host}:${call.proxy.port}` :
            call.service === "unknown" ? "The server" : SERVICE_LABELS[call.service];
        const said = call.server.message == null || call.server.clientWords === true ? "" :
            `: "${call.server.message.split("\n")[0].slice(0, 200).replace(/\.$/, "")}"`;
        const status = `${call.status}${call.statusText != null ? ` ${call.statusText}` : ""}`;
        return `${who} answered${noRequestKnown(call) ? "" : ` ${request}`} with ${status}${said}.`;
    }
    if (call.source === "timeout") {
        return `${request} connected but got no complete answer in time (${call.networkError?.message.slice(0, 200) ?? "request timed out"}).`;
    }
    if (call.source === "client") {
        return `${request} got no answer: ${call.networkError?.message.slice(0, 200) ?? "the request could not be sent"}.`;
    }
    return `${request} failed without an HTTP error${call.server.message != null ? `: ${call.server.message.split("\n")[0].slice(0, 200)}` : ""}.`;
}

/** What a caller may add to a diagnosis beyond the failed call itself. */
export interface IDiagnoseOptions {
    /** The site's knowledge, as loadSiteKnowledge read it: matching entries come in `site`. */
    site?: readonly ILoadedSiteEntry[];
    /**
     * The profile that supplied the call's values, when the team config was read (readProfileFacts): the next commands
     * then name it and its config file, and vault advice is left out when the password is not in the vault.
     */
    profile?: IProfileFacts;
    /**
     * Where the call's values came from (traceValueOrigins): the first steps then name the place each failing value
     * came from, and `zowe config set` commands name the profile that holds it, or go when an override gave it.
     */
    origins?: readonly IValueOrigin[];
}

/**
 * Explain a failed call: whose side it is on (the verdict), what happened, the likely causes, what to do and the
 * Zowe commands to run next. The most specific knowledge comes first (a message ID, a z/OSMF reason code, a network
 * or TLS error code, the 401 wording for the authentication used), then the guidance for the HTTP status, narrowed
 * to the server that answered. Advice whose tags the facts rule out (ADVICE_TAGS) and advice that repeats an earlier
 * item's text or topic are left out. The site's own entries that match come in `site`. It reads no files.
 * @param call - the failed call, masked
 * @param options - the site's knowledge and the failing profile, when the caller read them
 * @returns the diagnosis
 */
export function diagnose(call: IFailedCall, options: IDiagnoseOptions = {}): IDiagnosis {
    const { site = [], profile, origins = [] } = options;
    const matches = matchKnowledge(call);
    // A status the proxy gave itself is not z/OS's: the guidance for z/OS's statuses does not apply to it.
    const guidance = call.status == null || call.proxy?.hop === "proxy" ? undefined :
        ZOWE_STATUS_GUIDANCE.find((entry) => entry.code === call.status);
    // Where the password is kept: the profile that holds it says, else the failing profile's merged view.
    const passwordOrigin = origins.find((origin) => origin.name === "password");
    const passwordSecure = passwordOrigin?.from === "service-profile" || passwordOrigin?.from === "base-profile" ? passwordOrigin.secure :
        passwordOrigin == null || passwordOrigin.from === "unknown" ? profile?.passwordSecure : false;
    const context: IMatchContext = {
        decoded: matches.some((match) => match.kind === "message-id" || match.kind === "zosmf-reason"),
        ...(passwordSecure == null ? {} : { passwordSecure })
    };
    const fits = (tags?: AdviceTag[]): boolean => ruledOutTag(tags, call, context) == null;
    const genericLimit = matches.length > 0 ? MAX_GENERIC_WITH_SPECIFIC : Infinity;
    // The status guidance's steps and commands speak of z/OSMF and API ML: for a plug-in's service only its knowledge's apply.
    const pluginService = SERVICE_SIGNS.some((sign) => sign.service === call.service);
    const serviceCauses = (guidance?.causes ?? [])
        .filter((cause) => call.service === "unknown" || cause.service === call.service || (cause.service === "any" && !pluginService))
        .map((cause) => ({ text: cause.cause, tags: cause.tags, topic: cause.topic, value: cause.cause }));
    const category = zosmfCategory(call);
    // The category's meaning adds nothing when a reason-code entry already explains the report.
    const categoryCause = category == null || matches.some((match) => match.kind === "zosmf-reason") ? [] :
        [`z/OSMF reports category ${category.category} (${category.name}): ${category.meaning}`];
    // On 401 and 403 the status decides: a z/OSMF report such as LMINIT with ICH408I is an access failure, whatever
    // its reason code would mean on a 404. A message ID (IZUG846W, ZWEAT414E) may still refine it.
    const authStatus = call.status === 401 || call.status === 403;
    const verdict = matches.find((match) => match.advice.verdict != null && (!authStatus || match.kind !== "zosmf-reason"))?.advice.verdict ??
        statusVerdict(call);
    const summary = [factSentence(call), ...matches.slice(0, 1).map((match) => match.advice.summary)].join(" ");
    // A caution more urgent than the status's (a burst of refused logons) is shown instead of it; otherwise the first
    // caution, the status's before the entries', whose tags the facts do not rule out.
    const cautions = [guidance, ...matches.map((match) => match.advice)].filter((advice) => advice?.caution != null && fits(advice.cautionTags));
    const urgent = matches.map((match) => match.advice).filter((advice) => advice.cautionFirst === true && cautions.includes(advice));
    const cautionSource = urgent[0] ?? cautions[0];
    const covered = cautionSource?.cautionTopic;
    // The generic guidance adds at most a few items once specific knowledge matched: counted after narrowing.
    const generic = <T>(items: Array<IAdviceCandidate<T>>): Array<IAdviceCandidate<T>> =>
        narrowAdvice(items.map((item) => ({ ...item, value: item })), fits, genericLimit, covered);
    const commandCandidate = (next: IZoweNextCommand): IAdviceCandidate<IZoweNextCommand> =>
        ({ text: next.command, tags: next.tags, value: { command: next.command, purpose: next.purpose } });
    const diagnosis: IDiagnosis = {
        verdict,
        summary,
        causes: narrowAdvice([...originCauses(call, origins, context).map(textCandidate),
            ...matches.flatMap((match) => match.advice.causes.map(textCandidate)),
            ...categoryCause.map(textCandidate), ...generic(serviceCauses)], fits, MAX_CAUSES, covered),
        // Where the failing values came from answers "which place to edit": those steps come first and stand for their
        // topics, after only the steps of an urgent caution (stop the script that retries a refused logon).
        nextSteps: narrowAdvice([...urgent.flatMap((advice) => advice.nextSteps.map(textCandidate)),
            ...originSteps(call, origins, context, profile?.name).map(textCandidate),
            ...matches.filter((match) => !urgent.includes(match.advice)).flatMap((match) => match.advice.nextSteps.map(textCandidate)),
            ...(pluginService ? [] : generic((guidance?.resolution ?? []).map(textCandidate)))], fits, MAX_STEPS, covered),
        nextCommands: narrowAdvice([...matches.flatMap((match) => match.advice.nextCommands ?? []),
            ...(pluginService ? [] : guidance?.nextCommands ?? [])]
            .filter((next) => !SELF_COMMAND.test(next.command))
            .flatMap((next) => commandForOrigins(next, origins) ?? []).map(commandCandidate), fits, MAX_COMMANDS)
            .map((next) => profile == null ? next : commandForProfile(next, profile)),
        matched: matches.map((match) => match.id),
        site: matchSiteKnowledge(siteFactsOf(call, verdict), site)
    };
    if (cautionSource?.caution != null) {
        diagnosis.caution = cautionSource.caution;
    }
    return withCertificateFinding(diagnosis, call, profile);
}
