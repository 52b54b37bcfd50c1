#!/usr/bin/env node
/**
 * Score the held-out evidence set (__tests__/__resources__/heldout) with the built plug-in API (lib/).
 *
 * Each text is read as `zowe http-status last-error --input FILE --rfj` reads it: findLastFailures with the file as
 * input and no site knowledge, then reportForProfile with the team config of an empty CLI home (none, so no profile),
 * the way LastError.handler.ts does. The verdict and the serving service of the newest report are compared with the label.
 *
 * This prints ONLY figures and kinds of misses (label verdict -> verdict got), never a text, a link or a file name:
 * whoever writes the diagnosis rules must not learn the held-out texts. It is a measurement, not a test: it exits 0
 * whatever the figures (non-zero only when lib/ is not built or the set cannot be read).
 *
 * Usage: npm run build && npm run score:heldout   (or: node scripts/scoreHeldout.js [--json])
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const dir = path.join(root, "__tests__", "__resources__", "heldout");
let api;
try {
    api = require(path.join(root, "lib", "api"));
} catch (error) {
    process.stderr.write(`The plug-in is not built (${error.message.split("\n")[0]}): run npm run build first.\n`);
    process.exit(2);
}
const labels = JSON.parse(fs.readFileSync(path.join(dir, "labels.json"), "utf8"));

/** The newest report for one evidence file, as last-error --input gives it, or the refusal it gets. */
function readAsLastError(file, emptyHome, teamConfig) {
    try {
        const search = api.findLastFailures({ cliHome: emptyHome, inputFile: file, limit: 1, site: [], env: {} });
        const report = search.reports[0];
        if (report == null) {
            return { refused: "no failed call found" };
        }
        return { report: api.reportForProfile(report, teamConfig, []) };
    } catch (error) {
        return { refused: error instanceof api.UserInputError ? "refused" : "crashed" };
    }
}

function percent(part, whole) {
    return whole === 0 ? "-" : `${(100 * part / whole).toFixed(0)}%`;
}

/** Read every text of the set, as the handler does: the team config of an empty CLI home (none) applies to each report. */
async function readAll() {
    const emptyHome = fs.mkdtempSync(path.join(os.tmpdir(), "hs-heldout-home-"));
    try {
        const teamConfig = typeof api.readTeamConfigFacts === "function" ? await api.readTeamConfigFacts(emptyHome) : [];
        return labels.map((label) => {
            const got = readAsLastError(path.join(dir, label.file), emptyHome, teamConfig);
            return { label, refused: got.refused ?? null, verdict: got.report?.diagnosis?.verdict ?? null, service: got.report?.service ?? null };
        });
    } finally {
        fs.rmSync(emptyHome, { recursive: true, force: true });
    }
}

/** Print the figures of the rows: counts only, no text, link or file name. */
function printFigures(rows) {
    const confirmed = rows.filter((row) => row.label.confirmed === true);
    const right = (row) => row.verdict === row.label.verdict;
    const refused = rows.filter((row) => row.refused != null);
    const confidentlyWrong = rows.filter((row) => row.verdict != null && row.verdict !== row.label.verdict && row.verdict !== "unknown");
    const shown = rows.filter((row) => row.label.service != null);
    // A report's `unknown` service names no service: it is neither right, wrong nor a claim.
    const named = (row) => row.service != null && row.service !== "unknown";
    const serviceRight = shown.filter((row) => row.service === row.label.service);
    const serviceWrong = shown.filter((row) => named(row) && row.service !== row.label.service);
    const serviceClaimed = rows.filter((row) => row.label.service == null && named(row));
    const misses = new Map();
    for (const row of rows.filter((each) => !right(each))) {
        const kind = `${row.label.verdict} -> ${row.verdict ?? (row.refused === "crashed" ? "crashed" : "refused")}`;
        misses.set(kind, (misses.get(kind) ?? 0) + 1);
    }
    const byLabel = new Map();
    for (const row of rows) {
        const counts = byLabel.get(row.label.verdict) ?? { texts: 0, right: 0 };
        counts.texts += 1;
        counts.right += right(row) ? 1 : 0;
        byLabel.set(row.label.verdict, counts);
    }

    const figures = {
        texts: rows.length,
        verdictRight: rows.filter(right).length,
        confirmedTexts: confirmed.length,
        confirmedVerdictRight: confirmed.filter(right).length,
        refused: refused.length,
        crashed: rows.filter((row) => row.refused === "crashed").length,
        confidentlyWrong: confidentlyWrong.length,
        unknownGiven: rows.filter((row) => row.verdict === "unknown").length,
        serviceShown: shown.length,
        serviceNamedRight: serviceRight.length,
        serviceNamedWrong: serviceWrong.length,
        serviceNamedWhereNoneShown: serviceClaimed.length,
        perLabelVerdict: Object.fromEntries([...byLabel].sort()),
        misses: Object.fromEntries([...misses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
    };

    if (process.argv.includes("--json")) {
        process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    } else {
        const lines = [
            `held-out texts: ${figures.texts} (${figures.confirmedTexts} with the cause confirmed in the thread)`,
            `verdict as the humans found: ${figures.verdictRight}/${figures.texts} (${percent(figures.verdictRight, figures.texts)}); ` +
                `on confirmed ones ${figures.confirmedVerdictRight}/${figures.confirmedTexts} ` +
                `(${percent(figures.confirmedVerdictRight, figures.confirmedTexts)})`,
            `refused: ${figures.refused}/${figures.texts}${figures.crashed > 0 ? ` (of them crashed: ${figures.crashed})` : ""}`,
            `confidently wrong (not the humans' verdict, not unknown): ${figures.confidentlyWrong}/${figures.texts} ` +
                `(${percent(figures.confidentlyWrong, figures.texts)}); unknown given: ${figures.unknownGiven}`,
            `serving service named right: ${figures.serviceNamedRight}/${figures.serviceShown} where the text shows it ` +
                `(${percent(figures.serviceNamedRight, figures.serviceShown)}); named wrong: ${figures.serviceNamedWrong}; ` +
                `named where the label has none: ${figures.serviceNamedWhereNoneShown}`,
            "per label verdict (right/texts):",
            ...[...byLabel].sort().map(([verdict, counts]) => `  ${verdict}: ${counts.right}/${counts.texts}`),
            "misses by kind (label verdict -> verdict got):",
            ...Object.entries(figures.misses).map(([kind, count]) => `  ${kind}: ${count}`)
        ];
        process.stdout.write(`${lines.join("\n")}\n`);
    }
}

readAll().then(printFigures, (error) => {
    process.stderr.write(`The held-out set could not be scored: ${error.message}\n`);
    process.exitCode = 2;
});
