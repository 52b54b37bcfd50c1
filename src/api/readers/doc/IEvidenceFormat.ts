import type { ILoggedFailure } from "../doc/ILogScan";

/** What a format's reader is given besides the text. */
export interface IEvidenceReadContext {
    /** Where the text came from: a file path, or `standard input`. */
    name: string;
    /** Keep request bodies (masked later) in the records. */
    includePayload: boolean;
    /** How many failures to return at most, newest first. */
    limit: number;
    /** Read text found inside the evidence (the `stderr` of a saved --rfj result) with the other formats. */
    readNested: (text: string) => ILoggedFailure[];
}

/**
 * One kind of evidence a user may hold: Zowe CLI's error text of one generation, a saved --rfj result, a log, a Zowe
 * Explorer message. Detection walks the list of formats (EVIDENCE_FORMATS) and the most confident one reads.
 */
export interface IEvidenceFormat {
    /** A stable id, reported in `evidence.format.id`. */
    id: string;
    /** What it is, in words. */
    label: string;
    /**
     * How sure it is that the cleaned text is of this format, from 0 (not at all) to 1, told from the content alone,
     * never from a file name.
     */
    detect(text: string): number;
    /**
     * True when the format reads errors that may carry no HTTP status, Node error code or message ID (Zowe's own
     * errors before any request, an SDK's exception, a server log line): what it reads is a failure because the
     * format recognised an error, and is reported, never refused.
     */
    ownErrors?: boolean;
    /**
     * Read the failures the text holds, newest first.
     * @param text - the cleaned text
     * @param context - where it came from and how much to read
     */
    read(text: string, context: IEvidenceReadContext): ILoggedFailure[];
}
