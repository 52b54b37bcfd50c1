import type { IHandlerParameters } from "@zowe/imperative";
import { ImperativeConfig } from "@zowe/imperative";
import type { ISiteKnowledge } from "../../api/site/doc/ISiteKnowledge";
import { loadSiteKnowledge, siteProblemText } from "../../api/site/readSiteKnowledge";
import { Redactor } from "../../api/redaction/Redactor";

/**
 * Load the site knowledge a command matches against (the default file under the CLI home and the files named in
 * ZOWE_HTTP_STATUS_KNOWLEDGE). A broken or unreadable file never stops the command: it is left out, with one warning
 * line on standard error (in --rfj, in `stderr`) that names the file and the place of the problem.
 * @param params - the command's parameters, for its console
 * @param check - for knowledge check: the files to read instead of the defaults, and each problem printed bare
 * @returns the entries of the files that loaded, the files and their problems
 */
export function loadSiteForCommand(params: IHandlerParameters, check?: { files?: string[] }): ISiteKnowledge {
    const site = loadSiteKnowledge({ cliHome: ImperativeConfig.instance.cliHome, files: check?.files });
    const label = check == null ? "Warning: site knowledge left out: " : "";
    const redactor = new Redactor();
    for (const problem of site.problems) {
        params.response.console.error(redactor.text(`${label}${siteProblemText(problem)}`));
    }
    return site;
}
