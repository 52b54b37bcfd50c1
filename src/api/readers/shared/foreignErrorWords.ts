import type { INetworkError } from "../../failure/doc/IFailedCall";

/**
 * The failures before an answer as other clients word them (Java, Python requests and urllib3, Go net/http and
 * crypto/x509, curl, HTTPie), each told as the Node code of the same failure, so that one piece of knowledge per
 * failure serves every client. The message keeps the client's own words. Sources: the JDK's java.net and
 * javax.net.ssl exceptions (`Connection refused`, `UnknownHostException`, `PKIX path building failed`,
 * `No subject alternative names`), Python's ssl module (`CERTIFICATE_VERIFY_FAILED`), Go's x509 package
 * (`certificate signed by unknown authority`, `certificate is valid for`), curl's error codes (6, 7, 28, 35, 51, 60).
 */
const WORDS: ReadonlyArray<[RegExp, string]> = [
    [/self[- ]signed certificate in (?:the )?certificate chain/i, "SELF_SIGNED_CERT_IN_CHAIN"],
    [/self[- ]signed certificate/i, "DEPTH_ZERO_SELF_SIGNED_CERT"],
    [/certificate has expired|CertificateExpiredException|certificate (?:has )?expired|NotAfter: /i, "CERT_HAS_EXPIRED"],
    [/No subject alternative (?:DNS )?names?|certificate is (?:not )?valid for|doesn'?t match (?:any of the subject alternative names|common name)|no alternative certificate subject name matches|Hostname [^\n]{1,200} not verified|hostname mismatch|certificate subject name [^\n]{0,200}does not match/i, "ERR_TLS_CERT_ALTNAME_INVALID"],
    [/PKIX path building failed|unable to find valid certification path|certificate signed by unknown authority|CERTIFICATE_VERIFY_FAILED|unable to get local issuer certificate|SSL certificate problem|certificate verify failed/i, "UNABLE_TO_GET_ISSUER_CERT_LOCALLY"],
    [/wrong version number|Unrecognized SSL message|plaintext connection|server gave HTTP response to HTTPS client|record layer failure/i, "EPROTO"],
    [/Connection refused|ConnectException|Failed to connect to [^\n]{1,200} port \d{1,5}|NewConnectionError/i, "ECONNREFUSED"],
    [/UnknownHostException|Name or service not known|nodename nor servname|no such host|Could not resolve host|getaddrinfo failed|NameResolutionError|Temporary failure in name resolution/i, "ENOTFOUND"],
    [/No route to host|NoRouteToHostException|Network is unreachable/i, "EHOSTUNREACH"],
    [/Connection reset|RemoteDisconnected|Connection aborted|Empty reply from server|unexpected EOF/i, "ECONNRESET"],
    [/SocketTimeoutException|Read timed out|Connect(?:ion)? timed out|ConnectTimeout|ReadTimeout|i\/o timeout|Operation timed out|Client\.Timeout exceeded|context deadline exceeded/i, "ETIMEDOUT"]
];

/**
 * The failure before an answer a text reports in another client's words, as a Node code with the line that says it.
 * @param text - an exception, a log line, a transcript
 * @returns the code and the line, or null when the text names no such failure
 */
export function foreignNetworkError(text: string): INetworkError | null {
    for (const [words, code] of WORDS) {
        const match = words.exec(text);
        if (match != null) {
            const start = text.lastIndexOf("\n", match.index) + 1;
            const end = text.indexOf("\n", match.index);
            return { code, message: text.slice(start, end < 0 ? undefined : end).trim().slice(0, 1000) };
        }
    }
    return null;
}
