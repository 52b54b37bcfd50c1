import type * as http from "http";
import type { ISession } from "@zowe/imperative";
import type { IProbeProxy } from "./doc/IProbeResult";
import { PROXY_VARIABLES } from "../knowledge/proxyVariables";


/** The way to the proxy that Zowe would take, with what it sends to it. Never printed as it is: it holds credentials. */
export interface IProxyRoute {
    /** What the report shows (no credentials). */
    report: IProbeProxy;
    /** The proxy URL as ProxySettings read it. */
    url: URL;
    /** The Proxy-Authorization value Zowe's proxy agent would send, if any. */
    authorization?: string;
    /** The values that must never be printed: the URL's password (as written and decoded) and the header's credentials. */
    secrets: string[];
    /** A new instance of the very agent Zowe's REST client sends with (ProxySettings.getProxyAgent). */
    agent: () => http.Agent | undefined;
}

function safeDecode(text: string): string {
    try {
        return decodeURIComponent(text);
    } catch {
        return text;
    }
}

/**
 * The Proxy-Authorization Zowe sends: the proxy agents imperative uses (https-proxy-agent and http-proxy-agent 7) send
 * Basic credentials from the proxy URL when it has any, and otherwise the session's `proxy_authorization`.
 */
function proxyAuthorization(url: URL, session: ISession): string | undefined {
    if (url.username !== "" || url.password !== "") {
        return `Basic ${Buffer.from(`${safeDecode(url.username)}:${safeDecode(url.password)}`).toString("base64")}`;
    }
    return session.proxy?.proxy_authorization;
}

/**
 * Decide as Zowe decides whether a request to the session's host goes through a proxy, and which: imperative's
 * ProxySettings on this very session (its `proxy` settings first, then HTTPS_PROXY / HTTP_PROXY and their lower-case
 * forms by the target's protocol; NO_PROXY, or the session's `no_proxy`, sends the host direct).
 * @param session - the session the probe's auth layer sends with
 * @returns (a promise of) the route through the proxy, one whose `report.bypassed` is true when NO_PROXY sends the probe direct,
 *          or undefined when no proxy is set for this protocol
 */
export async function proxyRouteOf(session: ISession): Promise<IProxyRoute | undefined> {
    // Loaded on first use: the diagnostics API without a probe never pays for the proxy agents.
    const { ProxySettings } = await import("@zowe/imperative/lib/rest/src/client/ProxySettings");
    const bypassed = ProxySettings.matchesNoProxySettings(session);
    // The proxy NO_PROXY bypasses is still named in the report: ask again as if the host were not listed.
    const url = ProxySettings.getSystemProxyUrl(bypassed ? { ...session, proxy: { ...session.proxy, no_proxy: [] } } : session);
    if (url == null) {
        return undefined;
    }
    const protocol = session.protocol === "http" ? "http" : "https";
    const fromSession = (protocol === "http" ? session.proxy?.http_proxy : session.proxy?.https_proxy) != null;
    const variable = fromSession ? undefined : PROXY_VARIABLES[protocol].find((name) => process.env[name] !== undefined);
    const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
    // `proxy.example.com:8080` without a scheme is still a URL (scheme `proxy.example.com:`, no host): Zowe's agent
    // then connects to port 80 of this machine, and so does the probe.
    const host = url.hostname === "" ? "localhost" : url.hostname.replace(/^\[|\]$/g, "");
    const wellFormed = (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
    const authorization = proxyAuthorization(url, session);
    const report: IProbeProxy = {
        url: wellFormed ? `${url.protocol}//${url.hostname}:${port}` : `${host}:${port}`,
        host,
        port,
        chosenBy: fromSession ? "session" : "environment",
        ...(variable == null ? {} : { variable }),
        credentials: authorization == null ? "none" : url.username !== "" || url.password !== "" ? "url" : "session",
        bypassed,
        ...(wellFormed ? {} : {
            // The "scheme" of a URL written without one is its first part (a user name, a host): it is not quoted.
            problem: `The proxy URL is not http://host:port (it has no http:// or https:// scheme` +
                `${url.hostname === "" ? " and no host" : ""}): Zowe still uses it and connects to ${host}:${port}. ` +
                "Write it as http://proxy-host:port."
        })
    };
    const secrets = [url.password, safeDecode(url.password), authorization?.replace(/^\S{1,16}\s/, "")]
        .filter((value): value is string => value != null && value.length > 0);
    return { report, url, ...(authorization == null ? {} : { authorization }), secrets, agent: () => ProxySettings.getProxyAgent(session) };
}
