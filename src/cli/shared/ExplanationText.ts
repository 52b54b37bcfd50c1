import type { IStatusExplanation } from "../../api/explain/doc/IStatusExplanation";
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
