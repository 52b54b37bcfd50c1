import { StatusQueryError, parseClassMask, parseStatusQuery } from "../../../../src/api/explain/StatusQuery";

describe("parseStatusQuery", () => {
    it.each([
        ["503", { kind: "code", code: 503 }],
        [" 100 ", { kind: "code", code: 100 }],
        ["599", { kind: "code", code: 599 }],
        ["5xx", { kind: "mask", mask: "5xx", first: 500, last: 599 }],
        ["50X", { kind: "mask", mask: "50x", first: 500, last: 509 }],
        ["gateway timeout", { kind: "name", text: "gateway timeout" }],
        ["I'm a teapot", { kind: "name", text: "I'm a teapot" }],
        ["Non-Authoritative", { kind: "name", text: "Non-Authoritative" }],
        // Statuses as users paste them from Zowe's output, curl or a browser.
        ["HTTP 503", { kind: "code", code: 503 }],
        ["HTTP/1.1 503 Service Unavailable", { kind: "code", code: 503 }],
        ["error 401 = Unauthorized", { kind: "code", code: 401 }],
        ["Received HTTP(S) error 401 = Unauthorized.", { kind: "code", code: 401 }],
        ["Rest API failure with HTTP(S) status 404", { kind: "code", code: 404 }],
        ["503 Service Unavailable", { kind: "code", code: 503 }],
        ["status: 500", { kind: "code", code: 500 }]
    ])("reads %j", (input, expected) => {
        expect(parseStatusQuery(input)).toEqual(expected);
    });

    it.each(["", "   ", "abc1!", "99", "600", "0503", "1000", "5xx5", "x5x", "6xx", "5x", "5", "-1", "5.0", "7".repeat(10000), "HTTP 999",
        "error 401 = Unauthorized; rm -rf"])(
        "refuses %j with one line that says what is accepted", (input) => {
            expect(() => parseStatusQuery(input)).toThrow(StatusQueryError);
            try {
                parseStatusQuery(input);
            } catch (error) {
                const message = (error as Error).message;
                expect(message).not.toContain("\n");
                expect(message).toContain("Give a status code from 100 to 599 (503, \"HTTP 503\"");
                expect(message.length).toBeLessThan(400);
            }
        });
});

describe("parseClassMask", () => {
    it("accepts classes and ranges", () => {
        expect(parseClassMask("4xx")).toMatchObject({ first: 400, last: 499 });
        expect(parseClassMask("41x")).toMatchObject({ first: 410, last: 419 });
    });

    it.each(["404", "6xx", "client", ""])("refuses %j", (input) => {
        expect(() => parseClassMask(input)).toThrow(/is not a class mask\. Give 1xx, 2xx, 3xx, 4xx or 5xx/);
    });
});
