import type { AbstractSession } from "@zowe/imperative";
import type { AuthKind } from "../../knowledge/doc/IKnownError";
import type { IZoweNextCommand } from "../../knowledge/doc/IHttpStatus";
import { toFailedCall } from "../../readers/RestErrorRecord";
import { type ILayerOutcome, type IProbeContext, type IProbeLayer, elapsed } from "../probeContext";
import { clientFailure, localTimestamp, networkErrorOf } from "../probeFailure";
import { readTokenExpiry } from "../tokenExpiry";

/** The code of a token the probe found expired before sending it; the auth knowledge matches it. */
export const TOKEN_EXPIRED_CODE = "TOKEN_EXPIRED";

/** How each token type is renewed, per tool; a type not listed is renewed by logging on again where it came from. */
const RENEWAL: Readonly<Record<string, { label: string; commands: IZoweNextCommand[]; explorer: string }>> = {
    apimlAuthenticationToken: {
        label: "API ML token",
        commands: [{ command: "zowe auth login apiml", purpose: "Log in to the API ML gateway again and store a new token in the base profile." }],
        explorer: "in Zowe Explorer, right-click the profile and choose \"Log in to Authentication Service\""
    },
    jwtToken: {
        label: "JWT token",
        commands: [{
            command: "zowe auth login apiml", purpose: "Log in again through the API ML gateway, which issues the JWT, and store a new token."
        }],
        explorer: "in Zowe Explorer, right-click the profile and choose \"Log in to Authentication Service\""
    }
};

/** How the session authenticates, in the words of the diagnosis knowledge. */
export function authKindOf(session: AbstractSession): AuthKind {
    const { type, user, password, tokenValue, tokenType, cert, basePath } = session.ISession;
    if (type === "cert-pem" || cert != null) {
        return "cert-pem";
    }
    if ((type === "token" || tokenValue != null) && tokenType === "apimlAuthenticationToken" && (basePath ?? "").replace(/\//g, "") === "") {
        return "apiml-token-without-base-path";
    }
    if (type === "token" || tokenValue != null) {
        return "token";
    }
    if (type === "bearer") {
        return "bearer";
    }
    return user != null && user !== "" && password != null && password !== "" ? "basic" : "none";
}

/** The token the session would send, with its type: only for token and bearer authentication. */
function tokenOf(context: IProbeContext): { value: string; type: string } | undefined {
    const { tokenValue, tokenType } = context.session.ISession;
    const tokenAuth = context.authKind === "token" || context.authKind === "bearer" || context.authKind === "apiml-token-without-base-path";
    return tokenAuth && typeof tokenValue === "string" && tokenValue.length > 0 ? { value: tokenValue, type: tokenType ?? "bearer" } : undefined;
}

/** An expired token: the auth layer fails here, and no request is spent on it. */
function expiredToken(context: IProbeContext, type: string, expiresAt: string, relative: string): ILayerOutcome {
    const renewal = RENEWAL[type];
    const label = renewal?.label ?? `${type} token`;
    const words = `The ${label} (${type}) expired at ${expiresAt.replace(/\.\d{3}Z$/, "Z")}, ${relative}: it was not sent`;
    return {
        step: {
            name: "auth", ok: false, ms: 0, detail: { authType: context.authKind, sent: false, tokenExpiry: { type, expiresAt, expired: true } }
        },
        failure: clientFailure(context, { code: TOKEN_EXPIRED_CODE, message: words }),
        advice: {
            // Worded without "token:", which masking takes for a secret's label.
            steps: [`Log in again for a new ${label}${renewal == null ? ", with the tool that issued it." :
                `. In Zowe CLI, run ${renewal.commands[0].command}; ${renewal.explorer}.`}`],
            commands: renewal?.commands ?? []
        }
    };
}

/**
 * auth: the one authenticated request, through the Zowe SDK's z/OSMF REST client as every z/OSMF command sends it.
 * A token that has expired by its own `exp` claim is not sent: the layer fails without a request.
 */
export const authLayer: IProbeLayer = {
    name: "auth",
    applies: (_context, withAuth) => withAuth,
    async run(context) {
        const started = process.hrtime.bigint();
        if (context.authKind === "none") {
            return {
                step: {
                    name: "auth", ok: true, ms: 0, detail: { skipped: true }, warning: "No credentials were given, so authentication was not tried."
                }
            };
        }
        const token = tokenOf(context);
        const expiry = token == null ? undefined : readTokenExpiry(token.value, context.now());
        if (token != null && expiry?.expired === true) {
            return expiredToken(context, token.type, expiry.expiresAt, expiry.relative);
        }
        const tokenDetail = token == null ? {} : { tokenExpiry: { type: token.type, expiresAt: expiry?.expiresAt ?? null, expired: false } };
        // Loaded only here: the other commands, and the layers above, never pay for the SDK.
        const { ZosmfRestClient } = await import("@zowe/core-for-zowe-sdk");
        const { Session } = await import("@zowe/imperative");
        // The SDK writes into the session it sends with (time limits here, then its auth cache): send with a copy, so the
        // caller's session stays as it was.
        const given = context.session.ISession;
        const session = new Session({
            ...given, _authCache: given._authCache == null ? undefined : structuredClone(given._authCache),
            requestCompletionTimeout: context.timeoutMs, socketConnectTimeout: context.timeoutMs
        });
        try {
            await ZosmfRestClient.getExpectString(session, context.target.path);
            return { step: { name: "auth", ok: true, ms: elapsed(started), detail: { status: 200, authType: context.authKind, ...tokenDetail } } };
        } catch (error) {
            const details = (error as { mDetails?: Record<string, unknown> }).mDetails ?? { msg: (error as Error).message, source: "client" };
            const failure = toFailedCall({ ...details, host: details.host ?? context.target.host }, {
                time: localTimestamp(), command: null, evidence: { kind: "probe", file: null }
            }) ?? clientFailure(context, networkErrorOf(error));
            return {
                step: {
                    name: "auth", ok: false, ms: elapsed(started), detail: { status: failure.status, authType: context.authKind, ...tokenDetail }
                },
                failure
            };
        }
    }
};
