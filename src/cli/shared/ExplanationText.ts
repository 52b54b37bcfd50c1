import type { IStatusExplanation } from "../../api/explain/doc/IStatusExplanation";
import type { IKnowledgeExplanation } from "../../api/explain/doc/IKnowledgeExplanation";
import type { IExplanation } from "../../api/explain/ExplainQueries";
import { isKnowledgeExplanation } from "../../api/explain/ExplainQueries";
import { SERVICE_LABELS } from "../../api/knowledge/serviceLabels";
import { verdictOfStatus } from "../../api/explain/StatusQuery";
import { INDENT, briefSteps, bullets, commandList, numbered, section, wrap } from "./TextLayout";
import { renderSiteAdvice } from "./SiteAdviceText";

/**
 * The title of an explanation: `503 Service Unavailable (5xx Server Error)`, with the registry state when it is
 * not plainly registered.
 */
export function explanationTitle(explanation: IStatusExplanation): string {
    const name = explanation.name ?? "(not assigned by IANA)";
    const state = explanation.state === "registered" ? "" : `, ${explanation.state === "unassigned" ? "unregistered" : explanation.state}`;
    return `${explanation.code} ${name} (${explanation.class} ${explanation.className}${state})`;
}

/**
 * Render an explanation for a person: title, the site's advice, meaning, what it means in Zowe, caution, causes, what to do, next
 * commands and reference.
 */
export function renderExplanation(explanation: IStatusExplanation): string {
    const zowe = explanation.zowe;
    return [
        explanationTitle(explanation),
        ...(explanation.aliases.length > 0 ? wrap(`Also known as: ${explanation.aliases.join(", ")}`) : []),
        ...renderSiteAdvice(explanation.site ?? []),
        ...section("Meaning", wrap(explanation.meaning)),
        ...(zowe == null ? [] : [
            ...section("In Zowe", wrap(zowe.definition)),
            ...section("Caution", zowe.caution == null ? [] : wrap(zowe.caution)),
            ...section("Likely causes", bullets(zowe.causes.map((cause) => `${SERVICE_LABELS[cause.service]}: ${cause.cause}`))),
            ...section("What to do", numbered(zowe.resolution)),
            ...section("Next commands", commandList(zowe.nextCommands))
        ]),
        ...section("Reference", wrap(`${explanation.reference.title}: ${explanation.reference.url}`))
    ].join("\n");
}

/**
 * The brief view of an explanation (--brief): the title, the verdict a failure with this status gets, and the
 * first three steps of what to do (or the meaning, for a code without Zowe guidance).
 */
export function renderBriefExplanation(explanation: IStatusExplanation): string {
    return [
        explanationTitle(explanation),
        `${INDENT}Verdict: ${verdictOfStatus(explanation.code)}`,
        ...renderSiteAdvice(explanation.site ?? []),
        ...(explanation.zowe == null ? wrap(explanation.meaning) :
            briefSteps(explanation.zowe.resolution, `zowe http-status explain ${explanation.code}`))
    ].join("\n");
}

/** `ZWEAO503E (API ML gateway message, usually with 503)`: the title of a message ID or error code. */
export function knowledgeTitle(explanation: IKnowledgeExplanation): string {
    const what = explanation.kind === "connection" ? "network or TLS error code" :
        explanation.service === "unknown" ? "message" : `${SERVICE_LABELS[explanation.service]} message`;
    return `${explanation.id} (${what}${explanation.usualStatus == null ? "" : `, usually with ${explanation.usualStatus}`})`;
}

/**
 * Render a message ID or error code for a person, the way last-error tells a failure that carries it: title, the
 * message text, what it means, verdict, caution, causes, what to do, next commands and where the knowledge comes from.
 */
export function renderKnowledgeExplanation(explanation: IKnowledgeExplanation): string {
    return [
        knowledgeTitle(explanation),
        ...(explanation.text == null ? [] : wrap(`Text: ${explanation.text}`)),
        ...renderSiteAdvice(explanation.site ?? []),
        ...section("Meaning", wrap(explanation.summary)),
        ...section("Verdict", wrap(explanation.verdict)),
        ...section("Caution", explanation.caution == null ? [] : wrap(explanation.caution)),
        ...section("Likely causes", bullets(explanation.causes)),
        ...section("What to do", numbered(explanation.nextSteps)),
        ...section("Next commands", commandList(explanation.nextCommands)),
        ...section("Read more", bullets(explanation.resources.map((resource) => `${resource.title}: ${resource.href}`))),
        ...section("Source", explanation.source == null ? [] : wrap(`${explanation.source.title}: ${explanation.source.url}`))
    ].join("\n");
}

/** The title of any explanation: a status or a message ID or error code. */
export function anyExplanationTitle(explanation: IExplanation): string {
    return isKnowledgeExplanation(explanation) ? knowledgeTitle(explanation) : explanationTitle(explanation);
}

/** Render any explanation: a status or a message ID or error code. */
export function renderAnyExplanation(explanation: IExplanation): string {
    return isKnowledgeExplanation(explanation) ? renderKnowledgeExplanation(explanation) : renderExplanation(explanation);
}

/**
 * The brief view of a message ID or error code (--brief): the title, its verdict, the site's advice and the first
 * three steps of what to do.
 */
export function renderBriefKnowledgeExplanation(explanation: IKnowledgeExplanation): string {
    return [
        knowledgeTitle(explanation),
        `${INDENT}Verdict: ${explanation.verdict}`,
        ...renderSiteAdvice(explanation.site ?? []),
        ...briefSteps(explanation.nextSteps, `zowe http-status explain ${explanation.id}`)
    ].join("\n");
}

/** The brief view of any explanation: a status or a message ID or error code. */
export function renderAnyBriefExplanation(explanation: IExplanation): string {
    return isKnowledgeExplanation(explanation) ? renderBriefKnowledgeExplanation(explanation) : renderBriefExplanation(explanation);
}
