import * as fs from "fs";
import * as path from "path";
import { DOCTOR_CHECKS, runDoctorChecks } from "../../../../src";
import type { IDoctorCheck } from "../../../../src";
import { doctorFacts } from "../../../__helpers__/doctorFacts";

describe("DOCTOR_CHECKS", () => {
    it("has unique ids, a title and a link each, and one unit test file per check module", () => {
        const ids = DOCTOR_CHECKS.map((check) => check.id);
        expect(new Set(ids).size).toBe(ids.length);
        const modules = fs.readdirSync(path.join(__dirname, "..", "..", "..", "..", "src", "api", "doctor", "checks"))
            .filter((file) => file.endsWith(".ts") && file !== "index.ts").map((file) => file.replace(/\.ts$/, ""));
        expect(modules.length).toBe(DOCTOR_CHECKS.length);
        for (const module of modules) {
            expect(fs.existsSync(path.join(__dirname, "checks", `${module}.unit.test.ts`))).toBe(true);
        }
        for (const check of DOCTOR_CHECKS) {
            expect(check.title.length).toBeGreaterThan(0);
            expect(check.docs).toMatch(/^(https:\/\/|zowe )/);
        }
    });

    it("on healthy facts, no check fails or warns", () => {
        const report = runDoctorChecks(doctorFacts());
        expect(report.ok).toBe(true);
        expect(report.checks.filter((check) => check.state === "fail" || check.state === "warn")).toEqual([]);
        expect(report.checks.every((check) => check.fix == null && check.docs == null)).toBe(true);
    });
});

describe("runDoctorChecks", () => {
    const throwing: IDoctorCheck = { id: "boom", title: "Throws", docs: "https://example.com", run: () => { throw new Error("broken"); } };
    const failing: IDoctorCheck = { id: "bad", title: "Fails", docs: "https://example.com/bad",
        run: () => ({ state: "fail", finding: "password=Secret-PW-991 in ZOWE_OPT_PASSWORD's value Other-Secret-77", fix: "do it" }) };

    it("reports a check that throws as a warn, not a crash", () => {
        const report = runDoctorChecks(doctorFacts(), [throwing]);
        expect(report).toEqual({ ok: true, checks: [{ id: "boom", state: "warn", title: "Throws", finding: "The check could not run: broken",
            fix: expect.stringContaining("--markdown"), docs: "https://example.com" }] });
    });

    it("is not ok when a check fails, adds the check's link, and masks every finding (environment secrets as literals)", () => {
        const report = runDoctorChecks(doctorFacts({ env: { ZOWE_OPT_PASSWORD: "Other-Secret-77", PWD: "/home/u/work" } }), [failing]);
        expect(report.ok).toBe(false);
        expect(report.checks[0]).toMatchObject({ state: "fail", fix: "do it", docs: "https://example.com/bad" });
        expect(report.checks[0].finding).not.toContain("Secret-PW-991");
        expect(report.checks[0].finding).not.toContain("Other-Secret-77");
    });
});
