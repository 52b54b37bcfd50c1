import type { ICommandHandler, IHandlerParameters } from "@zowe/imperative";
import { ConnectionPropsForSessCfg, ImperativeConfig, ImperativeError, Session } from "@zowe/imperative";
import { ZosmfSession } from "@zowe/zosmf-for-zowe-sdk/lib/ZosmfSession";
import { probeConnection } from "../../api/probe/probeConnection";
import { readProfileFacts } from "../../api/profiles/readProfileFacts";
import { renderProbeResult } from "./ProbeResultText";
import { probeMarkdown } from "../shared/MarkdownReport";
import { collectEnvironment } from "../shared/ReportEnvironment";
import { guardOutput } from "../shared/guardOutput";
import { loadSiteForCommand } from "../shared/loadSiteForCommand";

/** `zowe http-status probe`: build the session the z/OSMF way (profiles, team config, prompts), probe, report. */
export default class ProbeHandler implements ICommandHandler {
    public async process(params: IHandlerParameters): Promise<void> {
        guardOutput();
        const { timeout, path, direct } = params.arguments;
        if (typeof timeout !== "number" || !(timeout > 0) || timeout > 600) {
            throw new ImperativeError({ msg: "--timeout takes a number of seconds from 0.1 to 600, for example --timeout 5." });
        }
        const sessCfg = await ConnectionPropsForSessCfg.addPropsOrPrompt(ZosmfSession.createSessCfgFromArgs(params.arguments),
            params.arguments, { doPrompting: true, parms: params });
        const result = await probeConnection(new Session(sessCfg), { path, timeoutSeconds: timeout, direct: direct === true,
            site: loadSiteForCommand(params).entries, profiles: () => readProfileFacts(ImperativeConfig.instance.cliHome) });
        params.response.data.setObj(result);
        const failedLayer = result.steps[result.steps.length - 1].name;
        params.response.data.setMessage(result.ok ? "Every layer of the connection works" : `The ${failedLayer} layer failed`);
        params.response.console.log(params.arguments.markdown === true ? probeMarkdown(result, collectEnvironment(result.failure)) :
            renderProbeResult(result));
        if (!result.ok) {
            params.response.data.setExitCode(result.exitCode);
        }
    }
}
