import { siteKnowledgeCheck } from "../../../../../src/api/doctor/checks/siteKnowledge";
import { doctorFacts } from "../../../../__helpers__/doctorFacts";

describe("site-knowledge", () => {
    it("warns with the place of a broken file, is ok for files that load, skips without one", () => {
        const problem = { file: "/k.json", line: 3, column: 5, message: "\"status\" expected a number" };
        expect(siteKnowledgeCheck.run(doctorFacts({ site: { entries: [], files: [{ file: "/k.json", origin: "environment", state: "broken",
            entries: 0, problem }],
        problems: [problem] } }))).toMatchObject({ state: "warn", finding: expect.stringContaining("/k.json:3:5") });
        expect(siteKnowledgeCheck.run(doctorFacts({ site: { entries: [], files: [{ file: "/k.json", origin: "default", state: "loaded",
            entries: 2 }], problems: [] } })))
            .toMatchObject({ state: "ok" });
        expect(siteKnowledgeCheck.run(doctorFacts()).state).toBe("skip");
    });
});
