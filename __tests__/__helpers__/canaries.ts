/** Planted secrets, one of each kind the Redactor must mask, and the text each is planted in. */
const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJDQU5BUllKV1QifQ.c2lnbmF0dXJlQ0FOQVJZSldU";
const basic = Buffer.from("ibmuser:CanaryB64-pass").toString("base64");
/** A password with $ ' " spaces and @. */
const awkward = "Pa$s 'w\" o rd@C1";

/** The pieces of a secret that must not appear: its words of 4 characters or more (escaping may change the rest). */
export function fragments(secret: string): string[] {
    return secret.split(/\s/).filter((word) => word.length >= 4);
}

/** [the secret, a text that holds it the way evidence would]. */
export const CANARIES: Array<[string, string]> = [
    [awkward, `{"password": ${JSON.stringify(awkward)}}`],
    [awkward, `zowe files ls ds A --password "${awkward.replace(/[$"]/g, "\\$&")}" --host mf`],
    ["Canary-PW-2", "zowe zos-files list ds \"A.*\" --password Canary-PW-2 --host mf"],
    [jwt, `Cookie: apimlAuthenticationToken=${jwt}; x=1 and Bearer ${jwt}`],
    [basic, `the header was ${basic}`],
    ["CanaryTok-4", "\"token\": \"CanaryTok-4\""],
    ["CanaryTok-5", "GET https://mf.example.com/zosmf/info?access_token=CanaryTok-5&x=1"],
    ["CanaryTok-6", "X-Auth-Token: CanaryTok-6"],
    ["CanaryCred-7", "\"credentials\": \"CanaryCred-7\""],
    ["CanaryKey-8", "--key-passphrase CanaryKey-8"],
    ["CanaryKey-9", "keyPassphrase: CanaryKey-9"]
];

/** Every canary in one text, one per line. */
export const ALL_CANARIES_TEXT = CANARIES.map(([, text]) => text).join("\n");

/** Expect that no piece of any canary appears in a text. */
export function expectNoCanary(text: string): void {
    for (const [secret] of CANARIES) {
        for (const piece of fragments(secret)) {
            expect(text).not.toContain(piece);
        }
    }
}

/** A value nested 40 levels deep, with a planted password at the bottom. */
export function deepValue(secret: string): unknown {
    let value: unknown = { password: secret, note: secret };
    for (let level = 0; level < 40; level++) {
        value = { nested: value };
    }
    return value;
}
