import { plainTextSecretsCheck } from "../../../../../src/api/doctor/checks/plainTextSecrets";
import { doctorFacts, profile, withConfig } from "../../../../__helpers__/doctorFacts";

describe("plain-text-secrets", () => {
    it("warns naming the file and property, with the command that moves it into the vault", () => {
        const outcome = plainTextSecretsCheck.run(withConfig({ profiles: [profile("lpar1", "zosmf"),
            profile("base", "base", { host: "mf" }, { plainIn: [{ file: "/home/u/.zowe/zowe.config.json", names: ["password"] }] })] }));
        expect(outcome.state).toBe("warn");
        expect(outcome.finding).toContain("/home/u/.zowe/zowe.config.json: profiles.base.properties.password in plain text");
        expect(outcome.fix).toContain("zowe config set profiles.base.properties.password --secure --global-config");
    });
    it("is ok without one", () => {
        expect(plainTextSecretsCheck.run(doctorFacts()).state).toBe("ok");
    });
});
