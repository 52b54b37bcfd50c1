import { zoweOptVariablesCheck } from "../../../../../src/api/doctor/checks/zoweOptVariables";
import { doctorFacts } from "../../../../__helpers__/doctorFacts";

describe("zowe-opt-variables", () => {
    it("names the ZOWE_OPT_ variables set, never their values", () => {
        const outcome = zoweOptVariablesCheck.run(doctorFacts({ env: { ZOWE_OPT_HOST: "secret-host.example.com",
            ZOWE_OPT_PASSWORD: "Pw-Canary-1" } }));
        expect(outcome.state).toBe("warn");
        expect(outcome.finding).toContain("ZOWE_OPT_HOST, ZOWE_OPT_PASSWORD are set (values not shown)");
        expect(JSON.stringify(outcome)).not.toMatch(/secret-host|Pw-Canary-1/);
        expect(outcome.fix).toBe("unset ZOWE_OPT_HOST && unset ZOWE_OPT_PASSWORD (unless you meant them)");
        expect(zoweOptVariablesCheck.run(doctorFacts()).state).toBe("ok");
    });
});
