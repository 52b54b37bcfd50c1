import type { ICommandHandler, IHandlerParameters } from "@zowe/imperative";
import { ImperativeConfig, ImperativeError } from "@zowe/imperative";
import { findLastFailures } from "../../api/lastError/findLastFailures";
import { readProfileFacts, reportForProfile } from "../../api/profiles/readProfileFacts";
import { readStandardInput } from "../shared/readStandardInput";
import { withUserInput } from "../shared/withUserInput";
import { failureRows, nothingFoundText, notesText, renderFailureReport } from "./FailureReportText";
import { guardOutput } from "../shared/guardOutput";

/** --all lists at most this many failures. */
const MAX_LISTED = 1000;

/** `zowe http-status last-error`: find, explain and mask the most recent failed Zowe REST call(s). */
export default class LastErrorHandler implements ICommandHandler {
    public async process(params: IHandlerParameters): Promise<void> {
        guardOutput();
        const { file, logDir, count, all, showPayload } = params.arguments;
        if (count != null && (!Number.isInteger(count) || count < 1 || count > MAX_LISTED)) {
            throw new ImperativeError({ msg: `--count takes a whole number from 1 to ${MAX_LISTED}, for example --count 5.` });
        }
        if (file != null && (params.arguments.input != null || logDir != null)) {
            throw new ImperativeError({
                msg: "Give one source of evidence: a file (zowe http-status last-error failure.txt), --input or --log-dir, not two."
            });
        }
        // The evidence is named as Unix tools take a file (`last-error failure.txt`, `-` for standard input) or with --input.
        // The CLI's parser hands a lone `-` positional over as `true`.
        const input: string | undefined = file === true ? "-" : file ?? params.arguments.input;
        const listing = count != null || all === true;
        const stdinText = input === "-" ? await readStandardInput(params.stdin) : undefined;
        const search = withUserInput(() => findLastFailures({
            cliHome: ImperativeConfig.instance.cliHome,
            logDir,
            inputFile: input != null && input !== "-" ? input : undefined,
            inputText: stdinText == null ? undefined : { text: stdinText, name: "standard input" },
            limit: listing ? count ?? MAX_LISTED : 1,
            includePayload: showPayload === true,
            from: params.arguments.from
        }));
        // The team config is read only when there is a failure to tell, and never throws.
        const profiles = search.reports.length > 0 ? await readProfileFacts(ImperativeConfig.instance.cliHome) : [];
        search.reports = search.reports.map((report) => reportForProfile(report, profiles));
        params.response.data.setObj(listing ? search.reports : search.reports[0] ?? null);
        if (search.reports.length === 0) {
            params.response.data.setMessage("No failed Zowe REST call was found");
            params.response.console.log(nothingFoundText(search));
        } else if (listing) {
            params.response.data.setMessage(`${search.reports.length} failed Zowe REST call(s) found`);
            params.response.format.output({ output: failureRows(search.reports), format: "table", header: true,
                fields: ["time", "age", "client", "status", "verdict", "service", "request", "message"] });
            if (search.notes.length > 0) {
                params.response.console.log(notesText(search.notes));
            }
        } else {
            params.response.data.setMessage(search.reports[0].diagnosis.summary);
            params.response.console.log(renderFailureReport(search.reports[0], search.notes));
        }
    }
}
