import type { Readable } from "stream";
import { ImperativeError } from "@zowe/imperative";
import { MAX_EVIDENCE_BYTES } from "../../api/readers/EvidenceReader";

/**
 * Read standard input to its end, as the handler receives it (in daemon mode, imperative forwards the client's
 * standard input). More than MAX_EVIDENCE_BYTES is refused.
 */
export async function readStandardInput(stdin: Readable): Promise<string> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stdin) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
        size += buffer.length;
        if (size > MAX_EVIDENCE_BYTES) {
            throw new ImperativeError({ msg: `Standard input holds more than ${MAX_EVIDENCE_BYTES} bytes, more than any saved Zowe result ` +
                "or error text. Pipe in one --rfj result or one error text, for example: zowe http-status last-error --input=- < failure.json" });
        }
        chunks.push(buffer);
    }
    return Buffer.concat(chunks).toString("utf8");
}
