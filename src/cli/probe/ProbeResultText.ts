import type { IProbeProxy, IProbeResult, IProbeStep } from "../../api/probe/doc/IProbeResult";
import { INDENT, bullets, commandList, numbered, section, wrap } from "../shared/TextLayout";
import { renderSiteAdvice } from "../shared/SiteAdviceText";

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
                `${detail.daysLeft ?? "?"} day(s) left${detail.selfSigned ? ", self-signed" : ""}` +
                `${detail.hostnameMatches ? "" : ", host name does not match"}${detail.trusted ? ", trusted" : ", not trusted"}`;
        case "http":
            return `${detail.status}${detail.server != null ? ` from ${detail.server}` : ""}, service ${detail.service}`;
        case "auth":
            return detail.skipped ? "skipped" : `${detail.status ?? "no status"} with ${detail.authType} authentication`;
    }
}

/** One line per layer, with its mark. */
function stepLines(steps: IProbeStep[]): string[] {
    return steps.flatMap((step) => {
        const mark = !step.ok ? "FAIL" : step.warning != null ? "WARN" : "ok";
        return [...wrap(`${keyDetail(step)} (${step.ms} ms)`, `${INDENT}${mark.padEnd(4)} ${step.name.padEnd(5)} `),
            ...(step.warning == null ? [] : wrap(step.warning, `${INDENT}${" ".repeat(11)}`))];
    });
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
    const straight = direct.ok ? "works (dns, tcp, tls, http; no credentials sent)" : `fails at ${direct.steps[direct.steps.length - 1].name}`;
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
        ...(result.proxy == null ? [] : wrap(proxyLine(result.proxy), "")), "", ...stepLines(result.steps)];
    const diagnosis = result.diagnosis;
    if (diagnosis == null) {
        lines.push("", "Every layer of the connection works.", ...directLines(result));
        return lines.join("\n");
    }
    return [
        ...lines,
        "",
        ...wrap(`Verdict: ${diagnosis.verdict}`, INDENT),
        "",
        ...wrap(diagnosis.summary, ""),
        ...renderSiteAdvice(diagnosis.site ?? []),
        ...section("Caution", diagnosis.caution == null ? [] : wrap(diagnosis.caution)),
        ...section("Likely causes", bullets(diagnosis.causes)),
        ...section("What to do", numbered(diagnosis.nextSteps)),
        ...section("Next commands", commandList(diagnosis.nextCommands)),
        ...directLines(result)
    ].join("\n");
}
