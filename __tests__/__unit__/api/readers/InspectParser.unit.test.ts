/**
 * The util.inspect reader on the shapes Node really prints for errors.
 */
import * as util from "util";
import { parseInspected } from "../../../../src/api/readers/InspectParser";
import type { IInspectedError } from "../../../../src/api/readers/InspectParser";

describe("parseInspected", () => {
    it("reads an Error whose message spans lines with a blank one, and the properties after it", () => {
        // What Node prints for a TLS client that met a plain HTTP answer (OpenSSL's message ends with ":\n").
        const error = Object.assign(new Error("write EPROTO 80ECE8:error:0A00010B:SSL routines::wrong version number:ssl3_record.c:350:\n"),
            { errno: -71, code: "EPROTO", syscall: "write" });
        const dump = util.inspect([{ success: false, error: { msg: "Failed to send an HTTP request.", causeErrors: error, source: "client",
            port: 443 } }], { depth: null });
        expect(dump).toMatch(/:350:\n\s*\n\s+at /);
        const parsed = parseInspected(dump) as Array<{ error: Record<string, unknown> }>;
        const cause = parsed[0].error.causeErrors as IInspectedError;
        expect(cause.message).toBe("write EPROTO 80ECE8:error:0A00010B:SSL routines::wrong version number:ssl3_record.c:350:");
        expect(cause.props).toEqual({ errno: -71, code: "EPROTO", syscall: "write" });
        expect(parsed[0].error).toMatchObject({ msg: "Failed to send an HTTP request.", source: "client", port: 443 });
    });

    it("reads the same Error when its blank line has lost its spaces (an editor or a paste trimmed them)", () => {
        const logged = "{\n  error: {\n    causeErrors: Error: write EPROTO x:350:\n      \n        at W (node:internal:95:16) {\n" +
            "      errno: -71,\n      code: 'EPROTO'\n    },\n    source: 'client'\n  }\n}";
        const expected = { error: { causeErrors: { inspectedError: true, name: "Error", message: "write EPROTO x:350:", props: { errno: -71, code: "EPROTO" } },
            source: "client" } };
        expect(parseInspected(logged)).toEqual(expected);
        expect(parseInspected(logged.replace("\n      \n", "\n\n"))).toEqual(expected);
    });

    it("ends an Error at blank lines that are followed by its parent's next property", () => {
        const parsed = parseInspected("{\n  causeErrors: Error: boom\n      at x (y.js:1:1)\n\n\n  source: 'client'\n}") as Record<string, unknown>;
        expect((parsed.causeErrors as IInspectedError).message).toBe("boom");
        expect(parsed.source).toBe("client");
    });

    // Its cost on hostile text is measured in `npm run bench` (hostileInProcess.js), not asserted here.
    it("reads a message with a long run of blank lines, and hostile text", () => {
        const blank = "\n".repeat(30000);
        const parsed = parseInspected(`{\n  causeErrors: Error: first${blank}  second\n      at x (y.js:1:1),\n  source: 'client'\n}`) as Record<string, unknown>;
        const hostile = Array.from({ length: 100000 }, (_, index) => `${" ".repeat(index % 7)}Error: x\n`).join("");
        expect(Array.isArray(parseInspected(`[\n${hostile}]`))).toBe(true);
        const message = (parsed.causeErrors as IInspectedError).message;
        expect(message.startsWith("first\n\n")).toBe(true);
        expect(message.endsWith("\nsecond")).toBe(true);
        expect(parsed.source).toBe("client");
    });
});
