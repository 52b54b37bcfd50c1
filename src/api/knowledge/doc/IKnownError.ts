/**
 * The words shared by the failure knowledge and the failed-call record: verdicts, authentication kinds, z/OSMF
 * service families and categories, and documentation links. The entries themselves have one shape, IKnowledgeEntry
 * (./IKnowledgeEntry.ts).
 */
import type { IKnowledgeAdvice } from "./IKnowledgeEntry";

/**
 * Whose side a failure is on, in one word. The order of the list is the order a user should rule things out:
 * their own configuration first, the server last.
 */
export type Verdict =
    | "client-config" | "network" | "tls" | "authentication" | "authorization" | "not-found" | "conflict"
    | "bad-request" | "server-error" | "server-unavailable" | "timeout" | "unknown";

/** A page worth reading about an error (the ErrorCorrelator `resources` shape). */
export interface IExternalResource {
    href: string;
    title: string;
}

/** What a known error says: the advice of a knowledge entry (kept under its first name). */
export type IKnownErrorAdvice = IKnowledgeAdvice;

/** The z/OSMF REST service families whose error reports use their own category numbers. */
export type ZosmfServiceFamily = "files" | "jobs" | "console" | "tso" | "any";

/** The meaning of a category number of one service family's error reports. */
export interface IZosmfCategoryEntry {
    family: Exclude<ZosmfServiceFamily, "any">;
    category: number;
    /** The category's name in IBM's documentation, e.g. `ISPF`, `Dynamic allocation`. */
    name: string;
    /** What failing in this category usually means. */
    meaning: string;
}

/** How Zowe authenticated a call, as `Auth type used:` reports it, refined where the wording tells more. */
export type AuthKind = "basic" | "token" | "apiml-token-without-base-path" | "bearer" | "cert-pem" | "none" | "unknown";
