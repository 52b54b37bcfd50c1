/**
 * How an end user gets the plug-in: `npm pack`, then `zowe plugins install <tgz>` with the registry unreachable,
 * validation, a real command from the installed copy, and an uninstall that leaves no trace.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { IStatusExplanation } from "../../src";
import {
    PACKAGE_NAME, PROJECT_ROOT, createZoweHome, installPlugin, removeZoweHome, runZowe, runZoweAsync, runZoweJson
} from "../__helpers__/ZoweCli";

const { startFakeZosmf } = require("../__servers__/fakeZosmf.js");

let home: string;
let tarball: string;

beforeAll(() => {
    home = createZoweHome("install");
    const packed = execFileSync("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", home], { cwd: PROJECT_ROOT, encoding: "utf8" });
    tarball = path.join(home, packed.trim().split("\n").pop() as string);
});

afterAll(() => removeZoweHome(home));

const installedDir = () => path.join(home, "plugins", "installed", "lib", "node_modules", PACKAGE_NAME);
const pluginsJson = () => JSON.parse(fs.readFileSync(path.join(home, "plugins", "plugins.json"), "utf8"));

it("packs the built plug-in, its licence, change log and site-knowledge schema, and bundles its runtime SDKs", () => {
    const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n").filter((line) => line.length > 0);
    expect(listing).toEqual(expect.arrayContaining([
        "package/package.json", "package/lib/pluginDef.js", "package/lib/index.js", "package/lib/index.d.ts", "package/LICENSE", "package/README.md",
        "package/schemas/site-knowledge.schema.json"
    ]));
    expect(listing).toEqual(expect.arrayContaining([
        "package/node_modules/@zowe/core-for-zowe-sdk/package.json", "package/node_modules/@zowe/zosmf-for-zowe-sdk/package.json"
    ]));
    const expected = /^package\/(lib\/|node_modules\/|schemas\/site-knowledge\.schema\.json$|package\.json$|LICENSE$|README\.md$|CHANGELOG\.md$)/;
    expect(listing.filter((file) => !expected.test(file))).toEqual([]);
    // imperative is the host CLI's: bundling it would load a second copy.
    expect(listing.filter((file) => file.includes("node_modules/@zowe/imperative/"))).toEqual([]);
});

it("installs from the tarball with no registry reachable, validates and runs", () => {
    installPlugin(tarball, home, ["--registry", "http://127.0.0.1:9/"]);
    expect(fs.lstatSync(installedDir()).isSymbolicLink()).toBe(false);
    expect(pluginsJson()[PACKAGE_NAME]).toBeDefined();

    const validate = runZowe(["plugins", "validate", PACKAGE_NAME, "--fail-on-warning"], home);
    expect(validate.status).toBe(0);
    expect(validate.stdout).toContain("successfully validated");

    const explained = runZoweJson<IStatusExplanation>(["http-status", "explain", "404"], home);
    expect(explained.status).toBe(0);
    expect(explained.data.name).toBe("Not Found");
    expect(runZowe(["http-status", "list", "--zowe"], home).stdout).toContain("Gateway Timeout");
});

it("runs probe from the installed copy, with its bundled SDKs", async () => {
    const server = await startFakeZosmf({ protocol: "http", lifetimeMs: 60000 });
    try {
        const args = ["http-status", "probe", "--host", "127.0.0.1", "--port", String(server.port), "--user", "ibmuser", "--password", "pw-install",
            "--protocol", "http", "--rfj"];
        const run = await runZoweAsync(args, home);
        expect(run.status).toBe(0);
        expect(JSON.parse(run.stdout).data.steps.map((step: { name: string; ok: boolean }) => `${step.name}:${step.ok}`))
            .toEqual(["dns:true", "tcp:true", "http:true", "auth:true"]);
    } finally {
        await server.close();
    }
});

it("uninstalls and leaves no trace", () => {
    const run = runZowe(["plugins", "uninstall", PACKAGE_NAME], home);
    expect(run.status).toBe(0);
    expect(pluginsJson()).toEqual({});
    expect(fs.existsSync(installedDir())).toBe(false);
    const gone = runZowe(["http-status", "explain", "503"], home);
    expect(gone.status).not.toBe(0);
    expect(runZowe(["--help"], home).stdout).not.toContain("http-status");
});
