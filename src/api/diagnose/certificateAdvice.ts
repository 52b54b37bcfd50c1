import type { IDiagnosis, IFailedCall } from "../failure/doc/IFailedCall";
import type { IProfileFacts } from "../profiles/doc/IProfileFacts";
import { findingFromLoggedError } from "../knowledge/certificateWords";
import { shellWord } from "./shellQuote";

/** The knowledge's stand-in for a host name the certificate carries (connectionErrors.ts, ERR_TLS_CERT_ALTNAME_INVALID). */
const NAME_PLACEHOLDER = "<name-on-certificate>";

/** A diagnosis lists at most this many next commands (as diagnose does). */
const MAX_COMMANDS = 4;

/** `The certificate names …`: a finding's words as the start of a sentence. */
const sentence = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * A logged TLS failure told in the words of the certificate check that failed (certificateWords): what the error
 * message still holds (the names the certificate carries, for a host name) as the first cause, the fix as the first
 * step, and `zowe http-status probe`, which reads the chain the log cannot hold, as the first next command. The
 * probe's own failures are left as they are: the probe read the certificate itself.
 * @param diagnosis - the diagnosis of the call
 * @param call - the failed call, masked
 * @param profile - the profile that supplied the call's values, when known
 * @returns the diagnosis, with the finding first when the call is a certificate failure with a host
 */
export function withCertificateFinding(diagnosis: IDiagnosis, call: IFailedCall, profile?: IProfileFacts): IDiagnosis {
    const finding = call.evidence.kind === "probe" || call.networkError == null ? undefined :
        findingFromLoggedError(call.networkError.code, call.networkError.message, call.request.host);
    if (finding == null) {
        return diagnosis;
    }
    const name = profile == null ? "" : shellWord(profile.name);
    const option = profile?.type === "zosmf" ? ` --zosmf-profile ${name}` : "";
    const probe = {
        command: `zowe http-status probe${option}`,
        purpose: "Read the certificate chain the server sends (names, validity, issuers, fingerprints) and see which check fails, with its fix."
    };
    // The knowledge's stand-in for the name, filled in when the certificate names one clear host.
    const filled = diagnosis.nextCommands.map((next) => finding.suggestedHost == null || !next.command.includes(NAME_PLACEHOLDER) ? next :
        { ...next, command: next.command.replace(NAME_PLACEHOLDER, finding.suggestedHost) });
    return {
        ...diagnosis,
        causes: [`${sentence(finding.words)}.`, ...diagnosis.causes],
        nextSteps: [`${sentence(finding.fix)}.`, ...diagnosis.nextSteps],
        nextCommands: [probe, ...filled.filter((next) => next.command !== probe.command)].slice(0, MAX_COMMANDS)
    };
}
