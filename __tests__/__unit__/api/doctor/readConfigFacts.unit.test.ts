import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readConfigFacts } from "../../../../src/api/doctor/readConfigFacts";
import { decodeTokenExpiry } from "../../../../src/api/util/decodeToken";
import { majorOf, zoweReleaseOfImperativeRange } from "../../../../src/api/knowledge/zoweReleases";

describe("readConfigFacts", () => {
    let home: string;
    beforeEach(() => (home = fs.mkdtempSync(path.join(os.tmpdir(), "hs-doctor-config-"))));
    afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

    it("reads profiles, nested ones, secure names and plain-text secrets by name, never their values", async () => {
        fs.writeFileSync(path.join(home, "zowe.config.json"), JSON.stringify({
            profiles: {
                lpar1: { properties: { host: "mf.example.com" }, secure: ["user"], profiles: { zosmf: { type: "zosmf",
                    properties: { port: 443 } } } },
                base: { type: "base", properties: { password: "PlainCanary-55", tokenValue: "" }, secure: [] }
            },
            defaults: { zosmf: "lpar1.zosmf", base: "base" }
        }));
        const { facts } = await readConfigFacts(home);
        expect(facts.exists).toBe(true);
        const nested = facts.profiles.find((profile) => profile.name === "lpar1.zosmf");
        expect(nested).toMatchObject({ jsonPath: "profiles.lpar1.profiles.zosmf", type: "zosmf", secure: ["user"],
            properties: { host: "mf.example.com", port: 443 } });
        const base = facts.profiles.find((profile) => profile.name === "base");
        expect(base?.plainIn).toEqual([{ file: path.join(home, "zowe.config.json"), names: ["password"] }]);
        expect(JSON.stringify(facts)).not.toContain("PlainCanary-55");
        expect(facts.defaults).toEqual({ zosmf: "lpar1.zosmf", base: "base" });
        expect(facts.secureDeclared[path.join(home, "zowe.config.json")]).toEqual(["profiles.lpar1.properties.user"]);
    });

    it("gives imperative's problem for a config it cannot load, and no profiles for a home without one", async () => {
        expect((await readConfigFacts(home)).facts).toMatchObject({ exists: false, profiles: [] });
        fs.writeFileSync(path.join(home, "zowe.config.json"), "{ \"profiles\": { ");
        const { facts } = await readConfigFacts(home);
        expect(facts.problem).toBeDefined();
    });
});

describe("decodeTokenExpiry", () => {
    const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString("base64url");
    it("reads exp from a JWT's payload, and nothing from other tokens", () => {
        expect(decodeTokenExpiry(`${part({ alg: "none" })}.${part({ exp: 1700000000 })}.sig`)).toEqual({ kind: "jwt",
            expires: "2023-11-14T22:13:20.000Z" });
        expect(decodeTokenExpiry(`${part({ alg: "none" })}.${part({ sub: "x" })}.sig`)).toEqual({ kind: "jwt-no-expiry" });
        expect(decodeTokenExpiry(`${part({ alg: "none" })}.${part({ exp: 1e20 })}.sig`)).toEqual({ kind: "jwt-no-expiry" });
        expect(decodeTokenExpiry("AAECAzY0MzE5ZmE0NjQzMjAxYzQ=")).toEqual({ kind: "opaque" });
        expect(decodeTokenExpiry("eyJx.!!!.y")).toEqual({ kind: "opaque" });
    });
});

describe("zoweReleases", () => {
    it("tells the Zowe release a peer range targets", () => {
        expect(majorOf("^4.13.0")).toBe(4);
        expect(majorOf(">= 8.0.0-next.1")).toBe(8);
        expect(majorOf("*")).toBeNull();
        expect(zoweReleaseOfImperativeRange("^5.0.0")?.zowe).toBe("v2");
        expect(zoweReleaseOfImperativeRange("~8.1.0")?.distTag).toBe("zowe-v3-lts");
    });
});
