import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { logsFolderCheck } from "../../../../../src/api/doctor/checks/logsFolder";
import { doctorFacts } from "../../../../__helpers__/doctorFacts";

describe("logs-folder", () => {
    it("is ok for a writable home, and warns for a logs folder that cannot be written", () => {
        const home = fs.mkdtempSync(path.join(os.tmpdir(), "hs-doctor-logs-"));
        try {
            expect(logsFolderCheck.run(doctorFacts({ cliHome: home })).finding).toContain("does not exist yet");
            fs.mkdirSync(path.join(home, "logs"));
            fs.chmodSync(path.join(home, "logs"), 0o500);
            const outcome = logsFolderCheck.run(doctorFacts({ cliHome: home }));
            // root may write anywhere: then the folder is writable, and the check says so.
            expect(outcome.state).toBe(process.getuid?.() === 0 ? "ok" : "warn");
        } finally {
            fs.chmodSync(path.join(home, "logs"), 0o700);
            fs.rmSync(home, { recursive: true, force: true });
        }
    });
});
