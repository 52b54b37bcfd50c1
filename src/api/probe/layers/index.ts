import type { ProbeLayer } from "../doc/IProbeResult";
import type { IProbeLayer } from "../probeContext";
import { authLayer } from "./auth";
import { dnsLayer } from "./dns";
import { httpLayer } from "./http";
import { proxyLayer } from "./proxy";
import { tcpLayer } from "./tcp";
import { tlsLayer } from "./tls";

/** Every layer, by name: one module each. */
export const PROBE_LAYERS: Readonly<Record<ProbeLayer, IProbeLayer>> = {
    dns: dnsLayer, tcp: tcpLayer, proxy: proxyLayer, tls: tlsLayer, http: httpLayer, auth: authLayer
};

/**
 * The paths a probe walks, as data: the layers in order. A layer that does not apply to a target (tls for http, auth
 * on the direct path tried after a proxy) is passed over.
 */
export const PROBE_PATHS: Readonly<Record<"direct" | "proxied", readonly ProbeLayer[]>> = {
    direct: ["dns", "tcp", "tls", "http", "auth"],
    proxied: ["dns", "tcp", "proxy", "tls", "http", "auth"]
};
