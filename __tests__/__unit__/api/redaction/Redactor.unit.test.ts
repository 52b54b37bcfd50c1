/**
 * The Redactor: imperative's Censor lists are its base, the names they miss are added, deep values fail closed,
 * and no rule is super-linear (the linear-time guarantee itself is the eslint-plugin-regexp rules on src/; the
 * timing guard below only catches a catastrophic regression).
 */
import { Censor } from "@zowe/imperative/lib/censor/src/Censor";
import { MASK, Redactor } from "../../../../src/api/redaction/Redactor";

const redactor = new Redactor();

describe("Redactor", () => {
    it("uses imperative's mask", () => {
        expect(MASK).toBe(Censor.CENSOR_RESPONSE);
    });

    it("treats every name of imperative's Censor lists as a secret property", () => {
        const names = [...Censor.CENSORED_OPTIONS, ...Censor.SECURE_PROMPT_OPTIONS];
        expect(names).toEqual(expect.arrayContaining(["auth", "authentication", "basicAuth", "credentials", "keyPassphrase"]));
        for (const name of names) {
            expect(redactor.isSecretName(name)).toBe(true);
            expect(redactor.value({ [name]: "canary-value-1" })).toEqual({ [name]: MASK });
        }
    });

    it.each([
        ["a bare token in JSON", '{"token":"canary-TOKEN-1"}'],
        ["a bare token in text", "token: canary-TOKEN-1"],
        ["access_token in a URL query", "GET https://mf.example:443/zosmf/info?access_token=canary-TOKEN-1&x=1"],
        ["X-Auth-Token header", "X-Auth-Token: canary-TOKEN-1"],
        ["credentials in JSON", '{"credentials": "canary-TOKEN-1"}'],
        ["auth in JSON", '{"auth": "canary-TOKEN-1"}'],
        ["authentication in JSON", '{"authentication": "canary-TOKEN-1"}'],
        ["basicAuth in JSON", '{"basicAuth": "canary-TOKEN-1"}'],
        ["--key-passphrase", "zowe zos-files list ds A --cert-file c.pem --key-passphrase canary-TOKEN-1 --host h"],
        ["keyPassphrase=", "keyPassphrase=canary-TOKEN-1"],
        ["KEY_PASSPHRASE in the environment", "ZOWE_OPT_KEY_PASSPHRASE=canary-TOKEN-1"]
    ])("masks %s", (_name, text) => {
        const masked = redactor.text(text);
        expect(masked).not.toContain("canary-TOKEN-1");
        expect(masked).toContain(MASK);
    });

    it("keeps the query parameters after a masked access_token", () => {
        expect(redactor.text("https://h/p?access_token=canary-1&dslevel=IBMUSER.*")).toBe(`https://h/p?access_token=${MASK}&dslevel=IBMUSER.*`);
    });

    it.each([
        "properties",
        "items"
    ])("fails closed below 32 levels (%s)", (shape) => {
        let deep: unknown = { note: "canary-DEEP-1", password: "canary-DEEP-2", list: ["canary-DEEP-3"] };
        for (let level = 0; level < 40; level++) {
            deep = shape === "items" ? [deep] : { nested: deep };
        }
        const masked = JSON.stringify(redactor.value(deep));
        expect(masked).not.toMatch(/canary-DEEP/);
        expect(masked).toContain(MASK);
    });

    it("masks every string and number under a secret-named property, however it is shaped", () => {
        expect(redactor.value({ credentials: { user: "u", value: "canary-1", pin: 1234, list: ["canary-2"], on: true } }))
            .toEqual({ credentials: { user: MASK, value: MASK, pin: MASK, list: [MASK], on: true } });
    });

    it("masks secret options in command lines, through imperative's Censor and its own rules", () => {
        const line = redactor.commandLine("zowe zos-files list ds X --password canary-1 --tv canary-2 --key-passphrase 'canary 3' -u canary4");
        expect(line).not.toMatch(/canary/);
    });

    it("masks 1 MB of blank lines and Authorization runs without catastrophic slowdown (a guard, not a measurement)", () => {
        const hostile = "\n".repeat(1 << 20) + " \n".repeat(1 << 19) + "authorization:\n".repeat(1 << 16) + "Authorization: Basic canary-1";
        const masked = redactor.text(hostile);
        expect(masked).not.toContain("canary-1");
    });
});
