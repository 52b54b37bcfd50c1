import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import { readOwnError } from "../shared/readOwnError";
import { foreignNetworkError } from "../shared/foreignErrorWords";

/**
 * A line of a Zowe server's log: API ML services (gateway, discovery, caching, ZAAS) write
 * `2021-01-12 17:48:30.145 <ZWEAGW1:main:50334212> ZWESVUSR INFO  (o.z.a.p.s.ServiceStartupEventHandler) ZWEAM000I …`
 * (the service's job name, thread and id in angle brackets, the logger in one or two parentheses, as Zowe Docs'
 * troubleshooting pages show them); ZSS and the app server
 * write their ZWES…/ZWED… IDs.
 */
const SERVER_LINE = /^(\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?)?[^\n<]{0,40}<(ZWE[\w-]{1,16}):[^>\n]{0,200}>[^\n]{0,200}?\b(ERROR|WARN|WARNING|INFO|DEBUG)\b[^\n]{0,2000}$/gm;
/** A Zowe server message ID and its text, on any line (a fragment of a log without its heads). */
const SERVER_MESSAGE = /\b(ZWE[A-Z]{1,4}\d{3,4}[EWIS])\b[ :-]{0,4}([^\n]{0,1000})/;

/** A log line without its head (time, job and thread, user, level, logger): what the server said. */
function withoutHead(line: string): string {
    return line.replace(/^[^\n]{0,400}?<ZWE[^>\n]{1,200}>[^\n(]{0,200}\({1,2}[\w.$,:]{1,200}\){1,2}\s{0,4}/, "").trim();
}

/** The lines that report the failure: the last ERROR or WARN line, with a Zowe message ID when one has it. */
function failureLines(text: string): { line: string; time: string | null } {
    const heads = [...text.matchAll(new RegExp(SERVER_LINE.source, "gm"))];
    const bad = heads.filter((match) => match[3] === "ERROR" || match[3].startsWith("WARN"));
    const chosen = bad.filter((match) => SERVER_MESSAGE.test(match[0])).pop() ?? bad.pop() ?? heads.pop();
    if (chosen != null) {
        const time = chosen[1] == null ? null : chosen[1].replace(/[ ,]/g, (char) => (char === " " ? "T" : "."));
        return { line: withoutHead(chosen[0]), time };
    }
    const message = SERVER_MESSAGE.exec(text);
    return { line: message == null ? "" : `${message[1]} ${message[2]}`.trim(), time: null };
}

/**
 * Zowe server log lines: the API ML gateway, discovery or ZAAS reporting a failure in its own log (`ZWEAG…E`,
 * `ZWEAM…E`, often with a Java exception such as PKIX path building failed or a certificate name check), ZSS and the
 * app server. The failure lies between Zowe's server components or between them and the services they route to: the
 * service is API ML for ZWEA messages, and a failure before an answer keeps the server's words without a Node code,
 * whose advice (the client's CA options, its profile's port) would be the client's.
 */
export const ZOWE_SERVER_LOG: IEvidenceFormat = {
    id: "zowe-server-log",
    label: "a Zowe server log (API ML, ZSS, app server)",
    ownErrors: true,
    detect: (text) => {
        const head = text.slice(0, 65536);
        return new RegExp(SERVER_LINE.source, "m").test(head) ? 0.8 : SERVER_MESSAGE.test(head) && /^\s{0,16}at [\w$.]{1,300}\(/m.test(head) ? 0.6 : 0;
    },
    read: (text, context) => {
        const { line, time } = failureLines(text);
        // The failure is between servers, not the client's: no Node code (its advice is the client's), the server's words.
        const between = foreignNetworkError(text);
        const failure = readOwnError(text, ZOWE_SERVER_LOG, {
            kind: "text", client: "unknown", message: line,
            networkError: between == null ? null : { code: null, message: withoutHead(between.message) },
            service: /\bZWEA|<ZWEA/.test(text) ? "apiml" : undefined
        }, context);
        failure.call.time = failure.call.time ?? time;
        return [failure];
    }
};
