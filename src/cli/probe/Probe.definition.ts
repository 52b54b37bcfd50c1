import type { ICommandDefinition } from "@zowe/imperative";
// The same option definitions every z/OSMF command uses. Deep imports of two constant modules (about 1.5 ms with
// imperative loaded), not the SDKs' index files: every zowe command loads this definition.
import { ZosmfSession } from "@zowe/zosmf-for-zowe-sdk/lib/ZosmfSession";
import { ProfileConstants } from "@zowe/core-for-zowe-sdk/lib/constants/Core.constants";

/** `zowe http-status probe`: find out, layer by layer, why a z/OS connection fails. */
const ProbeDefinition: ICommandDefinition = {
    name: "probe",
    aliases: ["pr"],
    type: "command",
    summary: "Find which connection layer fails",
    description:
        "Try the connection a z/OSMF profile (or the connection options) describes, one layer at a time, and stop at " +
        "the first layer that fails: dns (the addresses the host resolves to), tcp (the connection to host:port), tls " +
        "(for https: the chain of certificates the server sends, each with subject, issuer, names, validity and SHA-256 " +
        "fingerprint, and the check that fails in words with its fix: a host the certificate does not name, an expired or " +
        "not yet valid certificate, a self-signed one, an issuer not trusted here such as a TLS-inspecting proxy's CA, a " +
        "missing CA certificate), http (one request without credentials: status, which server answered, time to the first " +
        "byte) and auth (one request with credentials, through the Zowe SDK's z/OSMF REST client). The failing layer is " +
        "explained like last-error explains a failure: verdict, the server's own words (API ML's reason and action, IBM " +
        "MQ's explanation and action, z/OSMF's category, rc and reason), causes, next steps and next commands, with the " +
        "matching site knowledge entries (see zowe http-status knowledge) first. One line gives the time of each phase " +
        "(dns, tcp, proxy, tls, first byte, auth, total) and names a phase that was slow for its kind.\n\n" +
        "It never risks a lock-out: it sends at most one request with credentials, none when an earlier layer already " +
        "shows the target is wrong, and none with an API ML or JWT token whose own expiry time has passed (it says when " +
        "it expired and how to log in again; the token is never shown). Each layer is bounded by --timeout. With " +
        "--reject-unauthorized false, a certificate Node would refuse is reported as a warning, with the same words, not a pass.\n\n" +
        "It takes the path Zowe takes: when imperative's proxy settings send this host through a proxy (HTTPS_PROXY or " +
        "HTTP_PROXY and their lower-case forms, unless NO_PROXY lists the host), dns and tcp reach the proxy, a proxy " +
        "layer sends CONNECT (with the proxy credentials of the proxy URL) and reports the proxy's answer, and tls " +
        "goes to the target through the tunnel. The report names the proxy, without its credentials.\n\n" +
        "Exit codes, by the class of the failure, so that a script can branch without reading JSON: 0 every layer " +
        "passed; 1 the command itself could not run (bad input); 10 client-config; 11 network; 12 tls; 13 authentication; " +
        "14 authorization; 15 not-found; 16 conflict or bad-request; 17 server-error or server-unavailable; 18 timeout; " +
        "19 unknown. With --rfj, \"data\" is { ok, exitCode, target, proxy, steps: [{ name, ok, ms, detail, warning }], " +
        "timings, slow, failure, diagnosis, direct }; the tls step's detail holds chain and findings.",
    handler: __dirname + "/Probe.handler",
    // Zowe adds the base profile to every command that has a profile: declaring it again lists --base-profile twice.
    profile: { optional: ["zosmf"] },
    options: [
        ...ZosmfSession.ZOSMF_CONNECTION_OPTIONS,
        ProfileConstants.BASE_OPTION_TOKEN_TYPE,
        ProfileConstants.BASE_OPTION_TOKEN_VALUE,
        {
            name: "path",
            aliases: ["pa"],
            type: "string",
            description: "The resource to try. Behind an API ML base path it goes through the gateway.",
            defaultValue: "/zosmf/info"
        },
        {
            name: "timeout",
            aliases: ["to"],
            type: "number",
            description: "The most any one layer may take, in seconds. It applies to every layer, the authenticated request " +
                "included, so it takes the place of --establish-connection-timeout and --completion-timeout for the probe.",
            defaultValue: 10
        },
        {
            name: "direct",
            aliases: ["di"],
            type: "boolean",
            description: "When Zowe goes through a proxy for this host, also try the direct path afterwards (dns, tcp, tls and " +
                "http, never with credentials) and say which path works: is it the proxy or the host?",
            defaultValue: false
        },
        {
            name: "markdown",
            aliases: ["md"],
            type: "boolean",
            description: "Print the result as one Markdown report to paste into a GitHub issue or a help-desk ticket: the " +
                "verdict, the layers as a table, the failed layer's causes, steps and next commands, a curl line and the " +
                "environment (Zowe CLI, plug-ins, Node.js, OS, daemon mode, log levels). Secrets are masked. With --rfj, data " +
                "is unchanged and the Markdown is the stdout field."
        }
    ],
    examples: [
        { description: "Probe the connection of your default z/OSMF profile", options: "" },
        { description: "Probe the connection of the z/OSMF profile lpar1", options: "--zosmf-profile lpar1" },
        {
            description: "Probe a host and port given on the command line, with a 5-second limit per layer",
            options: "--host mf.example.com --port 443 --timeout 5"
        },
        {
            description: "Probe a z/OSMF service through the API ML gateway",
            options: "--host gw.example.com --port 7554 --base-path ibmzosmf/api/v1"
        },
        { description: "Probe and give the result as JSON, for a script", options: "--rfj" },
        {
            description: "Probe in a script and keep only the exit code: 0 works, 12 a certificate problem, 13 log in again, 17 the server side",
            options: "--zosmf-profile lpar1 > /dev/null; echo $?"
        },
        { description: "Behind a proxy, probe through it and then without it, to see which path works", options: "--direct" },
        { description: "Probe and make a Markdown report for a support ticket", options: "--markdown > probe-report.md" }
    ]
};

export = ProbeDefinition;
