/**
 * Site knowledge: the advice only a site can give (its help desk, the RACF group to request, the gateway that is down
 * every Sunday), written as data in a JSON file with comments, with no code. See README.md, "Site knowledge", and the
 * schema shipped as schemas/site-knowledge.schema.json.
 */
import type { IZoweNextCommand } from "../../knowledge/doc/IHttpStatus";
import type { Verdict } from "../../knowledge/doc/IKnownError";
import type { ServiceKind } from "../../failure/doc/IFailedCall";

/**
 * The facts a site entry needs, all of them (absent keys do not count). Each key takes one value or a list of values,
 * any of which may match. Globs take `*` (any run of characters, `/` included) and `?` (one character), compared
 * without regard to case; no other character is special.
 */
export interface ISiteCondition {
    /** HTTP statuses (`401`) or class masks (`"4xx"`, `"40x"`). */
    status?: number | string | Array<number | string>;
    /** Message IDs in the server's answer, as globs (`"IZUG846W"`, `"ZWEA*"`). */
    messageId?: string | string[];
    /** The verdict of the diagnosis (`authentication`, `authorization`, `network` …). */
    verdict?: Verdict | Verdict[];
    /** The server that answered (`zosmf`, `apiml`, `cics` …). */
    service?: ServiceKind | ServiceKind[];
    /** The host the call went to, as globs (`"*.prod.example.com"`). */
    host?: string | string[];
    /** The request's path and query, as globs (`"/zosmf/restjobs/*"`). */
    resource?: string | string[];
}

/** One entry of a site knowledge file, as written. */
export interface ISiteEntry {
    /** Unique in its file: letters, digits, `.`, `_` and `-`, at most 64 characters. */
    id: string;
    /** The facts that trigger it; at least one key. */
    when: ISiteCondition;
    /** Likely causes, as the site knows them. */
    causes?: string[];
    /** What to do, in order. */
    nextSteps?: string[];
    /** Commands to run next: a command line, or a command with its purpose. */
    nextCommands?: Array<string | IZoweNextCommand>;
    /** Whom to ask: a help desk, a channel, a team. */
    contact?: string;
}

/** A site knowledge file, as written: `{ "$schema": "…", "entries": [ … ] }`. */
export interface ISiteKnowledgeDocument {
    /** Where an editor finds the schema (ignored when loading). */
    $schema?: string;
    entries: ISiteEntry[];
}

/** An entry as loaded, with the file it came from. */
export interface ILoadedSiteEntry extends ISiteEntry {
    file: string;
}

/** The facts of a failure (or of a status alone, for explain) that site entries are matched on. */
export interface ISiteFacts {
    status: number | null;
    verdict?: Verdict;
    service?: ServiceKind;
    messageIds?: string[];
    host?: string | null;
    resource?: string | null;
}

/** What a matching site entry says: `diagnosis.site` (and `site` of an explanation). Its text is masked. */
export interface ISiteAdvice {
    id: string;
    /** The file the entry came from. */
    file: string;
    causes: string[];
    nextSteps: string[];
    nextCommands: IZoweNextCommand[];
    contact: string | null;
}

/** What is wrong with a site knowledge file: where, and what was expected there. */
export interface ISiteKnowledgeProblem {
    file: string;
    /** 1-based, as an editor shows it; absent when the file could not be read at all. */
    line?: number;
    column?: number;
    /** What was expected, or why the file could not be read. */
    message: string;
}

/** Where a site knowledge file was named: the default under the CLI home, ZOWE_HTTP_STATUS_KNOWLEDGE, or a command's argument. */
export type SiteKnowledgeOrigin = "default" | "environment" | "argument";

/** One site knowledge file and what came of loading it. */
export interface ISiteKnowledgeFile {
    file: string;
    origin: SiteKnowledgeOrigin;
    /** `loaded`, `missing` (the default file need not exist) or `broken` (see problem). */
    state: "loaded" | "missing" | "broken";
    /** The number of entries loaded from it. */
    entries: number;
    problem?: ISiteKnowledgeProblem;
}

/** Everything loaded from the site knowledge files, in the order the files were named. */
export interface ISiteKnowledge {
    entries: ILoadedSiteEntry[];
    files: ISiteKnowledgeFile[];
    /** One per broken file: the command answers without it and warns. */
    problems: ISiteKnowledgeProblem[];
}
