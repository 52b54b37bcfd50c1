import { configProtocolPortCheck } from "../../../../../src/api/doctor/checks/configProtocolPort";
import { doctorFacts, profile, withConfig } from "../../../../__helpers__/doctorFacts";

describe("config-protocol-port", () => {
    it("warns about https on 80 or 8080 and http on 443", () => {
        const outcome = configProtocolPortCheck.run(withConfig({ profiles: [profile("a", "zosmf", { host: "h", port: 8080 }),
            profile("b", "zosmf", { host: "h", port: 443, protocol: "http" })] }));
        expect(outcome.state).toBe("warn");
        expect(outcome.finding).toContain("a uses https on port 8080 (https is the default)");
        expect(outcome.finding).toContain("b uses http on port 443");
        expect(outcome.fix).toContain("zowe config set profiles.a.properties.protocol http --global-config");
    });
    it("is ok for https on 443", () => {
        expect(configProtocolPortCheck.run(doctorFacts()).state).toBe("ok");
    });
});
