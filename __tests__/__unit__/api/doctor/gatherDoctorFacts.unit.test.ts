import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { gatherDoctorFacts, runDoctor } from "../../../../src";

describe("gatherDoctorFacts outside the CLI", () => {
    let home: string;
    const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString("base64url");
    const token = `${part({ alg: "RS256" })}.${part({ exp: 1700000000 })}.R2F0aGVyQ2FuYXJ5U2ln`;

    beforeAll(() => {
        home = fs.mkdtempSync(path.join(os.tmpdir(), "hs-doctor-gather-"));
        fs.writeFileSync(path.join(home, "zowe.config.json"), JSON.stringify({
            profiles: {
                lpar1: { type: "zosmf", properties: { port: 443 }, secure: [] },
                base: { type: "base", properties: { host: "mf.example.com", password: "GatherCanary-41", tokenType: "apimlAuthenticationToken",
                    tokenValue: token }, secure: [] }
            },
            defaults: { zosmf: "lpar1", base: "base" }
        }));
    });
    afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

    it("decodes the token's expiry, keeps no secret value, and routes each profile host", async () => {
        const facts = await gatherDoctorFacts({ cliHome: home, userHome: home, env: {} });
        expect(facts.tokens).toEqual([{ where: `profile base (tokenValue in plain text in ${path.join(home, "zowe.config.json")})`, profile: "base",
            tokenType: "apimlAuthenticationToken", kind: "jwt", expires: "2023-11-14T22:13:20.000Z" }]);
        const text = JSON.stringify({ ...facts, env: undefined });
        expect(text).not.toContain("GatherCanary-41");
        expect(text).not.toContain("R2F0aGVyQ2FuYXJ5U2ln");
        expect(facts.proxies.map((route) => [route.profile, route.host])).toEqual([["lpar1", "mf.example.com"]]);
    });

    it("says skip, not a guess, for what only a CLI run knows", async () => {
        const report = await runDoctor({ cliHome: home, userHome: home, env: {} });
        const state = (id: string) => report.checks.find((check) => check.id === id)?.state;
        expect(state("versions")).toBe("skip");
        expect(state("credential-manager")).toBe("skip");
        expect(state("tokens")).toBe("fail");
        expect(state("plain-text-secrets")).toBe("warn");
        expect(JSON.stringify(report)).not.toMatch(/GatherCanary-41|R2F0aGVyQ2FuYXJ5U2ln/);
    });
});
