/**
 * The labelled lines of Zowe's error details (`Host:      mf`, 11 columns in v1/v2, 19 in v3), also when a window
 * joined them on one line (Zowe Explorer 3 notifications), with ` | ` (Zowe Explorer 2) or with blanks.
 */

/** Every label Zowe CLI v1 to v3 writes in its details, longest first so that `Auth type used` wins over `Auth type`. */
export const DETAIL_LABELS = ["Allow Unauth Cert", "Your auth order", "Available creds", "Auth type used", "Auth order", "Auth type",
    "Base Path", "Protocol", "Resource", "Request", "Headers", "Payload", "Host", "Port"] as const;

/** One of the detail labels. */
export type DetailLabel = typeof DETAIL_LABELS[number];

const LABEL = new RegExp(`(?<=^|[\\s|(])(${DETAIL_LABELS.join("|")}):[ \\t]{0,64}`, "gm");

/** A value without the blanks and ` | ` separators around it. */
function trimSeparators(value: string): string {
    let end = value.length;
    while (end > 0 && /[\s|]/.test(value.charAt(end - 1))) {
        end--;
    }
    return value.slice(0, end).trim();
}

/**
 * The values of the detail labels in a text: each value runs to the next label or the end of its line. A label
 * that appears twice keeps its first value.
 * @param text - cleaned evidence
 * @returns the values found, trimmed (`""` for a label with an empty value, such as `Base Path:` without a route)
 */
export function readDetailLabels(text: string): Partial<Record<DetailLabel, string>> {
    const found: Partial<Record<DetailLabel, string>> = {};
    const labels = new RegExp(LABEL.source, LABEL.flags);
    const matches = [...text.matchAll(labels)];
    matches.forEach((match, index) => {
        const label = match[1] as DetailLabel;
        const start = (match.index ?? 0) + match[0].length;
        const next = matches[index + 1]?.index ?? text.length;
        const lineEnd = text.indexOf("\n", start);
        const end = Math.min(next, lineEnd < 0 ? text.length : lineEnd);
        if (found[label] === undefined) {
            found[label] = trimSeparators(text.slice(start, end));
        }
    });
    return found;
}
