import { tokensCheck } from "../../../../../src/api/doctor/checks/tokens";
import { doctorFacts } from "../../../../__helpers__/doctorFacts";

const token = (expires: string | undefined, profile: string | null = "base") =>
    ({ where: "profile base (tokenValue in the vault)", profile, tokenType: "apimlAuthenticationToken", kind: "jwt" as const, expires });

describe("tokens", () => {
    it("fails an expired token with zowe auth login apiml, naming the profile when it is not the default base", () => {
        const past = new Date(Date.now() - 3600000).toISOString();
        expect(tokensCheck.run(doctorFacts({ tokens: [token(past)] }))).toMatchObject({ state: "fail", fix: "zowe auth login apiml" });
        expect(tokensCheck.run(doctorFacts({ tokens: [token(past,
            "other")] }))).toMatchObject({ fix: "zowe auth login apiml --base-profile other" });
    });
    it("warns when it expires within a day, is ok later, and skips without a token", () => {
        expect(tokensCheck.run(doctorFacts({ tokens: [token(new Date(Date.now() + 3600000).toISOString())] })).state).toBe("warn");
        expect(tokensCheck.run(doctorFacts({ tokens: [token(new Date(Date.now() + 3 * 86400000).toISOString())] })).state).toBe("ok");
        expect(tokensCheck.run(doctorFacts({ tokens: [{ ...token(undefined), kind: "opaque" }] })).finding).toContain("no expiry readable");
        expect(tokensCheck.run(doctorFacts()).state).toBe("skip");
    });
});
