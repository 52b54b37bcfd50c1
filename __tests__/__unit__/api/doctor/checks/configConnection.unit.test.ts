import { configConnectionCheck } from "../../../../../src/api/doctor/checks/configConnection";
import { doctorFacts, profile, withConfig } from "../../../../__helpers__/doctorFacts";

describe("config-connection", () => {
    it("is ok when the base profile supplies the host and the type its default port", () => {
        expect(configConnectionCheck.run(withConfig({ profiles: [profile("lpar1", "zosmf"), profile("base", "base",
            { host: "mf" })] })).state).toBe("ok");
    });
    it("fails a blank host with the property to set", () => {
        const outcome = configConnectionCheck.run(withConfig({ profiles: [profile("lpar1", "zosmf", { host: "  " }), profile("base", "base",
            { host: "mf" })] }));
        expect(outcome).toMatchObject({ state: "fail", fix: "zowe config set profiles.lpar1.properties.host <host> --global-config" });
        expect(outcome.finding).toContain("host is blank");
    });
    it("names a base profile that has the host but is not the default, and a port no one gives", () => {
        const outcome = configConnectionCheck.run(withConfig({ defaults: {}, profiles: [profile("c", "cics"), profile("mybase", "base",
            { host: "mf" })] }));
        expect(outcome.finding).toContain("no host and no port");
        expect(outcome.finding).toContain("base profile \"mybase\" has a host but defaults.base does not name it");
        expect(outcome.fix).toContain("zowe config set defaults.base mybase --global-config");
    });
    it("checks only the --profile one", () => {
        expect(configConnectionCheck.run(withConfig({ profiles: [profile("a", "zosmf", { host: "h" }), profile("b", "zosmf", { host: "" })] },
            { profile: "a" })).state).toBe("ok");
        expect(configConnectionCheck.run(doctorFacts({ profile: "nope" })).state).toBe("skip");
    });
});
