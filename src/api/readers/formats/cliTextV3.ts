import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import { readErrorBlock } from "../shared/readErrorBlock";
import { splitBlocks } from "../shared/splitBlocks";

const HEADER = /Unable to perform this operation due to the following problem[.:]/;
const SECTION = /^(?:Response From Service|Diagnostic Information)$/m;

/** A section of the v3 layout: the lines after its title, up to the next section title. */
function section(block: string, title: string): string | undefined {
    const lines = block.split("\n");
    const start = lines.findIndex((line) => line.trim() === title);
    if (start < 0) {
        return undefined;
    }
    const end = lines.findIndex((line, index) => index > start && SECTION.test(line.trim()));
    const text = lines.slice(start + 1, end < 0 ? undefined : end).join("\n").trim();
    return text.length > 0 ? text : undefined;
}

/**
 * Which Zowe CLI versions print a block, from the clues it holds: the header ends with a period up to 8.35 and with a
 * colon since 8.36; the labels after `Payload:` changed in 8.22 and 8.26. Up to 8.35 and without 8.22's labels, a
 * v2 CLI run with ZOWE_V3_ERR_FORMAT=true prints the same.
 */
export function v3Versions(block: string): string {
    const clues: Array<[number, number, boolean]> = [];
    const header = HEADER.exec(block)?.[0];
    if (header != null) {
        clues.push(header.endsWith(":") ? [36, 99, false] : [0, 35, true]);
    }
    if (/^Auth type used:/m.test(block)) {
        clues.push([26, 99, false]);
    } else if (/^Auth order:/m.test(block)) {
        clues.push([22, 25, false]);
    } else if (/^Auth type:/m.test(block)) {
        clues.push([0, 25, true]);
    }
    const low = Math.max(0, ...clues.map(([from]) => from));
    const high = Math.min(99, ...clues.map(([, to]) => to));
    const v2 = clues.every(([, , withV2]) => withV2) ? " (or Zowe CLI 7.17 or later with ZOWE_V3_ERR_FORMAT=true)" : "";
    const range = low > high ? "Zowe CLI 8" : high === 99 ? `Zowe CLI 8.${low} or later` : `Zowe CLI 8.${low} to 8.${high}`;
    return `${range}${v2}`;
}

/** The error text Zowe CLI v3 (8.x) prints: `Unable to perform this operation…`, `Response From Service`, `Diagnostic Information`. */
export const CLI_TEXT_V3: IEvidenceFormat = {
    id: "zowe-cli-v3-text",
    label: "Zowe CLI v3 error text",
    detect: (text) => (HEADER.test(text) ? 0.9 : SECTION.test(text) ? 0.7 : 0),
    read: (text, context) => splitBlocks(text, HEADER).reverse().slice(0, context.limit).map((block) => ({
        call: readErrorBlock(block, {
            format: { id: CLI_TEXT_V3.id, label: CLI_TEXT_V3.label, versions: v3Versions(block) },
            kind: "stderr-text", client: "zowe-cli", body: section(block, "Response From Service") ?? null
        }, context.name, context.includePayload),
        environmentValues: []
    }))
};
