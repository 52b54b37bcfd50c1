/**
 * The exit codes by failure class: one code per verdict, the same table in the help of probe and last-error and in
 * the README (a definition loads nothing at run time, so the help repeats the table; this test keeps them equal).
 */
import * as fs from "fs";
import * as path from "path";
import { VERDICT_EXIT_CODES, exitCodeLines, exitCodeOf } from "../../../../src/api/knowledge/exitCodes";
import { PROJECT_ROOT } from "../../../__helpers__/ZoweCli";

/** `10 client-config; 11 network; …; 16 conflict or bad-request; …` as the help texts write it. */
const helpTable = exitCodeLines().map((line) => line.replace(", ", " or ")).join("; ");

describe("exit codes by class", () => {
    it("gives every verdict a code from 10 to 19, with 16 and 17 shared as the issue lists", () => {
        expect(exitCodeLines()).toEqual(["10 client-config", "11 network", "12 tls", "13 authentication", "14 authorization", "15 not-found",
            "16 conflict, bad-request", "17 server-error, server-unavailable", "18 timeout", "19 unknown"]);
        expect(exitCodeOf("tls")).toBe(12);
        expect(Object.values(VERDICT_EXIT_CODES).every((code) => code >= 10 && code <= 19)).toBe(true);
    });

    it.each(["probe/Probe.definition", "last-error/LastError.definition"])("is the table the help of %s gives", (definition) => {
        const text = JSON.stringify(require(path.join(PROJECT_ROOT, "src", "cli", definition)));
        expect(text).toContain(helpTable);
        expect(text).toContain("1 the command itself could not run (bad input)");
    });

    it("is the table the README gives", () => {
        const readme = fs.readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
        for (const [verdict, code] of Object.entries(VERDICT_EXIT_CODES)) {
            expect(readme).toMatch(new RegExp(`\\| ${code} \\|[^\\n]*\\b${verdict}\\b`));
        }
    });
});
