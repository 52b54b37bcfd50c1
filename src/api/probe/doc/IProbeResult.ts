import type { IDiagnosis, IFailedCall } from "../../failure/doc/IFailedCall";

/** The layers of a connection, in the order they are tried. */
export type ProbeLayer = "dns" | "tcp" | "tls" | "http" | "auth";

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
}
