import type { IFailedCall, IProxyUsed } from "../../failure/doc/IFailedCall";
import { PROXY_VARIABLES } from "../../knowledge/proxyVariables";


function text(value: unknown): string | undefined {
    return typeof value === "string" ? value : undefined;
}

/**
 * The proxy a logged failure went through, read from the environment that Zowe CLI dumps into imperative.log with
 * the failure: the first proxy variable imperative's ProxySettings would read for the call's protocol, unless
 * NO_PROXY (or no_proxy) lists the host (comma-separated, compared whole and without case, as ProxySettings does).
 * Only host and port are kept, never the URL's credentials. The hop is `through`: a log does not tell which hop failed.
 * @param environment - the logged environment variables
 * @param call - the failed call read from the same failure
 * @returns the proxy, or undefined when the call went direct or the variable is not a URL
 */
export function proxyOfLoggedEnvironment(environment: Record<string, unknown>, call: IFailedCall): IProxyUsed | undefined {
    const host = (call.request.host ?? "").toLowerCase();
    const noProxy = text(environment.NO_PROXY) ?? text(environment.no_proxy);
    if (noProxy != null && noProxy.split(",").map((entry) => entry.trim().toLowerCase()).includes(host)) {
        return undefined;
    }
    const name = PROXY_VARIABLES[call.request.protocol === "http" ? "http" : "https"].find((variable) => environment[variable] !== undefined);
    const value = name == null ? undefined : text(environment[name]);
    if (value == null || value.length === 0) {
        return undefined;
    }
    try {
        const url = new URL(value);
        // A URL without a host (`proxy:8080`, no scheme) makes Zowe connect to this machine.
        const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
        return {
            host: url.hostname === "" ? "localhost" : url.hostname, port, chosenBy: "environment", hop: "through",
            ...(url.protocol === "https:" || url.protocol === "http:" ? { scheme: url.protocol === "https:" ? "https" : "http" } : {}),
            credentialsFrom: url.username !== "" || url.password !== "" ? "url" : "none"
        };
    } catch {
        return undefined;
    }
}
