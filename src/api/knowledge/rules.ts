/**
 * Rules: knowledge that weighs several facts of a failed call at once, because the status alone misleads.
 */
import type { IKnowledgeEntry } from "./doc/IKnowledgeEntry";

export const RULES: readonly IKnowledgeEntry[] = [];
