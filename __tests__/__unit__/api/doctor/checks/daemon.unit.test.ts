import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { daemonCheck } from "../../../../../src/api/doctor/checks/daemon";
import { doctorFacts } from "../../../../__helpers__/doctorFacts";

describe("daemon", () => {
    it("skips when not enabled, and says what decides the client's version when enabled", () => {
        const home = fs.mkdtempSync(path.join(os.tmpdir(), "hs-doctor-daemon-"));
        try {
            expect(daemonCheck.run(doctorFacts({ cliHome: home }))).toMatchObject({ state: "skip" });
            fs.mkdirSync(path.join(home, "bin"));
            fs.writeFileSync(path.join(home, "bin", "zowe"), "");
            expect(daemonCheck.run(doctorFacts({ cliHome: home })).finding).toContain("zowe --version-exe");
            const facts = doctorFacts({ cliHome: home });
            expect(daemonCheck.run({ ...facts, runtime: { ...facts.runtime, daemon: true } }).finding).toContain("served by the daemon");
        } finally {
            fs.rmSync(home, { recursive: true, force: true });
        }
    });
});
