/**
 * Whether a token the probe would send has expired by its own claim, and when: the decoding is doctor's
 * (decodeTokenExpiry: a JSON Web Token's `exp`, never its signature), the comparison with the clock is the probe's.
 * The token itself is never kept, returned or printed. An LTPA token is opaque: its expiry is unknown here.
 */
import { decodeTokenExpiry } from "../util/decodeToken";

/** When a token expires, as far as the token itself says, against a given time. */
export interface ITokenDeadline {
    /** ISO time of the `exp` claim. */
    expiresAt: string;
    /** True when `exp` lies before the time given. */
    expired: boolean;
    /** "3 hours ago", "in 25 minutes". */
    relative: string;
}

/** "3 hours", "1 day", "25 minutes": the larger unit that fits. */
function span(ms: number): string {
    const minutes = Math.round(Math.abs(ms) / 60000);
    const [amount, unit] = minutes < 1 ? [Math.round(Math.abs(ms) / 1000), "second"] : minutes < 120 ? [minutes, "minute"] :
        minutes < 48 * 60 ? [Math.round(minutes / 60), "hour"] : [Math.round(minutes / 1440), "day"];
    return `${amount} ${unit}${amount === 1 ? "" : "s"}`;
}

/**
 * The expiry a JSON Web Token holds, without checking its signature (only the server can, and nothing is trusted on it:
 * an expired token is simply not worth a request).
 * @param token - the token value
 * @param now - the time to compare with
 * @returns the expiry, or undefined when the value is not a JWT or holds no `exp` claim
 */
export function readTokenExpiry(token: string, now: Date): ITokenDeadline | undefined {
    const decoded = decodeTokenExpiry(token);
    if (decoded.kind !== "jwt" || decoded.expires == null) {
        return undefined;
    }
    const left = new Date(decoded.expires).getTime() - now.getTime();
    return { expiresAt: decoded.expires, expired: left <= 0, relative: left <= 0 ? `${span(left)} ago` : `in ${span(left)}` };
}
