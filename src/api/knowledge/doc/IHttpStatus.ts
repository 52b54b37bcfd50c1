import type { ServiceKind } from "../../failure/doc/IFailedCall";
import type { AdviceTag, AdviceText } from "./IKnowledgeEntry";
/**
 * The shapes of the status knowledge: what the IANA registry says of a code, and what a Zowe user
 * should know about it. The data lives in `../httpStatuses.ts`, `../statusClasses.ts` and
 * `../zoweStatusGuidance.ts`; this file holds only types.
 */

/** The five classes of HTTP status, written as their masks. */
export type StatusClassMask = "1xx" | "2xx" | "3xx" | "4xx" | "5xx";

/**
 * Where a code stands in the IANA HTTP Status Code Registry.
 * - `registered`: assigned and in force;
 * - `temporary`: a provisional registration that expires (104);
 * - `unused`: reserved, never to be assigned again (306, 418);
 * - `obsoleted`: registered once, now historic (510).
 */
export type RegistryState = "registered" | "temporary" | "unused" | "obsoleted";

/** A document that defines a status code, with a link to the section. */
export interface ISpecReference {
    /** A short citation, e.g. `RFC 9110, section 15.6.4`. */
    title: string;
    /** A link to the defining section, e.g. `https://www.rfc-editor.org/rfc/rfc9110#status.503`. */
    url: string;
}

/** One entry of the IANA registry, in our own words. */
export interface IHttpStatusEntry {
    /** The status code, 100 to 599. */
    code: number;
    /** The current registered name, RFC 9110 wording where it applies (413 `Content Too Large`). */
    name: string;
    /** Former or common names the code is still known by (413 `Payload Too Large`, 418 `I'm a Teapot`). */
    aliases: string[];
    /** The code's state in the IANA registry. */
    state: RegistryState;
    /** What the code means, in plain language: two or three sentences. */
    meaning: string;
    /** The specification that defines the code. */
    reference: ISpecReference;
}

/** The meaning of a whole class of codes, used for codes the registry does not assign (499, 520). */
export interface IStatusClassEntry {
    mask: StatusClassMask;
    /** The class name from RFC 9110 section 15, e.g. `Server Error`. */
    name: string;
    /** What any code of this class tells a client, in plain language. */
    meaning: string;
    /** The section of RFC 9110 that defines the class. */
    reference: ISpecReference;
}

/**
 * The servers a Zowe client meets behind one host and port. Causes are told per server, because the same
 * status means different things when z/OSMF, the API ML gateway or the Liberty server under them answers.
 */
export type ZoweServiceName = Exclude<ServiceKind, "unknown"> | "any";

/** One likely cause of a status, as seen from one server. */
export interface IZoweCause {
    /** The server that gives the status for this cause; `any` when it does not matter which. */
    service: ZoweServiceName;
    /** The cause in plain words, with the evidence that points to it (a message ID, a body field). */
    cause: string;
    /** What the cause presumes; when the facts of a failure contradict one of them, the diagnosis leaves it out. */
    tags?: AdviceTag[];
    /** What it is about; of several causes on one topic a diagnosis keeps the most specific (see IAdviceItem). */
    topic?: string;
}

/** A Zowe CLI command worth running next, with the reason to run it. */
export interface IZoweNextCommand {
    /** The command line, e.g. `zowe zosmf check status`. */
    command: string;
    /** What running it tells or changes. */
    purpose: string;
    /** What the command presumes; when the facts of a failure contradict one of them, the diagnosis leaves it out. */
    tags?: AdviceTag[];
}

/** What a code means for a Zowe user and what to do about it. */
export interface IZoweStatusGuidance {
    code: number;
    /** What the status means when a Zowe client gets it from a z/OS service. */
    definition: string;
    /** What to do, in order: the first step first. */
    resolution: AdviceText[];
    /** Likely causes, per server. */
    causes: IZoweCause[];
    /** Commands to run next, most useful first. */
    nextCommands: IZoweNextCommand[];
    /** A warning to read before acting, e.g. the lock-out risk of retrying a logon. */
    caution?: string;
    /** The topic the caution covers: while it is shown, steps and causes of that topic are left out as repeats. */
    cautionTopic?: string;
    /** What the caution presumes (`password`: a password was checked); when the facts contradict it, it is not shown. */
    cautionTags?: AdviceTag[];
}
