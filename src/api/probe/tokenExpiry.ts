/**
 * What a token says about itself, read locally: a JSON Web Token (API ML's apimlAuthenticationToken, a z/OSMF jwtToken,
 * a bearer token) carries its expiry in the `exp` claim of its payload. Only the expiry and issue times are read; the
 * token itself is never kept, returned or printed. An LTPA token is opaque: its expiry is unknown here.
 */

/** When a token expires, as far as the token itself says. */
export interface ITokenExpiry {
    /** ISO time of the `exp` claim. */
    expiresAt: string;
    /** ISO time of the `iat` claim, when there is one. */
    issuedAt?: string;
    /** True when `exp` lies before the time given. */
    expired: boolean;
    /** "3 hours ago", "in 25 minutes". */
    relative: string;
}

function base64UrlJson(part: string): Record<string, unknown> | undefined {
    try {
        const parsed: unknown = JSON.parse(Buffer.from(part.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8"));
        return parsed != null && typeof parsed === "object" && !Array.isArray(parsed) ? parsed as Record<string, unknown> : undefined;
    } catch {
        return undefined;
    }
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
export function readTokenExpiry(token: string, now: Date): ITokenExpiry | undefined {
    const parts = token.split(".");
    if (parts.length !== 3 || !/^[\w-]{2,}$/.test(parts[0]) || !/^[\w-]{2,}$/.test(parts[1])) {
        return undefined;
    }
    const header = base64UrlJson(parts[0]);
    const payload = base64UrlJson(parts[1]);
    if (header == null || payload == null || typeof payload.exp !== "number" || !Number.isFinite(payload.exp)) {
        return undefined;
    }
    const expires = new Date(payload.exp * 1000);
    if (Number.isNaN(expires.getTime())) {
        return undefined;
    }
    const left = expires.getTime() - now.getTime();
    const issued = typeof payload.iat === "number" ? new Date(payload.iat * 1000) : undefined;
    return {
        expiresAt: expires.toISOString(),
        ...(issued == null || Number.isNaN(issued.getTime()) ? {} : { issuedAt: issued.toISOString() }),
        expired: left <= 0,
        relative: left <= 0 ? `${span(left)} ago` : `in ${span(left)}`
    };
}
