/**
 * The generic matcher: every fact of a condition must hold, a list of conditions means any one, and the order of
 * the result comes from priority, specificity and id, with one entry per group.
 */
import type { IFailedCall } from "../../../../src/api/failure/doc/IFailedCall";
import type { IKnowledgeCondition, IKnowledgeEntry } from "../../../../src/api/knowledge/doc/IKnowledgeEntry";
import { matches, matchKnowledge, specificity } from "../../../../src/api/diagnose/matchKnowledge";

const call = (fields: Partial<IFailedCall> = {}): IFailedCall => ({
    time: null, client: "zowe-cli", command: null, source: "http", status: 404, statusText: null,
    request: { method: "GET", protocol: "https", host: "mf", port: 443, basePath: null, resource: "/zosmf/restfiles/ds?dslevel=A" },
    service: "zosmf", server: { message: "ISRZ002 Data set not cataloged", messageIds: ["ISRZ002", "IZUG999E"], category: 4, rc: 8 },
    networkError: null, auth: { kind: "basic", allowUnauthorizedCert: false }, evidence: { kind: "rfj", file: null }, ...fields
});
const entry = (id: string, when: IKnowledgeEntry["when"], priority = 1, group?: string): IKnowledgeEntry =>
    ({ id, kind: "rule", when, priority, ...(group == null ? {} : { group }), advice: { summary: id, causes: [], nextSteps: [] } });

describe("matches", () => {
    it.each([
        [{ status: "4xx" }, true], [{ status: "40x" }, true], [{ status: "5xx" }, false], [{ status: [404, 410] }, true],
        [{ messageId: ["IZUG*"] }, true], [{ messageId: ["IZUG846W"] }, false], [{ family: ["files"] }, true], [{ family: ["jobs"] }, false],
        [{ zosmfReport: true, category: 4, rc: 8 }, true], [{ reason: 0 }, false], [{ basePathEmpty: true }, true], [{ basePathEmpty: false }, false],
        [{ portNot: [443] }, false], [{ portNot: [7554] }, true], [{ resourceMatches: ["^\\/zosmf\\/restfiles\\/"] }, true],
        [{ textMatches: ["not CATALOGED"] }, true], [{ bodyMatches: ["not cataloged"] }, false], [{ code: ["EPROTO"] }, false],
        [{ authKind: ["basic"], service: ["zosmf"], source: ["http"] }, true]
    ] as Array<[IKnowledgeCondition, boolean]>)("%j holds: %s", (when, holds) => {
        expect(matches(entry("e", when), call()) > 0).toBe(holds);
    });

    it("takes any one of a list of conditions, scored by the best that holds", () => {
        expect(matches(entry("e", [{ status: [500] }, { status: [404], rc: 8 }]), call())).toBe(2);
        expect(specificity({ code: ["X"], textMatches: ["y"] })).toBe(3);
    });
});

describe("matchKnowledge", () => {
    it("orders by priority, then specificity, then id, and keeps one entry per group", () => {
        const knowledge = [
            entry("b-loose", { status: [404] }, 5, "g"), entry("a-tight", { status: [404], rc: 8 }, 5, "g"),
            entry("low", { status: [404] }, 1), entry("high", { status: [404] }, 9), entry("z-same", { status: [404] }, 1)
        ];
        expect(matchKnowledge(call(), knowledge).map((match) => match.id)).toEqual(["high", "a-tight", "low", "z-same"]);
    });

    it("puts message-ID entries of equal rank in the order of the body", () => {
        const knowledge = [entry("IZUG999E", { messageId: ["IZUG999E"] }, 4), entry("ISRZ002", { messageId: ["ISRZ002"] }, 4)];
        expect(matchKnowledge(call(), knowledge).map((match) => match.id)).toEqual(["ISRZ002", "IZUG999E"]);
    });
});
