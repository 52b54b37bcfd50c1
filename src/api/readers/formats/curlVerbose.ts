import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import type { IFailedCall } from "../../failure/doc/IFailedCall";
import { readOwnError } from "../shared/readOwnError";
import { foreignNetworkError } from "../shared/foreignErrorWords";

/**
 * A `curl -v` transcript: `*` lines are curl's own (`* Trying 192.0.2.1:443...`, `* Connected to mf (192.0.2.1) port
 * 443`), `>` lines the request sent (`> GET /zosmf/info HTTP/1.1`, `> Host: mf:443`), `<` lines the answer
 * (`< HTTP/1.1 401 Unauthorized`), and `curl: (N) …` the error curl exits with (curl's libcurl-errors: 6 cannot
 * resolve, 7 cannot connect, 28 timeout, 35 TLS handshake, 51/60 certificate). The last status line is the answer.
 */
const CURL = /^(?:\* {1,2}(?:Trying|Connected to|TLSv|SSL connection|ALPN|Server certificate|Connection #|Closing connection)|> (?:GET|POST|PUT|DELETE|PATCH|HEAD) \/|< HTTP\/[\d.]{1,3} \d{3}|curl: \(\d{1,3}\) )/m;
/** The request lines, with their `> ` marks or without them (a Markdown paste loses them as quote marks). */
const REQUEST_LINE = /^(?:> )?(GET|POST|PUT|DELETE|PATCH|HEAD) (\/\S{0,2000}) HTTP/m;
const HOST_HEADER = /^(?:> )?Host: ([^\s:]{1,253})(?::(\d{1,5}))?/im;
const CONNECTED = /^\* {1,2}(?:Connected to|Trying) ([^\s(:]{1,253})[^\n]{0,100}?(?:port |:)(\d{1,5})/m;
const CURL_ERROR = /^curl: \((\d{1,3})\) ([^\n]{1,1000})$/m;

/** Where the request went, from the `>` lines and curl's connect lines. */
function requestOf(text: string): Partial<IFailedCall["request"]> {
    const line = REQUEST_LINE.exec(text);
    const host = HOST_HEADER.exec(text);
    const connected = CONNECTED.exec(text);
    const port = host?.[2] ?? connected?.[2];
    return {
        method: line?.[1] ?? null, resource: line?.[2] ?? null, host: host?.[1] ?? connected?.[1] ?? null, port: port == null ? null : Number(port),
        protocol: /^\* {1,2}(?:TLSv|SSL connection|ALPN|Server certificate)/m.test(text) ? "https" : null
    };
}

/** A `curl -v` (or `--trace-ascii`) transcript of a failed call: the request it sent, the answer or curl's error. */
export const CURL_VERBOSE: IEvidenceFormat = {
    id: "curl-verbose",
    label: "a curl -v transcript",
    ownErrors: true,
    detect: (text) => (CURL.test(text.slice(0, 65536)) ? 0.7 : 0),
    read: (text, context) => {
        const statuses = [...text.matchAll(/^<? ?HTTP\/[\d.]{1,3} (\d{3})(?: ([^\n]{0,100}))?$/gm)];
        const last = statuses[statuses.length - 1];
        const error = CURL_ERROR.exec(text);
        const body = last == null ? "" : text.slice((last.index ?? 0) + last[0].length).split("\n")
            .filter((line) => !/^[<>*{}](?: |$)/.test(line) && !/^curl: /.test(line)).join("\n").trim();
        const failure = readOwnError(text, CURL_VERBOSE, {
            answer: last == null ? undefined : { status: Number(last[1]), body },
            kind: "text", client: "unknown", message: error?.[0] ?? (body.length > 0 ? body.slice(0, 500) : null),
            networkError: last == null ? foreignNetworkError(error?.[0] ?? text) ?? (error == null ? null : { code: null, message: error[0] }) : null,
            request: requestOf(text)
        }, context);
        if (last != null) {
            failure.call.statusText = last[2]?.trim() || null;
        }
        return [failure];
    }
};
