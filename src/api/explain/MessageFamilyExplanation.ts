import type { IKnowledgeExplanation } from "./doc/IKnowledgeExplanation";
import { parseMessageId } from "../knowledge/messageIdGrammar";
import { SEVERITY_LETTERS, documentationSearch, familyOf, familySource } from "../knowledge/messageFamilies";

/**
 * What `explain` says of a well-formed message ID that no knowledge entry knows: what its family tells (the product
 * and component that writes it, what its severity letter means, the book that documents it), or, for a prefix no
 * family of the table has, that the knowledge does not hold it and where IBM documents it. Never a refusal: the
 * verdict is `unknown`, since the ID alone does not tell whose side the failure is on.
 * @param raw - the ID as the user typed it (`IEF212I`, `ief212i`)
 * @returns the explanation, or undefined when the text is not shaped like an IBM-style message ID
 */
export function explainMessageFamily(raw: string): IKnowledgeExplanation | undefined {
    const parts = parseMessageId(raw);
    if (parts == null) {
        return undefined;
    }
    const family = familyOf(parts.id);
    const search = documentationSearch(parts.id);
    const severity = parts.severity == null ? undefined : SEVERITY_LETTERS[parts.severity];
    const letter = severity == null ? "" : ` Its letter ${parts.severity} usually means ${severity}.`;
    const summary = family == null ?
        `${parts.id} has the shape of an IBM-style message ID (prefix ${parts.prefix}, number ${parts.number}), but neither its ID nor ` +
        `its prefix is in this plug-in's knowledge.${letter}` :
        `${parts.id} is a message of ${family.component} (prefix ${family.prefix}), documented in ${family.book}. This plug-in's ` +
        `knowledge has no entry for the ID itself.${letter}`;
    return {
        id: parts.id,
        entry: family == null ? "message-id-grammar" : `message-family-${family.prefix}`,
        kind: "message-id",
        service: family?.service ?? "unknown",
        text: null,
        usualStatus: null,
        summary,
        verdict: "unknown",
        causes: [],
        nextSteps: [
            `Read the message text that came with ${parts.id}: it usually names the data set, user, job or resource involved.`,
            `Look ${parts.id} up in IBM Documentation (${search})${family == null ? "" : ` or in ${family.book}`}: its entry gives the ` +
                "explanation, the system action and the response of each role (user, system programmer, security administrator).",
            "If your site knows this message, add an entry for it to a site knowledge file: last-error and explain then give its advice."
        ],
        nextCommands: [],
        resources: [{ href: search, title: `IBM Documentation: ${parts.id}` }],
        source: family == null ? { title: "IBM Documentation search", url: search } : familySource(family),
        status: null
    };
}
