import type { IFailedCall } from "../../api/failure/doc/IFailedCall";
import { SERVICE_LABELS } from "../../api/knowledge/serviceLabels";
import { INDENT, section, wrap } from "./TextLayout";

const LABEL_WIDTH = 12;

/**
 * The service's own words about its answer, as a section marked as the server's: API ML's reason and action, IBM MQ's
 * explanation and action, z/OSMF's category, rc and reason. Masked and capped when the record was made; empty when
 * the answer had none.
 * @param call - the failed call
 * @param withNumbers - also give z/OSMF's numbers (a report that shows them elsewhere leaves them out)
 */
export function serverWordsSection(call: IFailedCall, withNumbers = true): string[] {
    const { words, category, rc, reason } = call.server;
    const numbers = [["category", category], ["rc", rc], ["reason", reason]].filter(([, value]) => value != null)
        .map(([name, value]) => `${name} ${value}`).join(", ");
    const line = (label: string, value: string | undefined): string[] =>
        value == null || value.length === 0 ? [] : wrap(value, `${INDENT}${`${label}:`.padEnd(LABEL_WIDTH)} `);
    const body = [
        ...line("Message ID", words?.messageId),
        ...line("Reason", words?.reason),
        ...line("Action", words?.action),
        ...line("Report", withNumbers ? numbers : undefined)
    ];
    const who = call.service === "unknown" ? "the server" : SERVICE_LABELS[call.service];
    return section(`In ${who}'s own words (from its answer, not this plug-in's advice):`, body);
}
