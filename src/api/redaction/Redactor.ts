import { Censor } from "@zowe/imperative";

/** What every masked value becomes: imperative's own mask, so masked output looks the same as Zowe's. */
export const MASK = Censor.CENSOR_RESPONSE;

/** Property names whose values are secrets wherever they appear in a record. */
const SECRET_KEYS = new RegExp("^(password|passwd|pass|pw|passphrase|token|tokenvalue|token-value|tv|authorization|proxy-authorization|" +
    "cookie|set-cookie|base64encodedauth|secret|apikey|api-key|certfilepassphrase|cert-file-passphrase|certkeypassphrase)$", "i");

/** Options whose values are secrets. `user` is masked too, as imperative masks it in logged command lines. */
const SECRET_OPTIONS = "password|pw|pass|token-value|tv|cert-file-passphrase|cert-key-passphrase|passphrase|user|u";
/** Names whose values are secrets in `name: value` and `NAME=value` forms, also with a prefix (`ZOWE_OPT_PASSWORD`). */
const SECRET_NAMES = "password|passwd|pwd|pw|pass|passphrase|tokenValue|token_value|token-value|secret|apiKey|api_key|base64EncodedAuth";

/**
 * Each rule masks one kind of secret in free text; `$1` keeps the label in front of the secret. Repeats are bounded
 * so that no rule takes more than linear time on a long line.
 */
const TEXT_RULES: ReadonlyArray<[RegExp, string]> = [
    // Credentials in a URL: http://user:pass@proxy:8080 (the password may itself hold an @)
    [/(?<![A-Za-z0-9+.-])([a-z][a-z0-9+.-]{0,15}:\/\/)[^\s:@/'"]{1,256}:[^\s/'"]{0,256}@/gi, `$1${MASK}:${MASK}@`],
    // Authorization / Proxy-Authorization header values: a quoted header name (JSON, inspect) …
    [/(['"](?:proxy-)?authorization['"]\s*[:=]\s*['"]?)[^'"\n,;}\]]{1,4096}/gi, `$1${MASK}`],
    // … an unquoted name with a quoted value ({ authorization: 'x' }) …
    [/(\b(?:proxy-)?authorization\s*[:=]\s*)(['"])[^'"\n]{0,4096}\2/gi, `$1$2${MASK}$2`],
    // … a scheme word after it …
    [/(\b(?:proxy-)?authorization\s*[:=]\s*)(?:Basic|Bearer|Negotiate|Digest|Token|ApiKey)\s+[^\s'",;}\]]{1,4096}/gi, `$1${MASK}`],
    // … or a header line, to its end. Only blanks and tabs around the name: `\s` would also cross line ends, and
    // `^\s*` then rescans every run of blank lines from each of its lines (quadratic).
    [/^([ \t]*(?:proxy-)?authorization[ \t]*:[ \t]*)\S[^\n\r]*/gim, `$1${MASK}`],
    // Cookie / Set-Cookie header values: cookies are name=value pairs
    [/(\b(?:set-)?cookie['"]?\s*[:=]\s*['"]?)[^'"\n}\]=]{0,256}=[^\n}\]]{0,4096}/gi, `$1${MASK}`],
    // Token cookies anywhere: LtpaToken2=…, apimlAuthenticationToken=…, jwtToken=…, quoted or not
    [/\b(LtpaToken2|apimlAuthenticationToken|jwtToken|JSESSIONID)=("[^"\n]{0,4096}"|[^;\s'",}]{1,4096})/g, `$1=${MASK}`],
    // Basic and Bearer credentials on their own
    [/\b(Basic|Bearer)\s+[A-Za-z0-9+/._~-]{6,4096}=*/g, `$1 ${MASK}`],
    // JSON Web Tokens
    [/(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,8192}\.[A-Za-z0-9_-]{5,8192}\.[A-Za-z0-9_-]{0,8192}/g, MASK],
    // Command-line options that carry secrets: --password x, --pw=x, --token-value "x y"
    [new RegExp(`(--(?:${SECRET_OPTIONS})(?:=|\\s+))(?!\\*{4}|'?<)("[^"]{0,4096}"|'[^']{0,4096}'|[^\\s"']{1,4096})`, "gi"), `$1${MASK}`],
    // name: value and NAME=value forms in logs, dumps, JSON, JCL (PASSWORD=(OLD,NEW)) and shell lines (ZOWE_OPT_PASSWORD=x)
    [new RegExp(`((?<![A-Za-z0-9])(?:\\w{0,64}_)?(?:${SECRET_NAMES})['"]?\\s*[:=]\\s*)` +
        `(\\([^)\\n]{0,4096}\\)|'[^'\\n]{0,4096}'|"[^"\\n]{0,4096}"|[^\\s,;}\\]]{1,4096})`, "gi"), `$1${MASK}`]
];

/** After a masked secret option, every bare word up to the next option is the rest of a pass phrase with spaces. */
const PHRASE_REST = new RegExp(`(--(?:password|pw|pass|token-value|tv|cert-file-passphrase|cert-key-passphrase|passphrase)[ =]\\*{4})` +
    "((?: (?!-)\\S{1,4096}){1,64})", "gi");

/** Base64 that decodes to `user:password` is a credential, even without a `Basic` label or padding. */
const BASE64_WORD = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{8,4096}={0,2}/g;

function isBase64Credential(word: string): boolean {
    const decoded = Buffer.from(word.replace(/={1,2}$/, ""), "base64").toString("utf8");
    return /^[\x21-\x7e]{1,64}:[\x20-\x7e]{1,256}$/.test(decoded);
}

/** Literal values shorter than this are not masked as environment values: they would mask ordinary words. */
const MIN_LITERAL = 6;

/**
 * The one place every byte bound for output passes through. It masks passwords, tokens, Authorization and Cookie
 * values, base64 credentials, credentials in URLs, secret command-line options, and any literal value it was given
 * (the values of the environment a failed command ran in).
 */
export class Redactor {
    private readonly literals: string[];

    /**
     * @param literals - values that must never appear in output, whatever their context (environment values)
     */
    constructor(literals: Iterable<string> = []) {
        this.literals = [...new Set([...literals].filter((value) => value.length >= MIN_LITERAL))].sort((a, b) => b.length - a.length);
    }

    /** Mask the secrets in a text. */
    public text(input: string): string {
        let out = input;
        for (const literal of this.literals) {
            if (out.includes(literal)) {
                out = out.split(literal).join(MASK);
            }
        }
        for (const [pattern, replacement] of TEXT_RULES) {
            out = out.replace(pattern, replacement);
        }
        out = out.replace(BASE64_WORD, (word) => (isBase64Credential(word) ? MASK : word));
        return out.replace(PHRASE_REST, (_match, option: string, rest: string) => `${option}${rest.replace(/\S+/g, MASK)}`);
    }

    /** Mask a command line: imperative's Censor first, then the rules it misses. */
    public commandLine(input: string): string {
        let censored = input;
        try {
            censored = Censor.censorCommandLine(input);
        } catch {
            // Censor needs imperative's configuration in some versions; the rules below still apply.
        }
        return this.text(censored);
    }

    /** Mask every string in a value, and every value of a secret-named property, deeply. Returns a copy. */
    public value<T>(input: T): T {
        return this.walk(input, 0) as T;
    }

    private walk(input: unknown, depth: number): unknown {
        if (typeof input === "string") {
            return this.text(input);
        }
        if (input == null || typeof input !== "object" || depth > 32) {
            return input;
        }
        if (Array.isArray(input)) {
            return input.map((item) => this.walk(item, depth + 1));
        }
        const out: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(input)) {
            out[key] = SECRET_KEYS.test(key) && value != null && value !== "" ? MASK : this.walk(value, depth + 1);
        }
        return out;
    }
}
