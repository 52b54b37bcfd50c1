/**
 * Turning a REST client error into a FailedCall, on the odd bodies and pasted texts users really meet.
 */
import { findLastFailures } from "../../../../src/api/lastError/findLastFailures";
import { classifyService, decodeBody, toFailedCall } from "../../../../src/api/readers/RestErrorRecord";
import { explainStatusQuery } from "../../../../src/api/explain/StatusCatalogue";

const context = { time: null, command: null, evidence: { kind: "rfj" as const, file: null } };
const details = (status: number, phrase: string) => `Received HTTP(S) error ${status} = ${phrase}.\n\nProtocol:          https\nHost:              mf\n`;

describe("toFailedCall", () => {
    it("does not trip over API ML messages that are not objects", () => {
        const call = toFailedCall({ source: "http", httpStatus: 503, host: "gw", resource: "/ibmzosmf/api/v1/zosmf/info",
            causeErrors: "{\"messages\":[null,{\"messageNumber\":\"ZWEAO503E\",\"messageContent\":\"The server is not ready\"}]}" }, context);
        expect(call?.server).toMatchObject({ messageIds: ["ZWEAO503E"], message: "ZWEAO503E The server is not ready" });
    });

    it("calls a proxy's HTML page on a z/OSMF path nobody's, and Liberty's page Liberty's", () => {
        const nginx = decodeBody("<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>");
        expect(classifyService("http", nginx, "", "/zosmf/restjobs/jobs")).toBe("unknown");
        const liberty = decodeBody("<html><body><h1>Context Root Not Found</h1><p>SRVE0190E: File not found: /zosmfx</p></body></html>");
        expect(classifyService("http", liberty, "", "/zosmfx/info")).toBe("liberty");
    });

    it("keeps Zowe's 'not in the expected format' failure, which has no REST fields, as source other", () => {
        const call = toFailedCall({ msg: "The get request appeared to succeed, but the response was not in the expected format:\nUnexpected token '<'" }, context);
        expect(call).toMatchObject({ source: "other", status: null });
        expect(call?.server.message).toContain("not in the expected format");
    });

    it("gives up on plain messages with no REST call in them", () => {
        expect(toFailedCall({ msg: "Profile lpar1 does not exist" }, context)).toBeUndefined();
        expect(toFailedCall({}, context)).toBeUndefined();
    });

    it("reads the 401 wording and the certificate setting from Zowe's diagnostic lines", () => {
        const call = toFailedCall({ source: "http", httpStatus: 401, host: "mf", msg: "Rest API failure with HTTP(S) status 401\nToken type " +
            "\"apimlAuthenticationToken\" requires base path to be defined.", additionalDetails: `${details(401, "Unauthorized")}Allow Unauth Cert: false\n` +
            "Auth type used:    token" }, context);
        expect(call?.auth).toEqual({ kind: "apiml-token-without-base-path", allowUnauthorizedCert: false });
        expect(call?.statusText).toBe("Unauthorized");
    });
});

describe("the labels of Zowe CLI 8 before 8.26", () => {
    it.each([
        ["8.0 to 8.21", "Auth type:         token\nAllow Unauth Cert: true"],
        ["8.22 to 8.25", "Auth type:         token\nAuth order:        token,basic\nAvailable creds:   tokenValue\nAllow Unauth Cert: true"],
        ["8.26 and later", "Allow Unauth Cert: true\nAvailable creds:   tokenValue\nYour auth order:   token,basic\nAuth type used:    token"]
    ])("reads the authentication used from the labels of %s", (_versions, labels) => {
        const call = toFailedCall({ source: "http", httpStatus: 401, host: "mf", msg: "Rest API failure with HTTP(S) status 401",
            additionalDetails: `${details(401, "Unauthorized")}${labels}` }, context);
        expect(call?.auth).toEqual({ kind: "token", allowUnauthorizedCert: true });
    });

    it("reads an API ML token sent without a base path from the text 8.0 to 8.35 print (the header ends with a period)", () => {
        const text = "Unable to perform this operation due to the following problem.\nRest API failure with HTTP(S) status 401\n" +
            "Token type \"apimlAuthenticationToken\" requires base path to be defined.\n\nDiagnostic Information\n" +
            `${details(401, "Unauthorized")}Port:              443\nResource:          /zosmf/info\nRequest:           GET\nAuth type:         token\n`;
        const { reports } = findLastFailures({ inputText: { text, name: "-" } });
        expect(reports[0]).toMatchObject({ status: 401, auth: { kind: "apiml-token-without-base-path" } });
    });

    it("takes the facts a damaged record lost from its Diagnostic Information labels", () => {
        const call = toFailedCall({ additionalDetails: "HTTP(S) client encountered an error. Request could not be initiated to host.\n\n" +
            "Protocol:          https\nHost:              mf.example\nPort:              443\nBase Path:         gw/zosmf\n" +
            "Resource:          /zosmf/info\nRequest:           GET\n" }, { ...context, partial: true });
        expect(call).toMatchObject({ source: "client",
            request: { method: "GET", protocol: "https", host: "mf.example", port: 443, basePath: "gw/zosmf", resource: "/zosmf/info" } });
    });
});

describe("pasted error text", () => {
    it("ignores the shell lines around a diagnostic block that has no header", () => {
        const pasted = "$ export ZOWE_OPT_PASSWORD=hunter22secret\n$ zowe zos-files list ds X\n\nDiagnostic Information\n" +
            `${details(503, "Service Unavailable")}Port:              443\nResource:          /zosmf/info\nRequest:           GET\n`;
        const { reports } = findLastFailures({ inputText: { text: pasted, name: "-" } });
        expect(reports[0]).toMatchObject({ status: 503, request: { host: "mf", port: 443, method: "GET" } });
        expect(JSON.stringify(reports[0])).not.toContain("hunter22secret");
    });
});

describe("explain masks", () => {
    it("refuses a range with no registered code", () => {
        expect(() => explainStatusQuery("52x")).toThrow(/No registered HTTP status code falls in 52x/);
    });
});
