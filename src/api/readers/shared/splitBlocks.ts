/**
 * Cut a text into the errors it holds, each starting at a line that a header pattern matches; what stands before
 * the first header (a prompt, the command line) belongs to the first error.
 * @param text - cleaned evidence
 * @param header - matches the start of an error (no flags needed; it is used per line)
 * @returns the errors, oldest first (as they stand in the text)
 */
export function splitBlocks(text: string, header: RegExp): string[] {
    const lines = text.split("\n");
    const starts = lines.map((line, index) => (header.test(line) ? index : -1)).filter((index) => index >= 0);
    if (starts.length <= 1) {
        return [text];
    }
    return starts.map((start, index) => lines.slice(index === 0 ? 0 : start, starts[index + 1] ?? lines.length).join("\n"));
}
