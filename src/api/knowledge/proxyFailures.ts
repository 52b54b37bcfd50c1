/**
 * Failures on the way through a proxy: the proxy asks for credentials (407), refuses the target (403), cannot reach
 * it (502, 504), cannot itself be reached, or intercepts TLS. Zowe CLI 8 sends every request through the proxy that
 * imperative's ProxySettings picks (HTTPS_PROXY, HTTP_PROXY and their lower-case forms, unless NO_PROXY lists the
 * host; or the session's `proxy` settings, which a program such as Zowe Explorer sets), by a CONNECT tunnel for an
 * https target and in the plain-proxy (absolute-URI) form for an http one.
 *
 * Facts: measured with Zowe CLI 8.37.1 (`zowe zosmf check status`) through a CONNECT proxy on 127.0.0.1. A proxy that
 * refuses the tunnel makes Zowe report "Rest API failure with HTTP(S) status 407" (or 403, 502, 504) with the proxy's
 * own words as the "Response From Service" and the z/OS host in the Host line: nothing in the message says a proxy
 * answered. Only imperative.log's environment dump shows the proxy variable. The wording is our own.
 */

import type { IKnowledgeEntry } from "./doc/IKnowledgeEntry";

/** Where Zowe CLI reads proxy credentials from, said by the 407 entry. */
const WHERE_ZOWE_READS_PROXY_CREDENTIALS =
    "Zowe CLI sends proxy credentials only from the proxy URL itself (HTTPS_PROXY=http://user:password@proxy:port, the " +
    "password URL-encoded) or, for a program that builds its own session, from the session's proxy_authorization value; " +
    "a Zowe profile holds no proxy settings.";

/** Node errors that say the proxy itself could not be reached. */
const UNREACHABLE_CODES = ["ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "CONNECT_TIMEOUT", "EHOSTUNREACH", "ENETUNREACH"];

/** TLS errors that a proxy re-signing the traffic with its own certificate authority causes. */
const INTERCEPTION_CODES = ["SELF_SIGNED_CERT_IN_CHAIN", "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    "DEPTH_ZERO_SELF_SIGNED_CERT", "CERT_UNTRUSTED", "ERR_TLS_CERT_ALTNAME_INVALID"];

/** Proxy knowledge, kind `proxy`. The entries that explain a whole failure share the group `connection`. */
export const PROXY_FAILURES: readonly IKnowledgeEntry[] = [
    {
        id: "proxy-407",
        kind: "proxy",
        // 407 comes only from a proxy (RFC 9110), whatever the evidence says about the path.
        when: { status: [407] },
        priority: 500,
        group: "connection",
        advice: {
            summary: "The proxy between you and z/OS wants proxy credentials, and none or the wrong ones were sent: the request never reached z/OS.",
            verdict: "authentication",
            causes: [
                "The proxy requires a user and password, and the proxy URL Zowe uses (HTTPS_PROXY, HTTP_PROXY) has none.",
                "The proxy user or password in the proxy URL is wrong or expired, or a special character in it is not URL-encoded.",
                "The proxy wants another scheme (NTLM, Kerberos, Negotiate) than the Basic credentials Zowe can send."
            ],
            nextSteps: [
                WHERE_ZOWE_READS_PROXY_CREDENTIALS,
                "Check the proxy credentials with your network team, then set them in the proxy URL and run the command again.",
                "If the proxy allows only NTLM or Kerberos, ask for the z/OS host and port to be exempted from authentication, or run a " +
                "local authenticating proxy (such as cntlm or px) and point HTTPS_PROXY at it.",
                "Your z/OS user and password are not the problem here: do not change them because of this error."
            ],
            caution: "When the proxy credentials are your own network (Windows or LDAP) account, every retry with a wrong password " +
                "counts towards that account's lock-out: fix the password before you run the command again, and do not loop.",
            resources: [{ href: "https://www.rfc-editor.org/rfc/rfc9110#name-407-proxy-authentication-re", title: "RFC 9110: 407 Proxy Authentication Required" }]
        },
        source: { title: "RFC 9110 §15.5.8 407 Proxy Authentication Required", url: "https://www.rfc-editor.org/rfc/rfc9110#name-407-proxy-authentication-re" }
    },
    {
        id: "proxy-403",
        kind: "proxy",
        when: [
            { status: [403], proxyHop: ["proxy"] },
            // From a log: a 403 through a proxy without any report or message ID of z/OSMF's or API ML's (measured: Zowe logs
            // the proxy's refusal of CONNECT as the call's 403, with the proxy's text as the body).
            { status: [403], proxyHop: ["through"], service: ["zosmf", "unknown"], zosmfReport: false, hasMessageId: false }
        ],
        priority: 500,
        group: "connection",
        advice: {
            summary: "The proxy refused to pass the request on to this host and port: its rules do not allow the target.",
            verdict: "network",
            causes: [
                "The proxy allows CONNECT only to certain ports (often 443), and the z/OSMF or API ML port is not one of them.",
                "The z/OS host is not on the proxy's list of allowed destinations, or your user is not allowed to reach it.",
                "The host should not go through the proxy at all: it belongs in NO_PROXY."
            ],
            nextSteps: [
                "Ask the network team to open the host and port (for example zos.example.com:443) on the proxy for your user.",
                "If the host is inside your network, add its exact host name to NO_PROXY (a comma-separated list; Zowe compares " +
                "whole names, without wildcards) and try again.",
                "Nothing reached z/OS: your z/OS user's access is not the problem."
            ]
        },
        source: { title: "RFC 9110 §9.3.6 CONNECT", url: "https://www.rfc-editor.org/rfc/rfc9110#name-connect" }
    },
    {
        id: "proxy-502-504",
        kind: "proxy",
        when: [
            { status: [502, 504], proxyHop: ["proxy"] },
            // From a log or the plain-proxy form: a 502 or 504 without a report of z/OSMF's or a gateway message, through a proxy.
            { status: [502, 504], proxyHop: ["through"], service: ["zosmf", "unknown"], zosmfReport: false, hasMessageId: false }
        ],
        priority: 500,
        group: "connection",
        advice: {
            summary: "The proxy was reached, but the proxy itself could not reach the z/OS host (502: no connection or name unknown to " +
                "it; 504: no answer in time).",
            verdict: "network",
            causes: [
                "The proxy cannot resolve the z/OS host name: a typing error, or a name known only inside a network the proxy is not in.",
                "The proxy cannot connect to the host and port: z/OSMF or the gateway is down, or a firewall between the proxy and z/OS blocks it.",
                "This host should not go through this proxy: it belongs in NO_PROXY, or another proxy serves the z/OS network."
            ],
            nextSteps: [
                "Check the host name and port in the profile.",
                "Ask the network team whether the proxy can reach that host and port, quoting the proxy's own words in this report.",
                "If the host is reachable from your machine without the proxy, add it to NO_PROXY (exact host name) or try " +
                "`zowe http-status probe --direct` to see whether the direct path works."
            ],
            nextCommands: [{ command: "zowe http-status probe --direct", purpose: "Try the direct path as well, and see which one works" }]
        },
        source: { title: "RFC 9110 §15.6.3 502 Bad Gateway and §15.6.5 504 Gateway Timeout", url: "https://www.rfc-editor.org/rfc/rfc9110#name-502-bad-gateway" }
    },
    {
        id: "proxy-unreachable",
        kind: "proxy",
        when: [
            { source: ["client", "timeout"], proxyHop: ["proxy"], code: UNREACHABLE_CODES },
            { source: ["client", "timeout"], proxyHop: ["through"], code: UNREACHABLE_CODES }
        ],
        priority: 500,
        group: "connection",
        advice: {
            summary: "The proxy Zowe is set to use could not be reached: its name is unknown, nothing listens on its port, or it does " +
                "not answer. The request never left your network.",
            verdict: "client-config",
            causes: [
                "The proxy variable (HTTPS_PROXY, HTTP_PROXY or their lower-case forms) names a wrong host or port, or an old proxy.",
                "The proxy URL lacks its scheme (proxy.example.com:8080 instead of http://proxy.example.com:8080): Zowe then " +
                "connects to port 80 of your own machine, and the error names 127.0.0.1:80.",
                "The proxy is down, or only reachable on the VPN or the office network.",
                "A proxy variable is set that this host does not need: it belongs in NO_PROXY."
            ],
            nextSteps: [
                "Print the proxy variables (env | grep -i proxy, or set | findstr /i proxy on Windows) and compare them with the proxy " +
                "your browser or your network team uses.",
                "If this host is reachable without a proxy, add its exact host name to NO_PROXY, or unset the variable for this shell.",
                "Nothing reached z/OS: there is nothing to check on the mainframe side yet."
            ],
            nextCommands: [{ command: "zowe http-status probe --direct", purpose: "Try the direct path as well, and see which one works" }]
        },
        source: { title: "Zowe CLI 7.27.0 release notes: proxy support (HTTP_PROXY, HTTPS_PROXY, NO_PROXY)", url: "https://github.com/zowe/zowe-cli/releases/tag/v7.27.0" }
    },
    {
        id: "proxy-tls-certificate",
        kind: "proxy",
        // The TLS handshake with the proxy itself (an https:// proxy URL) failed: the request never reached the proxy's CONNECT.
        when: [
            { source: ["client"], proxyHop: ["proxy"], code: INTERCEPTION_CODES },
            { source: ["client"], proxyHop: ["proxy"], code: ["EPROTO", "ERR_SSL_WRONG_VERSION_NUMBER"] }
        ],
        priority: 500,
        group: "connection",
        advice: {
            summary: "The proxy URL starts with https://, so Zowe speaks TLS to the proxy itself, and that handshake failed: the proxy's " +
                "own certificate is not one Node.js trusts, or the proxy does not speak TLS on that port. Nothing reached z/OS.",
            verdict: "tls",
            causes: [
                "The proxy's certificate is signed by the company's own CA, which Node.js does not know (Zowe's proxy agent checks it " +
                "as strictly as the target's: --reject-unauthorized applies to both).",
                "The proxy speaks plain HTTP on that port (most do): the URL should start with http://, not https://."
            ],
            nextSteps: [
                "Ask the network team whether the proxy takes TLS on that port; most corporate proxies want http://proxy-host:port " +
                "even for https targets, as the tunnel carries the TLS to z/OS.",
                "If it does take TLS, get the CA certificate that signed the proxy's certificate as a PEM file and point " +
                "NODE_EXTRA_CA_CERTS at it before running zowe (restart the daemon in daemon mode)."
            ],
            caution: "Avoid --reject-unauthorized false as a fix: it also stops Node.js checking the z/OS certificate."
        },
        source: { title: "https-proxy-agent 7 (the proxy agent imperative 8 uses): TLS to an https: proxy", url: "https://github.com/TooTallNate/proxy-agents/tree/main/packages/https-proxy-agent" }
    },
    {
        id: "proxy-tls-interception",
        kind: "proxy",
        when: [
            { source: ["client"], proxyHop: ["target", "through"], code: INTERCEPTION_CODES },
            {
                source: ["client"], proxyHop: ["target", "through"],
                textMatches: ["self.signed certificate|unable to (get|verify)[a-z ]{0,40}issuer|certificate chain"]
            }
        ],
        priority: 500,
        group: "connection",
        advice: {
            summary: "Through the proxy, the certificate Node.js received is not one it trusts. A proxy that inspects TLS answers with a " +
                "certificate of its own, signed by the proxy's certificate authority, not by the site's: compare the issuer with the one " +
                "z/OSMF or API ML really uses.",
            verdict: "tls",
            causes: [
                "The proxy inspects TLS (Zscaler, Blue Coat, Palo Alto and the like): it ends your TLS connection and presents a certificate " +
                "issued by the company's inspection CA, which Node.js does not know.",
                "The z/OS certificate is signed by the site's own CA (or self-signed), and the proxy passes it through unchanged."
            ],
            nextSteps: [
                "Look at the issuer of the certificate in this report: if it names the proxy or the company's inspection CA rather than the " +
                "z/OS site's CA, the proxy intercepts TLS.",
                "Get that CA certificate as a PEM file (from the network team, or exported from your browser's trust store) and point " +
                "NODE_EXTRA_CA_CERTS at it before running zowe: Node.js then trusts it in addition to its own list (restart the daemon " +
                "in daemon mode).",
                "Or ask for the z/OS host to be exempted from TLS inspection on the proxy."
            ],
            caution: "Avoid --reject-unauthorized false as a fix: behind an intercepting proxy it accepts any certificate, so the proxy " +
                "and anyone who can pose as it read your z/OS password or token."
        },
        source: { title: "Node.js command-line options: NODE_EXTRA_CA_CERTS", url: "https://nodejs.org/api/cli.html#node_extra_ca_certsfile" }
    }
];
