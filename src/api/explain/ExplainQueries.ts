import type { IStatusExplanation } from "./doc/IStatusExplanation";
import type { IKnowledgeExplanation } from "./doc/IKnowledgeExplanation";
import { ACCEPTED_QUERIES, StatusQueryError, echoQuery } from "./StatusQuery";
import { explainStatusQuery } from "./StatusCatalogue";
import type * as KnowledgeExplanationModule from "./KnowledgeExplanation";
import type * as MessageFamilyModule from "./MessageFamilyExplanation";

/** The shape of a message ID or an error code: `IZUG846W`, `SQL30081N`, `ECONNREFUSED`, `SELF_SIGNED_CERT_IN_CHAIN`. */
const IDENTIFIER = /^[A-Z][A-Z0-9_]{2,39}$/i;

/** Whether a text has the shape of a message ID or an error code (what `explain` looks up in the knowledge). */
export function looksLikeIdentifier(text: string): boolean {
    return IDENTIFIER.test(text) && (/[\d_]/.test(text) || text === text.toUpperCase());
}

/**
 * The knowledge lookup, loaded on first use: `explain 503` never needs the failure knowledge, and every millisecond
 * of loading is paid by each run of the command.
 */
function knowledgeExplanation(): typeof KnowledgeExplanationModule {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load: an import would load it with this module
    return require("./KnowledgeExplanation") as typeof KnowledgeExplanationModule;
}

/** The family lookup of an ID no entry knows, loaded on first use like the knowledge. */
function messageFamily(): typeof MessageFamilyModule {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load: an import would load it with this module
    return require("./MessageFamilyExplanation") as typeof MessageFamilyModule;
}

/** What `explain` says about one thing a user saw: a status, or a message ID or error code. */
export type IExplanation = IStatusExplanation | IKnowledgeExplanation;

/** An argument `explain` could not answer, with the one-line reason (what is accepted, with an example). */
export interface IRefusedQuery {
    query: string;
    message: string;
}

/** The answers to several `explain` arguments: the explanations in the order given, then the refusals. */
export interface IExplainResult {
    explanations: IExplanation[];
    refused: IRefusedQuery[];
}

/** Whether an explanation is of a message ID or error code (it has an `id`) rather than of a status (a `code`). */
export function isKnowledgeExplanation(explanation: IExplanation): explanation is IKnowledgeExplanation {
    return "id" in explanation;
}

/**
 * Explain one thing a user saw.
 * @param raw a status (`503`, `HTTP 503`, `error 401 = Unauthorized`, `5xx`, `gateway timeout`), a message ID
 *   (`IZUG846W`, `ZWEAO503E`, `DFHWU4003`; any well-formed IBM-style ID, `IEF212I`, gets at least what its family
 *   tells) or a Node network or TLS error code (`ECONNREFUSED`)
 * @returns one explanation, or one per status for a mask or a name
 * @throws {StatusQueryError} when the argument is none of these or nothing matches it
 */
export function explainQuery(raw: string): IExplanation[] {
    const text = String(raw ?? "").trim();
    // Codes and IDs in any case (`econnrefused`, `izug846w`); a lower-case word that is no knowledge ID is then tried as a name.
    // A well-formed IBM-style message ID that no entry knows gets what its family tells.
    const known = IDENTIFIER.test(text) && !/^\d/.test(text) ?
        knowledgeExplanation().explainKnowledgeId(text.toUpperCase()) ?? messageFamily().explainMessageFamily(text) : undefined;
    if (known != null) {
        return [known];
    }
    try {
        return explainStatusQuery(text);
    } catch (error) {
        if (error instanceof StatusQueryError && looksLikeIdentifier(text)) {
            throw new StatusQueryError(
                `"${echoQuery(text)}" is not a message ID or error code this plug-in knows, nor a status. ${ACCEPTED_QUERIES}`);
        }
        throw error;
    }
}

/**
 * Explain several arguments: each one that can be answered, in the order given and without repeats, and a refusal
 * for each one that cannot (the caller reports them after the explanations).
 * @param raws what the user typed, one argument each
 * @returns the explanations and the refusals
 */
export function explainQueries(raws: readonly string[]): IExplainResult {
    const byKey = new Map<string, IExplanation>();
    const refused: IRefusedQuery[] = [];
    for (const raw of raws) {
        try {
            for (const explanation of explainQuery(raw)) {
                const key = isKnowledgeExplanation(explanation) ? `id:${explanation.entry}` : `code:${explanation.code}`;
                if (!byKey.has(key)) {
                    byKey.set(key, explanation);
                }
            }
        } catch (error) {
            if (!(error instanceof StatusQueryError)) {
                throw error;
            }
            refused.push({ query: raw, message: error.message });
        }
    }
    return { explanations: [...byKey.values()], refused };
}
