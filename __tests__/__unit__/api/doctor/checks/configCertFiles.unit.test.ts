import * as os from "os";
import * as path from "path";
import { configCertFilesCheck } from "../../../../../src/api/doctor/checks/configCertFiles";
import { doctorFacts, profile, withConfig } from "../../../../__helpers__/doctorFacts";

describe("config-cert-files", () => {
    it("fails a certificate file that does not exist, and is ok for one that can be read", () => {
        const missing = path.join(os.tmpdir(), "no-such-cert.pem");
        const outcome = configCertFilesCheck.run(withConfig({ profiles: [profile("lpar1", "zosmf", { host: "h", certFile: missing,
            certKeyFile: __filename })] }));
        expect(outcome.state).toBe("fail");
        expect(outcome.finding).toBe(`lpar1: certFile ${missing} does not exist.`);
        expect(outcome.fix).toBe("zowe config set profiles.lpar1.properties.certFile <path to the PEM file> --global-config");
        expect(configCertFilesCheck.run(withConfig({ profiles: [profile("lpar1", "zosmf", { certFile: __filename })] })).state).toBe("ok");
        expect(configCertFilesCheck.run(doctorFacts()).state).toBe("skip");
    });
});
