import * as fs from "fs";
import * as path from "path";
import type {
    ILoadedSiteEntry, ISiteKnowledge, ISiteKnowledgeFile, ISiteKnowledgeProblem, SiteKnowledgeOrigin
} from "./doc/ISiteKnowledge";
import { blankJsonComments } from "../readers/explorer/jsonWithComments";
import { jsonErrorPlace, jsonPlaces, placeOf } from "../readers/jsonErrorPlace";
import type { IJsonPlaces } from "../readers/jsonErrorPlace";
import { CONDITION_RULES, ENTRY_RULES, MAX_ENTRIES } from "./siteKnowledgeRules";
import type { IKeyRule } from "./siteKnowledgeRules";

/** The environment variable that names more site knowledge files, separated by the platform's path delimiter. */
export const SITE_KNOWLEDGE_ENV = "ZOWE_HTTP_STATUS_KNOWLEDGE";
/** Site knowledge files larger than this are refused: a thousand entries fit in far less. */
const MAX_FILE_BYTES = 1024 * 1024;
const EXAMPLE = "{ \"entries\": [ { \"id\": \"help-desk\", \"when\": { \"status\": 401 }, \"contact\": \"Help desk, ext. 4357\" } ] }";

/** A fault found in a file's content, at a JSON Pointer, refused with what was expected. */
class SiteKnowledgeFault extends Error {
    public constructor(public readonly pointer: string, message: string, public readonly atName = false) {
        super(message);
    }
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value != null && !Array.isArray(value);
}

function quoteList(names: string[]): string {
    return `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}

/** Check an object's keys against their rules; the first fault is thrown. */
function checkKeys(value: Record<string, unknown>, pointer: string, rules: Record<string, IKeyRule>, where: string, extra: string[] = []): void {
    for (const [key, item] of Object.entries(value)) {
        // Own keys only: a key such as "constructor" or "toString" is unknown, not Object's method.
        const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
        if (rule == null && !extra.includes(key)) {
            const known = quoteList([...extra, ...Object.keys(rules)]);
            throw new SiteKnowledgeFault(`${pointer}/${key}`, `unknown key "${key}"${where}: expected ${known}`, true);
        }
        const fault = rule?.fault(item);
        if (fault != null) {
            throw new SiteKnowledgeFault(`${pointer}/${key}${fault}`, `"${key}" expected ${rule?.expected}`);
        }
    }
}

/** Check one entry; the first fault is thrown. */
function checkEntry(entry: unknown, pointer: string, seen: Set<string>): void {
    if (!isObject(entry)) {
        throw new SiteKnowledgeFault(pointer, "expected an entry object such as " +
            "{ \"id\": \"help-desk\", \"when\": { \"status\": 401 }, \"contact\": \"…\" }");
    }
    checkKeys(entry, pointer, ENTRY_RULES, " in an entry", ["when"]);
    if (entry.id == null) {
        throw new SiteKnowledgeFault(pointer, `the entry has no "id": expected ${ENTRY_RULES.id.expected}`);
    }
    if (seen.has(entry.id as string)) {
        throw new SiteKnowledgeFault(`${pointer}/id`, `"id" expected an id not used before in this file ("${entry.id}" is)`);
    }
    seen.add(entry.id as string);
    if (!isObject(entry.when) || Object.keys(entry.when).length === 0) {
        throw new SiteKnowledgeFault(entry.when == null ? pointer : `${pointer}/when`,
            `${entry.when == null ? "the entry has no \"when\": " : "\"when\" "}expected an object with at least one of ` +
            `${quoteList(Object.keys(CONDITION_RULES))}, such as "when": { "status": 403, "host": "*.example.com" }`);
    }
    checkKeys(entry.when, `${pointer}/when`, CONDITION_RULES, " in \"when\"");
}

/** Check a whole document; the first fault is thrown. */
function checkDocument(document: unknown): asserts document is { entries: unknown[] } {
    if (!isObject(document)) {
        throw new SiteKnowledgeFault("", `expected an object with a list of entries, such as ${EXAMPLE}`);
    }
    checkKeys(document, "", {
        $schema: { expected: "the schema's address or path, a text", fault: (value) => typeof value === "string" ? undefined : "" },
        entries: { expected: `a list of at most ${MAX_ENTRIES} entries, such as ${EXAMPLE}`,
            fault: (value) => Array.isArray(value) && value.length <= MAX_ENTRIES ? undefined : "" } }, "");
    if (document.entries == null) {
        throw new SiteKnowledgeFault("", `the file has no "entries": expected a list of entries, such as ${EXAMPLE}`);
    }
    const seen = new Set<string>();
    (document.entries as unknown[]).forEach((entry, index) => checkEntry(entry, `/entries/${index}`, seen));
}

/** The place of a fault: the member's name for an unknown key, the value otherwise, or its parent's when it has none. */
function faultOffset(places: IJsonPlaces, fault: SiteKnowledgeFault): number {
    const named = fault.atName ? places.names.get(fault.pointer) : undefined;
    return named ?? places.values.get(fault.pointer) ?? 0;
}

/**
 * Read the text of a site knowledge file: JSON with comments and trailing commas, `{ "entries": [ … ] }`. The check is
 * strict: the first wrong type, unknown key or missing id is a problem with the line and column of the value or key
 * at fault and what was expected there, and then no entry of the file is used.
 * @param text - the file's text
 * @param file - its path, named in the entries and in a problem
 * @returns the entries, or the problem
 */
export function parseSiteKnowledge(text: string, file: string): { entries: ILoadedSiteEntry[]; problem?: ISiteKnowledgeProblem } {
    const json = blankJsonComments(text);
    let document: unknown;
    try {
        document = JSON.parse(json);
    } catch {
        const place = jsonErrorPlace(json) ?? placeOf(json, json.length);
        return { entries: [], problem: { file, ...place, message: "expected JSON here (comments and trailing commas are allowed)" } };
    }
    try {
        checkDocument(document);
    } catch (error) {
        if (!(error instanceof SiteKnowledgeFault)) {
            // A shape no rule foresaw: the file is left out with a problem, never a stopped command.
            const message = `cannot be checked: ${error instanceof Error ? error.message : String(error)}`;
            return { entries: [], problem: { file, line: 1, column: 1, message } };
        }
        return { entries: [], problem: { file, ...placeOf(json, faultOffset(jsonPlaces(json), error)), message: error.message } };
    }
    return { entries: (document.entries as ILoadedSiteEntry[]).map((entry) => ({ ...entry, file })) };
}

/** Why a file cannot be read, in words. */
function unreadable(error: NodeJS.ErrnoException): string {
    switch (error.code) {
        case "ENOENT":
            return "does not exist";
        case "EACCES":
        case "EPERM":
            return "cannot be read: permission denied";
        case "EISDIR":
            return "is a folder, not a file";
        default:
            return `cannot be read (${error.code ?? "unknown error"})`;
    }
}

/**
 * Read one site knowledge file. A missing default file is not a problem: a site need not have one.
 * @param file - its path
 * @param origin - where it was named
 * @returns what came of it, with its entries
 */
export function readSiteKnowledgeFile(file: string, origin: SiteKnowledgeOrigin): ISiteKnowledgeFile & { loaded: ILoadedSiteEntry[] } {
    let text: string;
    try {
        const stat = fs.statSync(file);
        if (stat.isDirectory()) {
            throw Object.assign(new Error("folder"), { code: "EISDIR" });
        }
        if (stat.size > MAX_FILE_BYTES) {
            const problem = { file, message: "is larger than 1 MB: expected a smaller file" };
            return { file, origin, state: "broken", entries: 0, loaded: [], problem };
        }
        text = fs.readFileSync(file, "utf8");
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT" && origin === "default") {
            return { file, origin, state: "missing", entries: 0, loaded: [] };
        }
        return { file, origin, state: "broken", entries: 0, loaded: [], problem: { file, message: unreadable(error as NodeJS.ErrnoException) } };
    }
    const { entries, problem } = parseSiteKnowledge(text, file);
    return problem == null ? { file, origin, state: "loaded", entries: entries.length, loaded: entries } :
        { file, origin, state: "broken", entries: 0, loaded: [], problem };
}

/**
 * The site knowledge files a command loads: `<cliHome>/http-status/knowledge.json`, then each file named in
 * ZOWE_HTTP_STATUS_KNOWLEDGE (separated by the platform's path delimiter), each once.
 * @param cliHome - the Zowe CLI home (ZOWE_CLI_HOME, by default ~/.zowe)
 * @param env - the environment
 */
export function siteKnowledgeFiles(cliHome: string, env: NodeJS.ProcessEnv = process.env): Array<{ file: string; origin: SiteKnowledgeOrigin }> {
    const named = (env[SITE_KNOWLEDGE_ENV] ?? "").split(path.delimiter).map((file) => file.trim()).filter((file) => file.length > 0)
        .map((file) => ({ file: path.resolve(file), origin: "environment" as const }));
    const all = [{ file: path.join(cliHome, "http-status", "knowledge.json"), origin: "default" as const }, ...named];
    return all.filter((candidate, index) => all.findIndex((other) => other.file === candidate.file) === index);
}

/**
 * Load site knowledge: the given files, or those siteKnowledgeFiles names. A broken or unreadable file is left out
 * and named in `problems`; loading never throws for a file's sake.
 * @param options - the CLI home and environment, or the files to read
 */
export function loadSiteKnowledge(options: { cliHome: string; env?: NodeJS.ProcessEnv; files?: string[] }): ISiteKnowledge {
    const files = options.files?.map((file) => ({ file: path.resolve(file), origin: "argument" as const }) ) ??
        siteKnowledgeFiles(options.cliHome, options.env);
    const read = files.map(({ file, origin }) => readSiteKnowledgeFile(file, origin));
    return {
        entries: read.flatMap((file) => file.loaded),
        files: read.map(({ file, origin, state, entries, problem }) => problem == null ? { file, origin, state, entries } :
            { file, origin, state, entries, problem }),
        problems: read.flatMap((file) => file.problem == null ? [] : [file.problem])
    };
}

/**
 * A problem as one line: `/home/u/.zowe/http-status/knowledge.json:4:17: "status" expected …`.
 * @param problem - the problem
 */
export function siteProblemText(problem: ISiteKnowledgeProblem): string {
    return `${problem.file}${problem.line == null ? "" : `:${problem.line}:${problem.column}`}: ${problem.message}`;
}
