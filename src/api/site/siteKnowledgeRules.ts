/**
 * What a site knowledge file may hold, key by key, with the words a refusal uses: the data the loader's check walks.
 * schemas/site-knowledge.schema.json says the same for editors; siteKnowledge.unit.test.ts keeps the two in step.
 */
import type { Verdict } from "../knowledge/doc/IKnownError";
import { SERVICE_LABELS } from "../knowledge/serviceLabels";
import { MAX_GLOB_LENGTH } from "./siteGlob";

/** A list in a site entry holds at most this many items, and a text at most this many characters. */
export const MAX_LIST_ITEMS = 50;
export const MAX_TEXT_LENGTH = 2000;
/** A file holds at most this many entries. */
export const MAX_ENTRIES = 1000;

/** Every verdict, once: a record, so that the compiler reports a verdict added to the type and not here. */
const VERDICTS: Record<Verdict, true> = {
    "client-config": true, "network": true, "tls": true, "authentication": true, "authorization": true, "not-found": true,
    "conflict": true, "bad-request": true, "server-error": true, "server-unavailable": true, "timeout": true, "unknown": true
};

/** Where in a value a rule finds fault: undefined when none, "" for the value itself, `/2` for its third item. */
export type FaultAt = string | undefined;

/** One key's rule: what it accepts, in words for a refusal, and the test. */
export interface IKeyRule {
    expected: string;
    fault: (value: unknown) => FaultAt;
}

const isText = (value: unknown): boolean => typeof value === "string" && value.trim().length > 0 && value.length <= MAX_TEXT_LENGTH;
/** A glob is one line of printable text: a control character in one is a mistake (a pasted tab or line break). */
const isGlob = (value: unknown): boolean => typeof value === "string" && value.length > 0 && value.length <= MAX_GLOB_LENGTH &&
    [...value].every((char) => char.charCodeAt(0) >= 0x20);
const isStatus = (value: unknown): boolean => (Number.isInteger(value) && (value as number) >= 100 && (value as number) <= 599) ||
    (typeof value === "string" && /^[1-5][0-9x]{2}$/i.test(value));
const isVerdict = (value: unknown): boolean => typeof value === "string" && Object.prototype.hasOwnProperty.call(VERDICTS, value);
/** The services a reader tells apart (the labels' keys but `any`, which names no server), and `unknown`. */
const SERVICES = [...Object.keys(SERVICE_LABELS).filter((name) => name !== "any"), "unknown"];
const isService = (value: unknown): boolean => typeof value === "string" && SERVICES.includes(value);
const isCommand = (value: unknown): boolean => isText(value) || (typeof value === "object" && value != null && !Array.isArray(value) &&
    isText((value as Record<string, unknown>).command) && Object.keys(value).every((key) => key === "command" || key === "purpose") &&
    ((value as Record<string, unknown>).purpose === undefined || isText((value as Record<string, unknown>).purpose)));

function listFault(value: unknown[], test: (item: unknown) => boolean): FaultAt {
    if (value.length === 0 || value.length > MAX_LIST_ITEMS) {
        return "";
    }
    const bad = value.findIndex((item) => !test(item));
    return bad < 0 ? undefined : `/${bad}`;
}

/** A rule for a key that takes one value or a list of them. */
function oneOrList(expected: string, test: (item: unknown) => boolean): IKeyRule {
    return {
        expected: `${expected}, or a list of them`,
        fault: (value) => Array.isArray(value) ? listFault(value, test) : test(value) ? undefined : ""
    };
}

/** A rule for a key that takes a list. */
function listOf(expected: string, test: (item: unknown) => boolean): IKeyRule {
    return { expected, fault: (value) => Array.isArray(value) ? listFault(value, test) : "" };
}

/** The keys of `when`: the facts an entry matches on. */
export const CONDITION_RULES: Record<string, IKeyRule> = {
    status: oneOrList("an HTTP status from 100 to 599 or a class mask such as \"4xx\" or \"40x\"", isStatus),
    messageId: oneOrList("a message ID or a glob such as \"IZUG846W\" or \"ZWEA*\"", isGlob),
    verdict: oneOrList(`a verdict: ${Object.keys(VERDICTS).join(", ")}`, isVerdict),
    service: oneOrList(`a service: ${SERVICES.join(", ")}`, isService),
    host: oneOrList(`a host name glob such as "*.prod.example.com" (at most ${MAX_GLOB_LENGTH} characters)`, isGlob),
    resource: oneOrList(`a resource glob such as "/zosmf/restjobs/*" (at most ${MAX_GLOB_LENGTH} characters)`, isGlob)
};

/** The keys of an entry besides `when`. */
export const ENTRY_RULES: Record<string, IKeyRule> = {
    id: { expected: "a string id of letters, digits, \".\", \"_\" and \"-\" (at most 64), such as \"racf-help\"",
        fault: (value) => typeof value === "string" && /^[A-Za-z0-9][\w.-]{0,63}$/.test(value) ? undefined : "" },
    causes: listOf(`a list of 1 to ${MAX_LIST_ITEMS} texts, such as ["Your user ID is not in the ZOSMF group"]`, isText),
    nextSteps: listOf(`a list of 1 to ${MAX_LIST_ITEMS} texts, such as ["Request the ZOSMF group in the RACF self-service portal"]`, isText),
    nextCommands: listOf("a list of commands: a command line such as \"zowe zosmf check status\", or " +
        "{ \"command\": \"zowe zosmf check status\", \"purpose\": \"…\" }", isCommand),
    contact: { expected: "a text such as \"Help desk, ext. 4357\"", fault: (value) => isText(value) ? undefined : "" }
};
