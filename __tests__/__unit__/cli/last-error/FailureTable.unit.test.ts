/**
 * The --count table's columns and cells (its width through the real CLI is in retryBursts.system.test.ts), the burst
 * sentence of a report, and the lock-out caution a burst of refused logons puts first.
 */
import { TextUtils } from "@zowe/imperative";
import type { IFailureReport } from "../../../../src";
import { reportFailure } from "../../../../src/api/lastError/findLastFailures";
import { failureTable, TABLE_WIDTH } from "../../../../src/cli/last-error/FailureTable";
import { repeatsSentence } from "../../../../src/cli/last-error/RepeatsText";
import { failedCall } from "../../../__helpers__/failedCalls";

/** The colour codes chalk may add to the header. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");
const LONG = `/zosmf/restfiles/ds/${"VERY.LONG.QUALIFIER.".repeat(6)}DATA(MEMBER)?some=parameters&and=more`;

function report(status: number, overrides: Partial<IFailureReport> = {}): IFailureReport {
    const call = failedCall({
        httpStatus: status, resource: LONG, msg: `Rest API failure with HTTP(S) status ${status}`,
        causeErrors: JSON.stringify({ rc: 8, reason: 0, category: 4, message: `${"A message much longer than any column ".repeat(4)}ends here` })
    });
    return { ...reportFailure({ ...call, time: "2026-11-25T13:16:22.072" }), ...overrides };
}

const burst = { count: 2001, first: "2026-11-25T13:16:20.000", last: "2026-11-25T13:16:22.072", perSecond: 965.734, process: "zowe zos-files list ds", complete: true };

describe("failureTable", () => {
    it("shows client, target and times only when they tell rows apart", () => {
        expect(failureTable([report(404), report(500)]).fields).toEqual(["index", "time", "status", "verdict", "request", "message"]);
        const short = { ...report(401).request, resource: "/zosmf/restfiles/ds?dslevel=IBMUSER.*" };
        const said = { message: "Not found" };
        const mixed = [report(404, { repeats: burst, request: short, server: said }),
            report(401, { client: "zowe-explorer", request: { ...short, host: "lpar2.example.com" }, server: said })];
        expect(failureTable(mixed).fields).toEqual(["index", "time", "client", "status", "verdict", "times", "target", "request", "message"]);
    });

    it("gives a burst one row with its count, a minimum with +, and every other row 1", () => {
        const rows = failureTable([report(401, { repeats: burst }), report(404), report(500, { repeats: { ...burst, complete: false, count: 20000 } })]).rows;
        expect(rows.map((row) => row.times)).toEqual(["2001", "1", "20000+"]);
        expect(rows[0]).toMatchObject({ index: "1", time: "11-25 13:16:22", status: "401", verdict: "authentication" });
    });

    it("cuts every cell so that the widest rows fit 120 columns laid out as imperative lays out tables", () => {
        const extender = { extension: "zowe.zowe-explorer-ftp-extension", extender: true, version: "3.4.0", editor: "VS Code", apiType: null,
            scenario: null, label: null, profile: null, dump: true };
        const reports = [report(404, { repeats: burst }), report(503, {
            client: "zowe-explorer", explorer: extender, status: null, networkError: { code: "ERR_TLS_CERT_ALTNAME_INVALID", message: "x".repeat(300) },
            request: { ...report(503).request, host: "a-very-long-host-name.subdomain.example.com", basePath: "ibmzosmf/api/v1" }
        })];
        const table = failureTable(reports);
        for (const row of table.rows) {
            expect(table.fields.reduce((sum, field) => sum + row[field].length, table.fields.length - 1)).toBeLessThanOrEqual(TABLE_WIDTH);
        }
        // imperative's own table (cli-table3), at the width a 120-column terminal gives it.
        const rendered = TextUtils.getTable(table.rows, "yellow", (TABLE_WIDTH - 8) / table.fields.length, true, false, false, table.fields);
        expect(Math.max(...rendered.split("\n").map((line) => line.replace(ANSI_COLOUR, "").length))).toBeLessThanOrEqual(TABLE_WIDTH);
        // Too many columns for a readable request: the target gave its room (it is in each row's full report).
        expect(table.fields).not.toContain("target");
        expect(table.rows[1].request).toMatch(/^GET \/ibmzosm.*…$/);
        expect(table.rows[1].client).toBe("explorer-ext 3.4.0");
    });
});

describe("repeatsSentence", () => {
    it("says how many times, between when and when, how fast and from which process", () => {
        expect(repeatsSentence(burst)).toBe("the same failure 2,001 times between 2026-11-25 13:16:20.000 and 13:16:22.072 (about 970 a second), " +
            "from zowe zos-files list ds");
        expect(repeatsSentence({ ...burst, perSecond: 1000.5 })).toContain("(about 1,000 a second)");
        expect(repeatsSentence({ ...burst, count: 3, perSecond: 0.05, complete: false, process: null, last: "2026-11-26T00:00:40.000" }))
            .toBe("the same failure at least 3 times between 2026-11-25 13:16:20.000 and 2026-11-26 00:00:40.000 (about 3 a minute)");
        expect(repeatsSentence({ ...burst, count: 2, perSecond: null, last: burst.first })).toBe("the same failure 2 times at 2026-11-25 13:16:20.000, " +
            "from zowe zos-files list ds");
    });
});

describe("a burst of refused logons (diagnose)", () => {
    const diagnosed = (status: number, count: number, authUsed = "basic"): IFailureReport => {
        const call = failedCall({ httpStatus: status, resource: "/zosmf/restfiles/ds?dslevel=A.*", msg: "Rest API failure" }, authUsed);
        return reportFailure({ ...call, repeats: { ...burst, count } });
    };

    it.each([401, 403])("%d three times with a password: the lock-out caution first, stopping the retries as step 1", (status) => {
        const { diagnosis } = diagnosed(status, 3);
        expect(diagnosis.caution).toMatch(/^A burst of refused logons/);
        expect(diagnosis.nextSteps[0]).toMatch(/^Stop the script that retries/);
        expect(diagnosis.matched[0]).toBe("rule-logon-refused-burst");
    });

    it("not for twice, not for a token, not for a 404", () => {
        expect(diagnosed(401, 2).diagnosis.caution).not.toMatch(/burst/);
        expect(diagnosed(401, 50, "token").diagnosis.matched).not.toContain("rule-logon-refused-burst");
        expect(diagnosed(404, 50).diagnosis.matched).not.toContain("rule-logon-refused-burst");
    });

    it("RACF's logon refusal in any status, repeated", () => {
        const call = failedCall({ httpStatus: 500, resource: "/zosmf/tsoApp/tso", msg: "IRR013I VERIFICATION FAILED. INVALID PASSWORD GIVEN." });
        const { diagnosis } = reportFailure({ ...call, server: { ...call.server, message: "IRR013I VERIFICATION FAILED. INVALID PASSWORD GIVEN." },
            repeats: { ...burst, count: 5 } });
        expect(diagnosis.caution).toMatch(/^A burst of refused logons/);
        expect(diagnosis.nextSteps[0]).toMatch(/^Stop the script that retries/);
    });
});
