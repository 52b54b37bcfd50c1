/**
 * The Markdown report, in process: it renders (headings, tables, one fenced curl block, no HTML) whatever the
 * evidence holds (pipes, backtick runs, HTML, line breaks), it masks what it is given, and it shows the site's advice.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ImperativeConfig } from "@zowe/imperative";
import type { IFailureReport } from "../../../../src";
import { findLastFailures } from "../../../../src/api/lastError/findLastFailures";
import { codeSpan, failureMarkdown, fencedBlock, tableCell } from "../../../../src/cli/shared/MarkdownReport";
import type { IReportEnvironment } from "../../../../src/cli/shared/ReportEnvironment";
import { collectEnvironment } from "../../../../src/cli/shared/ReportEnvironment";
import { renderMarkdown } from "../../../__helpers__/markdown";
import { CANARIES, expectNoCanary } from "../../../__helpers__/canaries";

const fixtures = path.resolve(__dirname, "..", "..", "..", "__resources__", "logs");

const environment: IReportEnvironment = {
    zoweCli: "8.37.1", plugins: [{ name: "http-status-for-zowe-cli", version: "0.1.0" }, { name: "@zowe/cics-for-zowe-cli", version: null }],
    node: "v20.19.0", os: "Linux 6.8 (linux x64)", daemon: false, logLevels: { imperative: "WARN (default)", app: "DEBUG (ZOWE_APP_LOG_LEVEL)" }
};

function report404(): IFailureReport {
    return findLastFailures({ inputFile: path.join(fixtures, "failure-404.log") }).reports[0];
}

describe("Markdown pieces", () => {
    it("delimits a code span with more backticks than any run inside it", () => {
        expect(codeSpan("plain")).toBe("`plain`");
        expect(codeSpan("a ``` b")).toBe("````a ``` b````");
        expect(codeSpan("`edge`")).toBe("`` `edge` ``");
        expect(codeSpan("two\nlines")).toBe("`two / lines`");
    });

    it("escapes | in a table cell and shows an empty one as -", () => {
        expect(tableCell("a|b")).toBe("`a\\|b`");
        expect(tableCell("")).toBe("-");
    });

    it("makes a fence longer than any backtick run inside", () => {
        expect(fencedBlock("echo ```` x", "sh")).toEqual(["`````sh", "echo ```` x", "`````"]);
        expect(fencedBlock("plain", "")[0]).toBe("```");
    });
});

describe("failureMarkdown", () => {
    it("renders the title with the verdict, the facts table, the steps, one curl fence and the Environment", () => {
        const report = report404();
        const markdown = failureMarkdown(report, environment);
        const rendered = renderMarkdown(markdown);
        expect(rendered.headings[0]).toBe("1 Failed Zowe REST call: not-found (404 Not Found)");
        expect(rendered.headings.slice(1)).toEqual(["2 Facts", "2 Where the values came from", "2 Likely causes", "2 What to do",
            "2 Next commands", "2 Repeat the call with curl", "2 Environment"]);
        const [facts, origins, env] = rendered.tables;
        // The log holds the command line and environment, so where the port came from is known.
        expect(origins[0]).toEqual(["Value", "From"]);
        expect(origins.map((row) => row[0])).toContain("port 40609");
        expect(facts[0]).toEqual(["Fact", "Value"]);
        expect(facts).toContainEqual(["Request", `GET http://127.0.0.1:40609/zosmf/restfiles/ds?dslevel=IBMUSER.*`]);
        expect(facts).toContainEqual(["Verdict", "not-found"]);
        expect(env).toContainEqual(["Zowe CLI", "8.37.1"]);
        expect(env).toContainEqual(["Plug-in http-status-for-zowe-cli", "0.1.0"]);
        expect(env).toContainEqual(["Plug-in @zowe/cics-for-zowe-cli", "version not known"]);
        expect(env).toContainEqual(["Log level (app)", "DEBUG (ZOWE_APP_LOG_LEVEL)"]);
        expect(rendered.fences).toEqual([{ info: "sh", content: `${report.curl}\n` }]);
        expect(rendered.hasHtml).toBe(false);
        for (const step of report.diagnosis.nextSteps) {
            expect(markdown).toContain(step.slice(0, 40));
        }
    });

    it("names a retry burst among the facts", () => {
        const repeats = { count: 2000, first: "2026-11-25T13:16:20.000", last: "2026-11-25T13:16:21.999", perSecond: 1000.5,
            process: "zowe zos-files list data-set", complete: true };
        const markdown = failureMarkdown({ ...report404(), repeats }, environment);
        expect(markdown).toContain("| Repeated | `the same failure 2,000 times between 2026-11-25 13:16:20.000 and 13:16:21.999 " +
            "(about 1,000 a second), from zowe zos-files list data-set` |");
    });

    it("keeps its shape and masks secrets whatever the evidence holds: pipes, backticks, HTML, line breaks, secrets", () => {
        const report = report404();
        const hostile: IFailureReport = {
            ...report,
            // Not masked on purpose: the renderer must mask what it is given, as every output path does.
            command: `zowe files ls ds "A|B" ${CANARIES.map(([, text]) => text).join(" ")}`,
            server: { ...report.server, message: "a | b ``` c <script>alert(1)</script> `` d\n| fake | row |\n# not a heading" },
            curl: "curl 'http://h/x' --data '```\n## injected'"
        };
        const markdown = failureMarkdown({ ...hostile, diagnosis: { ...hostile.diagnosis, summary: "Said ![x](http://tracker.example/p.png) and [y](http://x)" } },
            environment, ["a note with <b>HTML</b>, <http://autolink.example> and Bearer CanaryBearer-123456"]);
        const rendered = renderMarkdown(markdown);
        expect(rendered.hasHtml).toBe(false);
        expect(rendered.links).toBe(0);
        expect(rendered.headings.filter((heading) => /injected|not a heading/.test(heading))).toEqual([]);
        for (const row of rendered.tables[0]) {
            expect(row).toHaveLength(2);
        }
        const said = rendered.tables[0].find(([label]) => label === "Said");
        expect(said?.[1]).toContain("a | b ``` c <script>alert(1)</script> `` d / | fake | row |");
        expect(rendered.fences).toHaveLength(1);
        expect(rendered.fences[0].content).toBe("curl 'http://h/x' --data '```\n## injected'\n");
        expectNoCanary(markdown);
        expect(markdown).not.toContain("CanaryBearer-123456");
    });

    it("shows the site's advice before the plug-in's own, whatever parts an entry has", () => {
        const report = report404();
        const site = [
            { id: "payroll-help-desk", file: "/shared/knowledge.json", contact: "Call the help desk on 555-0100",
                causes: ["The PAYROLL data sets move every Sunday."], nextSteps: ["Ask for the new name."],
                nextCommands: [{ command: "zowe zos-files list data-set \"PAY.*\"", purpose: "See this week's names." }] },
            { id: "bare-entry" }, "not an entry"
        ];
        const markdown = failureMarkdown({ ...report, diagnosis: { ...report.diagnosis, site } as IFailureReport["diagnosis"] }, environment);
        const rendered = renderMarkdown(markdown);
        const headings = rendered.headings;
        expect(headings.indexOf("2 Site advice")).toBeGreaterThan(headings.indexOf("2 Facts"));
        expect(headings.indexOf("2 Site advice")).toBeLessThan(headings.indexOf("2 Likely causes"));
        expect(headings).toContain("3 payroll-help-desk (from /shared/knowledge.json)");
        expect(headings).toContain("3 bare-entry");
        expect(markdown).toContain("Contact: Call the help desk on 555-0100");
        expect(markdown).toContain("1. Ask for the new name.");
        expect(markdown).toContain("- `zowe zos-files list data-set \"PAY.*\"`: See this week's names.");
    });
});

/**
 * A Zowe CLI home with installed plug-ins, as `zowe plugins install` leaves it: plugins.json (committed in
 * __resources__/cli-home) and the packages' package.json files, written here because a folder named node_modules is
 * never committed: one under `plugins/installed/lib/node_modules`, one damaged, one missing, one in the Windows
 * layout (`plugins/installed/node_modules`).
 */
function cliHomeWithPlugins(): string {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "hs-cli-home-"));
    fs.cpSync(path.resolve(__dirname, "..", "..", "..", "__resources__", "cli-home"), home, { recursive: true });
    const packages: Record<string, string> = {
        "plugins/installed/lib/node_modules/@zowe/zos-ftp-for-zowe-cli": '{ "name": "@zowe/zos-ftp-for-zowe-cli", "version": "3.0.1" }',
        "plugins/installed/lib/node_modules/broken-package-json": '{ "name": "broken-package-json", "version": ',
        "plugins/installed/node_modules/windows-layout": '{ "name": "windows-layout", "version": "2.0.0" }'
    };
    for (const [folder, text] of Object.entries(packages)) {
        fs.mkdirSync(path.join(home, folder), { recursive: true });
        fs.writeFileSync(path.join(home, folder, "package.json"), text);
    }
    return home;
}

describe("collectEnvironment", () => {
    let home: string;
    beforeAll(() => { home = cliHomeWithPlugins(); });
    afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
    afterEach(() => jest.restoreAllMocks());

    it("reads the CLI's version, the home's plug-ins (a damaged package.json: plugins.json's version), Node.js, daemon mode, log levels", () => {
        jest.spyOn(ImperativeConfig.instance, "cliHome", "get").mockReturnValue(home);
        jest.spyOn(ImperativeConfig.instance, "callerPackageJson", "get").mockReturnValue({ version: "8.37.1" });
        const saved = process.env.ZOWE_IMPERATIVE_LOG_LEVEL;
        process.env.ZOWE_IMPERATIVE_LOG_LEVEL = "DEBUG";
        try {
            const found = collectEnvironment();
            expect(found).toMatchObject({ zoweCli: "8.37.1", node: process.version, daemon: false,
                logLevels: { imperative: "DEBUG (ZOWE_IMPERATIVE_LOG_LEVEL)" } });
            expect(found.zoweExplorer).toBeUndefined();
            expect(found.plugins).toEqual([
                { name: "@zowe/zos-ftp-for-zowe-cli", version: "3.0.1" },
                { name: "broken-package-json", version: "1.0.0" },
                { name: "no-package-json", version: null },
                // Installed as on Windows (installed/node_modules, no lib).
                { name: "windows-layout", version: "2.0.0" }
            ]);
        } finally {
            process.env.ZOWE_IMPERATIVE_LOG_LEVEL = saved;
            if (saved === undefined) {
                delete process.env.ZOWE_IMPERATIVE_LOG_LEVEL;
            }
        }
    });

    it("names the Zowe Explorer that logged the failure", () => {
        const call = { explorer: { extension: "zowe.vscode-extension-for-zowe", extender: false, version: "3.4.2", editor: "VS Code" } };
        expect(collectEnvironment(call as never).zoweExplorer).toBe("3.4.2 (VS Code)");
    });
});
