import type { IDoctorCheck } from "../doc/IDoctor";
import { DOCS } from "../docLinks";
import { zoweReleaseOfCli } from "../../knowledge/zoweReleases";

/** Zowe CLI, imperative and Node.js: a combination the CLI supports. */
export const versionsCheck: IDoctorCheck = {
    id: "versions",
    title: "Zowe CLI, imperative and Node.js",
    docs: DOCS.environment,
    run({ runtime }) {
        if (runtime.zoweCli == null) {
            return { state: "skip", finding: `Not run inside Zowe CLI: Node.js ${runtime.node}; the CLI's versions are unknown.` };
        }
        const release = zoweReleaseOfCli(runtime.zoweCli);
        const found = `Zowe CLI ${runtime.zoweCli}${release == null ? "" : ` (Zowe ${release.zowe})`}, imperative ` +
            `${runtime.imperative ?? "unknown"}, ` +
            `Node.js ${runtime.node}`;
        if (runtime.imperative != null && runtime.imperativeDeclared != null && runtime.imperative !== runtime.imperativeDeclared) {
            return {
                state: "warn",
                finding: `${found}: the CLI was built with imperative ${runtime.imperativeDeclared}, but ${runtime.imperative} runs.`,
                fix: `Reinstall Zowe CLI so that it runs the imperative it was built with: npm install -g ` +
                    `@zowe/cli@${release?.distTag ?? "zowe-v3-lts"}`
            };
        }
        if (runtime.nodeProblem != null) {
            return {
                state: "warn", finding: `${found}: ${runtime.nodeProblem} (imperative's own check, as zowe config report-env makes it)`,
                fix: "Install a supported Node.js LTS release (https://nodejs.org/en/about/previous-releases), then reinstall Zowe CLI with it."
            };
        }
        return { state: "ok", finding: `${found}: a supported combination.` };
    }
};
