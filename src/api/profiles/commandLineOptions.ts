/**
 * The options of a logged Zowe command line. imperative logs argv joined by spaces (quoting lost) and masks secret
 * values as `****`, so an option's value is the next word, or the part after `=`.
 */

/** One option as typed: its name with dashes (`--port`, `-P`) and its value (`true` for a flag given alone). */
export interface ITypedOption {
    option: string;
    value: string;
}

/** A word that starts an option: `--name`, `-x`; a negative number is a value, not an option. */
const OPTION_WORD = /^--?[A-Za-z][\w-]{0,63}(?:=|$)/;

/**
 * The options of a command line, in the order typed; an option given twice appears twice (the last one wins in yargs).
 * @param command the command line as logged (`zowe zos-files list data-set HLQ.* --port 443 --protocol=https`)
 * @returns the options, with their values
 */
export function commandLineOptions(command: string): ITypedOption[] {
    const words = command.split(" ").filter((word) => word.length > 0);
    const options: ITypedOption[] = [];
    for (let index = 0; index < words.length; index++) {
        const word = words[index];
        if (!OPTION_WORD.test(word)) {
            continue;
        }
        const equals = word.indexOf("=");
        if (equals > 0) {
            options.push({ option: word.slice(0, equals), value: word.slice(equals + 1) });
        } else if (index + 1 < words.length && !OPTION_WORD.test(words[index + 1])) {
            options.push({ option: word, value: words[index + 1] });
            index++;
        } else {
            options.push({ option: word, value: "true" });
        }
    }
    return options;
}

/**
 * The last of these options that a command line gives, as yargs takes it.
 * @param options the options of the command line (commandLineOptions)
 * @param names the option's names and aliases (`--port`, `-P`)
 * @returns the option as typed, or undefined
 */
export function givenOption(options: readonly ITypedOption[], names: readonly string[]): ITypedOption | undefined {
    return [...options].reverse().find((typed) => names.includes(typed.option));
}
