/**
 * `explain` takes what users see: message IDs and error codes are looked up in the knowledge (whatever entries it
 * holds), pasted statuses are read as their code, and with several arguments the valid ones are explained and the
 * others refused one by one.
 */
import { explainQueries, explainQuery, isKnowledgeExplanation } from "../../../../src/api/explain/ExplainQueries";
import { explainKnowledgeId, findKnowledgeEntry } from "../../../../src/api/explain/KnowledgeExplanation";
import type { IKnowledgeExplanation } from "../../../../src/api/explain/doc/IKnowledgeExplanation";
import { StatusQueryError } from "../../../../src/api/explain/StatusQuery";
import { KNOWLEDGE } from "../../../../src/api/knowledge/knowledge";
import { ZOWE_STATUS_GUIDANCE } from "../../../../src/api/knowledge/zoweStatusGuidance";

const knowledge = (raw: string): IKnowledgeExplanation => {
    const found = explainKnowledgeId(raw);
    if (found == null) {
        throw new Error(`${raw} is not in the knowledge`);
    }
    return found;
};

describe("message IDs and error codes", () => {
    it.each([
        ["IZUG846W", "zosmf", 403], ["ZWEAO503E", "apiml", 503], ["zweao503e", "apiml", 503], ["DFHWU4003", "cics", 400]
    ])("explains the message ID %s as its server's message, with its usual status", (raw, service, status) => {
        const explanation = knowledge(raw);
        expect(explanation).toMatchObject({ id: raw.toUpperCase(), kind: "message-id", service, usualStatus: status });
        expect(explanation.status?.code).toBe(status);
        expect(explanation.causes.length).toBeGreaterThan(0);
        expect(explanation.nextSteps.length).toBeGreaterThan(0);
    });

    it.each([["ECONNREFUSED", "client-config", /port/], ["SELF_SIGNED_CERT_IN_CHAIN", "tls", /certificate/i]])(
        "explains the Node error code %s with no status", (raw, verdict, advice) => {
            const explanation = knowledge(raw);
            expect(explanation).toMatchObject({ id: raw, kind: "connection", usualStatus: null, status: null, verdict });
            expect([...explanation.causes, ...explanation.nextSteps].join("\n")).toMatch(advice);
        });

    it("finds an error code that an entry lists under another id (ERR_SSL_WRONG_VERSION_NUMBER is EPROTO's)", () => {
        expect(knowledge("ERR_SSL_WRONG_VERSION_NUMBER")).toMatchObject({ id: "ERR_SSL_WRONG_VERSION_NUMBER", entry: "EPROTO" });
    });

    it("shows the per-service guidance of the usual status, as last-error does, and no advice for other servers", () => {
        const explanation = knowledge("ZWEAO503E");
        const guidance = ZOWE_STATUS_GUIDANCE.find((entry) => entry.code === 503);
        const anyServer = guidance?.causes.filter((cause) => cause.service === "any").map((cause) => cause.cause) ?? [];
        const zosmfOnly = guidance?.causes.filter((cause) => cause.service === "zosmf").map((cause) => cause.cause) ?? [];
        expect(explanation.causes).toEqual(expect.arrayContaining(anyServer));
        expect(explanation.causes.filter((cause) => zosmfOnly.includes(cause))).toEqual([]);
        // The generic cause that decodes ZWEAO503E is left out: the message is already decoded.
        expect(explanation.causes.filter((cause) => cause.startsWith("ZWEAO503E"))).toEqual([]);
        expect(explanation.nextSteps.filter((step) => /^Wait a few minutes and retry once/.test(step))).toHaveLength(1);
    });

    it("looks every message ID and code of the knowledge up generically: each explains to an entry naming it", () => {
        const names = [...new Set(KNOWLEDGE.flatMap((entry) => (Array.isArray(entry.when) ? entry.when : [entry.when])
            .flatMap((when) => [...when.messageId ?? [], ...when.code ?? []])).filter((name) => !name.endsWith("*")))];
        expect(names.length).toBeGreaterThan(40);
        for (const name of names) {
            const entry = findKnowledgeEntry(name);
            expect(entry == null ? `${name}: none` : name).toBe(name);
            expect(explainQuery(name)).toHaveLength(1);
        }
    });

    it("gives every message ID and code of the knowledge steps and a verdict, also where the entry needs more facts than the ID", () => {
        const names = [...new Set(KNOWLEDGE.flatMap((entry) => (Array.isArray(entry.when) ? entry.when : [entry.when])
            .flatMap((when) => [...when.messageId ?? [], ...when.code ?? []])).filter((name) => !name.endsWith("*")))];
        const lacking = names.map((name) => explainKnowledgeId(name) as IKnowledgeExplanation).filter((explanation) =>
            explanation.nextSteps.length === 0 ||
            // An entry without a verdict of its own and without a usual status leaves the verdict to the status: unknown.
            explanation.verdict === "unknown" && findKnowledgeEntry(explanation.id)?.advice.verdict != null);
        expect(lacking.map((explanation) => `${explanation.id}: ${explanation.verdict}, ${explanation.nextSteps.length} steps`)).toEqual([]);
        // IEC141I's entry needs the 013-18 words, SQL30082N's specific ones a reason code: the entry's own advice leads.
        expect(explainKnowledgeId("IEC141I")).toMatchObject({ entry: "IEC141I-013-18", verdict: "not-found" });
        expect(explainKnowledgeId("SQL30082N")).toMatchObject({ entry: "db2-sql30082n", verdict: "authentication" });
    });

    it("finds a message ID through a prefix entry (MQWB*) and prefers the entry named for the ID", () => {
        const prefixed = [{ ...KNOWLEDGE[0], id: "test-mqwb", when: { messageId: ["MQWB*"] } }];
        expect(findKnowledgeEntry("MQWB0104E", prefixed)?.id).toBe("test-mqwb");
        expect(findKnowledgeEntry("MQWB", prefixed)).toBeUndefined();
        const named = [...prefixed, { ...KNOWLEDGE[0], id: "MQWB0104E", when: { messageId: ["MQWB0104E"] } }];
        expect(findKnowledgeEntry("mqwb0104e", named)?.id).toBe("MQWB0104E");
    });
});

describe("several arguments", () => {
    it("explains the valid ones in order, without repeats, and refuses the others one line each", () => {
        const result = explainQueries(["HTTP 503", "EBOGUSCODE", "ZWEAO503E", "503", "bogus!", "error 401 = Unauthorized"]);
        expect(result.explanations.map((explanation) => isKnowledgeExplanation(explanation) ? explanation.id : explanation.code))
            .toEqual([503, "ZWEAO503E", 401]);
        expect(result.refused.map((refusal) => refusal.query)).toEqual(["EBOGUSCODE", "bogus!"]);
        for (const refusal of result.refused) {
            expect(refusal.message).not.toContain("\n");
            expect(refusal.message).toContain("a message ID (IZUG846W, ZWEAO503E)");
        }
        expect(result.refused[0].message).toMatch(/^"EBOGUSCODE" is not a message ID or error code this plug-in knows, nor a status/);
    });

    it("still reads status names, and refuses what is none of the forms", () => {
        expect(explainQuery("teapot").map((explanation) => isKnowledgeExplanation(explanation) ? explanation.id : explanation.code)).toEqual([418]);
        expect(() => explainQuery("NOT_A_CODE")).toThrow(StatusQueryError);
    });
});

describe("explain shows the per-service entries added for the services behind the plug-ins and z/OS's messages", () => {
    it.each([
        ["SQL1776N", "db2", "client-config"], ["SQL0805N", "db2", "server-error"], ["BAQM0003E", "zosconnect", "server-unavailable"],
        ["IEC032I", "zosmf", "server-error"], ["IRR012I", "zosmf", "authentication"], ["IRR014I", "zosmf", "authentication"],
        ["IRR017I", "zosmf", "authentication"]
    ])("%s is explained from its entry, as %s's, with a verdict and a source", (id, service, verdict) => {
        const found = knowledge(id);
        expect(found).toMatchObject({ service, verdict });
        expect(found.source?.url).toMatch(/^https:\/\/(?:www\.)?ibm\.com\//);
        expect(found.summary).toContain(id);
    });
});
