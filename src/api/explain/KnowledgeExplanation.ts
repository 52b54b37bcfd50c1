import type { IFailedCall, ServiceKind } from "../failure/doc/IFailedCall";
import type { IKnowledgeCondition, IKnowledgeEntry } from "../knowledge/doc/IKnowledgeEntry";
import type { IKnowledgeExplanation } from "./doc/IKnowledgeExplanation";
import { KNOWLEDGE } from "../knowledge/knowledge";
import { SERVICE_LABELS } from "../knowledge/serviceLabels";
import { diagnose } from "../diagnose/diagnose";
import { adviceText } from "../diagnose/narrowAdvice";
import { explainStatus } from "./StatusCatalogue";

/** The shape of a message ID or an error code: `IZUG846W`, `SQL30081N`, `ECONNREFUSED`, `SELF_SIGNED_CERT_IN_CHAIN`. */
const IDENTIFIER = /^[A-Z][A-Z0-9_]{2,39}$/i;
/** Entries that explain one identifier come before rules that only use it among other facts. */
const KIND_ORDER = ["message-id", "connection", "zosmf-reason", "body-pattern", "auth", "rule"];

const conditionsOf = (entry: IKnowledgeEntry): IKnowledgeCondition[] => Array.isArray(entry.when) ? entry.when : [entry.when];

/** How well an entry names an identifier: 3 by its id, 2 by an exact message ID or code, 1 by a message-ID prefix, 0 not. */
function nameRank(entry: IKnowledgeEntry, id: string): number {
    if (entry.id.toUpperCase() === id) {
        return 3;
    }
    const named = conditionsOf(entry).flatMap((when) => [...when.messageId ?? [], ...when.code ?? []]).map((name) => name.toUpperCase());
    if (named.includes(id)) {
        return 2;
    }
    return named.some((name) => name.endsWith("*") && id.length >= name.length && id.startsWith(name.slice(0, -1))) ? 1 : 0;
}

/**
 * The knowledge entry that explains a message ID or error code: one named by its id, else by a message ID or code
 * of its conditions, else by a message-ID prefix (`MQWB*`); message-ID and connection entries before rules.
 * @param raw the identifier as the user typed it, any case
 * @param entries the knowledge to search (the built-in knowledge when absent)
 * @returns the entry, or undefined when the knowledge does not name it
 */
export function findKnowledgeEntry(raw: string, entries: readonly IKnowledgeEntry[] = KNOWLEDGE): IKnowledgeEntry | undefined {
    const id = raw.trim().toUpperCase();
    if (!IDENTIFIER.test(id)) {
        return undefined;
    }
    const kindRank = (entry: IKnowledgeEntry): number => KIND_ORDER.includes(entry.kind) ? KIND_ORDER.indexOf(entry.kind) : KIND_ORDER.length;
    return entries.map((entry) => ({ entry, rank: nameRank(entry, id) })).filter(({ rank }) => rank > 0)
        .sort((a, b) => b.rank - a.rank || kindRank(a.entry) - kindRank(b.entry) || b.entry.priority - a.entry.priority ||
            (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0))[0]?.entry;
}

/** The server an entry speaks of: its `server`, else the service its condition names. */
function serviceOf(entry: IKnowledgeEntry): ServiceKind {
    const named = [entry.server, ...conditionsOf(entry).flatMap((when) => when.service ?? [])]
        .find((service) => service != null && service !== "unknown" && service in SERVICE_LABELS);
    return (named ?? "unknown") as ServiceKind;
}

/**
 * A failure as it looks when it carries the identifier and nothing else: what `last-error` would diagnose if the
 * server had sent this message (with its usual status) or the client had raised this error.
 */
function failureCarrying(entry: IKnowledgeEntry, id: string): IFailedCall {
    const when = conditionsOf(entry)[0];
    const networkCode = conditionsOf(entry).some((condition) => condition.code != null);
    const source = entry.usualStatus != null ? "http" : networkCode ? "client" : (when.source?.[0] ?? "http") as IFailedCall["source"];
    const isMessageId = conditionsOf(entry).some((condition) => condition.messageId != null);
    return {
        time: null, client: "unknown", command: null, source, status: source === "http" ? entry.usualStatus ?? null : null, statusText: null,
        request: { method: null, protocol: null, host: null, port: null, basePath: null, resource: null },
        service: serviceOf(entry),
        server: { message: entry.text ?? null, ...(isMessageId ? { messageIds: [id] } : {}) },
        networkError: source === "http" ? null : { code: networkCode ? id : null, message: entry.text ?? id },
        auth: { kind: "unknown", allowUnauthorizedCert: null },
        evidence: { kind: "text", file: null }
    };
}

/**
 * Explain a message ID or error code from the knowledge, with the advice a failure carrying it gets.
 * @param raw the identifier as the user typed it: `IZUG846W`, `zweao503e`, `ECONNREFUSED`, `SQL30081N`
 * @returns the explanation, or undefined when no knowledge entry names it
 */
export function explainKnowledgeId(raw: string): IKnowledgeExplanation | undefined {
    const entry = findKnowledgeEntry(raw);
    if (entry == null) {
        return undefined;
    }
    const id = raw.trim().toUpperCase();
    const call = failureCarrying(entry, id);
    const diagnosed = diagnose(call);
    // An entry that needs more facts than the message alone (a reason code, a field, words of a longer text) is not
    // matched by the bare failure: its own advice then leads, before what the failure alone gets.
    const own = entry.advice;
    const unique = <T>(items: T[], key: (item: T) => string): T[] =>
        items.filter((item, index) => items.findIndex((other) => key(other) === key(item)) === index);
    const diagnosis = diagnosed.matched.includes(entry.id) ? diagnosed : {
        ...diagnosed,
        verdict: own.verdict ?? diagnosed.verdict,
        causes: unique([...own.causes.map(adviceText), ...diagnosed.causes], (text) => text),
        nextSteps: unique([...own.nextSteps.map(adviceText), ...diagnosed.nextSteps], (text) => text),
        nextCommands: unique([...(own.nextCommands ?? []).map((next) => ({ command: next.command, purpose: next.purpose })),
            ...diagnosed.nextCommands], (next) => next.command),
        caution: own.caution ?? diagnosed.caution
    };
    const explanation: IKnowledgeExplanation = {
        id, entry: entry.id, kind: entry.kind, service: call.service, text: entry.text ?? null, usualStatus: entry.usualStatus ?? null,
        summary: entry.advice.summary, verdict: diagnosis.verdict, causes: diagnosis.causes, nextSteps: diagnosis.nextSteps,
        nextCommands: diagnosis.nextCommands, resources: (entry.advice.resources ?? []).map((resource) => ({ ...resource })),
        source: entry.source == null ? null : { ...entry.source },
        status: call.status == null ? null : explainStatus(call.status)
    };
    if (diagnosis.caution != null) {
        explanation.caution = diagnosis.caution;
    }
    return explanation;
}
