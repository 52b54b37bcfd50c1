import type { ICommandHandler, IHandlerParameters } from "@zowe/imperative";
import { ImperativeConfig, ImperativeError } from "@zowe/imperative";
import { runDoctor } from "../../api/doctor/runDoctor";
import { renderDoctorReport } from "./DoctorText";
import { doctorMarkdown } from "./DoctorMarkdown";
import { collectEnvironment } from "../shared/ReportEnvironment";
import { guardOutput } from "../shared/guardOutput";

/** `zowe http-status doctor`: gather the local facts, run the checks, print the checklist; exit 1 when a check fails. */
export default class DoctorHandler implements ICommandHandler {
    public async process(params: IHandlerParameters): Promise<void> {
        guardOutput();
        const profile = params.arguments.profile;
        if (profile != null && (typeof profile !== "string" || profile.trim() === "")) {
            throw new ImperativeError({ msg: "--profile takes the name of a profile of your team configuration, for example --profile lpar1." });
        }
        const report = await runDoctor({ cliHome: ImperativeConfig.instance.cliHome, profile: profile?.trim() });
        params.response.data.setObj(report);
        const failed = report.checks.filter((check) => check.state === "fail").length;
        params.response.data.setMessage(failed === 0 ? "No check failed" : `${failed} check(s) failed`);
        params.response.console.log(params.arguments.markdown === true ? doctorMarkdown(report, collectEnvironment()) : renderDoctorReport(report));
        if (!report.ok) {
            params.response.data.setExitCode(1);
        }
    }
}
