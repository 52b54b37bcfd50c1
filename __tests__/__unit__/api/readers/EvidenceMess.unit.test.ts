/**
 * The mess real evidence comes in, made from real outputs of Zowe CLI v1 and v3 (the committed fixtures): Markdown,
 * ANSI colours and their Windows rendering, CRLF, prompts, a --rfj result broken by a terminal or among other output,
 * several errors in one paste, and text cut off in the middle. The facts must survive all of it.
 */
import * as fs from "fs";
import * as path from "path";
import { findLastFailures } from "../../../../src/api/lastError/findLastFailures";

const resources = path.resolve(__dirname, "..", "..", "..", "__resources__");
const v1Text = fs.readFileSync(path.join(resources, "old-cli", "v1", "404", "stderr.txt"), "utf8");
const v1Rfj = fs.readFileSync(path.join(resources, "old-cli", "v1", "404", "rfj.json"), "utf8");
const v2Refused = fs.readFileSync(path.join(resources, "old-cli", "v2", "econnrefused", "stderr.txt"), "utf8");
const v3Text = fs.readFileSync(path.join(resources, "old-cli", "v2", "503-apiml", "v3format-stderr.txt"), "utf8");

function read(text: string, limit = 1) {
    return findLastFailures({ inputText: { text, name: "paste" }, limit }).reports;
}

const facts404 = { status: 404, request: { method: "GET", host: "127.0.0.1", resource: "/zosmf/restfiles/ds?dslevel=IBMUSER.*" },
    server: { category: 4, rc: 8 }, diagnosis: { verdict: "not-found" } };

describe("evidence in the mess it is pasted in", () => {
    it.each([
        ["as printed", v1Text],
        ["in a Markdown fence after a prompt", `I ran this:\n\`\`\`\n$ zowe zos-files list ds "IBMUSER.*"\n${v1Text}\`\`\`\nany idea?`],
        ["quoted in Markdown with bold headings", v1Text.split("\n").map((line) => `> ${line.replace(/^(Command Error:|Error Details:)$/, "**$1**")}`).join("\n")],
        ["with ANSI colours", v1Text.replace("Command Error:", "\u001b[31mCommand Error:\u001b[39m").replace(/^(Host: .*)$/m, "\u001b[1m$1\u001b[22m")],
        ["with colours as a Windows console renders them when copied", v1Text.replace("Command Error:", "\u2190[31mCommand Error:\u2190[39m")],
        ["with CRLF line ends", v1Text.replace(/\n/g, "\r\n")],
        ["double-spaced by a chat window", v1Text.split("\n").join("\n\n")]
    ])("v1 text %s", (_how, text) => {
        const [report] = read(text);
        expect(report).toMatchObject(facts404);
        expect(report.evidence.format?.id).toBe("zowe-cli-v1-v2-text");
    });

    it("a --rfj result among other output, and with a line a terminal broke inside a string", () => {
        expect(read(`$ zowe zos-files list ds "IBMUSER.*" --rfj\n${v1Rfj}\n$ echo done`)[0]).toMatchObject(facts404);
        const broken = v1Rfj.replace("Data set not cataloged", "Data set not\n  cataloged");
        expect(read(broken)[0]).toMatchObject({ ...facts404, evidence: { format: { id: "zowe-cli-rfj" } } });
    });

    it("several errors in one paste: the last is the answer, and a listing gives each, newest first", () => {
        const paste = `first try:\n${v2Refused}\nthen with the right port:\n${v1Text}`;
        expect(read(paste)[0]).toMatchObject(facts404);
        expect(read(paste, 10).map((report) => report.status ?? report.networkError?.code)).toEqual([404, "ECONNREFUSED"]);
    });

    it("text cut off in the middle keeps what it holds and names what it lost", () => {
        const cut = v3Text.slice(0, v3Text.indexOf("Port:"));
        const [report] = read(cut);
        expect(report).toMatchObject({ status: 503, request: { host: "127.0.0.1", port: null, resource: null } });
        expect(report.evidence.missing).toEqual(expect.arrayContaining(["port", "resource"]));
        expect(report.server.messageIds).toContain("ZWEAO503E");
    });

    it("the v3 layout names the versions that print it", () => {
        expect(read(v3Text)[0].evidence.format).toEqual({ id: "zowe-cli-v3-text", label: "Zowe CLI v3 error text",
            versions: "Zowe CLI 8.0 to 8.25 (or Zowe CLI 7.17 or later with ZOWE_V3_ERR_FORMAT=true)" });
        const v826 = v3Text.replace("problem.", "problem:").replace(/^Auth type:\s+basic$/m, "Auth type used:    basic");
        expect(read(v826)[0].evidence.format?.versions).toBe("Zowe CLI 8.36 or later");
    });

    it("what Zowe Explorer's Troubleshoot view copies (Error details, Stack trace) is read as Explorer's", () => {
        const copied = "Error details:\nRest API failure with HTTP(S) status 503\nThe server is not ready (ZWEAO503E)\nStack trace:\n" +
            "    at ZosmfRestClient.processError (/ext/zowe.vscode-extension-for-zowe-3.2.0/out/src/extension.js:2:1000)";
        const [report] = read(copied);
        expect(report).toMatchObject({ status: 503, client: "zowe-explorer", server: { messageIds: ["ZWEAO503E"] },
            evidence: { format: { id: "zowe-explorer-notification", versions: "Zowe Explorer 3.1 or later (Troubleshoot, Copy details)" } } });
    });

    it("a Zowe Explorer 3 notification: the details inline after (Error Code N), as ErrorCorrelator shows them", () => {
        // The layout of ErrorCorrelator's displayCorrelatedError: summary, (Error Code N), additionalDetails with its
        // newlines collapsed, causeErrors' message (research/explorer-and-formats.md §2, §3).
        const shown = "Invalid credentials for profile 'lpar1'. (Error Code 401) Received HTTP(S) error 401 = Unauthorized. " +
            "Protocol: https Host: mf.example.com Port: 443 Base Path: Resource: /zosmf/restfiles/ds?dslevel=USERID.* Request: GET " +
            "Headers: [{\"X-CSRF-ZOSMF-HEADER\":true}] Payload: undefined Allow Unauth Cert: true Available creds: user,password " +
            "Your auth order: basic,token Auth type used: basic";
        const [report] = read(shown);
        expect(report).toMatchObject({
            status: 401, client: "zowe-explorer", auth: { kind: "basic", allowUnauthorizedCert: true },
            request: { method: "GET", protocol: "https", host: "mf.example.com", port: 443, basePath: "", resource: "/zosmf/restfiles/ds?dslevel=USERID.*" },
            evidence: { format: { id: "zowe-explorer-notification", versions: "Zowe Explorer 3.x" } }, diagnosis: { verdict: "authentication" }
        });
    });

    it("a Zowe Explorer 2.5 to 2.7 log line: the error, then its details as one line of JSON", () => {
        const logged = "[2023/03/01 10:00:00.123] [ERROR] Error: z/OSMF REST API Error:\n" + JSON.stringify({
            errorDetails: { mDetails: { msg: "Rest API failure with HTTP(S) status 404", httpStatus: 404, source: "http", host: "mf.example.com",
                port: 443, resource: "/zosmf/restjobs/jobs/JOB1", request: "GET", causeErrors: "{\"rc\":4,\"reason\":10,\"category\":6,\"message\":\"No job found\"}" },
            mMessage: "z/OSMF REST API Error" }, label: "JOB1", moreInfo: "Retrieving response from zowe.GetJobs" });
        const [report] = read(logged);
        expect(report).toMatchObject({ time: "2023-03-01T10:00:00.123", status: 404, client: "zowe-explorer",
            request: { host: "mf.example.com", resource: "/zosmf/restjobs/jobs/JOB1" }, server: { category: 6, rc: 4 },
            evidence: { format: { id: "zowe-explorer-log" } } });
    });
});
