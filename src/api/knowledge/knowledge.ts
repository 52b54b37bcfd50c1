/**
 * All built-in failure knowledge in one list of IKnowledgeEntry: what matchKnowledge searches. Each kind keeps its
 * own data file; the order of this list decides nothing (priority, specificity and id do).
 */
import type { IKnowledgeEntry } from "./doc/IKnowledgeEntry";
import { AUTH_FAILURES } from "./authFailures";
import { BODY_PATTERNS } from "./bodyPatterns";
import { CONNECTION_ERRORS } from "./connectionErrors";
import { EXPLORER_ADVICE } from "./explorerAdvice";
import { MESSAGE_IDS } from "./messageIds";
import { OWN_ERRORS } from "./ownErrors";
import { SERVER_AND_SDK_ERRORS } from "./serverAndSdkErrors";
import { PLUGIN_SERVICES } from "./pluginServices";
import { PROMPT_FAILURES } from "./promptFailures";
import { PROXY_FAILURES } from "./proxyFailures";
import { RETRY_BURSTS } from "./retryBursts";
import { RULES } from "./rules";
import { ZOSMF_REASONS } from "./zosmfReasons";
import { ZOS_MESSAGES } from "./zosMessages";

export const KNOWLEDGE: readonly IKnowledgeEntry[] = [
    ...RULES, ...MESSAGE_IDS, ...ZOSMF_REASONS, ...BODY_PATTERNS, ...AUTH_FAILURES, ...CONNECTION_ERRORS, ...PROXY_FAILURES, ...EXPLORER_ADVICE,
    ...PLUGIN_SERVICES, ...ZOS_MESSAGES, ...PROMPT_FAILURES, ...RETRY_BURSTS, ...OWN_ERRORS, ...SERVER_AND_SDK_ERRORS
];
