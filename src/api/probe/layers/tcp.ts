import * as net from "net";
import type { INetworkError } from "../../failure/doc/IFailedCall";
import { CONNECT_TIMEOUT_MESSAGE, type IProbeContext, type IProbeLayer, elapsed, firstHop, proxyMark, timeoutError,
    withTimeout } from "../probeContext";
import { clientFailure, failedLayer, networkErrorOf } from "../probeFailure";

/** Connect to one address, within the time limit. */
async function connectTo(context: IProbeContext, address: string): Promise<void> {
    const socket = new net.Socket();
    try {
        await withTimeout(new Promise<void>((resolve, reject) => {
            socket.once("error", reject);
            socket.connect(firstHop(context).port, address, resolve);
        }), context.timeoutMs, () => timeoutError("CONNECT_TIMEOUT", CONNECT_TIMEOUT_MESSAGE));
    } finally {
        socket.destroy();
    }
}

/** tcp: connect to the addresses the host resolved to, in order, as Node does; the first that accepts is used. */
export const tcpLayer: IProbeLayer = {
    name: "tcp",
    applies: () => true,
    async run(context, state) {
        const started = process.hrtime.bigint();
        const refused: Array<{ address: string; error: INetworkError }> = [];
        const addresses = state.addresses ?? [state.address];
        const { port } = firstHop(context);
        for (const address of addresses) {
            try {
                await connectTo(context, address);
                state.address = address;
                const detail = { address, port, failedAddresses: refused, ...proxyMark(context) };
                return { step: { name: "tcp", ok: true, ms: elapsed(started), detail } };
            } catch (error) {
                refused.push({ address, error: networkErrorOf(error) });
            }
        }
        const last = refused[refused.length - 1]?.error ?? { code: null, message: "no address to connect to" };
        return failedLayer("tcp", started, { address: addresses[0], port, error: last, failedAddresses: refused, ...proxyMark(context) },
            clientFailure(context, last, "client", "proxy"));
    }
};
