import { configRejectUnauthorizedCheck } from "../../../../../src/api/doctor/checks/configRejectUnauthorized";
import { doctorFacts, profile, withConfig } from "../../../../__helpers__/doctorFacts";

describe("config-reject-unauthorized", () => {
    it("warns when certificates are not checked, with NODE_EXTRA_CA_CERTS and the property of the profile that sets it", () => {
        const outcome = configRejectUnauthorizedCheck.run(withConfig({ profiles: [profile("lpar1", "zosmf"),
            profile("base", "base", { host: "mf", rejectUnauthorized: false })] }));
        expect(outcome.state).toBe("warn");
        expect(outcome.fix).toBe("Trust your site's CA instead: export NODE_EXTRA_CA_CERTS=/path/to/site-ca.pem, then " +
            "zowe config set profiles.base.properties.rejectUnauthorized true --global-config");
    });
    it("is ok when they are", () => {
        expect(configRejectUnauthorizedCheck.run(doctorFacts()).state).toBe("ok");
    });
});
