/**
 * Quote a word for a POSIX shell, so that nothing in it ($(), backticks, `<`) is run or redirected.
 * @param word - the word as it is meant
 * @returns the word in single quotes
 */
export function shellQuote(word: string): string {
    return `'${word.replace(/'/g, "'\\''")}'`;
}

/**
 * A word for a suggested command: as it is when plain (letters, digits and `_ . @ / : , = + -`, which no shell
 * expands), single-quoted otherwise (so $() or backticks in a profile or plug-in name run nothing).
 * @param word - the word as it is meant
 * @returns the word, quoted when it is not plain
 */
export function shellWord(word: string): string {
    return /^[\w.@/:,=+-]+$/.test(word) ? word : shellQuote(word);
}
