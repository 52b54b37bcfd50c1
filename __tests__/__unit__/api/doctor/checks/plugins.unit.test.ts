import { pluginsCheck } from "../../../../../src/api/doctor/checks/plugins";
import { doctorFacts } from "../../../../__helpers__/doctorFacts";

const plugin = (name: string, imperativeRange: string | null, extra = {}) =>
    ({ name, version: "1.0.0", imperativeRange, cliRange: null, issues: [], found: true, ...extra });

describe("plugins", () => {
    it("fails a plug-in built for Zowe v1 or v2 with the install command of a v3 version", () => {
        const outcome = pluginsCheck.run(doctorFacts({ plugins: [plugin("@zowe/cics-for-zowe-cli", "^5.0.0"), plugin("ok-plugin", "^8.0.0")] }));
        expect(outcome).toMatchObject({ state: "fail", fix: expect.stringContaining("zowe plugins install @zowe/cics-for-zowe-cli@zowe-v3-lts") });
        expect(outcome.finding).toContain("built for Zowe v2, this CLI is Zowe v3");
        expect(outcome.finding).not.toContain("ok-plugin");
    });
    it("reads an old @zowe/cli peer range too", () => {
        const outcome = pluginsCheck.run(doctorFacts({ plugins: [plugin("old", null, { cliRange: "^6.0.0" })] }));
        expect(outcome.finding).toContain("declares @zowe/cli ^6.0.0: built for Zowe v1");
    });
    it("fails a plug-in whose package is missing, warns about imperative's recorded issues, is ok otherwise", () => {
        expect(pluginsCheck.run(doctorFacts({ plugins: [plugin("gone", null, { found: false })] }))).toMatchObject({ state: "fail" });
        expect(pluginsCheck.run(doctorFacts({ plugins: [plugin("odd", "^8.0.0", { issues: ["The plugin defines no commands."] })] })))
            .toMatchObject({ state: "warn", fix: "zowe plugins validate odd" });
        expect(pluginsCheck.run(doctorFacts({ plugins: [plugin("fine", "^8.0.0")] }))).toMatchObject({ state: "ok" });
        expect(pluginsCheck.run(doctorFacts())).toMatchObject({ state: "skip" });
    });
});
