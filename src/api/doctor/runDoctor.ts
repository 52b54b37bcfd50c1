import type { IDoctorCheck, IDoctorFacts, IDoctorFinding, IDoctorReport } from "./doc/IDoctor";
import { DOCTOR_CHECKS } from "./checks";
import { gatherDoctorFacts } from "./gatherDoctorFacts";
import type { IDoctorOptions } from "./gatherDoctorFacts";
import { Redactor } from "../redaction/Redactor";

/** Values of the environment that must never reach output, whatever a check wrote (the Redactor masks them anywhere). */
function environmentSecrets(env: NodeJS.ProcessEnv): string[] {
    const redactor = new Redactor();
    // Names, not guesses: PWD is the working folder, not a password, so only ZOWE_OPT_ names go through the Redactor's list.
    return Object.entries(env).filter(([name, value]) => value != null && ((/^ZOWE_OPT_/i.test(name) && redactor.isSecretName(name.slice(9))) ||
        /(PASSWORD|PASSWD|TOKEN|TOKEN_VALUE|SECRET|PASSPHRASE|_KEY|CREDENTIALS?)$/i.test(name))).map(([, value]) => value as string);
}

/**
 * Run checks over gathered facts, in order. A check that throws is reported as a warn that names the failure, never a
 * crash of the whole doctor. Every finding passes the Redactor, with the environment's secret values as literals.
 * @param facts - gatherDoctorFacts's answer
 * @param checks - the checks (default: DOCTOR_CHECKS)
 */
export function runDoctorChecks(facts: IDoctorFacts, checks: readonly IDoctorCheck[] = DOCTOR_CHECKS): IDoctorReport {
    const redactor = new Redactor(environmentSecrets(facts.env));
    const findings: IDoctorFinding[] = [];
    for (const check of checks) {
        let finding: IDoctorFinding;
        try {
            const outcome = check.run(facts);
            const attention = outcome.state === "warn" || outcome.state === "fail";
            finding = {
                id: check.id, state: outcome.state, title: check.title, finding: outcome.finding,
                ...(attention && outcome.fix != null ? { fix: outcome.fix } : {}),
                ...(attention ? { docs: outcome.docs ?? check.docs } : {})
            };
        } catch (error) {
            finding = { id: check.id, state: "warn", title: check.title,
                finding: `The check could not run: ${(error as Error)?.message ?? String(error)}`,
                fix: "Report this with the output of zowe http-status doctor --markdown.", docs: check.docs };
        }
        findings.push(redactor.value(finding));
    }
    return { ok: findings.every((finding) => finding.state !== "fail"), checks: findings };
}

/**
 * `zowe http-status doctor`: check the local setup Zowe depends on, with no network at all, and say for each check
 * what was found and, for a warn or fail, the fix and a link.
 * @param options - the homes, environment and profile to check
 * @returns `{ ok, checks }`; ok is false when any check failed
 */
export async function runDoctor(options: IDoctorOptions = {}): Promise<IDoctorReport> {
    return runDoctorChecks(await gatherDoctorFacts(options));
}
