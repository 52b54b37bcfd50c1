import type { IProbeSlowPhase, IProbeStep, IProbeTimings, ProbePhase } from "./doc/IProbeResult";

/**
 * How long each phase may take before it is named as slow, in milliseconds, and what a slow one points at. The
 * bounds are generous: a phase past them is slow for its kind on any network a Zowe user works on.
 */
const SLOW_PHASES: ReadonlyArray<{ phase: ProbePhase; ms: number; words: (seconds: string, server: string) => string }> = [
    { phase: "dns", ms: 1000, words: (s) => `Looking up the host took ${s}: the name server or the resolver settings, not z/OS` },
    { phase: "tcp", ms: 1000, words: (s) => `Connecting took ${s}: the network path or a firewall on the way, not the z/OS service` },
    { phase: "proxy", ms: 2000, words: (s) => `The proxy took ${s} to answer: the proxy, before z/OS was reached` },
    { phase: "tls", ms: 2000, words: (s) => `The TLS handshake took ${s}: a busy server or a proxy that inspects TLS` },
    { phase: "ttfb", ms: 5000, words: (s, server) => `${server} took ${s} to answer: the server side (z/OSMF, its TSO or Liberty), not the network` },
    {
        phase: "auth", ms: 10000,
        words: (s, server) => `The authenticated request took ${s}: the logon on the server side (${server}, SAF), not the network`
    }
];

/**
 * The time of each phase of a path, as curl's -w and httpstat give them: dns, tcp, proxy, tls, time to the first byte
 * of the unauthenticated answer, the authenticated request, and the total.
 * @param steps - the steps of the path
 * @param totalMs - the time the whole probe took
 */
export function phaseTimings(steps: readonly IProbeStep[], totalMs: number): IProbeTimings {
    const timings: IProbeTimings = { totalMs };
    for (const step of steps) {
        if (step.name === "http") {
            const ttfb = step.detail.ttfbMs;
            if (typeof ttfb === "number") {
                timings.ttfbMs = ttfb;
            }
        } else if (!(step.name === "auth" && step.detail.sent === false) && step.detail.skipped !== true) {
            timings[`${step.name}Ms`] = step.ms;
        }
    }
    return timings;
}

/**
 * The phase that was slow for its kind, the slowest against its bound, in words; undefined when none was.
 * @param timings - the phase times
 * @param server - who answered, for the words (`z/OSMF`, `the API ML gateway`)
 */
export function slowPhase(timings: IProbeTimings, server: string): IProbeSlowPhase | undefined {
    const over = SLOW_PHASES.map((bound) => ({ bound, ms: timings[`${bound.phase}Ms`] }))
        .filter((entry): entry is { bound: typeof entry.bound; ms: number } => typeof entry.ms === "number" && entry.ms > entry.bound.ms)
        .sort((a, b) => b.ms / b.bound.ms - a.ms / a.bound.ms)[0];
    return over == null ? undefined :
        { phase: over.bound.phase, ms: over.ms, words: `${over.bound.words(`${(over.ms / 1000).toFixed(1)} s`, server)}.` };
}
