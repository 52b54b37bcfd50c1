/**
 * Quote a word for a POSIX shell, so that nothing in it ($(), backticks, `<`) is run or redirected.
 * @param word - the word as it is meant
 * @returns the word in single quotes
 */
export function shellQuote(word: string): string {
    return `'${word.replace(/'/g, "'\\''")}'`;
}
