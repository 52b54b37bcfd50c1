import type { ICommandHandler, IHandlerParameters } from "@zowe/imperative";
import { Redactor } from "../../api/redaction/Redactor";
import { guardOutput } from "../shared/guardOutput";
import { loadSiteForCommand } from "../shared/loadSiteForCommand";
import { INDENT } from "../shared/TextLayout";

/**
 * `zowe http-status knowledge check [files...]`: validate site knowledge files. The first problem (one line with
 * file:line:column, printed by loadSiteForCommand) gives exit 1; otherwise "N entries OK" and the files.
 */
export default class KnowledgeCheckHandler implements ICommandHandler {
    public async process(params: IHandlerParameters): Promise<void> {
        guardOutput();
        const named = ([] as unknown[]).concat(params.arguments.files ?? []).map(String);
        const site = loadSiteForCommand(params, { files: named.length > 0 ? named : undefined });
        const checked = site.files.filter((file) => file.state !== "missing");
        params.response.data.setObj(new Redactor().value({ files: site.files, entries: site.entries.length, problem: site.problems[0] ?? null }));
        if (site.problems.length > 0) {
            params.response.data.setMessage(`${site.problems.length} site knowledge file(s) have a problem`);
            params.response.data.setExitCode(1);
        } else if (checked.length === 0) {
            params.response.data.setMessage("No site knowledge file to check");
            params.response.console.log(`No site knowledge file to check: ${site.files.map((file) => file.file).join(", ")} does not exist.`);
        } else {
            params.response.data.setMessage(`${site.entries.length} entries OK`);
            params.response.console.log([`${site.entries.length} entries OK`, ...checked.map((file) => `${INDENT}${file.file}`)].join("\n"));
        }
    }
}
