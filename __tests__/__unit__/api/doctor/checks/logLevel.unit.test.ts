import { logLevelCheck } from "../../../../../src/api/doctor/checks/logLevel";
import { doctorFacts } from "../../../../__helpers__/doctorFacts";

describe("log-level", () => {
    it("warns when ZOWE_IMPERATIVE_LOG_LEVEL hides errors, or is no level (without repeating it)", () => {
        expect(logLevelCheck.run(doctorFacts({ env: { ZOWE_IMPERATIVE_LOG_LEVEL: "off" } })))
            .toMatchObject({ state: "warn", fix: "export ZOWE_IMPERATIVE_LOG_LEVEL=WARN" });
        const odd = logLevelCheck.run(doctorFacts({ env: { ZOWE_APP_LOG_LEVEL: "verbose-xyz" } }));
        expect(odd.finding).toContain("ZOWE_APP_LOG_LEVEL is not a level");
        expect(odd.finding).not.toContain("VERBOSE-XYZ");
    });
    it("warns when Zowe Explorer's zowe.logger is FATAL", () => {
        const outcome = logLevelCheck.run(doctorFacts({ explorer: { installed: [], logs: [],
            loggerLevels: [{ editor: "VS Code", level: "FATAL", settingsFile: "/home/u/.config/Code/User/settings.json" }] } }));
        expect(outcome.finding).toContain("zowe.logger is FATAL in /home/u/.config/Code/User/settings.json (VS Code)");
    });
    it("is ok at the default", () => {
        expect(logLevelCheck.run(doctorFacts())).toMatchObject({ state: "ok", finding: expect.stringContaining("WARN (default)") });
    });
});
