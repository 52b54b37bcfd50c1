/**
 * `zowe http-status probe`, in process, against the fake z/OSMF on 127.0.0.1: the message, exit code and data a user
 * gets when every layer works and when one fails, and the refusal of a bad --timeout.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ImperativeConfig, ImperativeError } from "@zowe/imperative";
import type { FakeZosmf } from "../../../__servers__/fakeZosmf";
import ProbeHandler from "../../../../src/cli/probe/Probe.handler";
import type { IProbeResult } from "../../../../src/api/probe/doc/IProbeResult";
import { handlerParameters } from "../../../__helpers__/HandlerParameters";

const { startFakeZosmf, scenarios } = require("../../../__servers__/fakeZosmf.js");

const PASSWORD = "ProbeHandlerPw-6";
let server: FakeZosmf | undefined;

// A home without site knowledge: the handler reads $ZOWE_CLI_HOME/http-status/knowledge.json.
const emptyHome = fs.mkdtempSync(path.join(os.tmpdir(), "hs-unit-home-"));
beforeAll(() => jest.spyOn(ImperativeConfig.instance, "cliHome", "get").mockReturnValue(emptyHome));
afterAll(() => fs.rmSync(emptyHome, { recursive: true, force: true }));

afterEach(async () => {
    await server?.close();
    server = undefined;
});

function connection(port: number): Record<string, unknown> {
    return { host: "127.0.0.1", port, user: "ibmuser", password: PASSWORD, protocol: "http", rejectUnauthorized: false, timeout: 5 };
}

async function probe(args: Record<string, unknown>) {
    const { params, response } = handlerParameters(args);
    await new ProbeHandler().process(params);
    return response;
}

describe("probe handler", () => {
    it("reports every layer working, with exit code 0", async () => {
        const fake: FakeZosmf = server = await startFakeZosmf({ protocol: "http", lifetimeMs: 30000 });
        const response = await probe(connection(fake.port));
        expect((response.data as IProbeResult).ok).toBe(true);
        expect(response.message).toBe("Every layer of the connection works");
        expect(response.exitCode).toBeUndefined();
        expect(response.log.join("\n")).not.toContain(PASSWORD);
    });

    it("names the layer that failed and exits 13 (authentication) on a 401", async () => {
        const fake: FakeZosmf = server = await startFakeZosmf({ protocol: "http", rules: scenarios[401], lifetimeMs: 30000 });
        const response = await probe(connection(fake.port));
        expect(response.data).toMatchObject({ ok: false, failure: { status: 401 }, diagnosis: { verdict: "authentication" } });
        expect(response.message).toBe("The auth layer failed");
        expect(response.exitCode).toBe(13);
        expect(response.log.join("\n")).toContain("authentication");
        expect(JSON.stringify(response)).not.toContain(PASSWORD);
        expect(fake.requests.filter((request) => request.hasCredentials)).toHaveLength(1);
    });

    it.each([[0], [601], ["5"]])("refuses --timeout %p with one line", async (timeout) => {
        const { params } = handlerParameters({ ...connection(9), timeout });
        const refusal = await new ProbeHandler().process(params).then(() => undefined, (error: unknown) => error);
        expect(refusal).toBeInstanceOf(ImperativeError);
        expect((refusal as Error).message).toBe("--timeout takes a number of seconds from 0.1 to 600, for example --timeout 5.");
    });
});
