import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { extraCaCertsCheck } from "../../../../../src/api/doctor/checks/extraCaCerts";
import { doctorFacts } from "../../../../__helpers__/doctorFacts";

describe("extra-ca-certs", () => {
    let dir: string;
    beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "hs-doctor-ca-"))));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("fails a missing file and one that holds no PEM certificate; skips when unset", () => {
        const missing = path.join(dir, "none.pem");
        expect(extraCaCertsCheck.run(doctorFacts({ env: { NODE_EXTRA_CA_CERTS: missing } }))).toMatchObject({ state: "fail",
            finding: expect.stringContaining(`${missing}, which does not exist`) });
        const der = path.join(dir, "site.cer");
        fs.writeFileSync(der, Buffer.from([0x30, 0x82, 0x01, 0x0a]));
        expect(extraCaCertsCheck.run(doctorFacts({ env: { NODE_EXTRA_CA_CERTS: der } })).finding).toContain("holds no PEM certificate");
        expect(extraCaCertsCheck.run(doctorFacts()).state).toBe("skip");
    });
});
