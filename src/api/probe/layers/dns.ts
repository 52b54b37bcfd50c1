import * as dns from "dns";
import { type IProbeLayer, elapsed, firstHop, proxyMark, timeoutError, withTimeout } from "../probeContext";
import { clientFailure, failedLayer, networkErrorOf } from "../probeFailure";

/** dns: the addresses the first hop's host (the proxy's, through one) resolves to, as Node's lookup gives them. */
export const dnsLayer: IProbeLayer = {
    name: "dns",
    applies: () => true,
    async run(context, state) {
        const started = process.hrtime.bigint();
        const { host } = firstHop(context);
        try {
            const addresses = await withTimeout(dns.promises.lookup(host, { all: true }), context.timeoutMs,
                () => timeoutError("ETIMEDOUT", `Looking up ${host} took longer than ${context.timeoutMs} ms.`));
            state.addresses = addresses.map((entry) => entry.address);
            return { step: { name: "dns", ok: true, ms: elapsed(started), detail: { host, addresses: state.addresses, ...proxyMark(context) } } };
        } catch (error) {
            const networkError = networkErrorOf(error);
            return failedLayer("dns", started, { host, error: networkError, ...proxyMark(context) },
                clientFailure(context, networkError, "client", "proxy"));
        }
    }
};
