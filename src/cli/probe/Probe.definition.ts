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
        "(for https: protocol, certificate subject, issuer, expiry, days left, self-signed, host name match and whether " +
        "Node's trust store accepts it), http (one request without credentials: status, server, which service " +
        "answered) and auth (one request with credentials, through the Zowe SDK's z/OSMF REST client). The failing " +
        "layer is explained like last-error explains a failure: verdict, causes, next steps and next commands, with the " +
        "matching site knowledge entries (see zowe http-status knowledge) first.\n\n" +
        "It never risks a lock-out: it sends at most one request with credentials, and none when an earlier layer " +
        "already shows the target is wrong. Each layer is bounded by --timeout. With --reject-unauthorized false, a " +
        "certificate Node would refuse is reported as a warning, not a pass.\n\n" +
        "It takes the path Zowe takes: when imperative's proxy settings send this host through a proxy (HTTPS_PROXY or " +
        "HTTP_PROXY and their lower-case forms, unless NO_PROXY lists the host), dns and tcp reach the proxy, a proxy " +
        "layer sends CONNECT (with the proxy credentials of the proxy URL) and reports the proxy's answer, and tls " +
        "goes to the target through the tunnel. The report names the proxy, without its credentials.\n\n" +
        "Exit code 0 when every layer passes, 1 when one fails. With --rfj, \"data\" is " +
        "{ ok, target, proxy, steps: [{ name, ok, ms, detail, warning }], failure, diagnosis, direct }.",
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
        { description: "Behind a proxy, probe through it and then without it, to see which path works", options: "--direct" },
        { description: "Probe and make a Markdown report for a support ticket", options: "--markdown > probe-report.md" }
    ]
};

export = ProbeDefinition;
