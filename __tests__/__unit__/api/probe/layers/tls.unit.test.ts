/** The checks the tls layer makes of a chain, from a chain and a clock given (the system tests read real ones). */
import type { IProbeCertificate } from "../../../../../src/api/probe/doc/IProbeResult";
import { certificateFindings } from "../../../../../src/api/probe/layers/tls";

const NOW = new Date("2026-12-04T21:00:00Z");
const context = { now: () => NOW, route: undefined };

function certificate(subject: string, issuer: string, names: string[], validTo = "2027-06-01T00:00:00.000Z"): IProbeCertificate {
    return { subject, subjectName: `CN=${subject}`, issuer, issuerName: `CN=${issuer}`, names, validFrom: "2026-01-01T00:00:00.000Z", validTo,
        fingerprint256: "AB:CD", selfIssued: subject === issuer };
}

describe("certificateFindings", () => {
    it("finds nothing in a trusted chain that names the host", () => {
        expect(certificateFindings([certificate("lpar1.example.com", "Site CA", ["lpar1.example.com"])], "lpar1.example.com", null, true, context))
            .toEqual([]);
    });

    it("takes Node's altname authorization error for the name check alone, not for a trust problem", () => {
        const findings = certificateFindings([certificate("lpar1.example.com", "Site CA", ["lpar1.example.com"])], "lpar1",
            "ERR_TLS_CERT_ALTNAME_INVALID", false, context);
        expect(findings.map((finding) => finding.check)).toEqual(["name"]);
        expect(findings[0].fix).toBe("set host to lpar1.example.com");
    });

    it("puts the trust of the chain first, names the CA at its top, and adds every other check that fails", () => {
        const chain = [certificate("127.0.0.1", "Corp Inspection CA", ["127.0.0.1"], "2026-11-02T00:00:00.000Z"),
            certificate("Corp Inspection CA", "Corp Inspection CA", [])];
        const findings = certificateFindings(chain, "10.0.0.1", "SELF_SIGNED_CERT_IN_CHAIN", false, context);
        expect(findings.map((finding) => finding.check)).toEqual(["untrusted-issuer", "expired", "name"]);
        expect(findings[0].words).toContain("issued by \"Corp Inspection CA\"");
        expect(findings[1].words).toBe("the certificate of 127.0.0.1 expired on 2026-11-02 (32 day(s) ago)");
    });

    it("names the issuer of a server certificate sent without its CA", () => {
        const findings = certificateFindings([certificate("mf", "Site Issuing CA", ["mf"])], "mf", "UNABLE_TO_VERIFY_LEAF_SIGNATURE", true, context);
        expect(findings).toMatchObject([{ check: "incomplete-chain", words: expect.stringContaining("issued by \"Site Issuing CA\"") }]);
    });
});
