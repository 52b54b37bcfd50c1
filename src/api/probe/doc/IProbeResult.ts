import type { IDiagnosis, IFailedCall } from "../../failure/doc/IFailedCall";

/** The layers of a connection, in the order they are tried. */
export type ProbeLayer = "dns" | "tcp" | "proxy" | "tls" | "http" | "auth";

/** One certificate of the chain a server sent. */
export interface IProbeCertificate {
    /** The subject's common name, or null. */
    subject: string | null;
    /** The whole subject, `CN=lpar1.example.com, O=Example`. */
    subjectName: string;
    /** The issuer's common name, or null. */
    issuer: string | null;
    /** The whole issuer. */
    issuerName: string;
    /** The names it is valid for: subjectAltName DNS names and IP addresses, or the CN when it has none. */
    names: string[];
    /** ISO times of its validity, null when it gives none that can be read. */
    validFrom: string | null;
    validTo: string | null;
    /** SHA-256 fingerprint, `AB:CD:…`. */
    fingerprint256: string;
    /** True when subject and issuer are the same (a root, or a self-signed server certificate). */
    selfIssued: boolean;
}

/** The phases whose time a probe reports. */
export type ProbePhase = "dns" | "tcp" | "proxy" | "tls" | "ttfb" | "auth";

/**
 * How long each phase took, in milliseconds, as curl's -w and httpstat name them: `ttfbMs` is the time from sending
 * the request without credentials to the first byte of the answer; a phase that was not tried is absent.
 */
export interface IProbeTimings {
    dnsMs?: number;
    tcpMs?: number;
    proxyMs?: number;
    tlsMs?: number;
    ttfbMs?: number;
    authMs?: number;
    /** The whole probe, every layer tried (and the direct path with --direct). */
    totalMs: number;
}

/** A phase that took long for its kind, and what that points at. */
export interface IProbeSlowPhase {
    phase: ProbePhase;
    ms: number;
    /** "z/OSMF took 28.4 s to answer: the server side (z/OSMF, its TSO or Liberty), not the network." */
    words: string;
}

/** What one layer found. */
export interface IProbeStep {
    name: ProbeLayer;
    /** False when the layer failed; the probe stops there. */
    ok: boolean;
    /** How long the layer took, in milliseconds. */
    ms: number;
    /** The layer's facts: addresses, certificate, status, server, service. */
    detail: Record<string, unknown>;
    /** Set when the layer passed only because a check was turned off (certificate checking) or was skipped. */
    warning?: string;
}

/** Where the probe went. */
export interface IProbeTarget {
    protocol: "http" | "https";
    host: string;
    port: number;
    /** The API ML base path, or empty for a direct connection. */
    basePath: string;
    /** The resource tried, e.g. `/zosmf/info`. */
    path: string;
}

/** The proxy Zowe would use for the target, as imperative's ProxySettings decides (credentials never shown). */
export interface IProbeProxy {
    /** `http://proxy.example.com:8080`: scheme, host and port, without credentials. */
    url: string;
    host: string;
    port: number;
    /** `environment` (a proxy variable) or `session` (the session's `proxy` settings, set by a program such as Zowe Explorer). */
    chosenBy: "environment" | "session";
    /** The variable that chose it (`HTTPS_PROXY`, `https_proxy`, `HTTP_PROXY`, `http_proxy`), when the environment did. */
    variable?: string;
    /** Where the Proxy-Authorization Zowe sends comes from: the proxy URL, the session, or none is sent. */
    credentials: "url" | "session" | "none";
    /** True when NO_PROXY (or the session's `no_proxy`) lists the host, so Zowe, and the probe, go direct. */
    bypassed: boolean;
    /** Set when the proxy URL is not `http://host:port` or `https://host:port` (a missing scheme): what Zowe makes of it. */
    problem?: string;
}

/** With --direct: the direct path (dns, tcp, tls, http; never credentials), tried after the path through the proxy. */
export interface IProbeDirectPath {
    ok: boolean;
    steps: IProbeStep[];
    failure?: IFailedCall;
    diagnosis?: IDiagnosis;
}

/** The `data` of `zowe http-status probe --rfj`. */
export interface IProbeResult {
    /** True when every layer passed. */
    ok: boolean;
    target: IProbeTarget;
    steps: IProbeStep[];
    /** The failed call of the layer that failed (absent when all passed). */
    failure?: IFailedCall;
    /** Its diagnosis (absent when all passed). */
    diagnosis?: IDiagnosis;
    /** The proxy set for this target, used or bypassed by NO_PROXY (absent when none is set). */
    proxy?: IProbeProxy;
    /** The direct path, with --direct when a proxy was used (absent otherwise). */
    direct?: IProbeDirectPath;
    /** How long each phase took. */
    timings: IProbeTimings;
    /** The phase that was slow for its kind, when one was. */
    slow?: IProbeSlowPhase;
    /**
     * The exit code of `zowe http-status probe` for this result: 0 when every layer passed, else the code of the
     * diagnosis's verdict class (EXIT_CODES).
     */
    exitCode: number;
}
