import { zoweExplorerCheck } from "../../../../../src/api/doctor/checks/zoweExplorer";
import { doctorFacts } from "../../../../__helpers__/doctorFacts";

const explorer = { installed: [{ editor: "VS Code", versions: ["3.4.2", "3.3.0"] }], logs: ["/home/u/.vscode/extensions/x/logs"],
    loggerLevels: [] };

describe("zowe-explorer", () => {
    it("lists the versions per editor and its logs, and is ok when it reads the same config", () => {
        const outcome = zoweExplorerCheck.run(doctorFacts({ explorer, cliHome: "/home/u/.zowe" }));
        expect(outcome).toMatchObject({ state: "ok" });
        expect(outcome.finding).toContain("VS Code 3.4.2, 3.3.0; logs in /home/u/.vscode/extensions/x/logs; zowe.logger not set (INFO)");
    });
    it("warns when this CLI runs with another ZOWE_CLI_HOME, and skips when it is not installed", () => {
        expect(zoweExplorerCheck.run(doctorFacts({ explorer, cliHome: "/tmp/other" })).state).toBe("warn");
        expect(zoweExplorerCheck.run(doctorFacts()).state).toBe("skip");
    });
});
