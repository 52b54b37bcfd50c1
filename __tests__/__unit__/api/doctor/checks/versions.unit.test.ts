import { versionsCheck } from "../../../../../src/api/doctor/checks/versions";
import { doctorFacts } from "../../../../__helpers__/doctorFacts";

describe("versions", () => {
    it("is ok for a CLI running the imperative it was built with on a supported Node.js", () => {
        expect(versionsCheck.run(doctorFacts())).toMatchObject({ state: "ok", finding: expect.stringContaining("Zowe CLI 8.37.1 (Zowe v3)") });
    });
    it("warns when another imperative runs, or when imperative's own check finds the Node.js version unsupported", () => {
        const facts = doctorFacts();
        expect(versionsCheck.run({ ...facts, runtime: { ...facts.runtime, imperative: "8.30.0" } })).toMatchObject({ state: "warn",
            fix: expect.stringContaining("npm install -g @zowe/cli@zowe-v3-lts") });
        expect(versionsCheck.run({ ...facts, runtime: { ...facts.runtime, nodeProblem: "Only Node.js versions 20, 22, and 24 are supported." } }))
            .toMatchObject({ state: "warn", finding: expect.stringContaining("Only Node.js versions 20, 22, and 24") });
    });
    it("skips outside the CLI", () => {
        const facts = doctorFacts();
        expect(versionsCheck.run({ ...facts, runtime: { ...facts.runtime, zoweCli: null } })).toMatchObject({ state: "skip" });
    });
});
