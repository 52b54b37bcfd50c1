/**
 * The words for a failed certificate check: the names the certificate carries and the host to set, and what a logged
 * TLS failure still tells (Node's altname message lists names for a host name, none for an IP address).
 */
import { expired, findingFromLoggedError, nameMismatch, notYetValid, untrusted } from "../../../../src/api/knowledge/certificateWords";

describe("a host the certificate does not name", () => {
    it("names the certificate's names and the full name that starts with the short one", () => {
        expect(nameMismatch(["lpar1.example.com", "*.zos.example.com"], "lpar1")).toEqual({
            check: "name", code: "ERR_TLS_CERT_ALTNAME_INVALID", suggestedHost: "lpar1.example.com",
            words: "the certificate names lpar1.example.com and *.zos.example.com; the profile uses lpar1", fix: "set host to lpar1.example.com"
        });
    });

    it("suggests the only plain name, and none when the choice is not clear", () => {
        expect(nameMismatch(["localhost"], "127.0.0.1").fix).toBe("set host to localhost");
        const unclear = nameMismatch(["a.example.com", "b.example.com", "*.zos.example.com"], "10.1.2.3");
        expect(unclear.suggestedHost).toBeUndefined();
        expect(unclear.fix).toBe("set host to a name the certificate carries (a.example.com, b.example.com and *.zos.example.com), " +
            "or ask for 10.1.2.3 to be added to its subjectAltName");
        expect(nameMismatch([], "lpar1").words).toContain("names no host");
    });
});

describe("dates and trust", () => {
    it("says when a certificate expired and how long ago, from the clock given", () => {
        expect(expired(new Date("2026-11-02T12:00:00Z"), new Date("2026-12-04T12:00:00Z"), "lpar1.example.com").words)
            .toBe("the certificate of lpar1.example.com expired on 2026-11-02 (32 day(s) ago)");
        expect(notYetValid(new Date("2027-01-01T00:00:00Z"), null).words).toBe("the certificate is valid only from 2027-01-01T00:00:00Z");
    });

    it("names the untrusted issuer, the TLS-inspecting proxy first when the path goes through one, and NODE_EXTRA_CA_CERTS", () => {
        const direct = untrusted("SELF_SIGNED_CERT_IN_CHAIN", "Corp Inspection CA", false);
        expect(direct.words).toBe("the certificate is issued by \"Corp Inspection CA\", not trusted here: the site's own CA, or a TLS-inspecting proxy");
        expect(direct.fix).toContain("NODE_EXTRA_CA_CERTS");
        expect(untrusted("UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "Corp Inspection CA", true).words).toMatch(/not trusted here: a TLS-inspecting proxy/);
        expect(untrusted("DEPTH_ZERO_SELF_SIGNED_CERT", "lpar1", false).check).toBe("self-signed");
        expect(untrusted("UNABLE_TO_VERIFY_LEAF_SIGNATURE", "Site Issuing CA", false)).toMatchObject({
            check: "incomplete-chain", code: "UNABLE_TO_VERIFY_LEAF_SIGNATURE"
        });
    });
});

describe("a logged TLS failure", () => {
    it("gives the probe's words when Node's message lists the names", () => {
        const message = "Hostname/IP does not match certificate's altnames: Host: lpar1. is not in the cert's altnames: DNS:lpar1.example.com, DNS:*.zos.example.com";
        expect(findingFromLoggedError("ERR_TLS_CERT_ALTNAME_INVALID", message, "lpar1")).toEqual(nameMismatch(["lpar1.example.com", "*.zos.example.com"], "lpar1"));
    });

    it("says what to run when the log cannot tell: an IP address, an expiry date, an issuer", () => {
        const ip = findingFromLoggedError("ERR_TLS_CERT_ALTNAME_INVALID",
            "Hostname/IP does not match certificate's altnames: IP: 10.1.2.3 is not in the cert's list: ", "10.1.2.3");
        expect(ip?.words).toBe("the certificate does not name 10.1.2.3, and the logged message does not list the names it does carry");
        for (const code of ["ERR_TLS_CERT_ALTNAME_INVALID", "CERT_HAS_EXPIRED", "SELF_SIGNED_CERT_IN_CHAIN", "UNABLE_TO_VERIFY_LEAF_SIGNATURE"]) {
            expect(findingFromLoggedError(code, "certificate problem", "mf.example.com")?.fix).toMatch(/^run zowe http-status probe /);
        }
    });

    it("says nothing for other errors or without a host", () => {
        expect(findingFromLoggedError("ECONNREFUSED", "connect ECONNREFUSED", "mf")).toBeUndefined();
        expect(findingFromLoggedError("CERT_HAS_EXPIRED", "certificate has expired", null)).toBeUndefined();
        expect(findingFromLoggedError(null, "certificate has expired", "mf")).toBeUndefined();
    });
});
