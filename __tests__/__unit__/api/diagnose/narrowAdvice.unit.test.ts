/**
 * Advice narrowed to the failure: causes, steps and next commands whose tags the facts rule out are left out, and
 * items that repeat one another (same topic, or the caution's topic) are merged. Each example is a failure shaped
 * the way Zowe's REST client reports it.
 */
import type { IDiagnosis, IFailedCall } from "../../../../src/api/failure/doc/IFailedCall";
import { failedCall } from "../../../__helpers__/failedCalls";
import { diagnose } from "../../../../src/api/diagnose/diagnose";
import { narrowAdvice, textCandidate } from "../../../../src/api/diagnose/narrowAdvice";
import { ruledOutTag } from "../../../../src/api/diagnose/ruledOutTag";
import { ADVICE_TAGS } from "../../../../src/api/knowledge/adviceTags";
import { KNOWLEDGE } from "../../../../src/api/knowledge/knowledge";
import { ZOWE_STATUS_GUIDANCE } from "../../../../src/api/knowledge/zoweStatusGuidance";
import { explainStatus } from "../../../../src/api/explain/StatusCatalogue";

const failed = failedCall;

/** Everything a diagnosis advises, as one text to search. */
const advice = (diagnosis: IDiagnosis): string =>
    [...diagnosis.causes, ...diagnosis.nextSteps, ...diagnosis.nextCommands.flatMap((next) => [next.command, next.purpose])].join("\n");

const CALLS = {
    notCatalogued: () => failed({ source: "http", httpStatus: 404, resource: "/zosmf/restfiles/ds/IBMUSER.NOPE",
        causeErrors: JSON.stringify({ category: 4, rc: 8, reason: 0, message: "LMINIT error details: - ISRZ002 Data set not cataloged - " +
            "'IBMUSER.NOPE' was not found in catalog." }) }),
    ussMissing: () => failed({ source: "http", httpStatus: 404, resource: "/zosmf/restfiles/fs/u/ibmuser/nope.txt",
        causeErrors: JSON.stringify({ category: 6, rc: 8, reason: 0, message: "File not found.",
            details: ["EDC5129I No such file or directory."] }) }),
    contextRoot: () => failed({ source: "http", httpStatus: 404, port: 9080, resource: "/zosmf/restfiles/ds?dslevel=IBMUSER.*",
        causeErrors: "<html><body>Error 404: The application or context root for this request has not been found: /zosmf/restfiles/ds</body></html>" }),
    refused: () => failed({ source: "client", errorCode: "ECONNREFUSED", port: 4430, msg: "Failed to send an HTTP request.",
        causeErrors: { code: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:4430" } }),
    liberty401: () => failed({ source: "http", httpStatus: 401, port: 10443, resource: "/zosmf/restjobs/jobs?owner=IBMUSER",
        causeErrors: "<html><head><title>Error 401: SRVE0295E: Error reported: 401</title></head><body>Error 401</body></html>" }),
    zosmf401: () => failed({ source: "http", httpStatus: 401, port: 10443, resource: "/zosmf/restfiles/ds?dslevel=IBMUSER.*",
        msg: "Rest API failure with HTTP(S) status 401\nUsername or password are not valid or expired." }),
    tlsCut: () => failed({ source: "client", errorCode: "ECONNRESET", msg: "Failed to send an HTTP request.",
        causeErrors: { code: "ECONNRESET", message: "Client network socket disconnected before secure TLS connection was established" } }),
    eproto: () => failed({ source: "client", errorCode: "EPROTO", msg: "Failed to send an HTTP request.",
        causeErrors: { code: "EPROTO", message: "write EPROTO 80ECE8:error:0A00010B:SSL routines::wrong version number:ssl3_record.c:350:" } }),
    hangUp: (protocol: string) => failed({ source: "client", errorCode: "ECONNRESET", protocol, msg: "Failed to send an HTTP request.",
        causeErrors: { code: "ECONNRESET", message: "socket hang up" } }),
    apimlMessage: (id: string) => failed({ source: "http", httpStatus: 503, port: 7554, basePath: "ibmzosmf/api/v1",
        resource: "/zosmf/restfiles/ds?dslevel=IBMUSER.*",
        causeErrors: JSON.stringify({ messages: [{ messageType: "ERROR", messageNumber: id, messageContent: "The server is not ready",
            messageKey: "org.zowe.apiml.common.serviceUnavailable" }] }) })
};

describe("advice narrowed to the failure", () => {
    it("a z/OSMF JSON 404 for a data set that is not catalogued does not suggest the base path, nor USS", () => {
        const call = CALLS.notCatalogued();
        expect(call.service).toBe("zosmf");
        const diagnosis = diagnose(call);
        expect(advice(diagnosis)).toMatch(/not cataloged/i);
        expect(advice(diagnosis)).not.toMatch(/base ?path/i);
        expect(advice(diagnosis)).not.toMatch(/\bUSS\b/);
    });

    it("a Liberty 'context root not found' 404 suggests the base path", () => {
        const call = CALLS.contextRoot();
        expect(call.service).toBe("liberty");
        const diagnosis = diagnose(call);
        expect(advice(diagnosis)).toMatch(/basePath/);
        expect(diagnosis.nextCommands.map((next) => next.command)).toContain("zowe config set profiles.zosmf.properties.basePath ibmzosmf/api/v1");
    });

    it("a 404 for a missing USS file gives no data set advice", () => {
        const diagnosis = diagnose(CALLS.ussMissing());
        expect(advice(diagnosis)).toMatch(/USS/);
        expect(advice(diagnosis)).not.toMatch(/not cataloged|zos-files list data-set/i);
    });

    it("a refused connection suggests checking the port, not the password", () => {
        const diagnosis = diagnose(CALLS.refused());
        expect(diagnosis.nextSteps.join("\n")).toMatch(/port/);
        expect(advice(diagnosis)).not.toMatch(/password/i);
    });

    it("a 401 from Liberty to basic authentication with no base path does not suggest zowe auth login apiml", () => {
        const call = CALLS.liberty401();
        expect(call).toMatchObject({ service: "liberty", auth: { kind: "basic" }, request: { basePath: "" } });
        expect(advice(diagnose(call))).not.toMatch(/auth login apiml/);
        // The same 401 through the gateway with a token keeps it.
        const throughGateway: IFailedCall = { ...call, service: "apiml", auth: { ...call.auth, kind: "token" },
            request: { ...call.request, basePath: "ibmzosmf/api/v1" } };
        expect(advice(diagnose(throughGateway))).toMatch(/zowe auth login apiml/);
    });

    it("a 401 report says 'do not retry' once and gives one cause per topic", () => {
        const diagnosis = diagnose(CALLS.zosmf401());
        const everything = [diagnosis.caution ?? "", ...diagnosis.causes, ...diagnosis.nextSteps];
        expect(everything.filter((text) => /\b(?:do not|don't) retry|stop before trying again/i.test(text))).toHaveLength(1);
        expect(diagnosis.causes.filter((text) => /(?:profile or )?config layer/i.test(text))).toHaveLength(1);
        expect(diagnosis.causes.filter((text) => /^(?:A )?wrong (?:or outdated )?(?:user ID or )?password/i.test(text))).toHaveLength(1);
        expect(diagnosis.nextSteps.filter((text) => /which profile and config file supply/i.test(text))).toHaveLength(1);
    });

    it("`zowe http-status explain 401` says 'do not retry' once: in the caution", () => {
        const zowe = explainStatus(401).zowe;
        const texts = [zowe?.caution ?? "", ...zowe?.resolution ?? []];
        expect(texts.filter((text) => /\b(?:do not|don't) retry|stop before trying again/i.test(text))).toEqual([zowe?.caution]);
    });

    it.each([["a cut TLS handshake", CALLS.tlsCut], ["EPROTO wrong version number", CALLS.eproto]])(
        "%s advises --protocol http or the HTTPS port, never 'switch to https'", (name, make) => {
            const diagnosis = diagnose(make());
            expect(diagnosis.nextSteps.join("\n")).toMatch(/--protocol http\b/);
            expect(diagnosis.nextSteps.join("\n")).toMatch(/port that serves HTTPS/);
            expect(advice(diagnosis)).not.toMatch(/protocol https|to https|normally use https/i);
        });

    it("a socket hang-up suggests https only when the request did not already use it", () => {
        expect(advice(diagnose(CALLS.hangUp("http")))).toMatch(/properties\.protocol https/);
        expect(advice(diagnose(CALLS.hangUp("https")))).not.toMatch(/protocol https|normally use https/);
    });

    it("does not say 'look the message up' for a message the knowledge already decodes", () => {
        expect(advice(diagnose(CALLS.apimlMessage("ZWEAO503E")))).not.toMatch(/Look the messageNumber up/);
        expect(advice(diagnose(CALLS.apimlMessage("ZWEAX999E")))).toMatch(/Look the messageNumber up/);
    });
});

describe("the generic filter", () => {
    it("rules nothing out when the evidence lacks the facts (a pasted fragment)", () => {
        const fragment: IFailedCall = { ...CALLS.zosmf401(), request: { method: null, protocol: null, host: null, port: null, basePath: null, resource: null },
            auth: { kind: "unknown", allowUnauthorizedCert: null } };
        for (const tag of ["apiml", "basic-auth", "token-auth", "uss", "data-set", "suggests-https"] as const) {
            expect(ruledOutTag([tag], fragment, { decoded: false })).toBeUndefined();
        }
    });

    it("keeps the first item of a topic and leaves out the caution's topic", () => {
        const items = [{ text: "a", topic: "t" }, { text: "b", topic: "t" }, "c", { text: "d", topic: "covered" }, "C"].map(textCandidate);
        expect(narrowAdvice(items, () => true, 10, "covered")).toEqual(["a", "c"]);
    });

    it("every tag used by the built-in knowledge has a rule", () => {
        const tagged = [
            ...KNOWLEDGE.flatMap((entry) => [...entry.advice.causes, ...entry.advice.nextSteps, ...entry.advice.nextCommands ?? []]),
            ...ZOWE_STATUS_GUIDANCE.flatMap((guidance) => [...guidance.causes, ...guidance.resolution, ...guidance.nextCommands])
        ].flatMap((item) => typeof item === "string" ? [] : item.tags ?? []);
        expect(tagged.length).toBeGreaterThan(10);
        expect(tagged.filter((tag) => ADVICE_TAGS[tag] == null)).toEqual([]);
    });
});
