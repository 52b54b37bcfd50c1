/**
 * The profile facts behind a failure: read from a real team config with imperative's Config.load, read-only and
 * without secrets; matched to a failed call by Zowe Explorer's profile name or by host and port; and the diagnosis
 * told for that profile (its name and config file in the next commands, vault advice only when the password is in
 * the vault). A missing or broken config gives no facts, never an error.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ConfigSchema } from "@zowe/imperative";
import { ProfileConstants } from "@zowe/core-for-zowe-sdk";
import { ZosmfProfile } from "@zowe/zosmf-for-zowe-sdk/lib/constants/Zosmf.profile";
import type { IFailedCall } from "../../../../src/api/failure/doc/IFailedCall";
import { matchFailingProfile, readProfileFacts, readTeamConfigFacts } from "../../../../src/api/profiles/readProfileFacts";
import { reportForProfile } from "../../../../src/api/profiles/reportForProfile";
import { reportFailure } from "../../../../src/api/lastError/findLastFailures";
import { diagnose } from "../../../../src/api/diagnose/diagnose";
import { CANARIES, expectNoCanary } from "../../../__helpers__/canaries";

const PASSWORD = CANARIES[2][0];
let home: string;

function writeConfig(config: unknown): void {
    fs.writeFileSync(path.join(home, "zowe.config.json"), typeof config === "string" ? config : JSON.stringify(config, null, 2));
}

const TEAM_CONFIG = {
    $schema: "./zowe.schema.json",
    profiles: {
        lpar1: { type: "zosmf", properties: { port: 10443 }, secure: [] },
        lpar2: { type: "zosmf", properties: { port: 10444, user: "SECUSER" }, secure: ["password"] },
        gateway: { type: "zosmf", properties: { port: 7554, basePath: "ibmzosmf/api/v1" }, secure: [] },
        base: { type: "base", properties: { host: "mf.example.com", user: "IBMUSER", password: PASSWORD, rejectUnauthorized: true }, secure: [] }
    },
    defaults: { zosmf: "lpar1", base: "base" },
    autoStore: false
};

beforeAll(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), "http-status-profiles-"));
    fs.writeFileSync(path.join(home, "zowe.schema.json"), JSON.stringify(ConfigSchema.buildSchema([ZosmfProfile, ProfileConstants.BaseProfile])));
});

afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

const call = (fields: Partial<IFailedCall> = {}): IFailedCall => ({
    time: null, client: "zowe-cli", command: null, source: "http", status: 401, statusText: "Unauthorized",
    request: { method: "GET", protocol: "https", host: "MF.example.com", port: 10443, basePath: "", resource: "/zosmf/restfiles/ds?dslevel=IBMUSER.*" },
    service: "zosmf", server: { message: "Username or password are not valid or expired." }, networkError: null,
    auth: { kind: "basic", allowUnauthorizedCert: false }, evidence: { kind: "rfj", file: null }, ...fields
});

describe("readProfileFacts", () => {
    it("reads each profile's merged host and port, its file, the user ID and where the password is kept, never the password", async () => {
        writeConfig(TEAM_CONFIG);
        const facts = await readProfileFacts(home);
        const file = path.join(home, "zowe.config.json");
        expect(facts.find((profile) => profile.name === "lpar1")).toEqual({
            name: "lpar1", type: "zosmf", jsonPath: "profiles.lpar1", isDefault: true, configFile: file, host: "mf.example.com",
            port: 10443, basePath: null, user: "IBMUSER", userSecure: false, passwordSecure: false, passwordSet: true, credentialsFile: file,
            profileFile: file, own: { values: { port: "10443" }, plain: [], secure: [] }
        });
        expect(facts.find((profile) => profile.name === "lpar2")).toMatchObject({ user: "SECUSER", passwordSecure: true, passwordSet: true,
            own: { values: { port: "10444", user: "SECUSER" }, plain: [], secure: ["password"] } });
        // The base profile's own values name the password it holds in plain text, never its value.
        expect(facts.find((profile) => profile.name === "base")?.own).toEqual({
            values: { host: "mf.example.com", user: "IBMUSER", rejectUnauthorized: "true" }, plain: ["password"], secure: []
        });
        expect(facts.map((profile) => profile.name).sort()).toEqual(["base", "gateway", "lpar1", "lpar2"]);
        expectNoCanary(JSON.stringify(facts));
    });

    it.each([
        ["no config", null],
        ["a config that is not JSON", "{ \"profiles\": { broken"],
        ["a config of the wrong shape", JSON.stringify({ profiles: [1, 2], defaults: "x" })]
    ])("gives no facts and no error for %s", async (_label, text) => {
        fs.rmSync(path.join(home, "zowe.config.json"), { force: true });
        if (text != null) {
            writeConfig(text);
        }
        await expect(readProfileFacts(home)).resolves.toEqual([]);
        await expect(readProfileFacts(path.join(home, "missing-folder"))).resolves.toEqual([]);
    });
});

describe("the failing profile", () => {
    let facts: Awaited<ReturnType<typeof readProfileFacts>>;
    beforeAll(async () => {
        writeConfig(TEAM_CONFIG);
        facts = await readProfileFacts(home);
    });

    it("is the service profile with the call's host and port, before the base profile it takes its host from", () => {
        expect(matchFailingProfile(call(), facts)).toMatchObject({ name: "lpar1", matchedBy: "host-port" });
        expect(matchFailingProfile(call({ request: { ...call().request, port: 10444 } }), facts)?.name).toBe("lpar2");
        expect(matchFailingProfile(call({ request: { ...call().request, port: 7554, basePath: "/ibmzosmf/api/v1/" } }), facts)?.name).toBe("gateway");
        expect(matchFailingProfile(call({ request: { ...call().request, host: "other.example.com" } }), facts)).toBeUndefined();
        expect(matchFailingProfile(call({ request: { ...call().request, host: null } }), facts)).toBeUndefined();
    });

    it("is the profile Zowe Explorer names, on the call's host (or when the host is not known)", () => {
        const explorer = { extension: "zowe.vscode-extension-for-zowe", extender: false, version: "3.4.2", editor: "VS Code", apiType: "mvs",
            scenario: null, label: null, profile: "lpar2", dump: true };
        expect(matchFailingProfile(call({ client: "zowe-explorer", explorer, request: { ...call().request, host: null } }), facts))
            .toMatchObject({ name: "lpar2", matchedBy: "explorer-profile" });
        expect(matchFailingProfile(call({ client: "zowe-explorer", explorer }), facts))
            .toMatchObject({ name: "lpar2", matchedBy: "explorer-profile" });
        // Another machine's log that names a profile this config also has, on another host: not this profile.
        expect(matchFailingProfile(call({ client: "zowe-explorer", explorer, request: { ...call().request, host: "customer.example.org" } }), facts))
            .toBeUndefined();
    });

    it("names the profile and config file that hold the credentials in the advice, and drops vault advice when the password is in the file",
        async () => {
            const report = reportForProfile(reportFailure(call()), await readTeamConfigFacts(home));
            const diagnosis = report.diagnosis;
            const file = path.join(home, "zowe.config.json");
            // lpar1 made the call, but the base profile holds the user ID and password: the step names the base profile.
            expect(report.profile).toMatchObject({ name: "lpar1", matchedBy: "host-port", baseProfile: "base" });
            expect(diagnosis.nextSteps[0]).toBe(`The user ID IBMUSER and the password come from base profile base in ${file}, the password ` +
            "written there in plain text (profile lpar1 holds none): correct them there.");
            const commands = diagnosis.nextCommands.map((next) => next.command);
            expect(commands.join("\n")).not.toMatch(/config secure|--secure/);
            expect(diagnose(call()).nextCommands.map((next) => next.command)).toContain("zowe config secure");
            expectNoCanary(JSON.stringify(diagnosis));
        });

    it("suggests zowe config secure with its own profile path when the password is in the vault", () => {
        const profile = matchFailingProfile(call({ request: { ...call().request, port: 10444 } }), facts);
        const commands = diagnose(call(), { profile }).nextCommands.map((next) => next.command);
        expect(commands).toEqual(expect.arrayContaining(["zowe config secure", "zowe config set --secure profiles.lpar2.properties.password"]));
    });

    it("gives its profile option to the commands of its type and its path to zowe config set", () => {
        const refused = call({ source: "client", status: null, statusText: null, server: { message: null },
            networkError: { code: "ECONNREFUSED", message: "connect ECONNREFUSED 192.0.2.1:10443" } });
        const commands = diagnose(refused, { profile: matchFailingProfile(refused, facts) }).nextCommands;
        expect(commands.map((next) => next.command)).toEqual(expect.arrayContaining([
            "zowe config set profiles.lpar1.properties.port 443", "zowe zosmf check status --zosmf-profile lpar1"
        ]));
        expect(commands.map((next) => next.purpose).join("\n")).not.toMatch(/your profile's name/);
    });

    it("quotes a profile name that is not plain, so that a suggested command runs nothing hidden in it", () => {
        const refused = call({ source: "client", status: null, statusText: null, server: { message: null },
            networkError: { code: "ECONNREFUSED", message: "connect ECONNREFUSED 192.0.2.1:10443" } });
        const found = matchFailingProfile(refused, facts);
        expect(found).toBeDefined();
        const odd = { ...found as NonNullable<typeof found>, name: "lpar1$(touch x)`id`'" };
        const commands = diagnose(refused, { profile: odd }).nextCommands.map((next) => next.command);
        expect(commands).toContain("zowe zosmf check status --zosmf-profile 'lpar1$(touch x)`id`'\\'''");
    });

    it("is added to a masked report, and leaves a report without a fitting profile as it was", () => {
        const report = reportFailure(call());
        expect(reportForProfile(report, facts).profile?.name).toBe("lpar1");
        const elsewhere = reportFailure(call({ request: { ...call().request, host: "other.example.com" } }));
        expect(reportForProfile(elsewhere, facts).profile).toBeUndefined();
    });
});
