import { MESSAGE_ID_PATTERNS, findMessageIds, parseMessageId } from "../../../../src/api/knowledge/messageIdGrammar";
import { explainQuery } from "../../../../src/api/explain/ExplainQueries";
import type { IKnowledgeExplanation } from "../../../../src/api/explain/doc/IKnowledgeExplanation";
import { familyOf } from "../../../../src/api/knowledge/messageFamilies";
import { unboundedRepeats } from "../../../__helpers__/unboundedRepeats";

describe("the one grammar of IBM-style message IDs", () => {
    it.each([
        ["IEF212I", "IEF", "212", "I"], ["$HASP106J", "$HASP", "106", "J"], ["IEC141I", "IEC", "141", "I"], ["CSQ9016E", "CSQ", "9016", "E"],
        ["DSNL030I", "DSNL", "030", "I"], ["EDC5129I", "EDC", "5129", "I"], ["ZWEAM511E", "ZWEAM", "511", "E"],
        ["SQL30081N", "SQL", "30081", "N"], ["IKJ56425I", "IKJ", "56425", "I"], ["BPXF024I", "BPXF", "024", "I"],
        ["DFHAC2206", "DFHAC", "2206", null], ["C1G0410E", "C1G", "0410", "E"], ["IZUG846W", "IZUG", "846", "W"]
    ])("%s is an ID: prefix %s, number %s, letter %s, found in a sentence", (id, prefix, number, severity) => {
        expect(parseMessageId(id.toLowerCase())).toMatchObject({ id, prefix, number, severity });
        if (severity != null) {
            expect(findMessageIds(`The system said ${id} when the job ran.`)).toEqual([id]);
        }
    });

    it("takes IDs without a letter where a message starts, in order of appearance", () => {
        const text = "DFHAC2206 14:22:01 CICSA Transaction abended\n  - ISRZ002 Data set not cataloged\n" +
            "\"details\":[\"FSUM6260 write error\"] then IEF212I and USERID.COPY DMS2971 DO YOU WANT TO RESTORE";
        expect(findMessageIds(text)).toEqual(["DFHAC2206", "ISRZ002", "FSUM6260", "IEF212I", "DMS2971"]);
    });

    it.each([
        ["data set qualifiers", "IBMUSER.TEST123.CNTL and SYS1.PROC001A.LIB"],
        ["host names", "lpar123.example.com LPAR123E.EXAMPLE.COM"],
        ["job IDs", "JOB01234 TSU00012 STC12345"],
        ["code pages, ciphers and standards", "IBM1047 ISO8859 AES256 SHA256 RFC7230 UTF8 X509 HTTP200 TLS1300"],
        ["hexadecimal values", "DEAD1234 0A00010B FFFF0000 deadbeef1234"],
        ["words and mixed case", "member PROG001 is in use; Error404E; Ief212i; V2R4M0; A1234B"],
        ["paths and URLs", "https://mf.example.com/ABC123E/x /u/USER001E/file C:\\DIR123E\\x"]
    ])("no ID in %s", (_what, text) => {
        expect(findMessageIds(text)).toEqual([]);
    });

    it("refuses what is not shaped like an ID", () => {
        for (const text of ["hello", "IEF", "IE212I", "ABCDEF123I", "IEF2I", "503", "ECONNREFUSED"]) {
            expect(parseMessageId(text)).toBeNull();
        }
    });

    it("has bounded repeats only", () => {
        for (const pattern of MESSAGE_ID_PATTERNS) {
            expect(unboundedRepeats(pattern.source)).toEqual([]);
        }
    });

    it("the longest family prefix names the family", () => {
        expect(familyOf("ZWEAM511E")?.prefix).toBe("ZWEA");
        expect(familyOf("IEFC452I")?.prefix).toBe("IEFC");
        expect(familyOf("XYZ0042E")).toBeUndefined();
    });
});

describe("explain of an ID no entry knows", () => {
    it("answers with what the family tells, never a refusal", () => {
        const [answer] = explainQuery("ief212i") as IKnowledgeExplanation[];
        expect(answer).toMatchObject({ id: "IEF212I", entry: "message-family-IEF", verdict: "unknown" });
        expect(answer.summary).toMatch(/job control, allocation/);
        expect(answer.nextSteps.join("\n")).toContain("https://www.ibm.com/docs/en/search/IEF212I");
        expect(answer.source?.title).toMatch(/MVS System Messages/);
    });

    it("says the knowledge does not hold an ID of an unknown family, and where to look", () => {
        const [answer] = explainQuery("XYZ0042E") as IKnowledgeExplanation[];
        expect(answer).toMatchObject({ id: "XYZ0042E", entry: "message-id-grammar", service: "unknown", verdict: "unknown" });
        expect(answer.summary).toMatch(/neither its ID nor its prefix is in this plug-in's knowledge/);
    });

    it("still answers from an entry when one knows the ID", () => {
        expect((explainQuery("IZUG846W")[0] as IKnowledgeExplanation).entry).not.toMatch(/^message-/);
    });
});
