import type { IFailedCall } from "../failure/doc/IFailedCall";
import type { IZosmfCategoryEntry, ZosmfServiceFamily } from "../knowledge/doc/IKnownError";
import type { IKnowledgeAdvice, IKnowledgeCondition, IKnowledgeEntry, KnowledgeKind } from "../knowledge/doc/IKnowledgeEntry";
import { KNOWLEDGE } from "../knowledge/knowledge";
import { ZOSMF_CATEGORIES } from "../knowledge/zosmfReasons";
import { dataPattern } from "../knowledge/dataPattern";
import { statusFitsMask } from "../explain/StatusQuery";

/** One piece of knowledge that matched a failed call, with the entry's id. */
export interface IMatchedAdvice {
    /** Which kind of knowledge matched. */
    kind: KnowledgeKind;
    /** The entry's id, e.g. `ZWEAO503E`, `zosmf-files-category-4-rc-8`, `ECONNREFUSED`, `auth-basic`. */
    id: string;
    advice: IKnowledgeAdvice;
}

/** The z/OSMF service family a request went to, told by its path (with or without an API ML route in front). */
export function zosmfFamily(resource: string | null): ZosmfServiceFamily {
    const path = resource ?? "";
    if (/\/restfiles\//.test(path)) {
        return "files";
    }
    if (/\/restjobs\//.test(path)) {
        return "jobs";
    }
    if (/\/restconsoles\//.test(path)) {
        return "console";
    }
    return /\/tsoApp\//i.test(path) ? "tso" : "any";
}

/** The category entry of a z/OSMF error report, when its family numbers categories. */
export function zosmfCategory(call: IFailedCall): IZosmfCategoryEntry | undefined {
    const family = zosmfFamily(call.request.resource);
    return call.server.category == null ? undefined :
        ZOSMF_CATEGORIES.find((entry) => entry.family === family && entry.category === call.server.category);
}

function anyMatches(patterns: string[] | undefined, text: string): boolean {
    return patterns == null || patterns.some((source) => dataPattern(source).test(text));
}

function statusFits(expected: number[] | string | undefined, status: number | null): boolean {
    if (expected == null) {
        return true;
    }
    if (status == null) {
        return false;
    }
    return typeof expected !== "string" ? expected.includes(status) : statusFitsMask(expected, status);
}

function messageIdFits(expected: string[] | undefined, ids: string[]): boolean {
    return expected == null || expected.some((want) => want.endsWith("*") ?
        ids.some((id) => id.startsWith(want.slice(0, -1))) : ids.includes(want));
}

function oneOf<T>(expected: T[] | undefined, actual: T): boolean {
    return expected == null || expected.includes(actual);
}

/** Every named code the condition lists holds one of its values (compared without case); a missing code never fits. */
function fieldsFit(expected: Record<string, string[]> | undefined, actual: Record<string, string> | undefined): boolean {
    return expected == null || Object.entries(expected).every(([name, values]) => {
        const value = actual?.[name]?.toUpperCase();
        return value != null && values.some((want) => want.toUpperCase() === value);
    });
}

function numberFits(expected: number | undefined, actual: number | undefined): boolean {
    return expected == null || expected === actual;
}

/** What the matching knows besides the call: whether a message-ID or reason-code entry already explains it. */
export interface IMatchContext {
    decoded: boolean;
    /** Whether the profile that supplied the call keeps its password in the secure vault; absent when not known. */
    passwordSecure?: boolean;
}

/**
 * Whether a call has every fact of one condition.
 * @param when the condition
 * @param call the failed call
 * @param context what other knowledge said of the call; without it, a condition on `decoded` never holds
 * @returns true when every fact of the condition holds
 */
export function conditionHolds(when: IKnowledgeCondition, call: IFailedCall, context?: IMatchContext): boolean {
    const { server, request } = call;
    const basePathEmpty = (request.basePath ?? "").replace(/\//g, "").length === 0;
    const hasReport = server.category != null || server.rc != null || server.reason != null;
    const text = [server.message ?? "", server.body ?? "", call.networkError?.message ?? ""].join("\n");
    return statusFits(when.status, call.status) &&
        oneOf(when.source, call.source) &&
        oneOf(when.service, call.service) &&
        // A record without its resource (a pasted fragment) cannot tell the family: a family-specific entry still
        // applies when its other facts (category, rc, reason) hold.
        (request.resource == null || oneOf(when.family, zosmfFamily(request.resource))) &&
        (when.zosmfReport == null || when.zosmfReport === hasReport) &&
        numberFits(when.category, server.category) && numberFits(when.rc, server.rc) && numberFits(when.reason, server.reason) &&
        messageIdFits(when.messageId, server.messageIds ?? []) &&
        (when.hasMessageId == null || when.hasMessageId === (server.messageIds ?? []).length > 0) &&
        (when.code == null || (call.networkError?.code != null && when.code.includes(call.networkError.code))) &&
        oneOf(when.authKind, call.auth.kind) &&
        (when.basePathEmpty == null || when.basePathEmpty === basePathEmpty) &&
        (when.portNot == null || (request.port != null && !when.portNot.includes(request.port))) &&
        (when.resourceMatches == null || (request.resource != null && anyMatches(when.resourceMatches, request.resource))) &&
        anyMatches(when.textMatches, text) &&
        anyMatches(when.bodyMatches, server.body ?? "") &&
        oneOf(when.client, call.client) &&
        (when.format == null || (call.evidence.format != null && when.format.includes(call.evidence.format.id))) &&
        fieldsFit(when.fields, server.fields) &&
        (when.protocol == null || (request.protocol != null && when.protocol.includes(request.protocol.toLowerCase()))) &&
        (when.serviceNot == null || !when.serviceNot.includes(call.service)) &&
        (when.known ?? []).every((field) => request[field] != null) &&
        (when.decoded == null || (context != null && when.decoded === context.decoded)) &&
        (when.passwordSecure == null || (context?.passwordSecure != null && when.passwordSecure === context.passwordSecure)) &&
        (when.proxyHop == null || (call.proxy != null && when.proxyHop.includes(call.proxy.hop))) &&
        (when.repeatedAtLeast == null || (call.repeats?.count ?? 1) >= when.repeatedAtLeast);
}

/**
 * How specific a condition is: one point per fact, two for an exact identifier (a message ID, an error code, each
 * code a service reported), which says more than a pattern over free text.
 */
export function specificity(when: IKnowledgeCondition): number {
    return Object.entries(when).filter(([, value]) => value !== undefined)
        .reduce((sum, [key, value]) => sum +
            (key === "code" || key === "messageId" ? 2 : key === "fields" ? 2 * Object.keys(value as object).length : 1), 0);
}

/**
 * Whether a knowledge entry applies to a failed call: the call has every fact of the entry's condition, or of one
 * of its conditions when it lists several.
 * @param entry the knowledge entry
 * @param call the failed call
 * @returns the specificity of the most specific condition that holds, or 0 when none holds
 */
export function matches(entry: IKnowledgeEntry, call: IFailedCall): number {
    const conditions = Array.isArray(entry.when) ? entry.when : [entry.when];
    return conditions.filter((when) => conditionHolds(when, call))
        .reduce((best, when) => Math.max(best, specificity(when) || 1), 0);
}

/** Where the first message ID an entry names stands in the body: the server's first message comes first. */
function bodyPosition(entry: IKnowledgeEntry, call: IFailedCall): number {
    const ids = call.server.messageIds ?? [];
    const named = (Array.isArray(entry.when) ? entry.when : [entry.when]).flatMap((when) => when.messageId ?? []);
    const positions = ids.map((id, index) => named.some((want) => messageIdFits([want], [id])) ? index : Infinity);
    return Math.min(Infinity, ...positions);
}

/**
 * Every knowledge entry that applies to a failed call, the most telling first: by priority, then by specificity,
 * then by the place of its message ID in the body, then by id, so the order of the data never decides. Of the
 * entries of one group only the first counts.
 * @param call the failed call
 * @param entries the knowledge to search (the built-in knowledge when absent)
 * @returns the matched entries' advice, in order
 */
export function matchKnowledge(call: IFailedCall, entries: readonly IKnowledgeEntry[] = KNOWLEDGE): IMatchedAdvice[] {
    const found = entries.map((entry) => ({ entry, score: matches(entry, call) })).filter(({ score }) => score > 0)
        .map((found) => ({ ...found, position: bodyPosition(found.entry, call) }))
        .sort((a, b) => b.entry.priority - a.entry.priority || b.score - a.score || a.position - b.position ||
            (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
    const groups = new Set<string>();
    return found.filter(({ entry }) => {
        if (entry.group == null) {
            return true;
        }
        const first = !groups.has(entry.group);
        groups.add(entry.group);
        return first;
    }).map(({ entry }) => ({ kind: entry.kind, id: entry.id, advice: entry.advice }));
}
