/** Patterns held as strings in knowledge data, compiled once each: case-insensitive, without state (no g or y flag). */
const compiled = new Map<string, RegExp>();

/**
 * The RegExp of a pattern that knowledge data holds as a string (conditions, service signs, service fields).
 * The patterns are data, out of the linter's sight: the knowledge tests prove that every built-in one has only bounded
 * repeats, so each test runs in linear time whatever evidence reaches it.
 * @param source - the pattern's source
 * @returns the compiled pattern, case-insensitive
 */
export function dataPattern(source: string): RegExp {
    let regex = compiled.get(source);
    if (regex == null) {
        regex = new RegExp(source, "i");
        compiled.set(source, regex);
    }
    return regex;
}
