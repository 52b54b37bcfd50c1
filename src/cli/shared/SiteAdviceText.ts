import type { ISiteAdvice } from "../../api/site/doc/ISiteKnowledge";
import { INDENT, wrap } from "./TextLayout";

/** A list under a label, one level in: `  Likely causes:` then `    - cause`. */
function labelled(label: string, lines: string[]): string[] {
    return lines.length === 0 ? [] : [`${INDENT}${label}:`, ...lines];
}

/**
 * The site's own advice, marked as the site's, for the top of a report: per matching entry its id and file, whom to
 * contact, causes, steps and commands.
 */
export function renderSiteAdvice(site: readonly ISiteAdvice[]): string[] {
    return site.flatMap((advice) => [
        "",
        // One line, not wrapped: a path is not cut in two, and a reader (or a script) finds the entry by its id.
        `From your site (${advice.id}, ${advice.file})`,
        ...(advice.contact == null ? [] : wrap(advice.contact, `${INDENT}Contact: `)),
        ...labelled("Likely causes", advice.causes.flatMap((cause) => wrap(cause, `${INDENT.repeat(2)}- `))),
        ...labelled("What to do", advice.nextSteps.flatMap((step, index) => wrap(step, `${INDENT.repeat(2)}${index + 1}. `))),
        ...labelled("Next commands", advice.nextCommands.flatMap((next) => [`${INDENT.repeat(2)}${next.command}`,
            ...(next.purpose.length === 0 ? [] : wrap(next.purpose, INDENT.repeat(4)))]))
    ]);
}
