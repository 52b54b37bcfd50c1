/**
 * `zowe http-status last-error` names the real profile and config file behind a failure: a real Zowe CLI command
 * fails with 401 against the fake z/OSMF on 127.0.0.1 through a profile of a team config in the test's
 * ZOWE_CLI_HOME (its password, a canary, written in the file); last-error then tells that profile, its config file
 * and the user ID that was sent, gives commands for that profile, does not suggest `zowe config secure` (the
 * password is not in the vault), and never shows the password.
 */
import * as fs from "fs";
import * as path from "path";
import type { IFailureReport } from "../../src";
import { PROJECT_ROOT, createZoweHome, hasStackTrace, installPlugin, parseRfj, removeZoweHome, runZowe, runZoweAsync } from "../__helpers__/ZoweCli";

const { startFakeZosmf, scenarios } = require("../__servers__/fakeZosmf.js");

const PASSWORD = "CanaryProfilePw-81qT";

let home: string;
let configFile: string;
let report: IFailureReport;
let text: ReturnType<typeof runZowe>;

beforeAll(async () => {
    home = createZoweHome("last-error-profile");
    installPlugin(PROJECT_ROOT, home);
    const server = await startFakeZosmf({ protocol: "http", rules: scenarios[401], lifetimeMs: 60000 });
    try {
        configFile = path.join(home, "zowe.config.json");
        fs.writeFileSync(configFile, JSON.stringify({
            $schema: "./zowe.schema.json",
            profiles: {
                // Another profile on the same host: the failing call's port tells them apart.
                lpar0: { type: "zosmf", properties: { port: server.port + 1 }, secure: [] },
                lpar1: { type: "zosmf", properties: { port: server.port }, secure: [] },
                base: {
                    type: "base",
                    properties: { host: "127.0.0.1", protocol: "http", rejectUnauthorized: false, user: "ibmuser", password: PASSWORD },
                    secure: []
                }
            },
            defaults: { zosmf: "lpar0", base: "base" },
            autoStore: false
        }, null, 2));
        expect(runZowe(["config", "update-schemas"], home).status).toBe(0);
        const args = ["zos-files", "list", "data-set", "IBMUSER.*", "--zosmf-profile", "lpar1", "--rfj"];
        const failed = parseRfj(args, await runZoweAsync(args, home));
        expect(failed.status).toBe(1);
    } finally {
        await server.close();
    }
    const json = runZowe(["http-status", "last-error", "--rfj"], home);
    expect(json.status).toBe(0);
    report = JSON.parse(json.stdout).data;
    text = runZowe(["http-status", "last-error"], home);
});

afterAll(() => removeZoweHome(home));

it("tells the profile the command named, and the base profile and config file that supplied the user ID and password", () => {
    expect(report.status).toBe(401);
    // The command named lpar1 (--zosmf-profile lpar1), over the default lpar0 on the same host.
    expect(report.profile).toMatchObject({
        name: "lpar1", type: "zosmf", configFile, matchedBy: "command-line", user: "ibmuser", passwordSecure: false, passwordSet: true,
        baseProfile: "base"
    });
    expect(report.diagnosis.nextSteps[0]).toBe(`The user ID ibmuser and the password come from base profile base in ${configFile}, ` +
        "the password written there in plain text (profile lpar1 holds none): correct them there.");
    expect(text.stdout).toContain(`Profile:   lpar1 (zosmf) in ${configFile}`);
});

it("gives commands for that profile and no zowe config secure, since the password is in the file", () => {
    const commands = report.diagnosis.nextCommands.map((next) => next.command);
    expect(commands.join("\n")).not.toMatch(/zowe config secure|--secure/);
    expect(commands.join("\n")).not.toMatch(/profiles\.zosmf\.properties|auth login apiml/);
    expect(commands.every((command) => !/^zowe (?:zosmf|zos-files|zos-jobs) /.test(command) || command.includes("--zosmf-profile lpar1")))
        .toBe(true);
});

it("never shows the password, and prints no stack trace", () => {
    expect(text.status).toBe(0);
    expect(hasStackTrace(text.stdout + text.stderr)).toBe(false);
    for (const output of [JSON.stringify(report), text.stdout, text.stderr]) {
        expect(output).not.toContain(PASSWORD);
    }
});
