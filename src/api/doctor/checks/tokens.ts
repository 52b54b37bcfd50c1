import type { IDoctorCheck } from "../doc/IDoctor";
import { DOCS } from "../docLinks";
import { shellWord } from "../../diagnose/shellQuote";

/** A day, in milliseconds: a token that expires within one is a warning. */
const DAY_MS = 24 * 60 * 60 * 1000;

/** The expiry of each API ML or JWT token, read locally from the token's payload. */
export const tokensCheck: IDoctorCheck = {
    id: "tokens",
    title: "Tokens have not expired",
    docs: DOCS.apiml,
    run(facts) {
        const now = Date.now();
        const tokens = facts.tokens.filter((token) => facts.profile == null || token.profile == null || token.profile === facts.profile ||
            token.profile === facts.config.defaults.base);
        if (tokens.length === 0) {
            return { state: "skip", finding: facts.runtime.vault.read ? "No profile or ZOWE_OPT_TOKEN_VALUE holds a token." :
                "No token in plain text or ZOWE_OPT_TOKEN_VALUE; tokens in the vault were not read (see credential-manager)." };
        }
        const expiry = tokens.map((token) => ({ token, left: token.expires == null ? null : Date.parse(token.expires) - now }));
        const expired = expiry.filter((entry) => entry.left != null && entry.left <= 0);
        const soon = expiry.filter((entry) => entry.left != null && entry.left > 0 && entry.left < DAY_MS);
        const describe = ({ token }: { token: typeof tokens[number] }): string =>
            `${token.where}${token.tokenType == null ? "" : `, ${token.tokenType}`}` +
            (token.expires != null ? `, expires ${token.expires}` : token.kind === "opaque" ? ", no expiry readable (not a JWT)" :
                ", a JWT without exp");
        const login = (entries: typeof expiry): string => [...new Set(entries.map(({ token }) => token.profile == null ||
            token.profile === facts.config.defaults.base ?
            "zowe auth login apiml" : `zowe auth login apiml --base-profile ${shellWord(token.profile)}`))].join(" && ");
        if (expired.length > 0) {
            return { state: "fail", finding: `Expired: ${expired.map(describe).join("; ")}. Commands that send it fail with 401.`,
                fix: login(expired) };
        }
        if (soon.length > 0) {
            return { state: "warn", finding: `Expires within a day: ${soon.map(describe).join("; ")}.`, fix: login(soon) };
        }
        return { state: "ok", finding: `${expiry.map(describe).join("; ")}. The value is never shown or sent.` };
    }
};
