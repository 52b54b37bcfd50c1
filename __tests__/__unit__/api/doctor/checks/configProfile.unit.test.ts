import { configProfileCheck } from "../../../../../src/api/doctor/checks/configProfile";
import { doctorFacts, withConfig } from "../../../../__helpers__/doctorFacts";

describe("config-profile", () => {
    it("names the profile the next command uses, with the base profile that supplies its host", () => {
        const outcome = configProfileCheck.run(doctorFacts());
        expect(outcome.state).toBe("ok");
        expect(outcome.finding).toContain("profile \"lpar1\" (defaults.zosmf, in /home/u/.zowe/zowe.config.json), " +
            "host mf.example.com from base profile \"base\", port 443");
    });
    it("fails when --profile names no profile or imperative cannot load the config; a default that names none is config-defaults' fail", () => {
        expect(configProfileCheck.run(doctorFacts({ profile: "nope" }))).toMatchObject({ state: "fail", fix: "Name one of: lpar1, base." });
        expect(configProfileCheck.run(withConfig({ defaults: { zosmf: "x" } }))).toMatchObject({ state: "warn",
            fix: "zowe config set defaults.zosmf lpar1 --global-config" });
        expect(configProfileCheck.run(withConfig({ problem: "Unexpected end of JSON" }))).toMatchObject({ state: "fail" });
    });
    it("warns when there is no team configuration", () => {
        expect(configProfileCheck.run(withConfig({ exists: false, layers: [], profiles: [] })))
            .toMatchObject({ state: "warn", fix: "zowe config init --global-config" });
    });
});
