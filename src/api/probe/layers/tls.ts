import * as net from "net";
import * as tls from "tls";
import type { INetworkError } from "../../failure/doc/IFailedCall";
import { type ICertificateFinding, expired, nameMismatch, notYetValid, untrusted } from "../../knowledge/certificateWords";
import type { IProbeCertificate } from "../doc/IProbeResult";
import { type ILayerAdvice, type IProbeContext, type IProbeLayer, elapsed, timeoutError, withTimeout } from "../probeContext";
import { clientFailure, failedLayer, networkErrorOf } from "../probeFailure";

const DAY_MS = 86400000;
/** A chain longer than this is not followed further (a loop of issuer links, or a server that sends everything). */
const MAX_CHAIN = 10;

/** The common name of a certificate subject or issuer. */
function commonName(name: tls.PeerCertificate["subject"] | undefined): string | null {
    const cn = name?.CN as unknown;
    return Array.isArray(cn) ? String(cn[0]) : cn == null ? null : String(cn);
}

/** `CN=lpar1.example.com, O=Example`: a subject or issuer as one line. */
function distinguishedName(name: tls.PeerCertificate["subject"] | undefined): string {
    return Object.entries(name ?? {}).map(([key, value]) => `${key}=${Array.isArray(value) ? value.join("+") : String(value)}`).join(", ");
}

/** The names a certificate is valid for: its subjectAltName DNS names and IP addresses, else (as Node falls back) its CN. */
function namesOf(certificate: tls.PeerCertificate): string[] {
    const alt = (certificate.subjectaltname ?? "").split(/,\s*/).filter((entry) => /^(DNS|IP Address):/.test(entry))
        .map((entry) => entry.replace(/^(DNS|IP Address):/, ""));
    const cn = commonName(certificate.subject);
    return alt.length > 0 ? alt : cn == null ? [] : [cn];
}

function isoDate(text: string | undefined): string | null {
    const date = text == null ? null : new Date(text);
    return date == null || Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * The chain as Node read it, the server's own certificate first: what the server sent, and, when the CA above it is
 * trusted here but was not sent, that CA from the trust store. Each with subject, issuer, names, validity and SHA-256
 * fingerprint.
 */
export function chainOf(socket: tls.TLSSocket): IProbeCertificate[] {
    const chain: IProbeCertificate[] = [];
    let certificate: tls.DetailedPeerCertificate | undefined = socket.getPeerCertificate(true);
    const seen = new Set<string>();
    while (certificate != null && Object.keys(certificate).length > 0 && !seen.has(certificate.fingerprint256) && chain.length < MAX_CHAIN) {
        seen.add(certificate.fingerprint256);
        chain.push({
            subject: commonName(certificate.subject), subjectName: distinguishedName(certificate.subject),
            issuer: commonName(certificate.issuer), issuerName: distinguishedName(certificate.issuer),
            names: namesOf(certificate), validFrom: isoDate(certificate.valid_from), validTo: isoDate(certificate.valid_to),
            fingerprint256: certificate.fingerprint256, selfIssued: distinguishedName(certificate.subject) === distinguishedName(certificate.issuer)
        });
        certificate = certificate.issuerCertificate;
    }
    return chain;
}

/**
 * Every check the chain fails, the one Node reports first (the trust of the chain, then the host name) at the top.
 * @param chain - the certificates as sent
 * @param host - the host the profile uses
 * @param authorizationError - Node's verify error, null when it trusts the chain
 * @param hostnameMatches - whether Node's tls.checkServerIdentity accepts the host for the server's certificate
 * @param context - the clock and whether the path goes through a proxy
 */
export function certificateFindings(chain: readonly IProbeCertificate[], host: string, authorizationError: string | null,
    hostnameMatches: boolean, context: Pick<IProbeContext, "now" | "route">): ICertificateFinding[] {
    const now = context.now();
    const findings: ICertificateFinding[] = [];
    const dated = chain.map((certificate) => ({ certificate, from: certificate.validFrom == null ? null : new Date(certificate.validFrom),
        to: certificate.validTo == null ? null : new Date(certificate.validTo) }));
    const lapsed = dated.find((entry) => entry.to != null && entry.to.getTime() < now.getTime());
    const early = dated.find((entry) => entry.from != null && entry.from.getTime() > now.getTime());
    const top = chain[chain.length - 1];
    // Node also gives the host name check as the authorization error when certificate checking is off: it is no trust problem.
    const trustError = authorizationError === "ERR_TLS_CERT_ALTNAME_INVALID" ? null : authorizationError;
    if (trustError != null && trustError !== "CERT_HAS_EXPIRED" && trustError !== "CERT_NOT_YET_VALID") {
        // The CA that would have to be trusted: the top of what was sent (its issuer when the server left the root out).
        const issuer = top == null ? null : top.selfIssued ? top.subject : top.issuer;
        findings.push(untrusted(trustError, issuer, context.route != null));
    }
    if (lapsed != null) {
        findings.push(expired(lapsed.to!, now, lapsed.certificate.subject));
    }
    if (early != null) {
        findings.push(notYetValid(early.from!, early.certificate.subject));
    }
    if (!hostnameMatches) {
        findings.push(nameMismatch(chain[0]?.names ?? [], host));
    }
    return findings;
}

/** `The certificate …: fix.`: a finding as one sentence. */
function findingSentence(finding: ICertificateFinding): string {
    return `${finding.words.charAt(0).toUpperCase()}${finding.words.slice(1)}: ${finding.fix}.`;
}

/** Every finding with its fix (the one Node reports first at the top), and the command that sets the host when the certificate names one name. */
function adviceOf(findings: readonly ICertificateFinding[]): ILayerAdvice {
    const named = findings.find((finding) => finding.suggestedHost != null);
    return {
        steps: findings.map(findingSentence),
        ...(named?.suggestedHost == null ? {} : {
            commands: [{
                command: `zowe config set profiles.zosmf.properties.host ${named.suggestedHost}`,
                purpose: "Use the host name the certificate was issued for (adjust the profile name to yours)."
            }]
        })
    };
}

/** The handshake, with certificate checking off for it alone: the certificate is read and judged even when Node would refuse it. */
function handshake(context: IProbeContext, address: string, tunnel?: net.Socket): Promise<tls.TLSSocket> {
    const { host, port } = context.target;
    return withTimeout(new Promise<tls.TLSSocket>((resolve, reject) => {
        const servername = net.isIP(host) ? undefined : host;
        const connection = tls.connect(tunnel == null ? { host: address, port, servername, rejectUnauthorized: false } :
            { socket: tunnel, servername, rejectUnauthorized: false }, () => resolve(connection));
        connection.once("error", reject);
    }), context.timeoutMs, () => timeoutError("CONNECT_TIMEOUT", `The TLS handshake took longer than ${context.timeoutMs} ms.`));
}

/**
 * tls (https only): the handshake, the chain the server sent, and every check Node makes of it, named in words with
 * the fix. With certificate checking off (rejectUnauthorized false) a failed check is a warning: the connection goes
 * on, as Zowe's would.
 */
export const tlsLayer: IProbeLayer = {
    name: "tls",
    applies: (context) => context.target.protocol === "https",
    async run(context, state) {
        const started = process.hrtime.bigint();
        const { host } = context.target;
        let socket: tls.TLSSocket | undefined;
        try {
            socket = await handshake(context, state.address, state.tunnel);
            const chain = chainOf(socket);
            const leaf = chain[0];
            const authorizationError = socket.authorizationError == null ? null : String(socket.authorizationError);
            const peer = socket.getPeerCertificate();
            const hostnameMatches = peer != null && Object.keys(peer).length > 0 && tls.checkServerIdentity(host, peer) == null;
            const findings = certificateFindings(chain, host, authorizationError, hostnameMatches, context);
            const validTo = leaf?.validTo == null ? null : new Date(leaf.validTo);
            const detail = {
                protocol: socket.getProtocol(),
                subject: leaf?.subject ?? null,
                issuer: leaf?.issuer ?? null,
                validTo: leaf?.validTo ?? null,
                daysLeft: validTo == null ? null : Math.floor((validTo.getTime() - context.now().getTime()) / DAY_MS),
                selfSigned: authorizationError === "DEPTH_ZERO_SELF_SIGNED_CERT" || authorizationError === "SELF_SIGNED_CERT_IN_CHAIN" ||
                    (leaf?.selfIssued ?? false),
                hostnameMatches,
                // Node gives a host name mismatch as the authorization error too: the chain itself was trusted then.
                trusted: socket.authorized || authorizationError === "ERR_TLS_CERT_ALTNAME_INVALID",
                trustError: authorizationError === "ERR_TLS_CERT_ALTNAME_INVALID" ? null : authorizationError,
                chain,
                findings
            };
            const first = findings[0];
            if (first == null) {
                return { step: { name: "tls", ok: true, ms: elapsed(started), detail } };
            }
            if (!context.rejectUnauthorized) {
                return {
                    step: {
                        name: "tls", ok: true, ms: elapsed(started), detail,
                        warning: `Node would refuse this connection (${first.code}). ${findings.map(findingSentence).join(" ")} It goes on ` +
                            "only because certificate checking is off (rejectUnauthorized false)."
                    }
                };
            }
            const problem: INetworkError = { code: first.code, message: first.words };
            return {
                step: { name: "tls", ok: false, ms: elapsed(started), detail }, failure: clientFailure(context, problem), advice: adviceOf(findings)
            };
        } catch (error) {
            const networkError = networkErrorOf(error);
            return failedLayer("tls", started, { error: networkError }, clientFailure(context, networkError));
        } finally {
            socket?.destroy();
            state.tunnel?.destroy();
        }
    }
};
