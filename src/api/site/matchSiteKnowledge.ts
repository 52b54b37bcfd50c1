import type { IFailedCall } from "../failure/doc/IFailedCall";
import type { Verdict } from "../knowledge/doc/IKnownError";
import type { ILoadedSiteEntry, ISiteAdvice, ISiteCondition, ISiteFacts } from "./doc/ISiteKnowledge";
import { Redactor } from "../redaction/Redactor";
import { globMatches } from "./siteGlob";
import { statusFitsMask, verdictOfStatus } from "../explain/StatusQuery";
import type { IKnowledgeExplanation } from "../explain/doc/IKnowledgeExplanation";

/** A diagnosis shows at most this many site entries: a site's advice, not its whole file. */
const MAX_SITE_ADVICE = 5;

function listOf<T>(value: T | T[] | undefined): T[] | undefined {
    return value == null ? undefined : Array.isArray(value) ? value : [value];
}

/** Whether a fact fits one of the wanted values: absent wanted values ask for nothing, an absent fact fits none. */
function fits<T, F>(wanted: T | T[] | undefined, fact: F | null | undefined, test: (want: T, fact: F) => boolean): boolean {
    const values = listOf(wanted);
    return values == null || (fact != null && values.some((want) => test(want, fact)));
}

/**
 * Whether facts have every fact a site condition names.
 * @param when - the entry's condition
 * @param facts - the facts of a failure or a status
 */
export function siteConditionHolds(when: ISiteCondition, facts: ISiteFacts): boolean {
    return fits(when.status, facts.status, statusFitsMask) &&
        fits(when.verdict, facts.verdict, (want, verdict) => want === verdict) &&
        fits(when.service, facts.service, (want, service) => want === service) &&
        fits(when.messageId, facts.messageIds, (want, ids: string[]) => ids.some((id) => globMatches(want, id))) &&
        fits(when.host, facts.host, globMatches) &&
        fits(when.resource, facts.resource, globMatches);
}

/**
 * The facts of a failed call that site entries match on: the masked record and the diagnosis's verdict.
 * @param call - the failed call, masked
 * @param verdict - its diagnosis's verdict
 */
export function siteFactsOf(call: IFailedCall, verdict: Verdict): ISiteFacts {
    return {
        status: call.status, verdict, service: call.service, messageIds: call.server.messageIds ?? [],
        host: call.request.host, resource: call.request.resource
    };
}

/**
 * The facts of a status alone, as `explain` knows them: the code and its verdict.
 * @param code - the HTTP status
 */
export function siteFactsOfStatus(code: number): ISiteFacts {
    return { status: code, verdict: verdictOfStatus(code) };
}

/**
 * The facts of a message ID or error code, as `explain` knows them: the ID (for a message), the status it usually
 * comes with, its verdict and the server that sends it.
 * @param explanation - the explanation of a message ID or error code
 */
export function siteFactsOfKnowledge(explanation: IKnowledgeExplanation): ISiteFacts {
    return {
        status: explanation.usualStatus, verdict: explanation.verdict, service: explanation.service,
        messageIds: explanation.kind === "connection" ? [] : [explanation.id]
    };
}

/**
 * The advice of the site entries that match some facts, in the order of the files and of the entries in them, with
 * their text masked like everything else bound for output (a site may paste a password into an example).
 * @param facts - the facts of a failure, or of a status alone
 * @param entries - the loaded site knowledge
 * @returns the advice of at most five entries
 */
export function matchSiteKnowledge(facts: ISiteFacts, entries: readonly ILoadedSiteEntry[]): ISiteAdvice[] {
    const redactor = new Redactor();
    return entries.filter((entry) => siteConditionHolds(entry.when, facts)).slice(0, MAX_SITE_ADVICE).map((entry) => redactor.value({
        id: entry.id,
        file: entry.file,
        causes: entry.causes ?? [],
        nextSteps: entry.nextSteps ?? [],
        nextCommands: (entry.nextCommands ?? []).map((next) => typeof next === "string" ? { command: next, purpose: "" } :
            { command: next.command, purpose: next.purpose ?? "" }),
        contact: entry.contact ?? null
    }));
}
