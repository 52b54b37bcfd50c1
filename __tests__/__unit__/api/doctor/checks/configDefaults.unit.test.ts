import { configDefaultsCheck } from "../../../../../src/api/doctor/checks/configDefaults";
import { doctorFacts, profile, withConfig } from "../../../../__helpers__/doctorFacts";

describe("config-defaults", () => {
    it("is ok when every default exists", () => {
        expect(configDefaultsCheck.run(doctorFacts())).toMatchObject({ state: "ok", finding: "zosmf: lpar1, base: base." });
    });
    it("fails a default that names no profile, or one of another type, with the command that names one that exists", () => {
        const outcome = configDefaultsCheck.run(withConfig({ defaults: { zosmf: "lpar9", base: "lpar1" } }));
        expect(outcome.state).toBe("fail");
        expect(outcome.finding).toContain("defaults.zosmf names \"lpar9\", which no config file holds");
        expect(outcome.finding).toContain("defaults.base names \"lpar1\", a zosmf profile");
        expect(outcome.fix).toBe("zowe config set defaults.zosmf lpar1 --global-config && zowe config set defaults.base base --global-config");
    });
    it("leaves the placeholder bare when no profile of that type exists", () => {
        expect(configDefaultsCheck.run(withConfig({ defaults: { ssh: "nossh" } })).fix)
            .toBe("zowe config set defaults.ssh <a ssh profile> (or create one: zowe config init --global-config)");
    });
    it("quotes a profile name that is not plain", () => {
        const outcome = configDefaultsCheck.run(withConfig({ defaults: { ssh: "x" }, profiles: [profile("my $(box)", "ssh", { host: "h" })] }));
        expect(outcome.fix).toBe("zowe config set defaults.ssh 'my $(box)' --global-config");
    });
});
