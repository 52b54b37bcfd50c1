/**
 * `last-error` over Zowe Explorer's logs, made from REAL SDK errors: ZosmfRestClient calls fail against the fake
 * z/OSMF on 127.0.0.1 and the errors are written the way Zowe Explorer's logger writes them, into a temporary HOME
 * laid out like a real one (several Explorer versions, the VS Code server, Cursor with the FTP extender, a logs
 * folder moved by settings.json with comments and trailing commas). The facts must equal the SDK error's own fields,
 * the newest failure of Zowe CLI (a real `zowe` command) and Zowe Explorer must win either way round, and no planted
 * secret may show.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { IFailureReport } from "../../src";
import { findLastFailures } from "../../src/api/lastError/findLastFailures";
import { PROJECT_ROOT, createZoweHome, installPlugin, parseRfj, removeZoweHome, runZowe, runZoweAsync } from "../__helpers__/ZoweCli";
import { eventV25, eventV28, eventV31, explorerTime, failingSdkCall, infoLine, isoLocal, writeExplorerLog } from "../__helpers__/explorerLogs";
import type { ISdkFailure } from "../__helpers__/explorerLogs";
import { expectSameFacts } from "../__helpers__/sameFacts";

const { startFakeZosmf, scenarios, zosmfErrorBody } = require("../__servers__/fakeZosmf.js");

const CANARY = "CanaryZePw-6tq1";
const CANARY_BASIC = Buffer.from(`ibmuser:${CANARY}`).toString("base64");

let home: string;
let cliHome: string;
const ext = (root: string, name: string): string => path.join(home, root, "extensions", name);
let notFound: ISdkFailure;
let unauthorized: ISdkFailure;
let refused: ISdkFailure;
let serverError: ISdkFailure;
const base = new Date(2026, 10, 20, 9, 0, 0, 0);
const at = (seconds: number): Date => new Date(base.getTime() + seconds * 1000);

beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), "hs-explorer-home-"));
    cliHome = createZoweHome("explorer-cli");
    notFound = await failingSdkCall(scenarios[404]);
    // A secret in the request headers and in the server's reply: both reach the logged dump.
    unauthorized = await failingSdkCall(scenarios[401], { password: CANARY, headers: [{ Authorization: `Basic ${CANARY_BASIC}` }] });
    refused = await failingSdkCall([], { refused: true });
    serverError = await failingSdkCall([{ path: "/zosmf/restfiles/", status: 500,
        body: zosmfErrorBody({ category: 1, rc: 8, reason: 2, message: `Internal error, "password": "${CANARY}"` }) }]);
    // VS Code: two versions installed; the older one holds an older failure.
    writeExplorerLog(ext(".vscode", "zowe.vscode-extension-for-zowe-3.3.1"), infoLine(at(0)) + eventV31(serverError.error, at(1)));
    writeExplorerLog(ext(".vscode", "zowe.vscode-extension-for-zowe-3.4.2"),
        infoLine(at(0)) + eventV31(unauthorized.error, at(5)) + infoLine(at(6), "Profile validation failed for zosmf."));
    // The VS Code server, an Explorer 2.18 logging the 2.8-3.0 layout.
    writeExplorerLog(ext(".vscode-server", "zowe.vscode-extension-for-zowe-2.18.4"), eventV28(refused.error, at(3)));
    // Cursor with the FTP extender (same logger, same format).
    writeExplorerLog(ext(".cursor", "zowe.zowe-explorer-ftp-extension-3.4.0"), eventV31(notFound.error, at(2), "uss", "Retrieving response from USS list API"));
    // A moved logs folder, named in VS Code's settings.json with comments and trailing commas: an Explorer 2.5-2.7 log.
    const moved = path.join(home, "moved-logs");
    writeExplorerLog(moved, eventV25(notFound.error, at(4)));
    const settings = path.join(home, ".config", "Code", "User", "settings.json");
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, `{\n  // where Zowe Explorer logs\n  "zowe.files.logsFolder.path": ${JSON.stringify(moved)}, /* moved */\n` +
        `  "editor.tabSize": 4,\n  "zowe.logger": "INFO",\n}\n`);
}, 120000);

afterAll(() => {
    fs.rmSync(home, { recursive: true, force: true });
    removeZoweHome(cliHome);
});

function search(options: Parameters<typeof findLastFailures>[0] = {}): ReturnType<typeof findLastFailures> {
    return findLastFailures({ cliHome, home, platform: "linux", env: {}, ...options });
}

describe("Zowe Explorer's logs, found with no option", () => {
    let all: IFailureReport[];
    beforeAll(() => {
        all = search({ limit: 100 }).reports;
    });

    it("reads every installed version, the server, the extender and the moved folder, newest first", () => {
        expect(all.map((report) => report.time)).toEqual([at(5), at(4), at(3), at(2), at(1)].map(isoLocal));
        expect(all.map((report) => report.explorer?.version)).toEqual(["3.4.2", "3.4.2", "2.18.4", "3.4.0", "3.3.1"]);
        expect(all.map((report) => report.explorer?.editor)).toEqual(["VS Code", "VS Code", "VS Code Server", "Cursor", "VS Code"]);
        expect(all.every((report) => report.client === "zowe-explorer")).toBe(true);
        expect(all[3].explorer).toMatchObject({ extension: "zowe.zowe-explorer-ftp-extension", extender: true, apiType: "uss" });
    });

    it("reports the facts the SDK error holds", () => {
        const pairs: Array<[IFailureReport, ISdkFailure]> = [[all[0], unauthorized], [all[1], notFound], [all[2], refused], [all[4], serverError]];
        for (const [report, failure] of pairs) {
            expectSameFacts(report, failure.error.mDetails);
        }
        expect(all[2].networkError?.code).toBe("ECONNREFUSED");
    });

    it("keeps Explorer's context: apiType and scenario (3.1+), label and moreInfo (2.5-3.0)", () => {
        expect(all[0].explorer).toMatchObject({ apiType: "mvs", scenario: "Retrieving response from MVS list API", profile: null, dump: true });
        expect(all[1].explorer).toMatchObject({ label: "IBMUSER.*", scenario: "Retrieving response from zowe.List", apiType: null });
        expect(all[2].explorer).toMatchObject({ label: "IBMUSER.*", scenario: "Retrieving response from zowe.List" });
    });

    it("gives Explorer's own advice on a 401: update the credentials in Explorer, the profile is locked", () => {
        expect(all[0].diagnosis.verdict).toBe("authentication");
        expect(all[0].diagnosis.matched).toContain("explorer-401-credentials");
        expect(all[0].diagnosis.nextSteps.join("\n")).toContain("Update Credentials");
        expect(all[2].diagnosis.matched).not.toContain("explorer-401-credentials");
    });

    it("never shows the planted password", () => {
        const text = JSON.stringify(search({ limit: 100 }));
        expect(text).not.toContain(CANARY);
        expect(text).not.toContain(CANARY_BASIC);
    });

    it("reads a copied Explorer logs folder given with --log-dir, version from its folder name", () => {
        const dir = path.join(ext(".vscode", "zowe.vscode-extension-for-zowe-3.3.1"), "logs");
        const reports = search({ logDir: dir, limit: 10 }).reports;
        expect(reports).toHaveLength(1);
        expect(reports[0].explorer?.version).toBe("3.3.1");
        expect(reports[0].status).toBe(500);
    });

    it("says when Explorer logged only a message line, and what to do to capture the whole error", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hs-explorer-msg-"));
        try {
            fs.writeFileSync(path.join(dir, "zowe.log"), `[${explorerTime(at(9), false)}] [ERROR] ${notFound.error.message}\n` +
                `[${explorerTime(at(9), false)}] [ERROR] zowe-ds:/zosmf/SYS1.MACLIB/\n`);
            const [report] = search({ logDir: dir, from: "explorer" }).reports;
            expect(report.status).toBe(404);
            expect(report.time).toBe(isoLocal(at(9)).replace(/\.\d{3}$/, ""));
            expect(report.explorer?.dump).toBe(false);
            expect(report.diagnosis.matched).toContain("explorer-message-only");
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("warns when zowe.logger hides errors", () => {
        const settings = path.join(home, ".config", "Code", "User", "settings.json");
        const saved = fs.readFileSync(settings, "utf8");
        try {
            fs.writeFileSync(settings, saved.replace("\"INFO\"", "\"FATAL\""));
            const found = search();
            expect(found.notes.join("\n")).toContain("zowe.logger is FATAL");
            // Every failure shown may be older than the last one: each report says so, for the first lines of every view.
            expect(found.reports.length).toBeGreaterThan(0);
            expect(found.reports.every((report) => report.stale?.reason === "log-level" && /zowe\.logger/.test(report.stale.message))).toBe(true);
        } finally {
            fs.writeFileSync(settings, saved);
        }
    });
});

describe("the newest failure of Zowe CLI and Zowe Explorer, through the real CLI", () => {
    const explorerDir = (): string => ext(".vscode", "zowe.vscode-extension-for-zowe-3.4.2");
    const env = (): Record<string, string> => ({ HOME: home, XDG_CONFIG_HOME: path.join(home, ".config") });

    beforeAll(() => {
        installPlugin(PROJECT_ROOT, cliHome);
    }, 300000);

    async function cliFailure(): Promise<void> {
        const server = await startFakeZosmf({ protocol: "http", rules: scenarios[404], lifetimeMs: 60000 });
        try {
            const args = ["zos-files", "list", "data-set", "IBMUSER.*", "--host", "127.0.0.1", "--port", String(server.port), "--user", "ibmuser",
                "--password", CANARY, "--protocol", "http", "--rfj"];
            expect(parseRfj(args, await runZoweAsync(args, cliHome, env())).exitCode).toBe(1);
        } finally {
            await server.close();
        }
    }

    const lastError = (extra: string[] = []): IFailureReport => JSON.parse(runZowe(["http-status", "last-error", "--rfj", ...extra], cliHome, env()).stdout).data;

    it("an Explorer failure logged a second after a CLI failure is the last error; --from cli gives the CLI's", async () => {
        await cliFailure();
        writeExplorerLog(explorerDir(), eventV31(unauthorized.error, new Date(Date.now() + 1000)), true);
        const last = lastError();
        expect(last.client).toBe("zowe-explorer");
        expect(last.status).toBe(401);
        expect(last.request.port).toBe(unauthorized.port);
        const cli = lastError(["--from", "cli"]);
        expect(cli.client).toBe("zowe-cli");
        expect(cli.status).toBe(404);
        const text = runZowe(["http-status", "last-error"], cliHome, env());
        expect(text.stdout.replace(/\s+/g, " ")).toContain("in Zowe Explorer 3.4.2 (VS Code), while retrieving response from MVS list API (mvs API)");
        expect(text.stdout + text.stderr).not.toContain(CANARY);
        const table = runZowe(["http-status", "last-error", "--count", "3"], cliHome, env());
        expect(table.stdout).toContain("explorer 3.4.2");
        expect(table.stdout).toContain("zowe-cli");
    }, 120000);

    it("a CLI failure made after the Explorer one is the last error; --from explorer gives Explorer's", async () => {
        writeExplorerLog(explorerDir(), eventV31(serverError.error, new Date(Date.now() - 1000)), true);
        await cliFailure();
        const last = lastError();
        expect(last.client).toBe("zowe-cli");
        const explorer = lastError(["--from", "explorer"]);
        expect(explorer.client).toBe("zowe-explorer");
        expect(explorer.status).toBe(500);
        const rfj = runZowe(["http-status", "last-error", "--all", "--rfj"], cliHome, env());
        expect(rfj.stdout).not.toContain(CANARY);
        expect(rfj.stdout).not.toContain(CANARY_BASIC);
    }, 120000);
});
