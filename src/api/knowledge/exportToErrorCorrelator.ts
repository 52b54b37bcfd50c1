/**
 * Knowledge entries in the shape of Zowe Explorer's ErrorCorrelator (`ErrorCorrelator.addCorrelation(api, profileType,
 * correlation)`), so an extension can show our advice in its error notifications.
 */
import type { IExternalResource } from "./doc/IKnownError";
import type { IKnowledgeCondition, IKnowledgeEntry } from "./doc/IKnowledgeEntry";
import { adviceText } from "../diagnose/narrowAdvice";

/** One ErrorCorrelator entry: `matches` are substrings (strings) or patterns (RegExp) of the error text. */
export interface IErrorCorrelation {
    /** The HTTP status the entry is for, when it names exactly one. */
    errorCode?: string;
    matches: Array<string | RegExp>;
    summary: string;
    /** What to do: our `nextSteps`. */
    tips?: string[];
    resources?: IExternalResource[];
}

function conditionsOf(entry: IKnowledgeEntry): IKnowledgeCondition[] {
    return Array.isArray(entry.when) ? entry.when : [entry.when];
}

/**
 * Map knowledge entries to ErrorCorrelator entries. ErrorCorrelator only searches the error's text, so an entry keeps
 * only the facts that show in text (message IDs, error codes, patterns); an entry with none of them (a z/OSMF reason
 * code alone, a 401 for one authentication kind) has nothing to match on and is left out.
 * @param entries the knowledge to export
 * @returns one ErrorCorrelator entry per exportable knowledge entry, in the same order
 */
export function exportToErrorCorrelator(entries: readonly IKnowledgeEntry[]): IErrorCorrelation[] {
    return entries.flatMap((entry): IErrorCorrelation[] => {
        const conditions = conditionsOf(entry);
        const matches: Array<string | RegExp> = [
            ...new Set(conditions.flatMap((when) => [...when.messageId ?? [], ...when.code ?? []].map((id) => id.replace(/\*$/, ""))))
        ];
        const patterns = [...new Set(conditions.flatMap((when) => [...when.textMatches ?? [], ...when.bodyMatches ?? []]))];
        // The patterns are knowledge data whose repeats are all bounded (see KnowledgeIntegrity.unit.test.ts).
        matches.push(...patterns.map((source) => new RegExp(source, "i")));
        if (matches.length === 0) {
            return [];
        }
        const statuses = [...new Set(conditions.map((when) => Array.isArray(when.status) && when.status.length === 1 ? when.status[0] : null))];
        const correlation: IErrorCorrelation = { matches, summary: entry.advice.summary, tips: entry.advice.nextSteps.map(adviceText) };
        if (statuses.length === 1 && statuses[0] != null) {
            correlation.errorCode = String(statuses[0]);
        }
        if (entry.advice.resources != null) {
            correlation.resources = entry.advice.resources.map((resource) => ({ ...resource }));
        }
        return [correlation];
    });
}
