import type { IHttpStatusEntry, IStatusClassEntry, IZoweStatusGuidance, StatusClassMask } from "../knowledge/doc/IHttpStatus";
import type { IStatusExplanation, IStatusSummary, IZoweStatusExplanation } from "./doc/IStatusExplanation";
import { HTTP_STATUSES } from "../knowledge/httpStatuses";
import { STATUS_CLASSES } from "../knowledge/statusClasses";
import { ZOWE_STATUS_GUIDANCE } from "../knowledge/zoweStatusGuidance";
import {
    ACCEPTED_QUERIES, MAX_STATUS_CODE, MIN_STATUS_CODE, StatusQueryError, classOf, echoQuery, parseClassMask, parseStatusQuery
} from "./StatusQuery";
import { narrowAdvice, textCandidate } from "../diagnose/narrowAdvice";

/** Filters of `listStatuses`; all are optional and combine with AND. */
export interface IStatusListFilter {
    /** A class or range mask: `4xx`, `50x`. */
    classMask?: string;
    /** Text to find in the code, name, former names, meaning, Zowe definition or Zowe causes (case-insensitive). */
    search?: string;
    /** Only the codes that have Zowe-specific guidance. */
    zoweOnly?: boolean;
}

const statusByCode = new Map<number, IHttpStatusEntry>(HTTP_STATUSES.map((entry) => [entry.code, entry]));
const classByMask = new Map<StatusClassMask, IStatusClassEntry>(STATUS_CLASSES.map((entry) => [entry.mask, entry]));
const guidanceByCode = new Map<number, IZoweStatusGuidance>(ZOWE_STATUS_GUIDANCE.map((entry) => [entry.code, entry]));

/** Names compare without case, spaces or punctuation: "I'm a teapot", "im-a-teapot" and "IM A TEAPOT" are one name. */
/** A status name as names compare: lower case, contractions written out ("I'm a Teapot" is "I am a teapot"), letters and digits only. */
function normalizeName(text: string): string {
    return text.toLowerCase().replace(/\u2019/g, "'").replace(/'m\b/g, " am").replace(/'re\b/g, " are").replace(/n't\b/g, " not")
        .replace(/[^a-z0-9]/g, "");
}

function zoweExplanation(guidance: IZoweStatusGuidance | undefined): IZoweStatusExplanation | null {
    if (guidance == null) {
        return null;
    }
    // Without the facts of a failure no tag can be ruled out: only repeats of the caution's topic are left out.
    const { definition, caution, cautionTopic } = guidance;
    const keepAll = (): boolean => true;
    const explanation: IZoweStatusExplanation = {
        definition,
        resolution: narrowAdvice(guidance.resolution.map(textCandidate), keepAll, Infinity, caution == null ? undefined : cautionTopic),
        causes: guidance.causes.map(({ service, cause }) => ({ service, cause })),
        nextCommands: guidance.nextCommands.map(({ command, purpose }) => ({ command, purpose }))
    };
    return caution == null ? explanation : { ...explanation, caution };
}

/**
 * Explain one status code.
 * @param code - an HTTP status code from 100 to 599
 * @returns its registered name, class, meaning, registry state, reference and, where Zowe users meet it, what it
 *   means for them and what to do. A code the registry does not assign (499, 520) gets its class's meaning and
 *   `registered: false`.
 * @throws {StatusQueryError} when the code is not an integer from 100 to 599
 */
export function explainStatus(code: number): IStatusExplanation {
    if (!Number.isInteger(code) || code < MIN_STATUS_CODE || code > MAX_STATUS_CODE) {
        throw new StatusQueryError(`${echoQuery(String(code))} is not an HTTP status code. ${ACCEPTED_QUERIES}`);
    }
    const statusClass = classByMask.get(classOf(code)) as IStatusClassEntry;
    const entry = statusByCode.get(code);
    const zowe = zoweExplanation(guidanceByCode.get(code));
    if (entry == null) {
        return {
            code, name: null, aliases: [], class: statusClass.mask, className: statusClass.name, registered: false,
            state: "unassigned",
            meaning: `${code} is not assigned in the IANA HTTP Status Code Registry, so only its class tells what it means. ` +
                `${statusClass.meaning} A product that sends it gives it a meaning of its own: read the response body for details.`,
            zowe, reference: statusClass.reference
        };
    }
    return {
        code, name: entry.name, aliases: [...entry.aliases], class: statusClass.mask, className: statusClass.name, registered: true,
        state: entry.state, meaning: entry.meaning, zowe, reference: entry.reference
    };
}

/** The registered codes whose name or former name matches the text: an exact name first, else every partial match. */
function findByName(text: string): IHttpStatusEntry[] {
    const wanted = normalizeName(text);
    const names = (entry: IHttpStatusEntry) => [entry.name, ...entry.aliases].map(normalizeName);
    const exact = HTTP_STATUSES.filter((entry) => names(entry).includes(wanted));
    return exact.length > 0 ? exact : HTTP_STATUSES.filter((entry) => names(entry).some((name) => name.includes(wanted)));
}

/**
 * Explain what one `explain` argument stands for.
 * @param raw - a code (`503`), a class or range mask (`5xx`, `50x`) or a name or part of one (`gateway timeout`, `teapot`)
 * @returns one explanation for a code, and one per registered code for a mask or a name, in code order
 * @throws {StatusQueryError} when the argument is none of these forms or no status matches it
 */
export function explainStatusQuery(raw: string): IStatusExplanation[] {
    const query = parseStatusQuery(raw);
    switch (query.kind) {
        case "code":
            return [explainStatus(query.code)];
        case "mask": {
            const inRange = HTTP_STATUSES.filter((entry) => entry.code >= query.first && entry.code <= query.last);
            if (inRange.length === 0) {
                throw new StatusQueryError(`No registered HTTP status code falls in ${query.mask}. Explain one code of it (for example ` +
                    `${query.first}), or list the class with: zowe http-status list --class ${query.mask.charAt(0)}xx`);
            }
            return inRange.map((entry) => explainStatus(entry.code));
        }
        case "name": {
            const matches = findByName(query.text);
            if (matches.length === 0) {
                throw new StatusQueryError(`No HTTP status is named like "${echoQuery(query.text)}". ${ACCEPTED_QUERIES} ` +
                    "To search meanings too, run: zowe http-status list --search <text>");
            }
            return matches.map((entry) => explainStatus(entry.code));
        }
    }
}

/**
 * Explain several arguments at once, keeping the order given and dropping repeats.
 * @throws {StatusQueryError} on the first argument that cannot be answered
 */
export function explainStatusQueries(raws: readonly string[]): IStatusExplanation[] {
    const byCode = new Map<number, IStatusExplanation>();
    for (const explanation of raws.flatMap(explainStatusQuery)) {
        if (!byCode.has(explanation.code)) {
            byCode.set(explanation.code, explanation);
        }
    }
    return [...byCode.values()];
}

/**
 * List the registered codes, optionally filtered.
 * @param filter - class mask, search text and whether to keep only codes with Zowe guidance
 * @returns one summary per code, in code order (empty when nothing matches)
 * @throws {StatusQueryError} when the class mask is not one (`4xx`, `50x`)
 */
export function listStatuses(filter: IStatusListFilter = {}): IStatusSummary[] {
    const range = filter.classMask == null ? undefined : parseClassMask(filter.classMask);
    const needle = filter.search?.trim().toLowerCase();
    const matchesSearch = (entry: IHttpStatusEntry): boolean => {
        if (needle == null || needle.length === 0) {
            return true;
        }
        const guidance = guidanceByCode.get(entry.code);
        const texts = [String(entry.code), entry.name, ...entry.aliases, entry.meaning, guidance?.definition ?? "",
            ...(guidance?.causes ?? []).map((cause) => cause.cause)];
        return texts.some((text) => text.toLowerCase().includes(needle)) ||
            (normalizeName(needle).length > 0 && [entry.name, ...entry.aliases].some((name) => normalizeName(name).includes(normalizeName(needle))));
    };
    return HTTP_STATUSES
        .filter((entry) => range == null || (entry.code >= range.first && entry.code <= range.last))
        .filter((entry) => !filter.zoweOnly || guidanceByCode.has(entry.code))
        .filter(matchesSearch)
        .map((entry) => ({
            code: entry.code, name: entry.name, class: classOf(entry.code), state: entry.state, zowe: guidanceByCode.has(entry.code)
        }));
}
