import type { IFailedCall } from "../failure/doc/IFailedCall";
import { requestUrl } from "./diagnose";
import { shellQuote } from "./shellQuote";

/** The methods curl may be told to use; any other text read from the evidence is never put in the command. */
const METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];

/**
 * curl's options for the proxy the call went through: `--proxy` with its scheme, host and port, `--proxy-user` with
 * placeholders when credentials were sent to it, and `--proxy-insecure` for a TLS proxy when certificate checking was
 * off (Zowe's proxy agent then checks the proxy's certificate no more than the target's).
 */
function proxyOptions(call: IFailedCall): string[] {
    const proxy = call.proxy;
    if (proxy == null) {
        return [];
    }
    const host = proxy.host.includes(":") ? `[${proxy.host}]` : proxy.host;
    const scheme = proxy.scheme ?? "http";
    return ["--proxy", shellQuote(`${scheme}://${host}:${proxy.port}`),
        ...(proxy.credentialsFrom === "url" || proxy.credentialsFrom === "session" ?
            ["--proxy-user", shellQuote("<proxy-user>:<proxy-password>")] : []),
        ...(scheme === "https" && call.auth.allowUnauthorizedCert === true ? ["--proxy-insecure"] : [])];
}

/**
 * A curl command that repeats a failed call, as the Zowe troubleshooting docs ask users to write by hand. The
 * credentials are placeholders (`<user>:<password>`, `<token>`), never values; z/OSMF's CSRF header is included.
 * A call that went through a proxy goes through the same proxy (`--proxy`, its credentials as placeholders too).
 * @returns the command, or null when the call's host is unknown
 */
export function curlCommand(call: IFailedCall): string | null {
    if (call.request.host == null) {
        return null;
    }
    const url = requestUrl(call);
    // A method that is not a real one (crafted evidence) never reaches the command: a <method> placeholder stands for it.
    const method = call.request.method == null ? "GET" : METHODS.includes(call.request.method) ? call.request.method : null;
    const parts = ["curl", "--request", shellQuote(method ?? "<method>"), shellQuote(url),
        "--header", shellQuote("Accept: application/json"), "--header", shellQuote("X-CSRF-ZOSMF-HEADER: true")];
    switch (call.auth.kind) {
        case "token":
        case "apiml-token-without-base-path":
            parts.push("--cookie", shellQuote("<tokenType>=<tokenValue>"));
            break;
        case "bearer":
            parts.push("--header", shellQuote("Authorization: Bearer <token>"));
            break;
        case "cert-pem":
            parts.push("--cert", shellQuote("<certFile>"), "--key", shellQuote("<certKeyFile>"));
            break;
        case "none":
            break;
        default:
            parts.push("--user", shellQuote("<user>:<password>"));
    }
    if (method === "PUT" || method === "POST") {
        // z/OSMF takes submitted JCL and data set contents as text, everything else as JSON.
        const textBody = /\/restjobs\/jobs\/?$|\/restfiles\/(ds|fs)\//.test(call.request.resource ?? "");
        parts.push("--header", shellQuote(`Content-Type: ${textBody ? "text/plain" : "application/json"}`),
            "--data-binary", shellQuote("@<request-body-file>"));
    }
    if (call.auth.allowUnauthorizedCert === true && call.request.protocol === "https") {
        parts.push("--insecure");
    }
    parts.push(...proxyOptions(call));
    return parts.join(" ");
}
