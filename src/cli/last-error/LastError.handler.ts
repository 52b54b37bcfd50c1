import type { ICommandHandler, IHandlerParameters } from "@zowe/imperative";
import { ImperativeConfig, ImperativeError } from "@zowe/imperative";
import { findLastFailures } from "../../api/lastError/findLastFailures";
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
        const { input, logDir, count, all, showPayload } = params.arguments;
        if (count != null && (!Number.isInteger(count) || count < 1 || count > MAX_LISTED)) {
            throw new ImperativeError({ msg: `--count takes a whole number from 1 to ${MAX_LISTED}, for example --count 5.` });
        }
        const listing = count != null || all === true;
        const stdinText = input === "-" ? await readStandardInput(params.stdin) : undefined;
        const search = withUserInput(() => findLastFailures({
            cliHome: ImperativeConfig.instance.cliHome,
            logDir,
            inputFile: input != null && input !== "-" ? input : undefined,
            inputText: stdinText == null ? undefined : { text: stdinText, name: "standard input" },
            limit: listing ? count ?? MAX_LISTED : 1,
            includePayload: showPayload === true
        }));
        params.response.data.setObj(listing ? search.reports : search.reports[0] ?? null);
        if (search.reports.length === 0) {
            params.response.data.setMessage("No failed Zowe REST call was found");
            params.response.console.log(nothingFoundText(search));
        } else if (listing) {
            params.response.data.setMessage(`${search.reports.length} failed Zowe REST call(s) found`);
            params.response.format.output({ output: failureRows(search.reports), format: "table", header: true,
                fields: ["time", "age", "status", "verdict", "service", "request", "message"] });
            if (search.notes.length > 0) {
                params.response.console.log(notesText(search.notes));
            }
        } else {
            params.response.data.setMessage(search.reports[0].diagnosis.summary);
            params.response.console.log(renderFailureReport(search.reports[0], search.notes));
        }
    }
}
