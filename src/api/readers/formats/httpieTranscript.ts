import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import type { IFailedCall } from "../../failure/doc/IFailedCall";
import { readOwnError } from "../shared/readOwnError";
import { foreignNetworkError } from "../shared/foreignErrorWords";

/**
 * An HTTPie transcript (`http -v GET https://mf/zosmf/info`): the request as `GET /zosmf/info HTTP/1.1` with `Host:`
 * and other headers, the answer as `HTTP/1.1 401 Unauthorized` with its headers and body, and HTTPie's own errors as
 * `http: error: ConnectionError: …`, `http: error: SSLError: …` (httpie/cli, httpie/core.py).
 */
const HTTPIE = /^(?:http: error: [A-Za-z]{1,60}(?:Error|Timeout|Exception)?:|HTTP\/[\d.]{1,3} \d{3} [A-Za-z][^\n]{0,60}\n[\w-]{1,60}: )/m;
const REQUEST_LINE = /^(GET|POST|PUT|DELETE|PATCH|HEAD) (\/\S{0,2000}) HTTP\/[\d.]{1,3}$/m;
const HOST_HEADER = /^Host: ([^\s:]{1,253})(?::(\d{1,5}))?$/im;

/** Where the request went, from the printed request, or from the URL in HTTPie's error. */
function requestOf(text: string): Partial<IFailedCall["request"]> {
    const line = REQUEST_LINE.exec(text);
    const host = HOST_HEADER.exec(text);
    return { method: line?.[1] ?? null, resource: line?.[2] ?? null, host: host?.[1] ?? null, port: host?.[2] == null ? null : Number(host[2]) };
}

/** An HTTPie transcript or error: the last answer's status line and body, or HTTPie's error line. */
export const HTTPIE_TRANSCRIPT: IEvidenceFormat = {
    id: "httpie",
    label: "an HTTPie transcript",
    ownErrors: true,
    detect: (text) => (HTTPIE.test(text.slice(0, 65536)) ? 0.6 : 0),
    read: (text, context) => {
        const error = /^http: error: ([^\n]{1,1000})$/m.exec(text);
        const answers = [...text.matchAll(/^HTTP\/[\d.]{1,3} (\d{3}) ?([^\n]{0,100})$/gm)];
        const last = answers[answers.length - 1];
        const body = last == null ? "" : text.slice((last.index ?? 0) + last[0].length).replace(/^\n/, "").replace(/^(?:[\w-]{1,60}: [^\n]{0,2000}\n){0,100}/, "").trim();
        const failure = readOwnError(text, HTTPIE_TRANSCRIPT, {
            answer: last == null ? undefined : { status: Number(last[1]), body },
            kind: "text", client: "unknown", message: error?.[0] ?? (body.length > 0 ? body.slice(0, 500) : null),
            networkError: last == null && error != null ? foreignNetworkError(error[0]) ?? { code: null, message: error[1] } : null,
            request: requestOf(text)
        }, context);
        if (last != null) {
            failure.call.statusText = last[2].trim() || null;
        }
        return [failure];
    }
};
