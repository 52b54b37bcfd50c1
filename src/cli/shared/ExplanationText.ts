import type { IStatusExplanation } from "../../api/explain/doc/IStatusExplanation";
import type { IKnowledgeExplanation } from "../../api/explain/doc/IKnowledgeExplanation";
import type { IExplanation } from "../../api/explain/ExplainQueries";
import { isKnowledgeExplanation } from "../../api/explain/ExplainQueries";
import { SERVICE_LABELS } from "../../api/knowledge/serviceLabels";
import { bullets, commandList, numbered, section, wrap } from "./TextLayout";

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
 * Render an explanation for a person: title, meaning, what it means in Zowe, caution, causes, what to do, next
 * commands and reference.
 */
export function renderExplanation(explanation: IStatusExplanation): string {
    const zowe = explanation.zowe;
    return [
        explanationTitle(explanation),
        ...(explanation.aliases.length > 0 ? wrap(`Also known as: ${explanation.aliases.join(", ")}`) : []),
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
