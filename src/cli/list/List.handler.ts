import type { ICommandHandler, IHandlerParameters } from "@zowe/imperative";
import { listStatuses } from "../../api/explain/StatusCatalogue";
import { withUserInput } from "../shared/withUserInput";
import { guardOutput } from "../shared/guardOutput";

/** `zowe http-status list`: the filtered registry as a table, through the standard response format options. */
export default class ListHandler implements ICommandHandler {
    public async process(params: IHandlerParameters): Promise<void> {
        guardOutput();
        const { class: classMask, search, zowe } = params.arguments;
        const rows = withUserInput(() => listStatuses({ classMask, search, zoweOnly: zowe === true }));
        params.response.data.setObj(rows);
        params.response.data.setMessage(`${rows.length} HTTP status code${rows.length === 1 ? "" : "s"} listed`);
        if (rows.length === 0) {
            params.response.console.log("No HTTP status code matches these filters. Run \"zowe http-status list\" to see them all.");
            return;
        }
        params.response.format.output({ output: rows, format: "table", fields: ["code", "name", "class", "state", "zowe"], header: true });
    }
}
