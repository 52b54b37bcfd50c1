/**
 * The command definitions as a user meets them in help, and their load cost: every zowe command loads pluginDef and
 * the definitions, so they must pull in nothing but the two constant modules that hold the z/OSMF connection option
 * definitions (imperative, which those need, is the host CLI's and already loaded).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { ICommandDefinition } from "@zowe/imperative";

const root = path.resolve(__dirname, "..", "..", "..");
const definitionFiles = fs.readdirSync(path.join(root, "src", "cli"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => fs.readdirSync(path.join(root, "src", "cli", entry.name))
        .filter((file) => file.endsWith(".definition.ts")).map((file) => path.join(root, "src", "cli", entry.name, file)));

describe("command definitions", () => {
    it.each(definitionFiles.map((file) => [path.basename(file), file]))("%s has help a user can act on", (_name, file) => {
        const definition: ICommandDefinition = require(file);
        expect(definition.summary?.length).toBeGreaterThan(10);
        expect(definition.summary).not.toMatch(/[.!]$/);
        expect(definition.description.length).toBeGreaterThan(definition.summary?.length ?? 0);
        expect(definition.examples?.length).toBeGreaterThanOrEqual(2);
        expect(definition.aliases?.length).toBeGreaterThanOrEqual(1);
        expect(fs.existsSync(`${definition.handler}.ts`)).toBe(true);
        for (const option of [...(definition.options ?? []), ...(definition.positionals ?? [])]) {
            expect(option.description.length).toBeGreaterThan(10);
        }
    });

    it("pluginDef and the definitions, as built, load no other module than the z/OSMF option constants", () => {
        const builtFiles = definitionFiles.map((f) => f.replace(`${path.sep}src${path.sep}`, `${path.sep}lib${path.sep}`).replace(/\.ts$/, ".js"));
        const probe = `
            require("@zowe/imperative");
            const before = new Set(Object.keys(require.cache));
            require(${JSON.stringify(path.join(root, "lib", "pluginDef.js"))});
            for (const file of ${JSON.stringify(builtFiles)}) {
                require(file);
            }
            const added = Object.keys(require.cache).filter((key) => !before.has(key));
            process.stdout.write(JSON.stringify(added));`;
        const added: string[] = JSON.parse(execFileSync(process.execPath, ["-e", probe], { encoding: "utf8", cwd: root }));
        const others = added.filter((file) => !/[\\/]lib[\\/](pluginDef|cli[\\/][^\\/]+[\\/][^\\/]+\.definition)\.js$/.test(file));
        expect(others.map((file) => path.relative(root, file).split(path.sep).join("/")).sort()).toEqual([
            "node_modules/@zowe/core-for-zowe-sdk/lib/constants/Core.constants.js",
            "node_modules/@zowe/zosmf-for-zowe-sdk/lib/ZosmfSession.js"
        ]);
        expect(added.length).toBe(1 + definitionFiles.length + others.length);
    });
});
