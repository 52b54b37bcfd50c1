import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import { readOwnError } from "../shared/readOwnError";
import { foreignNetworkError } from "../shared/foreignErrorWords";

/** A Java exception line: a qualified class name ending in Exception or Error, then its message. */
const EXCEPTION_LINE = /^\s{0,16}(?:Caused by: |Exception in thread "[^"\n]{1,100}" )?((?:[a-z][\w$]{0,40}\.){1,10}[A-Z][\w$]{0,80}(?:Exception|Error))(?::[ \t]{0,4}([^\n]{0,1000}))?$/gm;
/** A stack frame of the JVM. */
const FRAME = /^\s{0,16}at [\w$.<>]{1,300}\([^)\n]{0,200}\)\s{0,4}$/m;

/** The exceptions of a text, outermost first, each as `class: message`. */
function exceptions(text: string): string[] {
    return [...text.matchAll(new RegExp(EXCEPTION_LINE.source, "gm"))].map((match) => `${match[1]}${match[2] != null ? `: ${match[2].trim()}` : ""}`);
}

/**
 * A Java exception with its stack, from a Zowe client on Java (the Zowe Java SDK, Zowe Explorer for IntelliJ's
 * idea.log) or from a Zowe server (API ML, z/OSMF's Liberty): `javax.net.ssl.SSLHandshakeException: PKIX path building
 * failed`, `java.net.ConnectException: Connection refused`, `Caused by: …`. The innermost cause says most: it is the
 * message, and a failure before an answer is told by its words (see foreignNetworkError).
 */
export const JAVA_EXCEPTION: IEvidenceFormat = {
    id: "java-exception",
    label: "a Java exception (Zowe Java SDK, IntelliJ, or a Zowe server)",
    ownErrors: true,
    detect: (text) => {
        const head = text.slice(0, 65536);
        return new RegExp(EXCEPTION_LINE.source, "m").test(head) ? (FRAME.test(head) ? 0.5 : 0.25) : 0;
    },
    read: (text, context) => {
        const found = exceptions(text);
        const innermost = found[found.length - 1] ?? "";
        return [readOwnError(text, JAVA_EXCEPTION, {
            kind: "text", client: /zowe\.client\.sdk|org\.zowe\.kotlinsdk|eu\.ibagroup|org\.zowe\.explorer/i.test(text) ? "sdk" : "unknown",
            message: [...new Set([found[0], innermost].filter((line) => line != null && line.length > 0))].join("\n"),
            networkError: foreignNetworkError(found.slice().reverse().join("\n")),
            // The API ML's own packages or messages: the exception is the gateway's (or discovery's), not a client's.
            service: /org\.zowe\.apiml|\bZWEA[A-Z]{0,2}\d{3}/.test(text) ? "apiml" : undefined
        }, context)];
    }
};
