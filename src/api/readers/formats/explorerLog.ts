import type { IExplorerContext, IFailedCall } from "../../failure/doc/IFailedCall";
import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import { parseInspected } from "../InspectParser";
import type { InspectValue } from "../InspectParser";
import { toFailedCall } from "../RestErrorRecord";
import type { IRestErrorFields } from "../RestErrorRecord";
import { readErrorBlock } from "../shared/readErrorBlock";
import { splitBlocks } from "../shared/splitBlocks";
import { EXPLORER_MESSAGE_ONLY_FORMAT } from "../../knowledge/explorerAdvice";

/**
 * An error event of Zowe Explorer's log: a bracketed local time (milliseconds in files, none in the Output channel),
 * the level, and in files imperative's caller tag (`[main.extension.js:51] `).
 */
export const EXPLORER_ERROR_EVENT = /^\[(\d{4})\/(\d\d)\/(\d\d) (\d\d:\d\d:\d\d)(\.\d{3})?\] \[ERROR\] (?:\[[^\]\n]{0,256}\] )?/;
/** The head of any event of Zowe Explorer's log, whatever its level: where the event before it ends. */
export const EXPLORER_EVENT_HEAD = /^\[\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d{3})?\] \[(?:TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\] /;
/** Zowe CLI's own zowe.log writes this ERROR event before a z/OSMF stack is removed: not an Explorer failure. */
const CLI_STACK_EVENT = "An error was encountered in z/OSMF with a stack";

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

/** What one logged event's dump holds: the SDK error's REST fields and Explorer's own keys around it. */
interface IEventDump {
    fields?: IRestErrorFields;
    /** The dump's top-level object: `apiType`, `scenario`, `profile` (3.1+) or `label`, `moreInfo` (2.5 to 3.0). */
    around: Record<string, unknown>;
}

/** The REST fields of one logged event: from the util.inspect dump (2.8+), or the one-line JSON (2.5 to 2.7). */
function eventDump(event: string): IEventDump | undefined {
    const open = event.indexOf("\n{");
    const dump = open < 0 ? undefined : event.slice(open + 1);
    if (dump == null) {
        return undefined;
    }
    try {
        const json = JSON.parse(dump) as { errorDetails?: { mDetails?: IRestErrorFields } } & Record<string, unknown>;
        return { fields: json.errorDetails?.mDetails, around: json };
    } catch {
        const parsed = parseInspected(dump);
        const around = parsed != null && typeof parsed === "object" && !Array.isArray(parsed) ? parsed as Record<string, unknown> : {};
        return { fields: findDetails(parsed) as IRestErrorFields | undefined, around };
    }
}

function textOrNull(value: unknown): string | null {
    return typeof value === "string" && value.length > 0 ? value : null;
}

/** The profile name an event names: 3.1+ logs `profile: undefined`; a logged profile object or name is taken. */
function profileName(value: unknown): string | null {
    if (typeof value === "string") {
        return textOrNull(value);
    }
    return value != null && typeof value === "object" ? textOrNull((value as Record<string, unknown>).name) : null;
}

/** Where an event was logged: the extension and version, when the log was found in an extension folder. */
export interface IExplorerLogOrigin {
    extension: string;
    extender: boolean;
    version: string | null;
    editor: string | null;
}

/** The origin of an excerpt a user pasted: Zowe Explorer, version unknown. */
const PASTED_ORIGIN: IExplorerLogOrigin = { extension: "zowe.vscode-extension-for-zowe", extender: false, version: null, editor: null };

/** What a reader of one event needs besides its text. */
export interface IExplorerEventContext {
    /** The file read (or `standard input`), for the record. */
    name: string | null;
    includePayload?: boolean;
    origin: IExplorerLogOrigin;
}

/** The words that make a message-only ERROR event a failed call rather than any other error Explorer logs. */
const CALL_SIGNAL = /Rest API failure with HTTP\(S\) status \d{3}|HTTP\(S\) (?:error|client)|\bE[A-Z]{3,20} \d{1,3}\.\d{1,3}|\b(?:ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH|EPROTO|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|CERT_HAS_EXPIRED|ERR_TLS_CERT_ALTNAME_INVALID)\b/;

/**
 * Read one error event of Zowe Explorer's log (its head line and the lines up to the next event) into a record:
 * the SDK error's fields from its dump, and Explorer's context (apiType and scenario in 3.1+, label and moreInfo in
 * 2.5 to 3.0). An event without a dump (Explorer 3's file-system paths log the message alone) gives a partial
 * record only when the message shows a failed call; any other ERROR event gives undefined.
 * @param block - the event's text, from its `[time] [ERROR]` head on
 * @param context - the file it came from, whether to keep payloads, the extension that logged it
 * @returns the record, or undefined when the event is not a failed REST call
 */
export function readExplorerEvent(block: string, context: IExplorerEventContext): IFailedCall | undefined {
    const trimmed = block.trimStart();
    const head = EXPLORER_ERROR_EVENT.exec(trimmed);
    const message = head == null ? trimmed : trimmed.slice(head[0].length);
    if (message.startsWith(CLI_STACK_EVENT)) {
        return undefined;
    }
    const time = head == null ? null : `${head[1]}-${head[2]}-${head[3]}T${head[4]}${head[5] ?? ""}`;
    const format = { id: EXPLORER_LOG.id, label: EXPLORER_LOG.label };
    const dump = eventDump(block);
    const evidence = { kind: "explorer-text" as const, file: context.name, format };
    const fromDump = dump?.fields == null ? undefined : toFailedCall(dump.fields, {
        time, command: null, includePayload: context.includePayload, partial: true, client: "zowe-explorer", evidence,
        // The extension that logged the event, and the frames of its stack, may tell the service (Explorer's FTP extension).
        around: `${context.origin.extension}\n${block.slice(0, 16384)}`
    });
    if (fromDump == null && dump == null && !CALL_SIGNAL.test(message.slice(0, 65536))) {
        return undefined;
    }
    // A message line alone (Explorer 3's file-system paths): its own format, so that the report says what is missing and why.
    const messageOnly = { id: EXPLORER_MESSAGE_ONLY_FORMAT, label: "Zowe Explorer log message (no error details)" };
    const spec = { format: dump == null ? messageOnly : format, kind: "explorer-text" as const, client: "zowe-explorer" as const };
    const call = fromDump ?? readErrorBlock(block, spec, context.name, context.includePayload);
    call.time = call.time ?? time;
    const around = dump?.around ?? {};
    const explorer: IExplorerContext = {
        ...context.origin,
        apiType: textOrNull(around.apiType),
        scenario: textOrNull(around.scenario) ?? textOrNull(around.moreInfo),
        label: textOrNull(around.label),
        profile: profileName(around.profile),
        dump: dump != null
    };
    call.explorer = explorer;
    return call;
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
    read: (text, context) => splitBlocks(text, EXPLORER_ERROR_EVENT).filter((block) => EXPLORER_ERROR_EVENT.test(block.trimStart()) || /mDetails/.test(block))
        .reverse().slice(0, context.limit).flatMap((block) => {
            const call = readExplorerEvent(block, { name: context.name, includePayload: context.includePayload, origin: PASTED_ORIGIN }) ??
                readErrorBlock(block, { format: { id: EXPLORER_LOG.id, label: EXPLORER_LOG.label }, kind: "explorer-text", client: "zowe-explorer" },
                    context.name, context.includePayload);
            return [{ call, environmentValues: [] }];
        })
};
