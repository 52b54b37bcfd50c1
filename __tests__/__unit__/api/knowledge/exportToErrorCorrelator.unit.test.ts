/**
 * The knowledge in Zowe Explorer's ErrorCorrelator shape: matches, summary, tips (our next steps), resources.
 */
import { exportToErrorCorrelator } from "../../../../src/api/knowledge/exportToErrorCorrelator";
import { KNOWLEDGE } from "../../../../src/api/knowledge/knowledge";
import type { IKnowledgeEntry } from "../../../../src/api/knowledge/doc/IKnowledgeEntry";

const entry = (fields: Partial<IKnowledgeEntry>): IKnowledgeEntry => ({
    id: "x", kind: "rule", priority: 1, when: {}, advice: { summary: "S", causes: ["c"], nextSteps: ["do this", "then that"] }, ...fields
});

describe("exportToErrorCorrelator", () => {
    it("maps an entry to errorCode, matches, summary, tips and resources", () => {
        const [correlation] = exportToErrorCorrelator([entry({
            when: { status: [403], messageId: ["IZUG846W"], textMatches: ["remote site"] },
            advice: { summary: "S", causes: ["c"], nextSteps: ["do this"], resources: [{ href: "https://example.com/a", title: "A" }] }
        })]);
        expect(correlation).toEqual({ errorCode: "403", matches: ["IZUG846W", /remote site/i], summary: "S", tips: ["do this"],
            resources: [{ href: "https://example.com/a", title: "A" }] });
    });

    it("collects the facts of every condition, without repeats, and names no errorCode when statuses differ", () => {
        const [correlation] = exportToErrorCorrelator([entry({
            when: [{ status: [500], code: ["EPROTO"], textMatches: ["wrong version number"] }, { status: [502], textMatches: ["wrong version number"] }]
        })]);
        expect(correlation.matches).toEqual(["EPROTO", /wrong version number/i]);
        expect(correlation.errorCode).toBeUndefined();
        expect(correlation.tips).toEqual(["do this", "then that"]);
    });

    it("leaves out entries with nothing the error text could show", () => {
        expect(exportToErrorCorrelator([entry({ when: { status: [401], authKind: ["basic"] } })])).toEqual([]);
    });

    it("exports most of the built-in knowledge, each with a summary and tips", () => {
        const exported = exportToErrorCorrelator(KNOWLEDGE);
        expect(exported.length).toBeGreaterThan(KNOWLEDGE.length * 0.6);
        for (const correlation of exported) {
            expect(correlation.matches.length).toBeGreaterThan(0);
            expect(correlation.summary.length).toBeGreaterThan(0);
            expect(correlation.tips?.length).toBeGreaterThan(0);
        }
    });
});
