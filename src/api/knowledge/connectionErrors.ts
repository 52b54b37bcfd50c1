/**
 * Failures that come without an HTTP status: the Node.js network errors and TLS certificate errors that Zowe CLI
 * reports as "Failed to send an HTTP request." (or, for a completion timeout, "HTTP request timed out after
 * connecting."), and Zowe's own connect and completion timeouts. Each entry is keyed by Node's error code and, for
 * when the code is lost (Zowe's --rfj output drops it for some errors), by a pattern over the error message.
 *
 * Facts: measurements of Zowe CLI 8.37.1 on Node 20 against a local test server (refused connection, reset socket,
 * connect and completion timeouts, self-signed certificate, HTTP against HTTPS and back, unresolvable host,
 * unreachable proxy), the imperative REST client source (timeouts, environment variables, keep-alive retry),
 * the error texts of Node.js and OpenSSL, and Zowe user threads (zowe-cli #822; zowe-cli-cics-deploy-plugin #259),
 * as collected in the project's research notes. The wording is our own.
 */

import type { IKnowledgeEntry } from "./doc/IKnowledgeEntry";

/** What turning certificate checking off does, said in every TLS entry. */
const REJECT_UNAUTHORIZED_WARNING =
    "Avoid --reject-unauthorized false (profile property rejectUnauthorized: false) as a fix: it turns off certificate " +
    "checking for that profile, so anyone on the network path can pose as the server and read your password or token.";

/** The safe way to make Zowe trust a site's own certificate authority, said in every TLS entry. */
const TRUST_SITE_CA =
    "Instead, get the site's CA certificate (from the z/OS security administrator, or exported from the keyring that " +
    "z/OSMF or API ML uses) as a PEM file and point the NODE_EXTRA_CA_CERTS environment variable at it before running " +
    "zowe; this works because Zowe CLI runs on Node.js (in daemon mode, restart the daemon so it sees the variable).";

/**
 * Node network and TLS errors, and Zowe's connect and completion timeouts, with their meaning for a Zowe user.
 * Group `connection`: one entry explains a failure; an exact error code outranks a pattern over the message, and
 * overlapping patterns exclude each other (see DEPTH_ZERO_SELF_SIGNED_CERT).
 */
export const CONNECTION_ERRORS: readonly IKnowledgeEntry[] = [
    {
        id: "ENOENT",
        kind: "connection",
        when: { source: ["client", "other"], code: ["ENOENT"] },
        priority: 100,
        group: "connection",
        advice: {
            summary: "A local file or folder the command names does not exist: Node.js failed before any request was sent.",
            verdict: "client-config",
            causes: [
                "A typing error in the local path, or a path relative to another folder than the one the command ran in.",
                "The file was moved or deleted, or a variable in the path was empty."
            ],
            nextSteps: [
                "Check the path in the error against the files that exist (ls or dir), and give it again, absolute if in doubt.",
                "Nothing reached z/OS: there is nothing to check on the mainframe side."
            ]
        },
        source: { title: "Node.js file system errors (ENOENT)", url: "https://nodejs.org/api/errors.html#common-system-errors" }
    },
    {
        id: "ECONNREFUSED",
        kind: "connection",
        when: [
            { source: ["client", "timeout", "other"], code: ["ECONNREFUSED"] },
            { source: ["client", "timeout", "other"], textMatches: ["ECONNREFUSED"] }
        ],
        priority: 100,
        group: "connection",
        advice: {
            summary: "The host was reached, but nothing accepts connections on that port.",
            // Users' threads show a wrong port far more often than a service that is down (zowe-cli-cics-deploy-plugin #259,
            // zowe-cli #822, zowe-explorer-vscode #739): the profile is the first suspect.
            verdict: "client-config",
            causes: [
                {
                    text: "The profile has the wrong port: a typing error, or the z/OSMF port where the API ML gateway port is meant " +
                        "(or the reverse).",
                    topic: "where-port"
                },
                "z/OSMF or the API ML gateway is down or restarting; a z/OSMF that is down gives this error, not a 503.",
                "A firewall actively rejects the connection.",
                "A proxy is in use (HTTPS_PROXY or HTTP_PROXY): if the address in the error differs from the Host line under " +
                "Diagnostic Information, it was the proxy that refused, and the proxy setting or the proxy itself is the problem."
            ],
            nextSteps: [
                { text: "Compare the address in the error with the host and port you expect; check the port in the profile.", topic: "where-port" },
                "If a proxy variable is set, check that the proxy runs and is the one to use, or unset it for this host.",
                "If host and port are right, ask the z/OS team whether z/OSMF (IZUSVR1) or the gateway is up."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which profile and config file supply host and port."
                },
                {
                    command: "zowe config set profiles.zosmf.properties.port 443",
                    purpose: "Correct the port (use your site's z/OSMF or gateway port and your profile's name)."
                },
                {
                    command: "zowe zosmf check status",
                    purpose: "Try the connection again once the port is corrected."
                }
            ]
        }
    },
    {
        id: "ENOTFOUND",
        kind: "connection",
        when: [
            { source: ["client", "timeout", "other"], code: ["ENOTFOUND"] },
            { source: ["client", "timeout", "other"], textMatches: ["getaddrinfo ENOTFOUND"] }
        ],
        priority: 100,
        group: "connection",
        advice: {
            summary: "The host name could not be resolved to an address.",
            verdict: "network",
            causes: [
                { text: "A typing error in the host name of the profile.", topic: "where-host" },
                "The name is only known inside the company network and the VPN is not connected.",
                "The DNS server does not know the name, or a short name needs the full domain."
            ],
            nextSteps: [
                { text: "Check the host name in the profile, character by character.", topic: "where-host" },
                "Connect the VPN if the host is internal, then try again.",
                "Try the fully qualified name, or ask the network team which name to use."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which profile and config file supply the host name."
                },
                {
                    command: "zowe config set profiles.zosmf.properties.host <host-name>",
                    purpose: "Correct the host name (use your profile's name)."
                }
            ]
        }
    },
    {
        id: "EAI_AGAIN",
        kind: "connection",
        when: [
            { source: ["client", "timeout", "other"], code: ["EAI_AGAIN"] },
            { source: ["client", "timeout", "other"], textMatches: ["getaddrinfo EAI_AGAIN"] }
        ],
        priority: 100,
        group: "connection",
        advice: {
            summary: "The host name could not be resolved right now: the DNS lookup failed temporarily.",
            verdict: "network",
            causes: [
                "The DNS server is not reachable: the machine is offline, or the VPN that provides the DNS server is not connected.",
                "A DNS server that is slow or overloaded."
            ],
            nextSteps: [
                "Check the network and VPN connection, then try again.",
                "If it keeps failing, ask the network team about DNS, or use the fully qualified name or address the site gives."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Try again once the network is back."
                }
            ]
        }
    },
    {
        id: "ECONNRESET",
        kind: "connection",
        when: [
            { source: ["client", "timeout", "other"], code: ["ECONNRESET"] },
            { source: ["client", "timeout", "other"], textMatches: ["ECONNRESET", "socket hang up"] }
        ],
        priority: 100,
        group: "connection",
        advice: {
            summary: "The connection was dropped before an answer came (\"socket hang up\").",
            verdict: "network",
            causes: [
                {
                    text: "The profile uses --protocol http against an HTTPS port: the server closes the connection without an answer.",
                    tags: ["suggests-https"]
                },
                "A proxy or firewall between you and z/OS cut the connection.",
                "z/OSMF or the gateway restarted or closed the connection while serving the request."
            ],
            nextSteps: [
                { text: "Check the protocol in the profile: z/OSMF and API ML normally use https.", tags: ["suggests-https"] },
                "Retry once; Zowe already retries once by itself when a kept-alive connection was closed.",
                "If it keeps happening, ask the network team whether a proxy or firewall closes the connections."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See the protocol, host and port the profile uses."
                },
                {
                    command: "zowe config set profiles.zosmf.properties.protocol https",
                    purpose: "Switch the profile to HTTPS (use your profile's name).",
                    tags: ["suggests-https"]
                }
            ]
        }
    },
    {
        id: "ETIMEDOUT",
        kind: "connection",
        when: [
            { source: ["client", "timeout", "other"], code: ["ETIMEDOUT"] },
            { source: ["client", "timeout", "other"], textMatches: ["\\bETIMEDOUT\\b"] }
        ],
        priority: 100,
        group: "connection",
        advice: {
            summary: "The connection attempt got no answer at all: packets to the host are being dropped.",
            verdict: "network",
            causes: [
                "A firewall silently drops traffic to that host or port.",
                "The host or IP address is wrong and nothing answers at it.",
                "The VPN is not connected, or the host is down."
            ],
            nextSteps: [
                { text: "Check host and port in the profile.", topic: "where-host" },
                "Check that the VPN is connected, if the host is internal.",
                "Ask the network team whether the port is open from your machine to the z/OS host."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which host and port the profile uses."
                }
            ]
        }
    },
    {
        id: "EHOSTUNREACH",
        kind: "connection",
        when: [
            { source: ["client", "timeout", "other"], code: ["EHOSTUNREACH"] },
            { source: ["client", "timeout", "other"], textMatches: ["EHOSTUNREACH"] }
        ],
        priority: 100,
        group: "connection",
        advice: {
            summary: "There is no route to the host: the network reports it cannot be reached.",
            verdict: "network",
            causes: [
                "The VPN is not connected, so the internal address has no route.",
                { text: "A wrong IP address in the profile.", topic: "where-host" },
                "The host or a router on the way is down."
            ],
            nextSteps: [
                "Connect the VPN, if the host is internal.",
                { text: "Check the address in the profile.", topic: "where-host" },
                "If it lasts, ask the network team about the route to the host."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which host the profile uses."
                }
            ]
        }
    },
    {
        id: "ENETUNREACH",
        kind: "connection",
        when: [
            { source: ["client", "timeout", "other"], code: ["ENETUNREACH"] },
            { source: ["client", "timeout", "other"], textMatches: ["ENETUNREACH"] }
        ],
        priority: 100,
        group: "connection",
        advice: {
            summary: "Your machine has no route to the network of that address.",
            verdict: "network",
            causes: [
                "The machine is offline or the VPN is not connected.",
                "The address belongs to a network your machine cannot reach (for example an IPv6 address without IPv6 connectivity)."
            ],
            nextSteps: [
                "Check the network and VPN connection.",
                { text: "Check the host in the profile; try its host name instead of an address.", topic: "where-host" }
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which host the profile uses."
                }
            ]
        }
    },
    {
        id: "EPROTO",
        kind: "connection",
        when: [
            // ERR_SSL_WRONG_VERSION_NUMBER is the same fault under OpenSSL's name: one entry for both.
            { source: ["client", "timeout", "other"], code: ["EPROTO", "ERR_SSL_WRONG_VERSION_NUMBER"] },
            { source: ["client", "timeout", "other"], textMatches: ["EPROTO", "wrong version number"] }
        ],
        priority: 100,
        group: "connection",
        advice: {
            summary:
                "The TLS handshake failed because the other side did not answer in TLS (\"wrong version number\"), " +
                "usually --protocol https against a plain HTTP port.",
            verdict: "client-config",
            causes: [
                { text: "The profile uses https with a port that serves plain HTTP.", topic: "where-protocol" },
                "The port belongs to another service that does not speak TLS.",
                "A proxy that expects plain HTTP is being used for an HTTPS connection."
            ],
            nextSteps: [
                {
                    text: "Check the port and protocol in the profile against what the site gives for z/OSMF or the gateway.",
                    topic: "where-protocol"
                },
                "If that port serves plain HTTP on purpose, set protocol http (--protocol http); otherwise use the port that serves HTTPS.",
                "Turning certificate checking off does not help here: no certificate was exchanged."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See the protocol and port the profile uses."
                },
                {
                    command: "zowe config set profiles.zosmf.properties.port 443",
                    purpose: "Correct the port (use your site's HTTPS port and your profile's name)."
                },
                {
                    command: "zowe config set profiles.zosmf.properties.protocol http",
                    purpose: "Only if that port serves plain HTTP: match the protocol to it (use your profile's name)."
                }
            ]
        }
    },
    {
        id: "CONNECT_TIMEOUT",
        kind: "connection",
        when: [
            { source: ["client", "timeout", "other"], code: ["CONNECT_TIMEOUT"] },
            { source: ["client", "timeout", "other"], textMatches: ["Connection timed out\\. Check the host, port, and firewall rules"] }
        ],
        priority: 100,
        group: "connection",
        advice: {
            summary:
                "Zowe gave up connecting: no connection was set up within the connect timeout " +
                "(--establish-connection-timeout or --ecto, 60 seconds by default).",
            verdict: "network",
            causes: [
                "A firewall drops traffic to that host or port.",
                "A wrong host or port, or the VPN is not connected.",
                "The server is so overloaded that it does not accept new connections."
            ],
            nextSteps: [
                { text: "Check host and port in the profile.", topic: "where-host" },
                "Check that the VPN is connected, if the host is internal.",
                "Ask the network team whether the port is open from your machine.",
                "Only raise the timeout (--ecto in seconds, or ZOWE_SOCKET_CONNECT_TIMEOUT in milliseconds) on a known slow link."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which host and port the profile uses."
                },
                {
                    command: "zowe zosmf check status",
                    purpose: "Try the connection again once host, port or network are fixed."
                }
            ]
        }
    },
    {
        id: "COMPLETION_TIMEOUT",
        kind: "connection",
        when: [
            { source: ["client", "timeout", "other"], code: ["COMPLETION_TIMEOUT"] },
            { source: ["client", "timeout", "other"], textMatches: ["request completion timeout", "timed out after connecting"] }
        ],
        priority: 100,
        group: "connection",
        advice: {
            summary: "The connection was made, but the whole answer did not arrive within the completion timeout.",
            verdict: "timeout",
            causes: [
                "z/OSMF is slow, overloaded or hung on this request.",
                "The request covers too much: a broad data set pattern, a large download, many jobs or a long command.",
                "The timeout set with --completion-timeout (--cto, seconds) or ZOWE_REQUEST_COMPLETION_TIMEOUT (milliseconds) is too short."
            ],
            nextSteps: [
                "Before repeating a submit, upload or command, check whether the work was done.",
                "Narrow the request: a more specific pattern, fewer members or jobs, a smaller file.",
                "If it also fails for small requests, ask the z/OS team about z/OSMF's load; raise the timeout only for known long requests."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Check that z/OSMF answers a short request quickly."
                },
                {
                    command: "zowe zos-jobs list jobs",
                    purpose: "See whether a job you submitted ran despite the timeout."
                }
            ]
        }
    },
    {
        id: "SELF_SIGNED_CERT_IN_CHAIN",
        kind: "connection",
        when: [
            { source: ["client", "timeout", "other"], code: ["SELF_SIGNED_CERT_IN_CHAIN"] },
            { source: ["client", "timeout", "other"], textMatches: ["self[- ]signed certificate in certificate chain"] }
        ],
        priority: 100,
        group: "connection",
        advice: {
            summary: "The server's certificate chain ends in a root CA that this machine does not trust, typically the site's own CA.",
            verdict: "tls",
            causes: [
                "z/OSMF or API ML uses certificates from the site's internal certificate authority.",
                "A company proxy that inspects TLS re-signs the traffic with its own root certificate."
            ],
            nextSteps: [
                REJECT_UNAUTHORIZED_WARNING,
                TRUST_SITE_CA,
                "For a TLS-inspecting proxy, trust the proxy's root certificate the same way (your IT team can provide it)."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Check the connection again after setting NODE_EXTRA_CA_CERTS."
                },
                {
                    command: "zowe config list --locations",
                    purpose: "See which profile sets rejectUnauthorized and which host it connects to."
                }
            ]
        }
    },
    {
        id: "DEPTH_ZERO_SELF_SIGNED_CERT",
        kind: "connection",
        when: [
            { source: ["client", "timeout", "other"], code: ["DEPTH_ZERO_SELF_SIGNED_CERT"] },
            { source: ["client", "timeout", "other"], textMatches: ["self[- ]signed certificate(?! in certificate chain)"] }
        ],
        priority: 100,
        group: "connection",
        advice: {
            summary: "The server presented a self-signed certificate, which no certificate authority vouches for.",
            verdict: "tls",
            causes: [
                "z/OSMF or API ML still runs with a self-signed certificate, common on test systems and new installations.",
                "The server certificate was replaced by a temporary self-signed one."
            ],
            nextSteps: [
                REJECT_UNAUTHORIZED_WARNING,
                "Instead, ask the z/OS security administrator for that certificate as a PEM file and point the NODE_EXTRA_CA_CERTS " +
                "environment variable at it; this works because Zowe CLI runs on Node.js (restart the daemon in daemon mode).",
                "Better still, ask for the server to get a certificate from the site's certificate authority, then trust that CA."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Check the connection again after setting NODE_EXTRA_CA_CERTS."
                },
                {
                    command: "zowe config list --locations",
                    purpose: "See which profile sets rejectUnauthorized and which host it connects to."
                }
            ]
        }
    },
    {
        id: "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
        kind: "connection",
        when: [
            { source: ["client", "timeout", "other"], code: ["UNABLE_TO_VERIFY_LEAF_SIGNATURE"] },
            { source: ["client", "timeout", "other"], textMatches: ["unable to verify the first certificate"] }
        ],
        priority: 100,
        group: "connection",
        advice: {
            summary: "The server's own certificate could not be traced to a trusted CA: an intermediate certificate is missing or unknown.",
            verdict: "tls",
            causes: [
                "The server sends only its own certificate, without the intermediate CA certificates.",
                "The certificate was issued by the site's internal CA, which this machine does not trust."
            ],
            nextSteps: [
                REJECT_UNAUTHORIZED_WARNING,
                TRUST_SITE_CA,
                "Or ask for the server to send the full chain: the intermediate certificates belong on the keyring with the server certificate."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Check the connection again after setting NODE_EXTRA_CA_CERTS."
                }
            ]
        }
    },
    {
        id: "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
        kind: "connection",
        when: [
            { source: ["client", "timeout", "other"], code: ["UNABLE_TO_GET_ISSUER_CERT_LOCALLY"] },
            { source: ["client", "timeout", "other"], textMatches: ["unable to get local issuer certificate"] }
        ],
        priority: 100,
        group: "connection",
        advice: {
            summary: "The certificate authority that issued the server's certificate is not in this machine's trust store.",
            verdict: "tls",
            causes: [
                "The certificate comes from the site's internal CA.",
                "A company proxy that inspects TLS re-signs the traffic with a CA that Node.js does not know."
            ],
            nextSteps: [
                REJECT_UNAUTHORIZED_WARNING,
                TRUST_SITE_CA,
                "For a TLS-inspecting proxy, trust the proxy's CA certificate the same way (your IT team can provide it)."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Check the connection again after setting NODE_EXTRA_CA_CERTS."
                }
            ]
        }
    },
    {
        id: "CERT_HAS_EXPIRED",
        kind: "connection",
        when: [
            { source: ["client", "timeout", "other"], code: ["CERT_HAS_EXPIRED"] },
            { source: ["client", "timeout", "other"], textMatches: ["certificate has expired"] }
        ],
        priority: 100,
        group: "connection",
        advice: {
            summary: "The server's certificate, or one in its chain, has expired.",
            verdict: "tls",
            causes: [
                "The z/OSMF or API ML certificate was not renewed in time.",
                "The clock of your machine is far ahead."
            ],
            nextSteps: [
                "Check your machine's date and time.",
                "Tell the z/OS security administrator: the server certificate must be renewed, and the server restarted to use it.",
                REJECT_UNAUTHORIZED_WARNING +
                " Trusting the CA with NODE_EXTRA_CA_CERTS does not help either: an expired certificate stays expired."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Check the connection again once the certificate has been renewed."
                }
            ]
        }
    },
    {
        id: "CERT_NOT_YET_VALID",
        kind: "connection",
        when: [
            { source: ["client", "timeout", "other"], code: ["CERT_NOT_YET_VALID"] },
            { source: ["client", "timeout", "other"], textMatches: ["certificate is not yet valid"] }
        ],
        priority: 100,
        group: "connection",
        advice: {
            summary: "The server's certificate is not valid yet: its start date lies in the future, as seen from this machine.",
            verdict: "tls",
            causes: [
                "The clock of your machine is behind.",
                "A certificate just issued with a start date ahead of the current time, or by a system whose clock is wrong."
            ],
            nextSteps: [
                "Check your machine's date, time and time zone.",
                "If they are right, tell the z/OS security administrator about the certificate's start date.",
                REJECT_UNAUTHORIZED_WARNING
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Check the connection again once the clock or the certificate has been fixed."
                }
            ]
        }
    },
    {
        id: "ERR_TLS_CERT_ALTNAME_INVALID",
        kind: "connection",
        when: [
            { source: ["client", "timeout", "other"], code: ["ERR_TLS_CERT_ALTNAME_INVALID"] },
            { source: ["client", "timeout", "other"], textMatches: ["Hostname\\/IP does not match certificate's altnames"] }
        ],
        priority: 100,
        group: "connection",
        advice: {
            summary: "The host name in the profile is not one of the names the server's certificate was issued for.",
            verdict: "tls",
            causes: [
                "The profile uses an IP address, a short name or an alias, while the certificate names the full host name.",
                "The certificate lacks the name under which the server is reached (its subjectAltName list)."
            ],
            nextSteps: [
                "Connect with a name that the certificate carries; the error message lists them.",
                REJECT_UNAUTHORIZED_WARNING,
                "If you must use another name, ask the security administrator to add it to the certificate's subjectAltName."
            ],
            nextCommands: [
                {
                    command: "zowe config set profiles.zosmf.properties.host <name-on-certificate>",
                    purpose: "Use a host name the certificate was issued for (use your profile's name)."
                },
                {
                    command: "zowe config list --locations",
                    purpose: "See which profile supplies the host."
                }
            ]
        }
    }
];
