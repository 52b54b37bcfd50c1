import type { DoctorState, IDoctorReport } from "../../api/doctor/doc/IDoctor";
import { INDENT, wrap } from "../shared/TextLayout";

/** The state as the checklist shows it: fixed width, the ones that need attention in capitals. */
const STATE_LABEL: Record<DoctorState, string> = { ok: "[ok]  ", warn: "[WARN]", fail: "[FAIL]", skip: "[skip]" };

/** `2 fail, 3 warn, 12 ok, 3 skip`. */
export function doctorCounts(report: IDoctorReport): string {
    const count = (state: DoctorState): number => report.checks.filter((check) => check.state === state).length;
    return (["fail", "warn", "ok", "skip"] as DoctorState[]).map((state) => `${count(state)} ${state}`).join(", ");
}

/**
 * The checklist as text: a summary line, then per check its state, id and title, what it found, and for a warn or
 * fail the fix (on one line, to copy) and the documentation link.
 * @param report - runDoctor's answer (masked)
 */
export function renderDoctorReport(report: IDoctorReport): string {
    const detail = " ".repeat(STATE_LABEL.ok.length + 1);
    const lines = [
        `Zowe doctor: ${doctorCounts(report)}. Only this machine was read: nothing was sent, and no secret is shown.`,
        ...report.checks.flatMap((check) => [
            "",
            `${STATE_LABEL[check.state]} ${check.id}: ${check.title}`,
            ...wrap(check.finding, detail),
            ...(check.fix == null ? [] : [`${detail}Fix:  ${check.fix}`]),
            ...(check.docs == null ? [] : [`${detail}Docs: ${check.docs}`])
        ]),
        "",
        report.ok ? "No check failed." : `${INDENT}At least one check failed (exit code 1): start with the first [FAIL].`
    ];
    return lines.join("\n");
}
