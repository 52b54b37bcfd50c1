/** The phase timings of a probe and the phase named as slow, from given step times (no clock involved). */
import type { IProbeStep } from "../../../../src/api/probe/doc/IProbeResult";
import { phaseTimings, slowPhase } from "../../../../src/api/probe/phaseTimings";

const step = (name: IProbeStep["name"], ms: number, detail: Record<string, unknown> = {}): IProbeStep => ({ name, ok: true, ms, detail });

describe("phaseTimings", () => {
    it("gives each phase its time, the first byte from the http layer, and leaves out what was not tried", () => {
        const steps = [step("dns", 2), step("tcp", 3), step("tls", 12), step("http", 30, { ttfbMs: 25 }), step("auth", 0, { skipped: true })];
        expect(phaseTimings(steps, 60)).toEqual({ dnsMs: 2, tcpMs: 3, tlsMs: 12, ttfbMs: 25, totalMs: 60 });
        expect(phaseTimings([step("dns", 1), step("auth", 0, { sent: false })], 5)).toEqual({ dnsMs: 1, totalMs: 5 });
    });
});

describe("slowPhase", () => {
    it("names a server that was slow to answer as the server side, not the network", () => {
        expect(slowPhase({ dnsMs: 3, tcpMs: 2, tlsMs: 40, ttfbMs: 28400, totalMs: 28500 }, "z/OSMF")).toEqual({
            phase: "ttfb", ms: 28400, words: "z/OSMF took 28.4 s to answer: the server side (z/OSMF, its TSO or Liberty), not the network."
        });
    });

    it("names the phase furthest past its bound, and none when every phase is within bounds", () => {
        expect(slowPhase({ dnsMs: 4000, ttfbMs: 6000, totalMs: 10000 }, "z/OSMF")?.phase).toBe("dns");
        expect(slowPhase({ tcpMs: 1500, totalMs: 1600 }, "The server")?.words).toMatch(/^Connecting took 1\.5 s: the network path/);
        expect(slowPhase({ dnsMs: 900, tcpMs: 900, tlsMs: 1900, ttfbMs: 4900, authMs: 9000, totalMs: 17600 }, "z/OSMF")).toBeUndefined();
    });
});
