import type { IStatusExplanation } from "../../api/explain/doc/IStatusExplanation";
import { SERVICE_LABELS } from "../../api/knowledge/serviceLabels";

/** Text is wrapped to this width, which fits an 80-column terminal with the indent. */
const WRAP_WIDTH = 76;
const INDENT = "  ";

/** Wrap a paragraph to WRAP_WIDTH, each line prefixed with `first` (then spaces of the same width). */
function wrap(text: string, first: string = INDENT): string[] {
    const rest = " ".repeat(first.length);
    const lines: string[] = [];
    let line = "";
    for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
        if (line.length > 0 && line.length + 1 + word.length > WRAP_WIDTH) {
            lines.push(line);
            line = word;
        } else {
            line = line.length > 0 ? `${line} ${word}` : word;
        }
    }
    lines.push(line);
    return lines.map((text_, index) => (index === 0 ? first : rest) + text_);
}

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
 * Render an explanation for a person: title, meaning, what it means in Zowe, causes, what to do, next commands,
 * caution and reference.
 */
export function renderExplanation(explanation: IStatusExplanation): string {
    const out: string[] = [explanationTitle(explanation)];
    if (explanation.aliases.length > 0) {
        out.push(...wrap(`Also known as: ${explanation.aliases.join(", ")}`));
    }
    out.push("", "Meaning", ...wrap(explanation.meaning));
    const zowe = explanation.zowe;
    if (zowe != null) {
        out.push("", "In Zowe", ...wrap(zowe.definition));
        if (zowe.caution != null) {
            out.push("", "Caution", ...wrap(zowe.caution));
        }
        out.push("", "Likely causes");
        for (const cause of zowe.causes) {
            out.push(...wrap(`${SERVICE_LABELS[cause.service]}: ${cause.cause}`, `${INDENT}- `));
        }
        out.push("", "What to do");
        zowe.resolution.forEach((step, index) => out.push(...wrap(step, `${INDENT}${index + 1}. `)));
        out.push("", "Next commands");
        for (const next of zowe.nextCommands) {
            out.push(`${INDENT}${next.command}`, ...wrap(next.purpose, INDENT.repeat(3)));
        }
    }
    out.push("", "Reference", ...wrap(`${explanation.reference.title}: ${explanation.reference.url}`));
    return out.join("\n");
}
