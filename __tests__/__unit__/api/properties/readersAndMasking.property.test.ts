/**
 * Properties over random input: the readers never throw (except a UserInputError that says what is accepted),
 * and no planted secret survives masking, whatever text surrounds it.
 */
import * as fc from "fast-check";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { UserInputError } from "../../../../src/api/UserInputError";
import { diagnose } from "../../../../src/api/diagnose/diagnose";
import { reportFailure } from "../../../../src/api/lastError/findLastFailures";
import { readEvidenceText } from "../../../../src/api/readers/EvidenceReader";
import { readLoggedFailures } from "../../../../src/api/readers/ImperativeLogReader";
import { parseInspected } from "../../../../src/api/readers/InspectParser";
import { readErrorText } from "../../../../src/api/readers/ErrorTextReader";
import { Redactor } from "../../../../src/api/redaction/Redactor";

const fixtures = path.resolve(__dirname, "..", "..", "..", "__resources__", "logs");
const realLog = fs.readFileSync(path.join(fixtures, "failure-404.log"), "utf8") + fs.readFileSync(path.join(fixtures, "failure-tls.log"), "utf8");
const anyText = fc.string({ unit: "binary", maxLength: 400 });

/** Damage a real log: cut it, and splice random text in at random places. */
const damagedLog = fc.tuple(fc.nat(realLog.length), fc.nat(realLog.length), anyText, fc.nat(realLog.length)).map(([from, to, noise, at]) => {
    const cut = realLog.slice(Math.min(from, to), Math.max(from, to));
    const where = at % (cut.length + 1);
    return cut.slice(0, where) + noise + cut.slice(where);
});

describe("readers never throw", () => {
    it("parseInspected on any text and on damaged dumps", () => {
        fc.assert(fc.property(fc.oneof(anyText, damagedLog), (text) => {
            parseInspected(text);
        }), { numRuns: 300 });
    });

    it("readErrorText on any text", () => {
        fc.assert(fc.property(fc.oneof(anyText, anyText.map((text) => `Unable to perform this operation due to the following problem:\n${text}`)),
            (text) => {
                readErrorText(text, "-");
            }), { numRuns: 300 });
    });

    it("readEvidenceText throws nothing but a UserInputError", () => {
        fc.assert(fc.property(fc.oneof(anyText, fc.json(), damagedLog), (text) => {
            try {
                readEvidenceText(text, "-");
            } catch (error) {
                expect(error).toBeInstanceOf(UserInputError);
                expect((error as Error).message).not.toContain("\n");
            }
        }), { numRuns: 300 });
    });

    it("readLoggedFailures on damaged logs, and each record it returns can be diagnosed and reported", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hs-prop-"));
        try {
            fc.assert(fc.property(damagedLog, damagedLog, (older, newer) => {
                fs.writeFileSync(path.join(dir, "imperative.log.1"), older);
                fs.writeFileSync(path.join(dir, "imperative.log"), newer);
                for (const failure of readLoggedFailures({ logDir: dir, limit: 5 }).failures) {
                    expect(diagnose(failure.call).verdict.length).toBeGreaterThan(0);
                    reportFailure(failure.call, failure.environmentValues);
                }
            }), { numRuns: 100 });
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe("masking", () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{10,24}$/);
    const filler = fc.string({ maxLength: 60 }).map((text) => text.replace(/[\s]/g, " "));
    /** The places secrets take in Zowe's logs, dumps, commands and environment. */
    const plantings: Array<(value: string) => string> = [
        (value) => `zowe zos-files list ds "A.*" --password ${value} --host h`,
        (value) => `--token-value=${value}`,
        (value) => `headers: { Authorization: 'Basic ${Buffer.from(`ibmuser:${value}`).toString("base64")}' }`,
        (value) => `{"authorization":"Bearer ${value}"}`,
        (value) => `Cookie: LtpaToken2=${value}; Path=/`,
        (value) => `cookie: 'apimlAuthenticationToken=${value}'`,
        (value) => `HTTPS_PROXY=http://proxyuser:${value}@proxy.example:8080/`,
        (value) => `password: '${value}', pass: '${value}', pw: '${value}'`,
        (value) => `"tokenValue": "${value}"`,
        (value) => `${Buffer.from(`ibmuser:${value}`).toString("base64")}`
    ];

    it("no planted secret survives, in any surrounding text", () => {
        fc.assert(fc.property(secret, filler, filler, fc.nat(plantings.length - 1), (value, before, after, index) => {
            const masked = new Redactor().text(`${before} ${plantings[index](value)} ${after}`);
            expect(masked).not.toContain(value);
        }), { numRuns: 500 });
    });

    it("environment values never survive, deep in any record", () => {
        fc.assert(fc.property(secret, fc.jsonValue(), (value, record) => {
            const planted = { record, nested: [{ note: `the value is ${value}!` }], [`key-${value.length}`]: value };
            expect(JSON.stringify(new Redactor([value]).value(planted))).not.toContain(value);
        }), { numRuns: 300 });
    });
});
