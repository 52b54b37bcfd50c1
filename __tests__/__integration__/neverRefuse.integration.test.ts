/**
 * Errors without an HTTP status, code or message ID, through the real Zowe CLI: `last-error --input FILE --rfj` of each
 * new format's fixture, of a syntax error the pinned Zowe CLI prints right here (it logs nothing, so only its stderr
 * tells), the Zowe Python SDK's log as a source of `last-error`, and `explain` of an ID no entry knows. Planted
 * secrets never come out; a text with no error at all is still refused in one line.
 */
import * as fs from "fs";
import * as path from "path";
import { PROJECT_ROOT, createZoweHome, hasStackTrace, installPlugin, removeZoweHome, runZowe } from "../__helpers__/ZoweCli";
import { CANARIES, expectNoCanary } from "../__helpers__/canaries";

const formats = path.join(PROJECT_ROOT, "__tests__", "__resources__", "formats");
let home: string;

beforeAll(() => {
    home = createZoweHome("never-refuse");
    installPlugin(PROJECT_ROOT, home);
});

afterAll(() => removeZoweHome(home));

function lastErrorOf(file: string, extraEnv: Record<string, string> = {}): { status: number | null; data: Record<string, any>; stderr: string } {
    const run = runZowe(["http-status", "last-error", "--input", file, "--rfj"], home, extraEnv);
    return { status: run.status, data: JSON.parse(run.stdout).data, stderr: run.stderr };
}

it.each([
    ["zowe-cli-own-error/v3-unknown-option.txt", "zowe-cli-own-error", "client-config"],
    ["zowe-cli-own-error/v2-keytar-not-loaded.txt", "zowe-cli-own-error", "client-config"],
    ["zowe-plugin-mismatch/v3-handler-not-a-function.txt", "zowe-plugin-mismatch", "client-config"],
    ["zowe-explorer-own-error/config-load-error.txt", "zowe-explorer-own-error", "client-config"],
    ["zowe-server-log/apiml-gateway-pkix.txt", "zowe-server-log", "tls"],
    ["java-exception/java-sdk-pkix.txt", "java-exception", "tls"],
    ["python-sdk-error/traceback-request-failed-401.txt", "python-sdk-error", "authentication"],
    ["go-sdk-error/dial-connection-refused.txt", "go-sdk-error", "client-config"],
    ["curl-verbose/curl-60-certificate.txt", "curl-verbose", "tls"],
    ["httpie/httpie-401.txt", "httpie", "authentication"],
    ["zowe-explorer-intellij-dialog/more-dialog-404.txt", "zowe-explorer-intellij-dialog", "not-found"],
    ["error-words/words-only.txt", "error-words", "unknown"]
])("last-error --input %s is read as %s with the verdict %s", (file, format, verdict) => {
    const { status, data } = lastErrorOf(path.join(formats, file));
    expect(status).toBe(0);
    expect(data.evidence.format.id).toBe(format);
    expect(data.diagnosis.verdict).toBe(verdict);
    expect(data.diagnosis.summary.length).toBeGreaterThan(20);
});

it("reports the syntax error the pinned Zowe CLI prints, which it does not log", () => {
    const failed = runZowe(["zos-files", "list", "data-set", "IBMUSER.*", "--hots", "mf.example.com"], home);
    expect(failed.status).toBe(1);
    const file = path.join(home, "syntax-error.txt");
    fs.writeFileSync(file, failed.stderr);
    const { status, data } = lastErrorOf(file);
    expect(status).toBe(0);
    expect(data).toMatchObject({ source: "other", status: null, client: "zowe-cli", evidence: { format: { id: "zowe-cli-own-error" } },
        diagnosis: { verdict: "client-config", matched: ["zowe-cli-syntax-error"] } });
    expect(data.server.message).toContain("Unknown argument: hots");
    const text = runZowe(["http-status", "last-error", "--input", file], home);
    expect(text.stdout.replace(/\s+/g, " ")).toContain("Zowe CLI refused the command line itself, before sending any request");
    expect(hasStackTrace(text.stdout + text.stderr)).toBe(false);
});

it("reads the Zowe Python SDK's log in ~/.zowe/logs as a source of last-error, the swapped status read right, no secret shown", () => {
    const user = createZoweHome("python-user");
    try {
        const logs = path.join(user, ".zowe", "logs");
        fs.mkdirSync(logs, { recursive: true });
        const secrets = CANARIES.map(([, text]) => text).join(" ");
        fs.writeFileSync(path.join(logs, "python_sdk_logs.log"), [
            "[12/04/2026 09:40:01 AM] [INFO] [zos_files_for_zowe_sdk.files] - Listing data sets",
            "[12/04/2026 09:41:07 PM] [ERROR] [zos_files_for_zowe_sdk.files] - The status code from z/OSMF was: [200]",
            "Expected: 404",
            `Request output: {"rc":4,"reason":8,"category":1,"message":"Dataset not found ${secrets}"}`,
            ""
        ].join("\n"));
        const run = runZowe(["http-status", "last-error", "--rfj"], home, { HOME: user, USERPROFILE: user });
        expect(run.status).toBe(0);
        const data = JSON.parse(run.stdout).data;
        expect(data).toMatchObject({ client: "sdk", status: 404, time: "2026-12-04T21:41:07", evidence: { format: { id: "python-sdk-error" } },
            diagnosis: { verdict: "not-found" } });
        expect(data.evidence.file).toBe(path.join(logs, "python_sdk_logs.log"));
        expectNoCanary(run.stdout + run.stderr);
    } finally {
        removeZoweHome(user);
    }
});

it("explains an ID no entry knows by its family, and one of no family by where IBM documents it", () => {
    const run = runZowe(["http-status", "explain", "IEF212I", "XYZ0042E", "--rfj"], home);
    expect(run.status).toBe(0);
    const [family, unknown] = JSON.parse(run.stdout).data;
    expect(family).toMatchObject({ id: "IEF212I", entry: "message-family-IEF", verdict: "unknown" });
    expect(unknown).toMatchObject({ id: "XYZ0042E", entry: "message-id-grammar" });
    expect(runZowe(["http-status", "explain", "IEF212I"], home).stdout).toContain("https://www.ibm.com/docs/en/search/IEF212I");
});

it("still refuses a text that holds no error at all, with what is accepted", () => {
    const file = path.join(home, "no-error.txt");
    fs.writeFileSync(file, "The weather in Poughkeepsie is fine today.\n");
    const run = runZowe(["http-status", "last-error", "--input", file], home);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/no-error\.txt holds no error: no HTTP status, network or TLS error code, or message ID\./);
    expect(hasStackTrace(run.stderr)).toBe(false);
});
