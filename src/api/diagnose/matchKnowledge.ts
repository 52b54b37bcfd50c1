import type { IFailedCall } from "../failure/doc/IFailedCall";
import type { IKnownErrorAdvice, IZosmfCategoryEntry, ZosmfServiceFamily } from "../knowledge/doc/IKnownError";
import { AUTH_FAILURES } from "../knowledge/authFailures";
import { BODY_PATTERNS } from "../knowledge/bodyPatterns";
import { CONNECTION_ERRORS } from "../knowledge/connectionErrors";
import { MESSAGE_IDS } from "../knowledge/messageIds";
import { ZOSMF_CATEGORIES, ZOSMF_REASONS } from "../knowledge/zosmfReasons";

/** One piece of knowledge that matched a failed call, with a label that says which. */
export interface IMatchedAdvice {
    /** Which kind of knowledge matched. */
    kind: "message-id" | "zosmf-reason" | "body-pattern" | "auth" | "connection";
    /** E.g. `ZWEAO503E`, `z/OSMF files category 4 rc 8`, `ECONNREFUSED`, `401 with basic authentication`. */
    id: string;
    advice: IKnownErrorAdvice;
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

function matchesNumber(expected: number | undefined, actual: number | undefined): boolean {
    return expected == null || expected === actual;
}

/**
 * Every knowledge entry that matches a failed call, most specific first: message IDs in the body, the z/OSMF
 * reason code, known body shapes (Liberty pages, proxies), network and TLS error codes, and the 401 wording for the
 * authentication used.
 */
export function matchKnowledge(call: IFailedCall): IMatchedAdvice[] {
    const matched: IMatchedAdvice[] = [];
    const text = [call.server.message ?? "", call.server.body ?? ""].join("\n");
    if (call.source === "http") {
        for (const id of call.server.messageIds ?? []) {
            const entry = MESSAGE_IDS.find((candidate) => candidate.id === id);
            if (entry != null) {
                matched.push({ kind: "message-id", id, advice: entry });
            }
        }
        const family = zosmfFamily(call.request.resource);
        if (call.server.rc != null || call.server.category != null || call.server.reason != null) {
            const reason = ZOSMF_REASONS.find((entry) => (entry.family === family || entry.family === "any") &&
                matchesNumber(entry.category, call.server.category) && matchesNumber(entry.rc, call.server.rc) &&
                matchesNumber(entry.reason, call.server.reason) && (entry.pattern == null || entry.pattern.test(text)) &&
                (entry.category != null || entry.rc != null || entry.reason != null || entry.pattern != null));
            if (reason != null) {
                const numbers = [["category", reason.category], ["rc", reason.rc], ["reason", reason.reason]]
                    .filter(([, value]) => value != null).map(([name, value]) => `${name} ${value}`).join(" ");
                matched.push({ kind: "zosmf-reason", id: `z/OSMF ${family} ${numbers}`.trim(), advice: reason });
            }
        } else {
            const byText = ZOSMF_REASONS.find((entry) => entry.category == null && entry.rc == null && entry.reason == null &&
                entry.pattern != null && entry.pattern.test(text));
            if (byText != null) {
                matched.push({ kind: "zosmf-reason", id: `z/OSMF ${byText.pattern?.source}`, advice: byText });
            }
        }
        for (const entry of BODY_PATTERNS) {
            const statusFits = entry.statuses == null || (call.status != null && entry.statuses.includes(call.status));
            if (statusFits && entry.pattern.test(call.server.body ?? "")) {
                matched.push({ kind: "body-pattern", id: entry.id, advice: entry });
                break;
            }
        }
        if (call.status === 401) {
            const auth = AUTH_FAILURES.find((entry) => entry.authKind === call.auth.kind) ??
                AUTH_FAILURES.find((entry) => entry.authKind === "unknown");
            if (auth != null) {
                matched.push({ kind: "auth", id: `401 with ${auth.authKind} authentication`, advice: auth });
            }
        }
    } else if (call.networkError != null || call.source === "timeout") {
        const code = call.networkError?.code;
        const message = call.networkError?.message ?? "";
        const entry = CONNECTION_ERRORS.find((candidate) => code != null && candidate.code === code) ??
            CONNECTION_ERRORS.find((candidate) => candidate.pattern != null && candidate.pattern.test(message));
        if (entry != null) {
            matched.push({ kind: "connection", id: entry.code, advice: entry });
        }
    }
    return matched;
}
