/**
 * Where each connection value of a failed call came from, in Zowe's order: the command line, a ZOWE_OPT_ variable,
 * the service profile (and the profiles it is nested in), the base profile, the default; and `unknown`, with the
 * reason, when the evidence cannot tell. Team-config facts are built by hand here (readProfileFacts.unit.test.ts
 * reads a real config).
 */
import type { IFailedCall } from "../../../../src/api/failure/doc/IFailedCall";
import type { IProfileFacts, ITeamConfigFacts } from "../../../../src/api/profiles/doc/IProfileFacts";
import { traceValueOrigins } from "../../../../src/api/profiles/traceValueOrigins";
import { commandLineOptions } from "../../../../src/api/profiles/commandLineOptions";
import { failedCall } from "../../../__helpers__/failedCalls";

const FILE = "/home/me/.zowe/zowe.config.json";

function profile(name: string, type: string, values: Record<string, string>, plain: string[] = [], secure: string[] = []): IProfileFacts {
    const jsonPath = name.split(".").map((part) => `profiles.${part}`).join(".");
    return {
        name, type, jsonPath, isDefault: false, configFile: FILE, host: values.host ?? "mf.example.com", port: Number(values.port ?? 443),
        basePath: values.basePath ?? null, user: values.user ?? null, userSecure: secure.includes("user"), passwordSecure: secure.includes("password"),
        passwordSet: plain.includes("password") || secure.includes("password"), credentialsFile: FILE, profileFile: FILE,
        own: { values, plain, secure }
    };
}

const CONFIG: ITeamConfigFacts = {
    profiles: [
        profile("lpar1", "zosmf", { port: "443", protocol: "https" }),
        profile("sys", "zosmf", { host: "mf.example.com" }),
        profile("sys.zosmf", "zosmf", { port: "443" }, [], ["password"]),
        profile("base", "base", { host: "mf.example.com", user: "IBMUSER", rejectUnauthorized: "true" }, ["password"]),
        profile("tokbase", "base", { host: "mf.example.com", tokenType: "apimlAuthenticationToken" }, [], ["tokenValue"])
    ],
    defaults: { zosmf: "lpar1", base: "base" }
};

/** A 401 of a CLI command, with its logged command line and ZOWE_OPT_ variables. */
function cliCall(command: string | null, variables: string[] | null = [], authUsed = "basic"): IFailedCall {
    const call = failedCall({ httpStatus: 401, resource: "/zosmf/restfiles/ds?dslevel=A.*", causeErrors: "{}" }, authUsed);
    return { ...call, client: "zowe-cli", command, ...variables == null ? {} : { zoweVariables: variables.map((name) => ({ name })) } };
}

const of = (call: IFailedCall, name: string) => traceValueOrigins(call, CONFIG).origins.find((origin) => origin.name === name);

describe("commandLineOptions", () => {
    it("reads --name value, --name=value, short aliases and flags, and leaves negative numbers as values", () => {
        expect(commandLineOptions("zowe zos-files list ds A.* --port 10443 --protocol=http -H mf --ru --x -1")).toEqual([
            { option: "--port", value: "10443" }, { option: "--protocol", value: "http" }, { option: "-H", value: "mf" },
            { option: "--ru", value: "true" }, { option: "--x", value: "-1" }
        ]);
    });
});

describe("traceValueOrigins", () => {
    it("takes an option over a variable, a variable over the profiles, and says what the profile says beneath", () => {
        const logged = cliCall("zowe zos-files list ds A.* --protocol http --port 10443", ["ZOWE_OPT_PORT", "ZOWE_OPT_HOST"]);
        const call = { ...logged, request: { ...logged.request, protocol: "http", port: 10443 } };
        expect(of(call, "port")).toMatchObject({ from: "command-line", option: "--port", value: "10443", beneath: { value: "443", profile: "lpar1" } });
        expect(of(call, "protocol")).toMatchObject({ from: "command-line", option: "--protocol", beneath: { value: "https", profile: "lpar1" } });
        expect(of(call, "host")).toMatchObject({ from: "environment", variable: "ZOWE_OPT_HOST" });
    });

    it("takes the default profile of the command's type and the default base, and names the profile that holds each value", () => {
        const trace = traceValueOrigins(cliCall("zowe zos-files list ds A.*"), CONFIG);
        expect(trace.profile).toMatchObject({ name: "lpar1", matchedBy: "default", baseProfile: "base" });
        expect(of(cliCall("zowe zos-files list ds A.*"), "password")).toMatchObject({ from: "base-profile", profile: "base", secure: false,
            property: "profiles.base.properties.password", configFile: FILE });
        expect(of(cliCall("zowe zos-files list ds A.*"), "user")).toMatchObject({ from: "base-profile", value: "IBMUSER" });
        expect(of(cliCall("zowe zos-files list ds A.*"), "basePath")).toMatchObject({ from: "default", property: "profiles.lpar1.properties.basePath" });
    });

    it("follows a nested profile to its parent, and --base-profile to that base's token", () => {
        const nested = cliCall("zowe zos-files list ds A.* --zosmf-profile sys.zosmf --base-profile tokbase", [], "token");
        const trace = traceValueOrigins(nested, CONFIG);
        expect(trace.profile).toMatchObject({ name: "sys.zosmf", matchedBy: "command-line", baseProfile: "tokbase" });
        expect(of(nested, "host")).toMatchObject({ from: "service-profile", profile: "sys", property: "profiles.sys.properties.host" });
        expect(of(nested, "tokenValue")).toMatchObject({ from: "base-profile", profile: "tokbase", secure: true });
        expect(of(nested, "password")).toBeUndefined();
    });

    it("says unknown, and why, when the evidence has no command line, environment or fitting profile", () => {
        expect(traceValueOrigins(cliCall(null)).origins.find((origin) => origin.name === "port"))
            .toMatchObject({ from: "unknown", unknownBecause: "the evidence holds no command line" });
        expect(traceValueOrigins(cliCall("zowe … data-set")).origins.find((origin) => origin.name === "port"))
            .toMatchObject({ from: "unknown", unknownBecause: "the log holds no command line (daemon mode)" });
        // With the team config, a daemon-mode call is the profile with its host and port, as pasted evidence is.
        expect(traceValueOrigins(cliCall("zowe … data-set"), CONFIG).profile).toMatchObject({ name: "lpar1", matchedBy: "host-port" });
        // Without the logged environment, a value no profile holds may have come from a ZOWE_OPT_ variable: not "the default".
        expect(of(cliCall("zowe zos-files list ds A.*", null), "basePath")).toMatchObject({ from: "unknown",
            unknownBecause: "the evidence holds no environment" });
        const elsewhere = { ...cliCall("zowe zos-files list ds A.*"), request: { ...cliCall(null).request, host: "other.example.org" } };
        expect(traceValueOrigins(elsewhere, CONFIG).profile).toBeUndefined();
        expect(of(elsewhere, "port")).toMatchObject({ from: "unknown" });
    });

    it("matches Zowe Explorer's call by host and port when Explorer named no profile", () => {
        const explorer = { ...cliCall(null), client: "zowe-explorer" as const, zoweVariables: undefined };
        expect(traceValueOrigins(explorer, CONFIG).profile).toMatchObject({ matchedBy: "host-port" });
    });
});
