/**
 * `zowe http-status explain`, in process: what it prints and what --rfj gets, for one code, several, and bad input.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ImperativeConfig, ImperativeError } from "@zowe/imperative";
import ExplainHandler from "../../../../src/cli/explain/Explain.handler";
import { handlerParameters } from "../../../__helpers__/HandlerParameters";

// A home without site knowledge: the handler reads $ZOWE_CLI_HOME/http-status/knowledge.json.
const emptyHome = fs.mkdtempSync(path.join(os.tmpdir(), "hs-unit-home-"));
beforeAll(() => jest.spyOn(ImperativeConfig.instance, "cliHome", "get").mockReturnValue(emptyHome));
afterAll(() => fs.rmSync(emptyHome, { recursive: true, force: true }));

async function explain(codes: unknown) {
    const { params, response } = handlerParameters({ codes });
    await new ExplainHandler().process(params);
    return response;
}

describe("explain handler", () => {
    it("explains one code: one object in --rfj, a titled report on the console", async () => {
        const response = await explain(["503"]);
        expect(response.data).toMatchObject({ code: 503, name: "Service Unavailable", class: "5xx" });
        expect(Array.isArray(response.data)).toBe(false);
        expect(response.message).toBe("503 Service Unavailable (5xx Server Error)");
        expect(response.log).toHaveLength(1);
        expect(response.log[0].split("\n")[0]).toBe("503 Service Unavailable (5xx Server Error)");
        expect(response.log[0]).toContain("In Zowe");
        expect(response.exitCode).toBeUndefined();
        expect(response.error).toEqual([]);
    });

    it("explains several codes, a name and a number as imperative passes it: an array, in order, reports apart", async () => {
        const response = await explain([401, "not found", "418"]);
        expect((response.data as Array<{ code: number }>).map((entry) => entry.code)).toEqual([401, 404, 418]);
        expect(response.message?.split("; ")).toHaveLength(3);
        expect(response.log[0].split("-".repeat(76))).toHaveLength(3);
    });

    it("--brief gives each code's title, its verdict and the first three steps, and the same --rfj data", async () => {
        const { params, response } = handlerParameters({ codes: ["401", "418"], brief: true });
        await new ExplainHandler().process(params);
        const full = await explain(["401", "418"]);
        expect(response.data).toEqual(full.data);
        const [unauthorized, teapot] = response.log[0].split("\n\n418 ");
        const lines = unauthorized.split("\n");
        expect(lines.slice(0, 2)).toEqual(["401 Unauthorized (4xx Client Error)", "  Verdict: authentication"]);
        expect(lines.filter((line) => /^ {2}\d\. /.test(line)).map((line) => line.slice(2, 4))).toEqual(["1.", "2.", "3."]);
        expect(unauthorized).toContain("more steps, causes and next commands: zowe http-status explain 401");
        expect(unauthorized).not.toContain("Likely causes");
        // A code without Zowe guidance has no steps: its meaning stands in for them.
        expect(teapot).toContain("Verdict: bad-request");
        expect(teapot).not.toContain("What to do");
        expect(response.log[0].split("\n").length).toBeLessThan(full.log[0].split("\n").length / 3);
    });

    it.each([["abc"], ["600"], ["99"]])("refuses %s with one line that says what is accepted, printing nothing", async (code) => {
        const { params, response } = handlerParameters({ codes: [code] });
        const refusal = await new ExplainHandler().process(params).then(() => undefined, (error: unknown) => error);
        expect(refusal).toBeInstanceOf(ImperativeError);
        const message = (refusal as ImperativeError).message;
        expect(message).not.toContain("\n");
        expect(message).toContain(code);
        expect(message).toContain("Give a status code from 100 to 599 (503, \"HTTP 503\"");
        expect(response.log).toEqual([]);
        expect(response.data).toBeUndefined();
    });

    it("explains a message ID: its own title, verdict and the advice last-error gives", async () => {
        const response = await explain(["IZUG846W"]);
        expect(response.data).toMatchObject({ id: "IZUG846W", service: "zosmf", usualStatus: 403 });
        expect(response.log[0].split("\n")[0]).toBe("IZUG846W (z/OSMF message, usually with 403)");
        expect(response.log[0]).toContain("\nVerdict\n");
        expect(response.exitCode).toBeUndefined();
    });

    it("explains the valid arguments, then reports each invalid one on its own line, and exits 1", async () => {
        const response = await explain(["ECONNREFUSED", "bogus!", "HTTP 503", "EBOGUSCODE"]);
        expect((response.data as Array<{ id?: string; code?: number }>).map((entry) => entry.id ?? entry.code)).toEqual(["ECONNREFUSED", 503]);
        expect(response.log[0]).toMatch(/^ECONNREFUSED \(network or TLS error code\)/);
        expect(response.error.join("\n").split("\n")).toEqual([
            expect.stringMatching(/^"bogus!" is not a status code/), expect.stringMatching(/^"EBOGUSCODE" is not a message ID/)
        ]);
        expect(response.exitCode).toBe(1);
    });
});
