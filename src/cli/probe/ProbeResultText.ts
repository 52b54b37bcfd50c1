import type { ServiceKind } from "../../api/failure/doc/IFailedCall";
import type { IProbeCertificate, IProbeProxy, IProbeResult, IProbeStep, IProbeTimings } from "../../api/probe/doc/IProbeResult";
import { SERVICE_LABELS } from "../../api/knowledge/serviceLabels";
import { INDENT, bullets, commandList, numbered, section, wrap } from "../shared/TextLayout";
import { renderSiteAdvice } from "../shared/SiteAdviceText";
import { serverWordsSection } from "../shared/ServerWordsText";

/** Who answered the http layer: the server recognised from the answer, with its Server header when that says otherwise. */
function httpAnswer(detail: Record<string, unknown>): string {
    const service = detail.service as ServiceKind;
    const header = typeof detail.server === "string" ? detail.server : null;
    if (service === "unknown") {
        return `${detail.status} from a server not recognised from its answer${header == null ? "" : ` (Server header "${header}")`}`;
    }
    const label = SERVICE_LABELS[service];
    return `${detail.status} from ${label}${header == null || header === label ? "" : ` (Server header "${header}")`}`;
}

/** The expired token the auth layer did not send, without its value. */
function expiredText(detail: Record<string, unknown>): string {
    const token = detail.tokenExpiry as { type: string; expiresAt: string | null };
    return `not sent: the ${token.type} token expired at ${token.expiresAt?.replace(/\.\d{3}Z$/, "Z") ?? "?"}`;
}

/** The token the auth layer read, without its value. */
function tokenText(detail: Record<string, unknown>): string {
    const token = detail.tokenExpiry as { type: string; expiresAt: string | null; expired: boolean } | undefined;
    return token == null ? "" : `; token ${token.type}${token.expiresAt == null ? ", expiry unknown" : `, expires ${token.expiresAt}`}`;
}

/** The key fact of a layer, for its one line. */
export function keyDetail(step: IProbeStep): string {
    const detail = step.detail;
    const error = detail.error as { code?: string; message?: string } | undefined;
    if (error != null) {
        return [error.code, error.message].filter((part) => part != null && part.length > 0).join(": ");
    }
    switch (step.name) {
        case "dns":
            return `${detail.proxy ? `proxy ${detail.host}: ` : ""}${(detail.addresses as string[]).join(", ")}`;
        case "tcp":
            return `connected to ${detail.proxy ? "the proxy at " : ""}${detail.address}:${detail.port}`;
        case "proxy":
            return `${detail.form} ${detail.status} ${detail.statusText ?? ""}`.trim() +
                `${detail.proxyAuthorization ? " (Proxy-Authorization sent)" : ""}` +
                `${detail.words != null ? `: "${detail.words}"` : ""}`;
        case "tls":
            return `${detail.protocol}, subject ${detail.subject ?? "?"}, issuer ${detail.issuer ?? "?"}, ` +
                `${typeof detail.daysLeft === "number" && detail.daysLeft < 0 ? `expired ${-detail.daysLeft} day(s) ago` :
                    `${detail.daysLeft ?? "?"} day(s) left`}${detail.selfSigned ? ", self-signed" : ""}` +
                `${detail.hostnameMatches ? "" : ", host name does not match"}${detail.trusted ? ", trusted" : ", not trusted"}`;
        case "http":
            return httpAnswer(detail);
        case "auth":
            return detail.skipped ? "skipped" : detail.sent === false ? expiredText(detail) :
                `${detail.status ?? "no status"} with ${detail.authType} authentication${tokenText(detail)}`;
    }
}

/** The indent of the lines under a layer's line. */
const UNDER = `${INDENT}${" ".repeat(11)}`;

/** One certificate of the chain: who it is for, who issued it, its names, dates and fingerprint. */
function certificateLines(certificate: IProbeCertificate, index: number): string[] {
    const dates = `${certificate.validFrom?.slice(0, 10) ?? "?"} to ${certificate.validTo?.slice(0, 10) ?? "?"}`;
    return wrap(`certificate ${index + 1}: ${certificate.subject ?? certificate.subjectName}, issued by ` +
        `${certificate.selfIssued ? "itself" : certificate.issuer ?? certificate.issuerName}; names ${certificate.names.join(", ") || "none"}; ` +
        `valid ${dates}; SHA-256 ${certificate.fingerprint256}`, UNDER);
}

/** One line per layer, with its mark; under tls the chain the server sent. */
function stepLines(steps: IProbeStep[]): string[] {
    return steps.flatMap((step) => {
        const mark = !step.ok ? "FAIL" : step.warning != null ? "WARN" : "ok";
        const chain = step.name === "tls" && Array.isArray(step.detail.chain) ? step.detail.chain as IProbeCertificate[] : [];
        return [...wrap(`${keyDetail(step)} (${step.ms} ms)`, `${INDENT}${mark.padEnd(4)} ${step.name.padEnd(5)} `),
            ...chain.flatMap(certificateLines),
            ...(step.warning == null ? [] : wrap(step.warning, UNDER))];
    });
}

/** The phases in the order they happen, with their short names. */
const PHASES: ReadonlyArray<[keyof IProbeTimings, string]> = [["dnsMs", "dns"], ["tcpMs", "tcp"], ["proxyMs", "proxy"], ["tlsMs", "tls"],
    ["ttfbMs", "first byte"], ["authMs", "auth"], ["totalMs", "total"]];

/** `dns 1, tcp 0, tls 9, first byte 4, auth 31, total 52`: the phases in milliseconds. */
export function timingText(result: IProbeResult): string {
    const timings = result.timings;
    return PHASES.filter(([key]) => typeof timings[key] === "number").map(([key, label]) => `${label} ${timings[key]}`).join(", ");
}

/** `Timings (ms): dns 1, tcp 0, tls 9, first byte 4, auth 31, total 52` on one short line, and the slow phase named. */
export function timingLines(result: IProbeResult): string[] {
    return [`Timings (ms): ${timingText(result)}`, ...(result.slow == null ? [] : wrap(`Slow: ${result.slow.words}`, ""))];
}

/** Which proxy Zowe uses for the target and who chose it, or that NO_PROXY sends it direct. */
export function proxyLine(proxy: IProbeProxy): string {
    const chooser = proxy.chosenBy === "session" ? "the session's proxy settings" : proxy.variable ?? "the environment";
    if (proxy.bypassed) {
        return `Direct: NO_PROXY lists the host, so Zowe does not use the proxy ${proxy.url} (from ${chooser}).`;
    }
    const credentials = proxy.credentials === "none" ? "no proxy credentials" :
        `proxy credentials from the ${proxy.credentials === "url" ? "proxy URL" : "session"}`;
    return `Through the proxy ${proxy.url} (from ${chooser}; ${credentials}).${proxy.problem == null ? "" : ` ${proxy.problem}`}`;
}

/** With --direct: how the direct path went, and which path works. */
function directLines(result: IProbeResult): string[] {
    const direct = result.direct;
    if (direct == null) {
        return [];
    }
    const through = result.ok ? "works" : `fails at ${result.steps[result.steps.length - 1].name}`;
    const straight = direct.ok ? `works (${direct.steps.map((step) => step.name).join(", ")}; no credentials sent)` :
        `fails at ${direct.steps[direct.steps.length - 1].name}`;
    return ["", "Direct path, without the proxy:", ...stepLines(direct.steps), "",
        ...wrap(`Through the proxy the connection ${through}; direct it ${straight}.`, ""),
        ...(direct.diagnosis == null ? [] : wrap(`Direct: ${direct.diagnosis.summary}`, ""))];
}

/** `https://mf.example.com:443/ibmzosmf/api/v1/zosmf/info`: where a probe went. */
export function probeTargetUrl(result: IProbeResult): string {
    const { protocol, host, port, basePath, path } = result.target;
    const base = basePath.replace(/^\/+|(?<!\/)\/+$/g, "");
    return `${protocol}://${host}:${port}${base.length > 0 ? `/${base}` : ""}${path}`;
}

/** One line per layer, then the diagnosis of the layer that failed. */
export function renderProbeResult(result: IProbeResult): string {
    const lines = [`Probe of ${probeTargetUrl(result)}`,
        ...(result.proxy == null ? [] : wrap(proxyLine(result.proxy), "")), "", ...stepLines(result.steps), "", ...timingLines(result)];
    const diagnosis = result.diagnosis;
    if (diagnosis == null) {
        lines.push("", "Every layer of the connection works.", ...directLines(result));
        return lines.join("\n");
    }
    return [
        ...lines,
        "",
        ...wrap(`Verdict: ${diagnosis.verdict} (exit code ${result.exitCode})`, INDENT),
        "",
        ...wrap(diagnosis.summary, ""),
        ...(result.failure == null ? [] : serverWordsSection(result.failure)),
        ...renderSiteAdvice(diagnosis.site ?? []),
        ...section("Caution", diagnosis.caution == null ? [] : wrap(diagnosis.caution)),
        ...section("Likely causes", bullets(diagnosis.causes)),
        ...section("What to do", numbered(diagnosis.nextSteps)),
        ...section("Next commands", commandList(diagnosis.nextCommands)),
        ...directLines(result)
    ].join("\n");
}
