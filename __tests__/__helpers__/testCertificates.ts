/**
 * Certificates made at test time with the openssl CLI (no key is ever committed): a CA, and server certificates it
 * issues for the names and dates a test needs (a host it does not name, dates in the past). Everything lives in one
 * temporary folder, removed by remove().
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const OPENSSL_TIMEOUT_MS = 30000;

/** A key and certificate, as PEM text. */
export interface ITestKeyPair {
    key: string;
    cert: string;
}

/** A certificate authority of the test's own, and the certificates it issued. */
export interface ITestCa extends ITestKeyPair {
    /** Its common name. */
    name: string;
    /** The CA certificate's file, for NODE_EXTRA_CA_CERTS. */
    certPath: string;
    /**
     * Issue a server certificate.
     * @param subject - its common name
     * @param altNames - its subjectAltName entries, such as `DNS:localhost`, `IP:127.0.0.1`
     * @param dates - `YYYYMMDDHHMMSSZ` start and end; by default from yesterday to the day after tomorrow
     */
    issue(subject: string, altNames: string[], dates?: { from: string; to: string }): ITestKeyPair;
    /** Remove the folder with every key. */
    remove(): void;
}

function openssl(args: string[], cwd: string): void {
    execFileSync("openssl", args, { cwd, stdio: "pipe", timeout: OPENSSL_TIMEOUT_MS });
}

/** `YYYYMMDDHHMMSSZ`, as openssl ca takes dates. */
export function opensslDate(date: Date): string {
    return `${date.toISOString().replace(/[-:T]/g, "").slice(0, 14)}Z`;
}

/**
 * Make a CA in a new temporary folder.
 * @param name - the CA's common name (`Corp Inspection CA`)
 */
export function makeTestCa(name: string): ITestCa {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hs-pki-"));
    const curve = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
    openssl(["req", "-x509", ...curve, "-keyout", "ca.key", "-out", "ca.pem", "-days", "3", "-subj", `/CN=${name}`,
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"], dir);
    fs.mkdirSync(path.join(dir, "db"));
    fs.writeFileSync(path.join(dir, "db", "index.txt"), "");
    fs.writeFileSync(path.join(dir, "db", "serial"), "01\n");
    let issued = 0;
    const day = 86400000;
    return {
        name,
        key: fs.readFileSync(path.join(dir, "ca.key"), "utf8"),
        cert: fs.readFileSync(path.join(dir, "ca.pem"), "utf8"),
        certPath: path.join(dir, "ca.pem"),
        issue(subject, altNames, dates = { from: opensslDate(new Date(Date.now() - day)), to: opensslDate(new Date(Date.now() + 2 * day)) }) {
            const id = `leaf${++issued}`;
            fs.writeFileSync(path.join(dir, `${id}.cnf`), [
                "[ca]", "default_ca = test", "[test]", "database = db/index.txt", "serial = db/serial", "new_certs_dir = db",
                "default_md = sha256", "policy = any", "copy_extensions = none", "unique_subject = no", "[any]", "commonName = supplied",
                "[leaf]", `subjectAltName = ${altNames.join(", ")}`, "basicConstraints = CA:FALSE", "extendedKeyUsage = serverAuth", ""
            ].join("\n"));
            openssl(["req", ...curve, "-keyout", `${id}.key`, "-out", `${id}.csr`, "-subj", `/CN=${subject}`], dir);
            openssl(["ca", "-batch", "-config", `${id}.cnf`, "-extensions", "leaf", "-cert", "ca.pem", "-keyfile", "ca.key", "-in", `${id}.csr`,
                "-out", `${id}.pem`, "-startdate", dates.from, "-enddate", dates.to, "-notext"], dir);
            return { key: fs.readFileSync(path.join(dir, `${id}.key`), "utf8"), cert: fs.readFileSync(path.join(dir, `${id}.pem`), "utf8") };
        },
        remove: () => fs.rmSync(dir, { recursive: true, force: true })
    };
}

/**
 * A JSON Web Token made at test time, shaped as API ML's: the claims given, a signature of random bytes (no server
 * checks it here).
 * @param claims - `sub`, `exp` and `iat` in seconds, and any other
 */
export function makeTestJwt(claims: Record<string, unknown>): string {
    const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    return `${part({ alg: "RS256", typ: "JWT" })}.${part(claims)}.${require("crypto").randomBytes(32).toString("base64url")}`;
}
