import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseJsonWithComments } from "../../../../../src/api/readers/explorer/jsonWithComments";
import { findExplorerLogs } from "../../../../../src/api/readers/explorer/findExplorerLogs";

describe("parseJsonWithComments", () => {
    it("reads VS Code's settings.json: comments, trailing commas, // and commas inside strings", () => {
        const text = "\ufeff{\n // a comment\n \"a\": \"http://x/,y\", /* block, with commas */\n \"b\": [1, 2,],\n \"c\": \"q\\\"//\",\n}\n";
        expect(parseJsonWithComments(text)).toEqual({ a: "http://x/,y", b: [1, 2], c: "q\"//" });
    });

    it("gives undefined for text that is not JSON even so", () => {
        expect(parseJsonWithComments("{ a: 1 }")).toBeUndefined();
        expect(parseJsonWithComments("{ \"a\": ")).toBeUndefined();
    });
});

describe("findExplorerLogs", () => {
    let home: string;
    beforeEach(() => {
        home = fs.mkdtempSync(path.join(os.tmpdir(), "hs-ze-find-"));
    });
    afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

    function log(dir: string): void {
        fs.mkdirSync(path.join(dir, "logs"), { recursive: true });
        fs.writeFileSync(path.join(dir, "logs", "zowe.log"), "");
    }

    it.each([
        ["darwin", ["Library", "Application Support", "VSCodium", "User"]],
        ["win32", ["AppData", "Roaming", "VSCodium", "User"]],
        ["linux", [".config", "VSCodium", "User"]]
    ] as Array<[NodeJS.Platform, string[]]>)("on %s reads the settings of each editor where the platform keeps them", (platform, parts) => {
        log(path.join(home, ".vscode-oss", "extensions", "zowe.vscode-extension-for-zowe-3.10.0"));
        log(path.join(home, ".vscode-oss", "extensions", "zowe.vscode-extension-for-zowe-3.9.1"));
        log(path.join(home, "moved"));
        fs.mkdirSync(path.join(home, ...parts), { recursive: true });
        fs.writeFileSync(path.join(home, ...parts, "settings.json"), `{ "zowe.files.logsFolder.path": ${JSON.stringify(path.join(home, "moved"))}, }`);
        const found = findExplorerLogs({ home, platform, env: {} });
        expect(found.places.map((place) => [place.foundBy, place.origin.version, place.origin.editor])).toEqual([
            ["settings", "3.10.0", "VSCodium"], ["extension-folder", "3.10.0", "VSCodium"], ["extension-folder", "3.9.1", "VSCodium"]
        ]);
    });

    it("finds nothing, and throws nothing, in an empty home", () => {
        expect(findExplorerLogs({ home, platform: "linux", env: {} })).toEqual({ places: [], loggerLevels: [], notes: [], installed: [] });
    });
});
