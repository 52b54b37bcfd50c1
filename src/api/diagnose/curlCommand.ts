import type { IFailedCall } from "../failure/doc/IFailedCall";
import { requestUrl } from "./diagnose";

/** Quote a word for a POSIX shell. */
function shellQuote(word: string): string {
    return `'${word.replace(/'/g, "'\\''")}'`;
}

/**
 * A curl command that repeats a failed call, as the Zowe troubleshooting docs ask users to write by hand. The
 * credentials are placeholders (`<user>:<password>`, `<token>`), never values; z/OSMF's CSRF header is included.
 * @returns the command, or null when the call's host is unknown
 */
export function curlCommand(call: IFailedCall): string | null {
    if (call.request.host == null) {
        return null;
    }
    const url = requestUrl(call);
    const parts = ["curl", "--request", call.request.method ?? "GET", shellQuote(url),
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
            parts.push("--cert", "<certFile>", "--key", "<certKeyFile>");
            break;
        case "none":
            break;
        default:
            parts.push("--user", shellQuote("<user>:<password>"));
    }
    if (call.request.method != null && ["PUT", "POST"].includes(call.request.method)) {
        // z/OSMF takes submitted JCL and data set contents as text, everything else as JSON.
        const textBody = /\/restjobs\/jobs\/?$|\/restfiles\/(ds|fs)\//.test(call.request.resource ?? "");
        parts.push("--header", shellQuote(`Content-Type: ${textBody ? "text/plain" : "application/json"}`), "--data-binary", "@<request-body-file>");
    }
    if (call.auth.allowUnauthorizedCert === true && call.request.protocol === "https") {
        parts.push("--insecure");
    }
    return parts.join(" ");
}
