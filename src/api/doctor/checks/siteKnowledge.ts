import type { IDoctorCheck } from "../doc/IDoctor";
import { DOCS } from "../docLinks";
import { siteProblemText } from "../../site/readSiteKnowledge";

/** Every site knowledge file loads, as `zowe http-status knowledge check` checks. */
export const siteKnowledgeCheck: IDoctorCheck = {
    id: "site-knowledge",
    title: "Site knowledge loads",
    docs: DOCS.siteKnowledge,
    run({ site }) {
        const present = site.files.filter((file) => file.state !== "missing");
        if (present.length === 0) {
            return { state: "skip", finding: "No site knowledge file (optional)." };
        }
        if (site.problems.length > 0) {
            return {
                state: "warn",
                finding: `${site.problems.map(siteProblemText).join("; ")}: left out, so its advice is not shown.`,
                fix: `Correct the place named, then run zowe http-status knowledge check ${site.problems.map((problem) => problem.file).join(" ")}`
            };
        }
        return { state: "ok", finding: `${site.entries.length} entries from ${present.map((file) => file.file).join(", ")}.` };
    }
};
