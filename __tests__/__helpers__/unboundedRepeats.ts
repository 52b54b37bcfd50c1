import { RegExpParser, visitRegExpAST } from "@eslint-community/regexpp";

/**
 * The unbounded repeats (`*`, `+`, `{n,}`) of a pattern that knowledge data holds as a string. Evidence from anywhere
 * reaches these patterns, and neither the linter (they are strings) nor a reviewer can see every risk: a pattern
 * without unbounded repeats does bounded work per match attempt.
 * @param pattern - the pattern's source
 * @returns the raw text of each unbounded repeat; empty when there is none
 */
export function unboundedRepeats(pattern: string): string[] {
    const unbounded: string[] = [];
    visitRegExpAST(new RegExpParser().parsePattern(pattern), {
        onQuantifierEnter: (node) => {
            if (node.max === Infinity) {
                unbounded.push(node.raw);
            }
        }
    });
    return unbounded;
}
