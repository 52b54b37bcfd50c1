/**
 * The asynchronous API runs the synchronous one in a worker thread. A worker runs built JavaScript, so this test
 * uses the package as built (`npm test` and `npm run test:unit` build first), as an extension would.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const api = require(path.resolve(__dirname, "..", "..", "..", "..", "lib"));
const fixtures = path.resolve(__dirname, "..", "..", "..", "__resources__", "logs");

let dir: string;
beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "hs-async-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the asynchronous API", () => {
    it("gives what the synchronous API gives, and leaves the caller's thread free while it reads", async () => {
        const profileError = "[2026/11/25 13:00:00.000] [ERROR] [CommandProcessor.js:820] Handler for command \"data-set\" failed.\n" +
            "[2026/11/25 13:00:00.001] [ERROR] [CommandYargs.js:147] Error in command data-set\n" +
            "[2026/11/25 13:00:00.001] [ERROR] [CommandYargs.js:148] [\n  {\n    success: false,\n    message: 'Profile lpar1 does not exist',\n" +
            "    error: { msg: 'Profile lpar1 does not exist' }\n  }\n]\n";
        fs.writeFileSync(path.join(dir, "imperative.log"), fs.readFileSync(path.join(fixtures, "failure-404.log"), "utf8") +
            profileError.repeat(Math.ceil(5e6 / profileError.length)));
        let turns = 0;
        let running = true;
        const count = () => {
            turns++;
            if (running) {
                setImmediate(count);
            }
        };
        setImmediate(count);
        const search = await api.findLastFailuresAsync({ logDir: dir });
        running = false;
        expect(turns).toBeGreaterThan(1);
        expect(search).toEqual(api.findLastFailures({ logDir: dir }));
        expect(search.reports[0]).toMatchObject({ status: 404, diagnosis: { verdict: "not-found" } });
        const scan = await api.readLoggedFailuresAsync({ logDir: dir, limit: 2 });
        expect(scan.failures.map((failure: { call: { status: number } }) => failure.call.status)).toEqual([404]);
    });

    it("keeps the class and message of a refusal", async () => {
        await expect(api.readEvidenceFileAsync(path.join(dir, "missing.json"))).rejects.toThrow(api.EvidenceError);
        await expect(api.findLastFailuresAsync({ inputFile: path.join(dir, "missing.json") })).rejects.toThrow(/no such file/);
    });
});
