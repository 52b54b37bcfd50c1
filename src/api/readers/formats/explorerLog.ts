import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import { parseInspected } from "../InspectParser";
import type { InspectValue } from "../InspectParser";
import { toFailedCall } from "../RestErrorRecord";
import type { IRestErrorFields } from "../RestErrorRecord";
import { readErrorBlock } from "../shared/readErrorBlock";
import { splitBlocks } from "../shared/splitBlocks";

/** An error event of Zowe Explorer's log: a bracketed time (milliseconds in files, none in the Output channel). */
const ERROR_EVENT = /^\[(\d{4})\/(\d\d)\/(\d\d) (\d\d:\d\d:\d\d)(\.\d{3})?\] \[ERROR\] /;

/** The first object named `mDetails` in a parsed dump, however deep: the SDK error's REST fields. */
function findDetails(value: InspectValue, depth = 0): Record<string, InspectValue> | undefined {
    if (value == null || typeof value !== "object" || depth > 16) {
        return undefined;
    }
    const object = value as Record<string, InspectValue>;
    if ("inspectedError" in object) {
        return findDetails(object.props as InspectValue, depth + 1);
    }
    if (object.mDetails != null && typeof object.mDetails === "object") {
        return object.mDetails as Record<string, InspectValue>;
    }
    for (const child of Object.values(object)) {
        const found = findDetails(child, depth + 1);
        if (found != null) {
            return found;
        }
    }
    return undefined;
}

/** The REST fields of one logged event: from the util.inspect dump (2.8+), or the one-line JSON (2.5 to 2.7). */
function eventFields(event: string): IRestErrorFields | undefined {
    const open = event.indexOf("\n{");
    const dump = open < 0 ? undefined : event.slice(open + 1);
    if (dump == null) {
        return undefined;
    }
    try {
        const json = JSON.parse(dump) as { errorDetails?: { mDetails?: IRestErrorFields } };
        return json.errorDetails?.mDetails;
    } catch {
        return findDetails(parseInspected(dump)) as IRestErrorFields | undefined;
    }
}

/**
 * Zowe Explorer's log, whole or an excerpt: a `[…] [ERROR] Error: …` line and, since 2.5, the SDK error's details
 * (`{ errorDetails: … mDetails: { msg, causeErrors, errorCode, host, … } }`, minified class names and tab-indented
 * frames included). The fields are those of the CLI's log dump, so the same record is made.
 */
export const EXPLORER_LOG: IEvidenceFormat = {
    id: "zowe-explorer-log",
    label: "Zowe Explorer log",
    detect: (text) => (/errorDetails[:"]|mDetails[:"]/.test(text) ? 0.95 : /^\[\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\] \[ERROR\] /m.test(text) ? 0.7 : 0),
    read: (text, context) => splitBlocks(text, ERROR_EVENT).filter((block) => ERROR_EVENT.test(block.trimStart()) || /mDetails/.test(block))
        .reverse().slice(0, context.limit).flatMap((block) => {
            const head = ERROR_EVENT.exec(block.trimStart());
            const time = head == null ? null : `${head[1]}-${head[2]}-${head[3]}T${head[4]}${head[5] ?? ""}`;
            const format = { id: EXPLORER_LOG.id, label: EXPLORER_LOG.label };
            const fields = eventFields(block);
            const call = fields == null ? undefined : toFailedCall(fields, {
                time, command: null, includePayload: context.includePayload, partial: true, client: "zowe-explorer",
                evidence: { kind: "explorer-text", file: context.name, format }
            });
            const read = call ??
                readErrorBlock(block, { format, kind: "explorer-text", client: "zowe-explorer" }, context.name, context.includePayload);
            read.time = read.time ?? time;
            return [{ call: read, environmentValues: [] }];
        })
};
