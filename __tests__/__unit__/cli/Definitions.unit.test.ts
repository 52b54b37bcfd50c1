/**
 * The command definitions as a user meets them in help, and their load cost: every zowe command loads pluginDef and
 * the definitions, so they must pull in nothing but the two constant modules that hold the z/OSMF connection option
 * definitions (imperative, which those need, is the host CLI's and already loaded).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import type { ICommandDefinition } from "@zowe/imperative";

const root = path.resolve(__dirname, "..", "..", "..");
const definitionFiles = fs.readdirSync(path.join(root, "src", "cli"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => fs.readdirSync(path.join(root, "src", "cli", entry.name))
        .filter((file) => file.endsWith(".definition.ts")).map((file) => path.join(root, "src", "cli", entry.name, file)));

describe("command definitions", () => {
    /** The commands of a definition file: the command itself, or a group's commands (knowledge check, knowledge list). */
    const commands = definitionFiles.flatMap((file) => {
        const definition: ICommandDefinition = require(file);
        return (definition.type === "group" ? definition.children ?? [] : [definition])
            .map((command) => [`${path.basename(file)} ${command.name}`, command] as [string, ICommandDefinition]);
    });

    it.each(definitionFiles.filter((file) => require(file).type === "group"))("the group in %s has help a user can act on", (file) => {
        const group: ICommandDefinition = require(file);
        expect(group.summary).not.toMatch(/[.!]$/);
        expect(group.description.length).toBeGreaterThan(group.summary?.length ?? 0);
        expect(group.aliases?.length).toBeGreaterThanOrEqual(1);
        expect(group.children?.length).toBeGreaterThanOrEqual(1);
    });

    it.each(commands)("%s has help a user can act on", (_name, definition) => {
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
        // Compile them here, the way tsc emits them (same compiler options), into a temporary "lib" folder: the
        // test does not depend on lib/ being built or fresh. Paths are made relative to the project root, so a
        // checkout under a folder named "src" (~/src/http-status) maps to the right file.
        const { compilerOptions } = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile).config;
        const options = ts.convertCompilerOptionsFromJson(compilerOptions, root).options;
        // realpath: require.cache holds real paths (a temp folder may sit behind a symbolic link, as on macOS).
        const built = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "hs-defs-")));
        const libDir = path.join(built, "lib");
        const emit = (source: string): string => {
            const target = path.join(libDir, path.relative(path.join(root, "src"), source)).replace(/\.ts$/, ".js");
            fs.mkdirSync(path.dirname(target), { recursive: true });
            fs.writeFileSync(target, ts.transpileModule(fs.readFileSync(source, "utf8"), { compilerOptions: options, fileName: source }).outputText);
            return target;
        };
        let added: string[];
        try {
            const pluginDef = emit(path.join(root, "src", "pluginDef.ts"));
            const builtFiles = definitionFiles.map(emit);
            const probe = `
            require("@zowe/imperative");
            const before = new Set(Object.keys(require.cache));
            require(${JSON.stringify(pluginDef)});
            for (const file of ${JSON.stringify(builtFiles)}) {
                require(file);
            }
            const added = Object.keys(require.cache).filter((key) => !before.has(key));
            process.stdout.write(JSON.stringify(added));`;
            // The compiled files sit outside the project: they find its node_modules through NODE_PATH.
            added = JSON.parse(execFileSync(process.execPath, ["-e", probe], {
                encoding: "utf8", cwd: root, env: { ...process.env, NODE_PATH: path.join(root, "node_modules") }
            }));
        } finally {
            fs.rmSync(built, { recursive: true, force: true });
        }
        const ownFiles = new Set([path.join(libDir, "pluginDef.js"),
            ...definitionFiles.map((file) => path.join(libDir, path.relative(path.join(root, "src"), file)).replace(/\.ts$/, ".js"))]);
        const others = added.filter((file) => !ownFiles.has(file));
        expect(others.map((file) => path.relative(root, file).split(path.sep).join("/")).sort()).toEqual([
            "node_modules/@zowe/core-for-zowe-sdk/lib/constants/Core.constants.js",
            "node_modules/@zowe/zosmf-for-zowe-sdk/lib/ZosmfSession.js"
        ]);
        expect(added.length).toBe(1 + definitionFiles.length + others.length);
    });
});
