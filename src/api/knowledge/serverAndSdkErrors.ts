/**
 * Failures before an answer as Zowe's servers and the non-Node clients report them: the API ML gateway or discovery
 * service that does not trust, or cannot verify the name of, the certificate of a service it calls (PKIX path
 * building failed, no subject alternative name), or cannot reach a Zowe component that is not started yet; and a
 * Java, Python or curl client that does not trust the server's certificate. The readers tell these failures by the
 * Node code of the same failure (readers/shared/foreignErrorWords.ts), which gives the generic advice; these entries,
 * narrowed to the format, name the place to fix for that client or server, which the generic advice (Node's CA
 * options) does not.
 */
import type { IKnowledgeEntry } from "./doc/IKnowledgeEntry";

const ZOWE_CERTIFICATES = { title: "Zowe Docs: Configuring certificates", url: "https://docs.zowe.org/stable/user-guide/configure-certificates" };

export const SERVER_AND_SDK_ERRORS: readonly IKnowledgeEntry[] = [
    {
        id: "zowe-server-pkix",
        kind: "rule",
        // The gateway's log, or its answer: a 5xx that quotes a JSSE trust failure is the server's own outbound TLS failing.
        when: [
            { format: ["zowe-server-log", "java-exception"], textMatches: ["PKIX path building failed", "unable to find valid certification path"],
                service: ["apiml"] },
            { status: "5xx", textMatches: ["PKIX path building failed", "unable to find valid certification path"] }
        ],
        priority: 520,
        advice: {
            summary: "A server between you and the service (the API ML gateway, discovery or ZAAS, or another server that answered " +
                "with this 5xx) does not trust the certificate of the service it called: its truststore lacks the certificate " +
                "authority that signed that service's certificate.",
            verdict: "tls",
            causes: [
                "The service (z/OSMF, a plug-in's service, another Zowe component) has a certificate from a CA that is not in Zowe's truststore.",
                "The service was given a new certificate (or a self-signed one) after Zowe's truststore was built."
            ],
            nextSteps: [
                "Ask the Zowe administrator to add the CA of the service's certificate (the whole chain) to the keystore or keyring " +
                "named in zowe.certificate.truststore of zowe.yaml, then restart Zowe.",
                "To find the service, read the URL or host in the lines before the exception in the same log.",
                "Setting zowe.verifyCertificates to DISABLED only hides the problem: trust the CA instead."
            ]
        },
        source: ZOWE_CERTIFICATES
    },
    {
        id: "zowe-server-hostname-check",
        kind: "rule",
        when: { format: ["zowe-server-log", "java-exception"], service: ["apiml"], textMatches: ["No subject alternative (?:DNS )?names? matching",
            "No name matching [^\\n]{1,200} found", "doesn't match any of the subject alternative names",
            "Certificate for <[^>\\n]{1,200}> doesn't match"] },
        priority: 520,
        advice: {
            summary: "A Zowe server trusts the certificate of the service it called, but the certificate does not name the host it called " +
                "the service by (the subject alternative names).",
            verdict: "tls",
            causes: [
                "The service is registered under a host name or IP address that its certificate does not list.",
                "Zowe's own certificate lacks the names (or IP addresses) its components use to call each other."
            ],
            nextSteps: [
                "Ask the Zowe administrator to issue the certificate with the host name (and IP address, if used) in its subject " +
                "alternative names, or to register the service under a name the certificate lists.",
                "zowe.verifyCertificates NONSTRICT checks trust but not names: a stopgap, not a fix."
            ]
        },
        source: ZOWE_CERTIFICATES
    },
    {
        id: "zowe-server-component-refused",
        kind: "rule",
        when: { format: ["zowe-server-log"], textMatches: ["Connection refused", "ConnectException", "Failed to connect to "] },
        priority: 520,
        advice: {
            summary: "A Zowe server component could not connect to another one (or to the service it routes to): nothing was listening " +
                "on that port yet, usually a component that is not started, still starting, or failed to start.",
            verdict: "server-unavailable",
            causes: [
                "The component or service it calls (discovery, ZAAS, caching, z/OSMF) has not started yet or ended: at Zowe start-up this is " +
                "common for a minute or two.",
                "The component runs on another port or host than zowe.yaml says."
            ],
            nextSteps: [
                "Check the other components are up (their job logs or the started task's SYSPRINT), and wait for the gateway's " +
                "start-up message before sending requests.",
                "If it persists, compare the port in the refused address with the component's port in zowe.yaml."
            ]
        },
        source: { title: "Zowe Docs: Troubleshooting API Mediation Layer", url: "https://docs.zowe.org/stable/troubleshoot/troubleshoot-apiml" }
    },
    {
        id: "java-client-untrusted-certificate",
        kind: "rule",
        when: { format: ["java-exception"], serviceNot: ["apiml"], code: ["UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "SELF_SIGNED_CERT_IN_CHAIN",
            "DEPTH_ZERO_SELF_SIGNED_CERT"] },
        priority: 510,
        advice: {
            summary: "The Java client does not trust the server's certificate (PKIX path building failed): the CA that signed it is not " +
                "in the truststore the JVM uses.",
            verdict: "tls",
            causes: [
                "The server's certificate comes from a company CA, or is self-signed, and the JVM's cacerts does not hold it.",
                "A TLS-inspecting proxy replaced the certificate with one from its own CA."
            ],
            nextSteps: [
                "Import the CA certificate into the truststore the program uses (keytool -importcert -keystore <truststore> -file ca.pem), " +
                "or name one with -Djavax.net.ssl.trustStore.",
                "Turning verification off in the program hides the problem: trust the CA instead."
            ]
        },
        source: { title: "Oracle: Java Secure Socket Extension (JSSE) Reference Guide, TrustManager and truststores",
            url: "https://docs.oracle.com/en/java/javase/17/security/java-secure-socket-extension-jsse-reference-guide.html" }
    },
    {
        id: "python-client-untrusted-certificate",
        kind: "rule",
        when: { format: ["python-sdk-error"], code: ["UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "SELF_SIGNED_CERT_IN_CHAIN",
            "DEPTH_ZERO_SELF_SIGNED_CERT"] },
        priority: 510,
        advice: {
            summary: "The Python client (requests, under the Zowe Python SDK) does not trust the server's certificate " +
                "(CERTIFICATE_VERIFY_FAILED).",
            verdict: "tls",
            causes: [
                "The server's certificate comes from a company CA, or is self-signed, and Python's CA bundle (certifi) does not hold it.",
                "A TLS-inspecting proxy replaced the certificate with one from its own CA."
            ],
            nextSteps: [
                "Point requests to a CA bundle that holds the CA: export REQUESTS_CA_BUNDLE=/path/to/ca-bundle.pem, then run again.",
                "The profile's rejectUnauthorized: false turns verification off for the SDK: use it only to confirm, then trust the CA."
            ]
        },
        source: { title: "Requests documentation: SSL Cert Verification (REQUESTS_CA_BUNDLE)",
            url: "https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification" }
    },
    {
        id: "curl-untrusted-certificate",
        kind: "rule",
        when: { format: ["curl-verbose"], code: ["UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "SELF_SIGNED_CERT_IN_CHAIN", "DEPTH_ZERO_SELF_SIGNED_CERT"] },
        priority: 510,
        advice: {
            summary: "curl does not trust the server's certificate (SSL certificate problem): the CA that signed it is not in curl's CA bundle.",
            verdict: "tls",
            causes: ["The server's certificate comes from a company CA or is self-signed, or a TLS-inspecting proxy replaced it."],
            nextSteps: [
                "Give curl the CA: --cacert ca.pem (or CURL_CA_BUNDLE); -k only skips the check, to confirm the rest of the call works.",
                "Zowe CLI needs the same CA: NODE_EXTRA_CA_CERTS=ca.pem, or the profile's rejectUnauthorized while testing."
            ]
        },
        source: { title: "curl: SSL Certificate Verification", url: "https://curl.se/docs/sslcerts.html" }
    }
];
