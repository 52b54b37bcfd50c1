import type { ICommandHandler, IHandlerParameters } from "@zowe/imperative";
import { Redactor } from "../../api/redaction/Redactor";
import { guardOutput } from "../shared/guardOutput";
import { loadSiteForCommand } from "../shared/loadSiteForCommand";
import { siteEntryRows, siteFilesText } from "./SiteKnowledgeText";

/** `zowe http-status knowledge list`: the site entries loaded (a table), then each file with its state. */
export default class KnowledgeListHandler implements ICommandHandler {
    public async process(params: IHandlerParameters): Promise<void> {
        guardOutput();
        const site = loadSiteForCommand(params);
        const redactor = new Redactor();
        params.response.data.setObj(redactor.value({ files: site.files, entries: site.entries }));
        params.response.data.setMessage(`${site.entries.length} site knowledge entries loaded`);
        if (site.entries.length > 0) {
            params.response.format.output({ output: redactor.value(siteEntryRows(site.entries)), format: "table", header: true,
                fields: ["id", "when", "gives", "file"] });
        } else {
            params.response.console.log("No site knowledge entries are loaded.");
        }
        params.response.console.log(redactor.text(siteFilesText(site.files)));
    }
}
