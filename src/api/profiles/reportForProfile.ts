import type { IFailureReport } from "../failure/doc/IFailedCall";
import { diagnose } from "../diagnose/diagnose";
import type { IProfileFacts, ITeamConfigFacts } from "./doc/IProfileFacts";
import type { ILoadedSiteEntry } from "../site/doc/ISiteKnowledge";
import { traceValueOrigins } from "./traceValueOrigins";

/**
 * A failure report told for this machine's team configuration: where each failing value came from (the command
 * line, the environment, which profile in which file, a default), the profile that made the call, and the diagnosis
 * written for those places (its first steps edit where the wrong value came from; commands name that profile; vault
 * advice only when the credential is in the vault).
 * @param report a report of findLastFailures
 * @param config the team configuration (readTeamConfigFacts), or only its profiles (readProfileFacts)
 * @param site the site's knowledge the report was first diagnosed with
 * @returns the report with `origins`, `profile` when one fits, and the diagnosis for them
 */
export function reportForProfile(report: IFailureReport, config: ITeamConfigFacts | readonly IProfileFacts[],
    site: readonly ILoadedSiteEntry[] = []): IFailureReport {
    const facts: ITeamConfigFacts = Array.isArray(config) ? { profiles: [...config], defaults: {} } : config as ITeamConfigFacts;
    if (facts.profiles.length === 0) {
        return report;
    }
    const { origins, profile } = traceValueOrigins(report, facts);
    return { ...report, origins, ...profile == null ? {} : { profile }, diagnosis: diagnose(report, { profile, origins, site }) };
}
