import type { IDoctorCheck } from "../doc/IDoctor";
import { DOCS } from "../docLinks";
import { setVariableCommand } from "../shellCommands";

/** A proxy variable that sends a profile's z/OS host through a proxy, decided as imperative's ProxySettings decides. */
export const proxyCheck: IDoctorCheck = {
    id: "proxy",
    title: "Proxy variables spare the z/OS hosts",
    docs: DOCS.environment,
    run(facts) {
        if (facts.proxies.length === 0) {
            return { state: "skip", finding: "No profile host to route." };
        }
        const routed = facts.proxies.filter((route) => route.proxy != null && !route.proxy.bypassed);
        const malformed = facts.proxies.filter((route) => route.proxy?.problem != null);
        if (routed.length === 0) {
            const bypassed = facts.proxies.filter((route) => route.proxy?.bypassed === true);
            return { state: "ok", finding: bypassed.length > 0 ?
                `A proxy variable is set, and NO_PROXY sends ${bypassed.map((route) => route.host).join(", ")} direct.` :
                `No proxy variable applies: ${facts.proxies.map((route) => `${route.profile} (${route.host})`).join(", ")} go direct.` };
        }
        const hosts = [...new Set(routed.map((route) => route.host))];
        const listed = (facts.env.NO_PROXY ?? facts.env.no_proxy ?? "") !== "";
        const value = facts.platform === "win32" ? `%NO_PROXY%,${hosts.join(",")}` : listed ? `"$NO_PROXY,${hosts.join(",")}"` : hosts.join(",");
        return {
            state: "warn",
            finding: routed.map((route) =>
                `${route.profile} (${route.protocol}://${route.host}) goes through ${route.proxy?.url} (set by ` +
                    `${route.proxy?.variable ?? "the session"})`)
                .join("; ") + `: NO_PROXY ${listed ? "does not list" : "is not set, so it does not list"} ` +
                    `${hosts.length === 1 ? "this host" : "these hosts"}. ` +
                "A corporate proxy usually cannot reach z/OS, or inspects its TLS." +
                (malformed.length > 0 ? ` ${malformed[0].proxy?.problem}` : ""),
            fix: `${setVariableCommand(facts.platform, "NO_PROXY", value)} (unless z/OS is reached only through this proxy)`
        };
    }
};
