import { secureFieldsCheck } from "../../../../../src/api/doctor/checks/secureFields";
import { withConfig } from "../../../../__helpers__/doctorFacts";

const file = "/home/u/.zowe/zowe.config.json";

describe("secure-fields", () => {
    it("warns about a secure property the vault does not hold (by name), with zowe config secure", () => {
        const facts = withConfig({ secureDeclared: { [file]: ["profiles.base.properties.user", "profiles.base.properties.password"] } });
        const outcome = secureFieldsCheck.run({ ...facts, runtime: { ...facts.runtime, vault: { read: true,
            present: { [file]: ["profiles.base.properties.user"] } } } });
        expect(outcome).toMatchObject({ state: "warn", fix: "zowe config secure --global-config" });
        expect(outcome.finding).toContain("profiles.base.properties.password (/home/u/.zowe/zowe.config.json)");
        expect(outcome.finding).not.toContain("properties.user");
    });
    it("is ok when all are present, and skips when the vault was not read", () => {
        const facts = withConfig({ secureDeclared: { [file]: ["profiles.base.properties.user"] } });
        expect(secureFieldsCheck.run({ ...facts, runtime: { ...facts.runtime, vault: { read: true,
            present: { [file]: ["profiles.base.properties.user"] } } } }).state)
            .toBe("ok");
        expect(secureFieldsCheck.run({ ...facts, runtime: { ...facts.runtime, vault: { read: false, present: {} } } }).state).toBe("skip");
    });
});
