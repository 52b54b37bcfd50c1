import type { ServiceKind } from "../failure/doc/IFailedCall";
import { SERVICE_FIELDS } from "../knowledge/serviceFields";
import { SERVICE_SIGNS } from "../knowledge/serviceSigns";
import type { IServiceSign } from "../knowledge/serviceSigns";
import { dataPattern } from "../knowledge/dataPattern";

/** What a record holds that may tell a plug-in's service; every fact may be missing. */
export interface IServiceFacts {
    messageIds?: string[];
    /** The response body. */
    body?: string | null;
    /** Zowe's message (with the plug-in's prefix) and the server's own message. */
    message?: string | null;
    /** The text around the error: the pasted block, the extension that logged it. */
    around?: string | null;
    basePath?: string | null;
    resource?: string | null;
    port?: number | null;
    /** The command line that failed. */
    command?: string | null;
}

/** How a service was told: by what it said (its message IDs, its answer's shape), or by the route and client only. */
export interface IRecognisedService {
    service: ServiceKind;
    /** `reply`: the answer itself shows the service; `route`: the path, the command or the prefix with the port does. */
    by: "reply" | "route";
}

/** How much text around an error the signs are tested against: what tells a service is near the error. */
const MAX_AROUND = 16384;
/** How much of the body and of the messages the signs are tested against. */
const MAX_BODY = 65536;

function anyMatch(patterns: string[] | undefined, text: string): boolean {
    return text.length > 0 && (patterns ?? []).some((source) => dataPattern(source).test(text));
}

/**
 * What a record says, where the signs of a service's answer are looked for: the start of the body (an answer's shape
 * shows at its start), the messages, and the text around the error; built once per record, not once per sign.
 */
function saidText(facts: IServiceFacts): string {
    return [(facts.body ?? "").slice(0, MAX_BODY), (facts.message ?? "").slice(0, MAX_BODY), (facts.around ?? "").slice(0, MAX_AROUND)].join("\n");
}

/** The signs of one service that a record shows: strong ones from the reply, and from the route or the client. */
function signsShown(sign: IServiceSign, facts: IServiceFacts, said: string): { reply: boolean; route: boolean } {
    const ids = facts.messageIds ?? [];
    const reply = ids.some((id) => (sign.messageIdPrefixes ?? []).some((prefix) => id.startsWith(prefix))) || anyMatch(sign.textMatches, said);
    const path = [facts.basePath ?? "", facts.resource ?? ""].filter((part) => part.length > 0).join("/");
    const prefixAndPort = anyMatch(sign.prefixMatches, said) && facts.port != null && (sign.ports ?? []).includes(facts.port);
    const route = anyMatch(sign.pathMatches, path) || anyMatch(sign.commandMatches, (facts.command ?? "").trim()) || prefixAndPort;
    return { reply, route };
}

/**
 * Which service behind one of Zowe's plug-ins a failure came from (CICS CMCI, IBM MQ, Db2, IMS, z/OS FTP, RSE API,
 * Endevor, z/OS Connect), told by its signs (SERVICE_SIGNS): its message IDs, its answer's shape, its routes, the
 * plug-in's command, or the plug-in's prefix together with the service's port; never by a prefix alone. A service
 * its reply shows comes before one its route shows.
 * @param facts - what the record holds
 * @returns the service and how it was told, or undefined when no plug-in's service shows
 */
export function recogniseService(facts: IServiceFacts): IRecognisedService | undefined {
    const said = saidText(facts);
    const shown = SERVICE_SIGNS.map((sign) => ({ sign, ...signsShown(sign, facts, said) }));
    const byReply = shown.find((entry) => entry.reply);
    if (byReply != null) {
        return { service: byReply.sign.service, by: "reply" };
    }
    const byRoute = shown.find((entry) => entry.route);
    return byRoute == null ? undefined : { service: byRoute.sign.service, by: "route" };
}

/**
 * The codes a service reported in its own terms (SERVICE_FIELDS), read from what it said.
 * @param service - the service the record was recognised as (only its fields are read)
 * @param text - the body and messages
 * @returns the codes by name, or undefined when there are none
 */
export function readServiceFields(service: ServiceKind, text: string): Record<string, string> | undefined {
    const fields: Record<string, string> = {};
    for (const field of SERVICE_FIELDS.filter((each) => each.service === service)) {
        const value = dataPattern(field.pattern).exec(text)?.[1];
        if (value != null && fields[field.name] == null) {
            fields[field.name] = value;
        }
    }
    return Object.keys(fields).length > 0 ? fields : undefined;
}
