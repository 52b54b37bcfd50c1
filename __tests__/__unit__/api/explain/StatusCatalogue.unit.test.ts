import { HTTP_STATUSES } from "../../../../src/api/knowledge/httpStatuses";
import { ZOWE_STATUS_GUIDANCE } from "../../../../src/api/knowledge/zoweStatusGuidance";
import { explainStatus, explainStatusQueries, explainStatusQuery, listStatuses } from "../../../../src/api/explain/StatusCatalogue";
import { StatusQueryError } from "../../../../src/api/explain/StatusQuery";

/** Every code the IANA HTTP Status Code Registry assigns (registry of 2025-09-15), written out independently of the data. */
const IANA_CODES = [
    100, 101, 102, 103, 104,
    200, 201, 202, 203, 204, 205, 206, 207, 208, 226,
    300, 301, 302, 303, 304, 305, 306, 307, 308,
    400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425,
    426, 428, 429, 431, 451,
    500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511
];

describe("the status catalogue", () => {
    it("holds exactly the IANA registry, once each, in order", () => {
        expect(HTTP_STATUSES.map((entry) => entry.code)).toEqual(IANA_CODES);
    });

    it("uses the RFC 9110 names and keeps the former names as aliases", () => {
        const byCode = new Map(HTTP_STATUSES.map((entry) => [entry.code, entry]));
        expect(byCode.get(413)?.name).toBe("Content Too Large");
        expect(byCode.get(413)?.aliases).toContain("Payload Too Large");
        expect(byCode.get(422)?.name).toBe("Unprocessable Content");
        expect(byCode.get(422)?.aliases).toContain("Unprocessable Entity");
        expect(byCode.get(414)?.name).toBe("URI Too Long");
        expect(byCode.get(416)?.name).toBe("Range Not Satisfiable");
    });

    it("records the registry state of the special codes", () => {
        const special = HTTP_STATUSES.filter((entry) => entry.state !== "registered");
        const states = Object.fromEntries(special.map((entry) => [entry.code, entry.state]));
        expect(states).toEqual({ 104: "temporary", 306: "unused", 418: "unused", 510: "obsoleted" });
    });

    it("gives every code a meaning of its own and a link to its specification section", () => {
        const meanings = new Set<string>();
        for (const entry of HTTP_STATUSES) {
            expect(entry.meaning.length).toBeGreaterThan(40);
            expect(entry.meaning.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 0).length).toBeLessThanOrEqual(4);
            meanings.add(entry.meaning);
            expect(entry.reference.url).toMatch(/^https:\/\/(www\.rfc-editor\.org\/rfc\/rfc\d+#|datatracker\.ietf\.org\/)/);
        }
        expect(meanings.size).toBe(HTTP_STATUSES.length);
    });

    it("has Zowe guidance for the Zowe troubleshooting table and 408, 413, 415, 429", () => {
        const codes = ZOWE_STATUS_GUIDANCE.map((entry) => entry.code).sort();
        expect(codes).toEqual([400, 401, 403, 404, 405, 408, 409, 413, 415, 429, 500, 502, 503, 504]);
        for (const guidance of ZOWE_STATUS_GUIDANCE) {
            expect(guidance.resolution.length).toBeGreaterThanOrEqual(2);
            expect(guidance.causes.length).toBeGreaterThanOrEqual(2);
            expect(guidance.nextCommands.length).toBeGreaterThanOrEqual(1);
            for (const next of guidance.nextCommands) {
                expect(next.command).toMatch(/^zowe [a-z]/);
                expect(next.purpose.length).toBeGreaterThan(10);
            }
        }
    });
});

describe("explainStatus", () => {
    it("joins registry facts, class and Zowe guidance", () => {
        const explanation = explainStatus(503);
        expect(explanation).toMatchObject({ code: 503, name: "Service Unavailable", class: "5xx", className: "Server Error", registered: true });
        expect(explanation.zowe?.causes.some((cause) => cause.service === "apiml" && /ZWEA/.test(cause.cause))).toBe(true);
    });

    it("cautions against blind retries of a logon", () => {
        expect(explainStatus(401).zowe?.caution).toMatch(/revoke/i);
        expect(explainStatus(403).zowe?.caution).toMatch(/revoke/i);
    });

    it("explains an unassigned code by its class and flags it", () => {
        const explanation = explainStatus(520);
        expect(explanation).toMatchObject({ code: 520, name: null, registered: false, state: "unassigned", class: "5xx" });
        expect(explanation.meaning).toContain("not assigned");
    });

    it("has no Zowe guidance where Zowe users do not meet the code", () => {
        expect(explainStatus(200).zowe).toBeNull();
    });

    it.each([99, 600, 503.5, NaN])("refuses %p", (code) => {
        expect(() => explainStatus(code)).toThrow(StatusQueryError);
    });
});

describe("explainStatusQuery", () => {
    it("finds an exact name before partial ones", () => {
        expect(explainStatusQuery("Gateway Timeout").map((e) => e.code)).toEqual([504]);
        expect(explainStatusQuery("gateway").map((e) => e.code)).toEqual([502, 504]);
        expect(explainStatusQuery("payload too large").map((e) => e.code)).toEqual([413]);
        expect(explainStatusQuery("teapot").map((e) => e.code)).toEqual([418]);
    });

    it("refuses a name nothing matches, pointing to list --search", () => {
        expect(() => explainStatusQuery("abc")).toThrow(/No HTTP status is named like "abc".*list --search/);
    });

    it("drops repeats across arguments and keeps their order", () => {
        expect(explainStatusQueries(["504", "50x", "404"]).map((e) => e.code)).toEqual([504, 500, 501, 502, 503, 505, 506, 507, 508, 404]);
    });
});

describe("listStatuses", () => {
    it("combines class, text and Zowe filters", () => {
        expect(listStatuses({ classMask: "4xx", zoweOnly: true, search: "timeout" }).map((row) => row.code)).toEqual([408]);
        expect(listStatuses({ search: "Payload Too Large" }).map((row) => row.code)).toEqual([413]);
        expect(listStatuses().length).toBe(IANA_CODES.length);
        expect(listStatuses({ search: "zzzz-nothing" })).toEqual([]);
    });

    it("refuses a bad class", () => {
        expect(() => listStatuses({ classMask: "6xx" })).toThrow(StatusQueryError);
    });
});
