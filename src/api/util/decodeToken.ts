/** What a token tells about itself, read locally: never sent anywhere, never kept. */
export interface ITokenExpiry {
    kind: "jwt" | "jwt-no-expiry" | "opaque";
    /** The `exp` claim as an ISO time, for a JWT that has one. */
    expires?: string;
}

/**
 * Read a token's expiry from its own payload: a JSON Web Token (`header.payload.signature`, base64url) carries `exp`
 * in seconds since 1970; an LTPA token or any other format carries none that can be read without the server.
 * @param token - the token value (never stored or returned)
 */
export function decodeTokenExpiry(token: string): ITokenExpiry {
    const parts = token.trim().split(".");
    if (parts.length !== 3 || !parts[0].startsWith("eyJ")) {
        return { kind: "opaque" };
    }
    try {
        const payload = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8")) as { exp?: unknown };
        const exp = typeof payload?.exp === "number" ? payload.exp : Number.NaN;
        // Beyond ±8.64e15 ms a Date is invalid: such a claim is no expiry anyone can read.
        return Number.isFinite(exp) && Math.abs(exp) < 8.64e12 ? { kind: "jwt", expires: new Date(exp * 1000).toISOString() } :
            { kind: "jwt-no-expiry" };
    } catch {
        return { kind: "opaque" };
    }
}
