/** A token's own expiry, read locally from its `exp` claim, against the clock given (never the wall clock). */
import { readTokenExpiry } from "../../../../src/api/probe/tokenExpiry";
import { makeTestJwt } from "../../../__helpers__/testCertificates";

const NOW = new Date("2026-12-04T21:00:00Z");
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

describe("readTokenExpiry", () => {
    it("reads an expired token's expiry and how long ago it was", () => {
        const token = makeTestJwt({ sub: "IBMUSER", iat: seconds(NOW) - 11 * 3600, exp: seconds(NOW) - 3 * 3600 });
        expect(readTokenExpiry(token, NOW)).toEqual({ expiresAt: "2026-12-04T18:00:00.000Z", expired: true, relative: "3 hours ago" });
    });

    it("reads a token still valid, and says when it expires", () => {
        expect(readTokenExpiry(makeTestJwt({ exp: seconds(NOW) + 25 * 60 }), NOW)).toMatchObject({ expired: false, relative: "in 25 minutes" });
        expect(readTokenExpiry(makeTestJwt({ exp: seconds(NOW) + 3 * 86400 }), NOW)?.relative).toBe("in 3 days");
    });

    it("knows nothing of a token that is not a JWT or has no expiry", () => {
        for (const token of ["LtpaToken2-opaque-value", "a.b", "abc.def.ghi", makeTestJwt({ sub: "IBMUSER" }), makeTestJwt({ exp: "soon" })]) {
            expect(readTokenExpiry(token, NOW)).toBeUndefined();
        }
    });

    it("never hands back the token or its signature", () => {
        const token = makeTestJwt({ sub: "IBMUSER", exp: seconds(NOW) - 60 });
        expect(JSON.stringify(readTokenExpiry(token, NOW))).not.toContain(token.split(".")[2]);
    });
});
