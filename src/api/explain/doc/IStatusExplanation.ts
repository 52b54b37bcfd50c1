import type { ISiteAdvice } from "../../site/doc/ISiteKnowledge";
import type {
    ISpecReference, IZoweCause, IZoweNextCommand, RegistryState, StatusClassMask
} from "../../knowledge/doc/IHttpStatus";

/**
 * What a Zowe user should know about a status: the `zowe` part of an explanation.
 * It is present only for the codes Zowe clients meet (the Zowe troubleshooting table and a few more).
 */
export interface IZoweStatusExplanation {
    /** What the status means when a z/OS REST service returns it to a Zowe client. */
    definition: string;
    /** What to do, in order. */
    resolution: string[];
    /** Likely causes, each tagged with the server that gives it (`zosmf`, `apiml`, `liberty`, `cics`, `db2`, `any`). */
    causes: IZoweCause[];
    /** Zowe CLI commands to run next, with their purpose. */
    nextCommands: IZoweNextCommand[];
    /** A warning to read before acting (on 401 and 403: the lock-out risk of retrying). */
    caution?: string;
}

/**
 * Everything `zowe http-status explain` says about one status code. This is the `data` of `--rfj`
 * (an object for one code, an array for several) and the return value of `explainStatus`.
 */
export interface IStatusExplanation {
    /** The status code, 100 to 599. */
    code: number;
    /** The registered name (RFC 9110 wording), or null when the registry does not assign the code. */
    name: string | null;
    /** Former or common names of the code. */
    aliases: string[];
    /** The class mask, e.g. `5xx`. */
    class: StatusClassMask;
    /** The class name, e.g. `Server Error`. */
    className: string;
    /** True when the IANA registry lists the code, in any state. False for codes such as 499 or 520. */
    registered: boolean;
    /** The registry state, or `unassigned` when the registry does not list the code. */
    state: RegistryState | "unassigned";
    /** What the code means, in plain language. For an unassigned code, the meaning of its class. */
    meaning: string;
    /** Zowe-specific guidance, or null when Zowe clients do not usually meet the code. */
    zowe: IZoweStatusExplanation | null;
    /** The specification section that defines the code (or its class, when unassigned). */
    reference: ISpecReference;
    /**
     * The site's own advice for the status (its code and verdict), shown first: set by `zowe http-status explain`
     * (empty when no site entry matches), absent from explainStatus.
     */
    site?: ISiteAdvice[];
}

/** One row of `zowe http-status list`: the short form of an explanation. */
export interface IStatusSummary {
    code: number;
    name: string;
    class: StatusClassMask;
    state: RegistryState;
    /** True when the code has Zowe-specific guidance (`explain` shows it). */
    zowe: boolean;
}
