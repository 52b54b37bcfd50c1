import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import { hasErrorSignal } from "../shared/ErrorSignals";
import { readErrorBlock } from "../shared/readErrorBlock";

/**
 * Whatever else holds an error signal: a status in any spelling, a Node or TLS error code, a message ID. It is read
 * for every fact it holds, never refused; the rest is null and named in `evidence.missing`.
 */
export const ERROR_FRAGMENT: IEvidenceFormat = {
    id: "error-fragment",
    label: "a fragment of an error",
    detect: (text) => (hasErrorSignal(text) ? 0.1 : 0),
    read: (text, context) => [{
        call: readErrorBlock(text, {
            format: { id: ERROR_FRAGMENT.id, label: ERROR_FRAGMENT.label }, kind: "text", client: "unknown", replyIsText: true
        },
        context.name, context.includePayload),
        environmentValues: []
    }]
};
