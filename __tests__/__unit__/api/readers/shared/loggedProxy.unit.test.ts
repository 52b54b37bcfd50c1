/**
 * proxyOfLoggedEnvironment: the proxy a logged Zowe failure went through, from the environment Zowe logged with it.
 */
import type { IFailedCall } from "../../../../../src/api/failure/doc/IFailedCall";
import { proxyOfLoggedEnvironment } from "../../../../../src/api/readers/shared/loggedProxy";

function call(protocol: string, host = "zos.internal.example"): IFailedCall {
    return {
        time: null, client: "zowe-cli", command: null, source: "http", status: 407, statusText: null,
        request: { method: "GET", protocol, host, port: 443, basePath: "", resource: "/zosmf/info" }, service: "unknown",
        server: { message: null }, networkError: null, auth: { kind: "basic", allowUnauthorizedCert: null }, evidence: { kind: "imperative-log", file: null }
    };
}

describe("proxyOfLoggedEnvironment", () => {
    it("keeps host and port of the variable Zowe would read, never its credentials", () => {
        const proxy = proxyOfLoggedEnvironment({ https_proxy: "http://u:LoggedSecret-1@proxy.example.com:3128", HTTP_PROXY: "http://other:80" },
            call("https"));
        expect(proxy).toEqual({ host: "proxy.example.com", port: 3128, chosenBy: "environment", hop: "through", scheme: "http", credentialsFrom: "url" });
        expect(JSON.stringify(proxy)).not.toContain("LoggedSecret");
    });

    it("reads only HTTP_PROXY and http_proxy for an http call", () => {
        expect(proxyOfLoggedEnvironment({ HTTPS_PROXY: "http://proxy.example.com:8080" }, call("http"))).toBeUndefined();
        expect(proxyOfLoggedEnvironment({ http_proxy: "http://proxy.example.com" }, call("http"))?.port).toBe(80);
    });

    it("goes direct when NO_PROXY lists the host, and ignores what is not a URL", () => {
        expect(proxyOfLoggedEnvironment({ HTTPS_PROXY: "http://proxy:8080", NO_PROXY: "a, ZOS.internal.example" }, call("https"))).toBeUndefined();
        expect(proxyOfLoggedEnvironment({ HTTPS_PROXY: "not a url" }, call("https"))).toBeUndefined();
        expect(proxyOfLoggedEnvironment({}, call("https"))).toBeUndefined();
    });
});
