import type { IKnowledgeSource, KnowledgeKind } from "../../knowledge/doc/IKnowledgeEntry";
import type { IExternalResource, Verdict } from "../../knowledge/doc/IKnownError";
import type { IZoweNextCommand } from "../../knowledge/doc/IHttpStatus";
import type { ServiceKind } from "../../failure/doc/IFailedCall";
import type { IStatusExplanation } from "./IStatusExplanation";
import type { ISiteAdvice } from "../../site/doc/ISiteKnowledge";

/**
 * What `zowe http-status explain` says about a message ID (`IZUG846W`, `ZWEAO503E`, `DFHWU4003`) or a Node network
 * or TLS error code (`ECONNREFUSED`, `SELF_SIGNED_CERT_IN_CHAIN`): the knowledge entry behind it, with the advice a
 * failure carrying it gets (the same diagnosis `last-error` gives, narrowed to the server that sends it).
 */
export interface IKnowledgeExplanation {
    /** The message ID or error code as the knowledge spells it, e.g. `ZWEAO503E`, `ECONNREFUSED`. */
    id: string;
    /** The knowledge entry that explains it. */
    entry: string;
    /** What kind of knowledge it is: `message-id`, `connection`, `body-pattern`, `rule`, ... */
    kind: KnowledgeKind;
    /** The server that sends the message (`zosmf`, `apiml`, `cics`, ...), or `unknown` for an error raised by the client. */
    service: ServiceKind;
    /** The message text, abridged, with %s for inserts; null when the knowledge does not quote it. */
    text: string | null;
    /** The HTTP status the message usually comes with, or null (network and TLS errors come with none). */
    usualStatus: number | null;
    /** What it means, in one sentence. */
    summary: string;
    /** Whose side the failure is on. */
    verdict: Verdict;
    /** Likely causes, most specific first, with the status guidance for that server after them. */
    causes: string[];
    /** What to do, in order. */
    nextSteps: string[];
    /** Zowe CLI commands to run next. */
    nextCommands: IZoweNextCommand[];
    /** A warning to read before acting. */
    caution?: string;
    /** Documentation to read. */
    resources: IExternalResource[];
    /** Where the knowledge comes from, or null. */
    source: IKnowledgeSource | null;
    /** What `explain` says of the usual status, or null without one. */
    status: IStatusExplanation | null;
    /**
     * The site's own advice for it (its message ID, usual status, verdict and server), shown first: set by
     * `zowe http-status explain` (empty when no site entry matches), absent from the API's explain functions.
     */
    site?: ISiteAdvice[];
}
