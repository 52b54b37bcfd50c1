/**
 * Planted secrets through every refusal path of last-error, and through the report itself: no piece of a canary
 * may appear in a refusal, whatever the input held, nor in a report.
 */
import { findLastFailures, reportFailure } from "../../../../src/api/lastError/findLastFailures";
import type { IFailedCall } from "../../../../src/api/failure/doc/IFailedCall";
import { withUserInput } from "../../../../src/cli/shared/withUserInput";
import { ALL_CANARIES_TEXT, CANARIES, deepValue, expectNoCanary, fragments } from "../../../__helpers__/canaries";

function refusal(text: string): string {
    try {
        withUserInput(() => findLastFailures({ inputText: { text, name: "-" } }));
    } catch (error) {
        return (error as Error).message;
    }
    throw new Error("no refusal");
}

describe("refusals of last-error quote none of the input", () => {
    it.each(CANARIES)("broken JSON around %s", (secret) => {
        // The secret sits unquoted where the parser fails: V8's message would quote it.
        for (const text of [`{"user": "u", "password": ${secret}}`, `{"a": 1,\n  "token": "x" ${secret}}`, `{"b": [${secret}`]) {
            const message = refusal(text);
            expect(message).toMatch(/cannot be parsed \(error at line \d+, column \d+\)/);
            for (const piece of fragments(secret)) {
                expect(message).not.toContain(piece);
            }
        }
    });

    it("names the line and column of the fault", () => {
        expect(refusal('{\n  "a": 1,\n  "b": oops\n}')).toContain("error at line 3, column 8");
    });

    it.each([
        ["a log", `[2026/01/01 00:00:00.000] [ERROR] ${ALL_CANARIES_TEXT}`],
        ["anything else", ALL_CANARIES_TEXT],
        ["a --rfj of a success", JSON.stringify({ success: true, message: ALL_CANARIES_TEXT })],
        ["JSON that is no --rfj", JSON.stringify({ note: ALL_CANARIES_TEXT })]
    ])("%s", (_name, text) => {
        expectNoCanary(refusal(text));
    });
});

describe("reports mask what came from the evidence", () => {
    // A failure before any request holds an error: it is reported (never refused), and masked like any other.
    it.each(CANARIES)("a --rfj of a failure without a REST call, its message holding %s", (_secret, text) => {
        const rfj = JSON.stringify({ success: false, exitCode: 1, message: `Command failed: ${text}\n${ALL_CANARIES_TEXT}`,
            stderr: ALL_CANARIES_TEXT, error: { msg: text } });
        const search = findLastFailures({ inputText: { text: rfj, name: "-" } });
        expect(search.reports).toHaveLength(1);
        expect(search.reports[0].source).toBe("other");
        expectNoCanary(JSON.stringify(search));
    });

    it("Zowe's error layout without a REST call", () => {
        const search = findLastFailures({ inputText: { text: `Unable to perform this operation due to the following problem:\n${ALL_CANARIES_TEXT}`,
            name: "-" } });
        expect(search.reports[0].evidence.format?.id).toBe("zowe-cli-own-error");
        expectNoCanary(JSON.stringify(search));
    });


    it("a --rfj REST failure whose fields hold every canary", () => {
        const rfj = JSON.stringify({
            success: false, exitCode: 1, message: ALL_CANARIES_TEXT, stderr: ALL_CANARIES_TEXT,
            error: { msg: ALL_CANARIES_TEXT, host: "mf.example.com", port: 443, protocol: "https", source: "http", errorCode: "401",
                request: "GET", resource: `/zosmf/info?access_token=CanaryTok-5&x=1`, causeErrors: ALL_CANARIES_TEXT,
                additionalDetails: ALL_CANARIES_TEXT, payload: ALL_CANARIES_TEXT }
        });
        const search = findLastFailures({ inputText: { text: rfj, name: "-" }, includePayload: true });
        expect(search.reports).toHaveLength(1);
        expectNoCanary(JSON.stringify(search));
    });

    it("a record with a value nested 40 levels deep", () => {
        const call = {
            time: null, command: `zowe zosmf check status ${CANARIES[1][1]}`, source: "http", status: 500, statusText: null,
            request: { method: "GET", protocol: "https", host: "mf", port: 443, basePath: null, resource: "/zosmf/info" },
            service: "zosmf", server: { message: "failed", extra: deepValue("CanaryDeep-1") }, networkError: null,
            auth: { kind: "basic", allowUnauthorizedCert: false }, evidence: { kind: "rfj", file: "-" }
        } as unknown as IFailedCall;
        const report = JSON.stringify(reportFailure(call));
        expect(report).not.toContain("CanaryDeep-1");
        expectNoCanary(report);
    });
});
