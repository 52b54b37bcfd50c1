import type { IZoweNextCommand } from "../../api/knowledge/doc/IHttpStatus";

/** Text is wrapped to this width, which fits an 80-column terminal with the indent. */
export const WRAP_WIDTH = 76;
export const INDENT = "  ";

/** Wrap a paragraph to WRAP_WIDTH, the first line prefixed with `first`, the others with as many spaces. */
export function wrap(text: string, first: string = INDENT): string[] {
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
    return lines.map((content, index) => (index === 0 ? first : rest) + content);
}

/** A titled section: a blank line, the title, then the body lines. Empty bodies give nothing. */
export function section(title: string, body: string[]): string[] {
    return body.length === 0 ? [] : ["", title, ...body];
}

/** Items as a bulleted list. */
export function bullets(items: string[]): string[] {
    return items.flatMap((item) => wrap(item, `${INDENT}- `));
}

/** Steps as a numbered list. */
export function numbered(steps: string[]): string[] {
    return steps.flatMap((step, index) => wrap(step, `${INDENT}${index + 1}. `));
}

/** Commands, each with its purpose indented below it. */
export function commandList(commands: IZoweNextCommand[]): string[] {
    return commands.flatMap((next) => [`${INDENT}${next.command}`, ...wrap(next.purpose, INDENT.repeat(3))]);
}

/** How many steps a brief view shows. */
export const BRIEF_STEPS = 3;

/**
 * The "What to do" section of a brief view: the first BRIEF_STEPS steps, and a line that says how many more the full
 * view has and how to get it.
 */
export function briefSteps(steps: string[], fullView: string): string[] {
    const more = steps.length - BRIEF_STEPS;
    return section("What to do", [...numbered(steps.slice(0, BRIEF_STEPS)),
        ...(more > 0 ? wrap(`(${more} more step${more === 1 ? "" : "s"}, causes and next commands: ${fullView})`) : [])]);
}
