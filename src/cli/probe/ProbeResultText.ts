import type { IProbeResult, IProbeStep } from "../../api/probe/doc/IProbeResult";
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
            return (detail.addresses as string[]).join(", ");
        case "tcp":
            return `connected to ${detail.address}:${detail.port}`;
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

/** `https://mf.example.com:443/ibmzosmf/api/v1/zosmf/info`: where a probe went. */
export function probeTargetUrl(result: IProbeResult): string {
    const { protocol, host, port, basePath, path } = result.target;
    const base = basePath.replace(/^\/+|(?<!\/)\/+$/g, "");
    return `${protocol}://${host}:${port}${base.length > 0 ? `/${base}` : ""}${path}`;
}

/** One line per layer, then the diagnosis of the layer that failed. */
export function renderProbeResult(result: IProbeResult): string {
    const lines = [`Probe of ${probeTargetUrl(result)}`, ""];
    for (const step of result.steps) {
        const mark = !step.ok ? "FAIL" : step.warning != null ? "WARN" : "ok";
        lines.push(...wrap(`${keyDetail(step)} (${step.ms} ms)`, `${INDENT}${mark.padEnd(4)} ${step.name.padEnd(4)} `));
        if (step.warning != null) {
            lines.push(...wrap(step.warning, `${INDENT}${" ".repeat(10)}`));
        }
    }
    const diagnosis = result.diagnosis;
    if (diagnosis == null) {
        lines.push("", "Every layer of the connection works.");
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
        ...section("Next commands", commandList(diagnosis.nextCommands))
    ].join("\n");
}
