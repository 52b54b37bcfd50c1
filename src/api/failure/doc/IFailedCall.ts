import type { AuthKind, Verdict } from "../../knowledge/doc/IKnownError";
import type { IZoweNextCommand } from "../../knowledge/doc/IHttpStatus";
import type { IStatusExplanation } from "../../explain/doc/IStatusExplanation";
import type { ISiteAdvice } from "../../site/doc/ISiteKnowledge";
import type { IFailingProfile } from "../../profiles/doc/IProfileFacts";
import type { IRepeatedFailure } from "./IRepeatedFailure";
import type { IValueOrigin } from "./IValueOrigin";

/**
 * How the call failed, as Zowe's REST client reports it: `http` (the server answered with a status outside
 * 200-299), `client` (no answer: refused, reset, DNS, TLS), `timeout` (connected, but no complete answer in time)
 * or `other` (a failure without REST details, such as a 200 answer that was not the JSON Zowe expected).
 */
export type FailureSource = "http" | "client" | "timeout" | "other";

/** Which server answered, read from the shape of what it sent. */
/**
 * The server that answered: z/OSMF, the API ML gateway, Liberty in front of a service, or the service behind one of
 * Zowe's plug-ins (CICS CMCI, IBM MQ REST API, Db2, IMS Operations API, z/OS FTP, IBM RSE API, Endevor, z/OS Connect).
 */
export type ServiceKind = "zosmf" | "apiml" | "liberty" | "cics" | "mq" | "db2" | "ims" | "ftp" | "rse" | "endevor" | "zosconnect" | "unknown";

/** The request that failed. A field is null when the evidence does not hold it. */
export interface IFailedRequest {
    /** `GET`, `PUT`, `POST`, `DELETE`. */
    method: string | null;
    /** `http` or `https`. */
    protocol: string | null;
    host: string | null;
    port: number | null;
    /** The base path (API ML routes such as `ibmzosmf/api/v1`); empty when the call went straight to the service. */
    basePath: string | null;
    /** Path and query of the resource, e.g. `/zosmf/restfiles/ds?dslevel=IBMUSER.*`. */
    resource: string | null;
}

/** A service's own explanation of its answer: why, and what to do, in its words (never the plug-in's). */
export interface IServerWords {
    /** Why (`messageReason`, MQ `explanation`). */
    reason?: string;
    /** What to do (`messageAction`, MQ `action`). */
    action?: string;
    /** The message ID they belong to (`ZWEAO503E`, `MQWB0300E`), when the answer gives one. */
    messageId?: string;
}

/** What the server said, decoded from its body. Absent fields were not in the body. */
export interface IServerReply {
    /** The server's own message (z/OSMF `message` and `details`, API ML `messageContent`, a page title), masked. */
    message: string | null;
    /** z/OSMF return code (`rc`, or the console's `return-code`). */
    rc?: number;
    /** z/OSMF reason code (`reason`, or the console's `reason-code`). */
    reason?: number;
    /** z/OSMF error category. */
    category?: number;
    /** Message IDs found in the body: IZUG…, ZWEA…, ISRZ…, DFHWU…. */
    messageIds?: string[];
    /**
     * Codes a service reported in its own terms, by name: CMCI `RESPONSE`/`RESP2` (`NOTFOUND`, `1`), MQ `reasonCode`,
     * Db2 `SQLCODE`/`SQLSTATE`/`protocolCode`/`securityReason`, an FTP `ftpReply` (`530`) or `ftpCommand` (`PASS`).
     * See SERVICE_FIELDS for the names and where each is read from.
     */
    fields?: Record<string, string>;
    /**
     * The service's own reason and action, as it worded them: API ML's `messageReason` and `messageAction`, the IBM MQ
     * REST API's `explanation` and `action`. Masked, each cut to a few hundred characters; absent when the answer has neither.
     */
    words?: IServerWords;
    /** The response body as logged, masked and cut to a few thousand characters. */
    body?: string;
    /**
     * True when `message` holds the client's own words around the status (a Zowe Explorer notification, a sentence a
     * user wrote), because the evidence holds no reply of the server: knowledge still reads it, a report does not show
     * it as what the server said.
     */
    clientWords?: boolean;
    /** The z/OSMF `stack` that Zowe removed from the message and kept only in zowe.log, masked. */
    stack?: string;
}

/**
 * Where a call met the proxy it went through: `proxy` (the failure or the status is the proxy's own: it could not be
 * reached, refused the tunnel, or answered 407/403/502 itself), `target` (the proxy passed the call on and the
 * failure lies beyond it), or `through` (the call went through a proxy, and the evidence does not tell which hop).
 */
export type ProxyHop = "proxy" | "target" | "through";

/** The proxy a failed call went through (credentials never kept). */
export interface IProxyUsed {
    host: string;
    port: number;
    /** `environment` (HTTPS_PROXY, HTTP_PROXY and their lower-case forms) or `session` (the session's `proxy` settings). */
    chosenBy: "environment" | "session";
    hop: ProxyHop;
    /** The proxy URL's scheme: `https` when Zowe speaks TLS to the proxy itself; absent when the evidence does not say. */
    scheme?: "http" | "https";
    /** Whether proxy credentials were sent, and from where (`url`, or the session's `proxy_authorization`); never their value. */
    credentialsFrom?: "url" | "session" | "none";
}

/** A failure that got no HTTP status: Node's error code and message. */
export interface INetworkError {
    /** Node's code, e.g. `ECONNREFUSED`, `DEPTH_ZERO_SELF_SIGNED_CERT`; null when the evidence lost it. */
    code: string | null;
    message: string;
}

/** How the call authenticated, from Zowe's diagnostic lines. */
export interface IAuthUsed {
    kind: AuthKind;
    /** False when certificate checking was on (`Allow Unauth Cert: false`), true when it was off, null when unknown. */
    allowUnauthorizedCert: boolean | null;
}

/** Which Zowe client made the failed call: Zowe CLI, Zowe Explorer, a program on a Zowe SDK, or not known. */
export type ClientKind = "zowe-cli" | "zowe-explorer" | "sdk" | "unknown";

/** Which format the evidence was recognised as. */
export interface IEvidenceFormatInfo {
    /** The format's id, e.g. `zowe-cli-v1-v2-text`, `zowe-explorer-notification`, `error-fragment`. */
    id: string;
    /** What the format is, in words. */
    label: string;
    /** The versions that write it, when the evidence tells (`Zowe CLI 8.26 or later`). */
    versions?: string;
}

/** Where a record was read from. */
export interface IEvidence {
    /**
     * `imperative-log` (Zowe CLI's logs), `rfj` (a saved --rfj result), `stderr-text` (error text a command printed),
     * `explorer-text` (a Zowe Explorer message or log excerpt), `text` (a fragment of another kind) or `probe`.
     */
    kind: "imperative-log" | "rfj" | "stderr-text" | "explorer-text" | "text" | "probe";
    /** The format recognised, with the versions that write it. */
    format?: IEvidenceFormatInfo;
    /**
     * The facts the evidence does not hold (`status`, `method`, `host`, `port`, `resource`, `time`, `command`): they
     * are null in the record, and the report says how to get the full evidence.
     */
    missing?: string[];
    /** The file read, or `-` for standard input, or null. */
    file: string | null;
    /** Where the z/OSMF stack came from, when zowe.log had one. */
    zoweLog?: string;
    /** What is wrong with the evidence itself (a damaged or cut log entry), for the reader of the report. */
    notes?: string[];
}

/** What Zowe Explorer logged about a failure of its own, besides the SDK error (absent for other clients). */
export interface IExplorerContext {
    /** The extension that logged it: `zowe.vscode-extension-for-zowe`, or an extender such as `zowe.zowe-explorer-ftp-extension`. */
    extension: string;
    /** True for an extender's log (same logger and format as Zowe Explorer's), false for Zowe Explorer's own. */
    extender: boolean;
    /** The extension's version, from its folder name (`3.4.2`); null when the log was not in a versioned folder. */
    version: string | null;
    /** The editor it is installed in (`VS Code`, `VS Code Insiders`, `VSCodium`, `Cursor`, `VS Code Server`); null when unknown. */
    editor: string | null;
    /** The API the call went through (Zowe Explorer 3.1+: `mvs`, `uss`, `jes`, `command`, `all`); null when not logged. */
    apiType: string | null;
    /** What Explorer was doing: the 3.1+ `scenario`, or the 2.5–3.0 `moreInfo` (`Retrieving response from MVS list API`). */
    scenario: string | null;
    /** The tree node (2.5–3.0 `label`), null when not logged. */
    label: string | null;
    /** The profile name, when the event names it; null otherwise (Explorer 3.1+ logs `profile: undefined`). */
    profile: string | null;
    /** False when Explorer logged only a message line for this failure (its 3.x file-system paths): no SDK error details. */
    dump: boolean;
}

/**
 * One failed Zowe REST call, as a reader recovered it from evidence. Readers never explain: see IFailureReport.
 */
export interface IFailedCall {
    /** When it failed: local time of the machine that logged it, `YYYY-MM-DDThh:mm:ss.SSS`, no zone; null when unknown. */
    time: string | null;
    /** Which Zowe client made the call. */
    client: ClientKind;
    /** The command line that failed, masked; null when the evidence does not hold it (daemon mode, saved --rfj). */
    command: string | null;
    source: FailureSource;
    /** The HTTP status, or null when there was none. */
    status: number | null;
    /** The status phrase Zowe reported (`Not Found`), or null. */
    statusText: string | null;
    request: IFailedRequest;
    service: ServiceKind;
    server: IServerReply;
    /** Set for failures with no HTTP status. */
    networkError: INetworkError | null;
    auth: IAuthUsed;
    /** The request body (JCL, console command), masked: only when asked for with --show-payload. */
    payload?: string;
    evidence: IEvidence;
    /** Zowe Explorer's context of the failure (version, apiType, scenario or label, profile): only for `zowe-explorer`. */
    explorer?: IExplorerContext;
    /** The proxy the call went through, when the evidence shows one (absent for a direct call). */
    proxy?: IProxyUsed;
    /**
     * The ZOWE_OPT_ variables set in the environment of the failed command, as its log recorded them: names only,
     * with the value of a profile-name variable (`ZOWE_OPT_ZOSMF_PROFILE`). Absent when the evidence holds no
     * environment (pasted text, a saved --rfj, Zowe Explorer).
     */
    zoweVariables?: IZoweVariable[];
    /** The same failure was logged more than once in a short time (a retry loop): how often, when, and by which process. */
    repeats?: IRepeatedFailure;
}

/** One ZOWE_OPT_ variable of a failed command's environment: its name, and its value only when that names a profile. */
export interface IZoweVariable {
    name: string;
    value?: string;
}

/** Whose side a failure is on and what to do: the explanation of one IFailedCall. */
export interface IDiagnosis {
    verdict: Verdict;
    /** One or two sentences: what happened, told from the facts of the call. */
    summary: string;
    /** Likely causes, most specific first. */
    causes: string[];
    /** What to do, in order. */
    nextSteps: string[];
    /** Zowe CLI commands to run next. */
    nextCommands: IZoweNextCommand[];
    /** A warning to read before acting (the lock-out risk of retrying a logon). */
    caution?: string;
    /** The knowledge entries that matched (message IDs, reason codes, error codes), for tracing the advice. */
    matched: string[];
    /**
     * The site's own advice: the entries of its site knowledge files that match the failure, shown before the
     * plug-in's advice (empty when none match or no site knowledge was given).
     */
    site: ISiteAdvice[];
}

/** A failed call with its diagnosis: the `data` of `zowe http-status last-error --rfj`. */
export interface IFailureReport extends IFailedCall {
    diagnosis: IDiagnosis;
    /** What `zowe http-status explain` says of the status, or null when there was no status. */
    explanation: IStatusExplanation | null;
    /** A curl command that repeats the call, with the credentials left as placeholders; null without a host. */
    curl: string | null;
    /**
     * The team-config profile that supplied the call's host and port (or that Zowe Explorer named), with its config file,
     * user ID and where the password is kept (never the password). Absent when no profile of this machine's config fits.
     */
    profile?: IFailingProfile;
    /**
     * Where the call's connection values came from (command line, environment, which profile, default), one entry per
     * value that matters to this call: host, port, protocol, base path, certificate checking, and the credentials of
     * the authentication used. An entry says `unknown` when the evidence does not tell.
     */
    origins?: IValueOrigin[];
    /**
     * Set when the failure shown may not be the user's last one: the log level hid newer errors, or a newer command
     * failed without logging a REST failure. Says why and how to see the real one.
     */
    stale?: IStaleWarning;
}

/** Why the failure a report shows may not be the last one, and what to do to see that one. */
export interface IStaleWarning {
    /** `log-level` (a level that hides errors was set), `newer-command` (a newer zowe command failed without a REST call). */
    reason: "log-level" | "newer-command";
    /** One or two sentences for the first lines of every view. */
    message: string;
}
