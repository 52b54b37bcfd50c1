import type { ICommandHandler, IHandlerParameters } from "@zowe/imperative";
import { ImperativeConfig, ImperativeError } from "@zowe/imperative";
import { findLastFailures } from "../../api/lastError/findLastFailures";
import { readTeamConfigFacts } from "../../api/profiles/readProfileFacts";
import { reportForProfile } from "../../api/profiles/reportForProfile";
import { readStandardInput } from "../shared/readStandardInput";
import { withUserInput } from "../shared/withUserInput";
import { nothingFoundText } from "./FailureReportText";
import { readLastErrorView, showFailures } from "./LastErrorView";
import { guardOutput } from "../shared/guardOutput";
import { loadSiteForCommand } from "../shared/loadSiteForCommand";
import { exitCodeOf } from "../../api/knowledge/exitCodes";

/** `zowe http-status last-error`: find, explain and mask the most recent failed Zowe REST call(s). */
export default class LastErrorHandler implements ICommandHandler {
    public async process(params: IHandlerParameters): Promise<void> {
        guardOutput();
        const { logDir, showPayload } = params.arguments;
        const view = readLastErrorView(params.arguments);
        // --input is an array option so that `--input -` parses: it reaches the handler as an empty --input and the
        // positional `-` (handed over as true). One value is the file; none with that `-` is standard input.
        const given: unknown[] | undefined = params.arguments.input == null ? undefined :
            Array.isArray(params.arguments.input) ? params.arguments.input : [params.arguments.input];
        const dashInput = given?.length === 0 && (params.arguments.file === true || params.arguments.file === "-");
        const file = dashInput ? undefined : params.arguments.file;
        if (given != null && !dashInput && (given.length !== 1 || typeof given[0] !== "string" || given[0].length === 0)) {
            throw new ImperativeError({
                msg: "--input takes one file, or - for standard input: for example --input failure.txt or --input - < error.txt."
            });
        }
        const inputOption = given?.length === 1 ? String(given[0]) : undefined;
        if (file != null && (inputOption != null || logDir != null)) {
            throw new ImperativeError({
                msg: "Give one source of evidence: a file (zowe http-status last-error failure.txt), --input or --log-dir, not two."
            });
        }
        // The evidence is named as Unix tools take a file (`last-error failure.txt`, `-` for standard input) or with --input.
        // The CLI's parser hands a lone `-` positional over as `true`.
        const input: string | undefined = dashInput || file === true ? "-" : file ?? inputOption;
        const stdinText = input === "-" ? await readStandardInput(params.stdin) : undefined;
        const site = loadSiteForCommand(params).entries;
        const search = withUserInput(() => findLastFailures({
            cliHome: ImperativeConfig.instance.cliHome,
            logDir,
            inputFile: input != null && input !== "-" ? input : undefined,
            inputText: stdinText == null ? undefined : { text: stdinText, name: "standard input" },
            limit: view.limit,
            includePayload: showPayload === true,
            from: params.arguments.from,
            site,
            wholeLogs: params.arguments.all === true
        }));
        // The team config is read only when there is a failure to tell, and never throws.
        const config = search.reports.length > 0 ? await readTeamConfigFacts(ImperativeConfig.instance.cliHome) : undefined;
        search.reports = config == null ? search.reports : search.reports.map((report) => reportForProfile(report, config, site));
        if (search.reports.length === 0) {
            params.response.data.setObj(view.table ? [] : null);
            params.response.data.setMessage("No failed Zowe REST call was found");
            params.response.console.log(nothingFoundText(search));
        } else {
            showFailures(params.response, search, view);
            // Only when asked: scripts written for the reports that exit 0 see no change.
            if (params.arguments.exitCode === true) {
                params.response.data.setExitCode(exitCodeOf(search.reports[(view.index ?? 1) - 1].diagnosis.verdict));
            }
        }
    }
}
