import type { ILoadedSiteEntry, ISiteKnowledgeFile } from "../../api/site/doc/ISiteKnowledge";
import { siteProblemText } from "../../api/site/readSiteKnowledge";
import { INDENT } from "../shared/TextLayout";

/** `status 401, 403; host *.example.com`: the facts an entry matches on, in one cell. */
function whenText(entry: ILoadedSiteEntry): string {
    return Object.entries(entry.when).map(([key, value]) => `${key} ${([] as unknown[]).concat(value).join(", ")}`).join("; ");
}

/** `contact, 2 causes, 1 step`: what an entry gives, in one cell. */
function givesText(entry: ILoadedSiteEntry): string {
    const count = (items: unknown[] | undefined, one: string): string[] =>
        items == null ? [] : [`${items.length} ${one}${items.length === 1 ? "" : "s"}`];
    return [...entry.contact == null ? [] : ["contact"], ...count(entry.causes, "cause"), ...count(entry.nextSteps, "step"),
        ...count(entry.nextCommands, "command")].join(", ");
}

/** One table row per loaded site entry. */
export function siteEntryRows(entries: readonly ILoadedSiteEntry[]): Array<Record<string, string>> {
    return entries.map((entry) => ({ id: entry.id, when: whenText(entry), gives: givesText(entry), file: entry.file }));
}

/** Each site knowledge file on a line: its state, entries, origin and path, and the problem of a broken one. */
export function siteFilesText(files: readonly ISiteKnowledgeFile[]): string {
    return ["", "Site knowledge files:", ...files.flatMap((file) => [
        `${INDENT}${file.state.padEnd(7)} ${String(file.entries).padStart(4)} entries  ${file.file} (${file.origin})`,
        ...file.problem == null ? [] : [`${INDENT.repeat(2)}${siteProblemText(file.problem)}`]
    ])].join("\n");
}
