import type { Censor as CensorClass } from "@zowe/imperative/lib/censor/src/Censor";

/**
 * What every masked value becomes: imperative's own mask (`Censor.CENSOR_RESPONSE`), so masked output looks the
 * same as Zowe's. Written out rather than read from Censor, so that loading this module loads no imperative code.
 */
export const MASK = "****";

type CensorApi = typeof CensorClass;
let censorModule: CensorApi | null | undefined;

/**
 * imperative's Censor, loaded on first use and by its own module: the imperative root index loads about 700
 * modules (174 ms), which an API user outside the CLI should not pay for `require("http-status-for-zowe-cli")`.
 * @returns Censor, or null when imperative (a peer dependency) cannot be loaded
 */
function loadCensor(): CensorApi | null {
    if (censorModule === undefined) {
        try {
            // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load: an import would load it with this module
            censorModule = (require("@zowe/imperative/lib/censor/src/Censor") as { Censor: CensorApi }).Censor;
        } catch {
            censorModule = null;
        }
    }
    return censorModule;
}

/**
 * Secret names that imperative's Censor lists do not hold, in camel case: header and API names, and the spellings
 * servers and scripts use. Censor's lists (CENSORED_OPTIONS, SECURE_PROMPT_OPTIONS, which a command may extend with
 * its profiles' secure properties) are the base; these are added.
 */
const EXTRA_SECRET_NAMES = ["passwd", "pwd", "secret", "apiKey", "token", "accessToken", "refreshToken", "xAuthToken",
    "certKeyPassphrase", "keyPassphrase", "basicAuth", "credentials", "auth", "authentication", "base64EncodedAuth",
    "certFilePassphrase", "password", "passphrase", "pass", "pw", "tokenValue", "tv"];
/** Header names whose values are secrets; the text rules below treat them on their own. */
const HEADER_NAMES = ["authorization", "proxyAuthorization", "cookie", "setCookie"];
/** Names masked as options and property names, but not in free text: a user ID is not a secret in a message. */
const USER_NAMES = ["user", "u"];

/** `keyPassphrase` → `keypassphrase`, the form names are compared in (`key-passphrase`, `KEY_PASSPHRASE` alike). */
function normalName(name: string): string {
    return name.toLowerCase().replace(/[-_]/g, "");
}

/** `keyPassphrase` → `keyPassphrase`, `key-passphrase`, `key_passphrase`. */
function spellings(name: string): string[] {
    const kebab = name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
    return [name, kebab, kebab.replace(/-/g, "_")];
}

/** A regex alternation of words, longest first, with each word's spellings. */
function alternation(names: Iterable<string>): string {
    return [...new Set([...names].flatMap(spellings).map((name) => name.toLowerCase()))]
        .sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}

/** The names of secrets: Censor's lists (or, without imperative, the same names as of 8.37.1) plus ours. */
function secretNames(): { keys: Set<string>; options: string; phraseOptions: string; names: string } {
    const censor = loadCensor();
    const fromCensor = [...(censor?.CENSORED_OPTIONS ?? []), ...(censor?.SECURE_PROMPT_OPTIONS ?? [])];
    const all = [...fromCensor, ...EXTRA_SECRET_NAMES, ...USER_NAMES].filter((name) => name.length > 0);
    const users = new Set(USER_NAMES);
    const headers = new Set(HEADER_NAMES.map(normalName));
    const secrets = all.filter((name) => !users.has(normalName(name)) && !headers.has(normalName(name)));
    return {
        keys: new Set([...all, ...HEADER_NAMES].map(normalName)),
        options: alternation(all),
        phraseOptions: alternation(secrets),
        names: alternation(secrets)
    };
}

/** The rules of a Redactor, built from the secret names of the moment (a command may add to Censor's lists). */
interface IRules {
    keys: Set<string>;
    text: ReadonlyArray<[RegExp, string]>;
    phraseRest: RegExp;
}

/**
 * Each rule masks one kind of secret in free text; `$1` keeps the label in front of the secret. Repeats are bounded
 * so that no rule takes more than linear time on a long line.
 */
function buildRules(): IRules {
    const { keys, options, phraseOptions, names } = secretNames();
    const text: ReadonlyArray<[RegExp, string]> = [
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
        // Command-line options that carry secrets: --password x, --pw=x, --token-value "x y", -u x (a quoted value may hold \" )
        [new RegExp(`((?<![\\w-])--?(?:${options})(?:=|\\s+))(?!\\*{4}|'?<)` +
            `("(?:[^"\\\\]|\\\\.){0,4096}"|'[^']{0,4096}'|[^\\s"']{1,4096})`, "gi"), `$1${MASK}`],
        // Secrets in URL queries: ?access_token=x&…, stopping at the next parameter
        [new RegExp(`([?&;](?:\\w{0,64}_)?(?:${names})=)[^&#\\s'"<>]{1,4096}`, "gi"), `$1${MASK}`],
        // name: value and NAME=value forms in logs, dumps, JSON, JCL (PASSWORD=(OLD,NEW)) and shell lines (ZOWE_OPT_PASSWORD=x);
        // a value the query rule above masked is left as it is, with the parameters after it
        // (also inside a JSON string held in a JSON string, where the quotes are escaped: \"password\": \"x\")
        [new RegExp(`((?<![A-Za-z0-9])(?:\\w{0,64}_)?(?:${names})\\\\{0,3}['"]?\\s*[:=]\\s*)(?!\\*{4}(?:[&#\\s,;}\\]'"]|$))` +
            `(\\([^)\\n]{0,4096}\\)|'[^'\\n]{0,4096}'|"(?:[^"\\\\\\n]|\\\\.){0,4096}"|[^\\s,;}\\]]{1,4096})`, "gi"), `$1${MASK}`]
    ];
    // After a masked secret option, every bare word up to the next option is the rest of a pass phrase with spaces.
    const phraseRest = new RegExp(`(--(?:${phraseOptions})[ =]\\*{4})((?: (?!-)\\S{1,4096}){1,64})`, "gi");
    return { keys, text, phraseRest };
}

/** Base64 that decodes to `user:password` is a credential, even without a `Basic` label or padding. */
const BASE64_WORD = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{8,4096}={0,2}/g;

function isBase64Credential(word: string): boolean {
    const decoded = Buffer.from(word.replace(/={1,2}$/, ""), "base64").toString("utf8");
    return /^[\x21-\x7e]{1,64}:[\x20-\x7e]{1,256}$/.test(decoded);
}

/** Literal values shorter than this are not masked as environment values: they would mask ordinary words. */
const MIN_LITERAL = 6;

/** Objects nested deeper than this are replaced by MASK whole (fail closed): no report comes near it. */
const MAX_DEPTH = 32;

/**
 * The one place every byte bound for output passes through. It masks passwords, tokens, Authorization and Cookie
 * values, base64 credentials, credentials in URLs and URL queries, secret command-line options, the values of
 * secret-named properties (imperative's Censor lists plus the names servers use, such as `access_token` and
 * `X-Auth-Token`), and any literal value it was given (the values of the environment a failed command ran in).
 */
export class Redactor {
    private readonly literals: string[];
    private readonly rules: IRules;

    /**
     * @param literals - values that must never appear in output, whatever their context (environment values)
     */
    constructor(literals: Iterable<string> = []) {
        this.literals = [...new Set([...literals].filter((value) => value.length >= MIN_LITERAL))].sort((a, b) => b.length - a.length);
        this.rules = buildRules();
    }

    /** Mask the secrets in a text. */
    public text(input: string): string {
        let out = input;
        for (const literal of this.literals) {
            if (out.includes(literal)) {
                out = out.split(literal).join(MASK);
            }
        }
        for (const [pattern, replacement] of this.rules.text) {
            out = out.replace(pattern, replacement);
        }
        out = out.replace(BASE64_WORD, (word) => (isBase64Credential(word) ? MASK : word));
        return out.replace(this.rules.phraseRest, (_match, option: string, rest: string) => `${option}${rest.replace(/\S+/g, MASK)}`);
    }

    /** Mask a command line: imperative's Censor first, then the rules it misses. */
    public commandLine(input: string): string {
        let censored = input;
        try {
            censored = loadCensor()?.censorCommandLine(input) ?? input;
        } catch {
            // Censor needs imperative's configuration in some versions; the rules below still apply.
        }
        return this.text(censored);
    }

    /**
     * Mask every string in a value, and every value of a secret-named property, deeply. Returns a copy. Under a
     * secret-named property every string and number is masked, however deep; anything nested deeper than 32 levels
     * is replaced by MASK.
     */
    public value<T>(input: T): T {
        return this.walk(input, 0, false) as T;
    }

    /** Whether a property name names a secret (`password`, `X-Auth-Token`, `access_token`, `keyPassphrase` …). */
    public isSecretName(name: string): boolean {
        return this.rules.keys.has(normalName(name));
    }

    private walk(input: unknown, depth: number, secret: boolean): unknown {
        if (input == null || typeof input === "boolean" || input === "") {
            return input;
        }
        if (typeof input !== "object") {
            return secret ? MASK : typeof input === "string" ? this.text(input) : input;
        }
        if (depth >= MAX_DEPTH) {
            return MASK;
        }
        if (Array.isArray(input)) {
            return input.map((item) => this.walk(item, depth + 1, secret));
        }
        const out: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(input)) {
            out[key] = this.walk(value, depth + 1, secret || this.isSecretName(key));
        }
        return out;
    }
}
