import { shellWord } from "../diagnose/shellQuote";

/**
 * The command that sets an environment variable in the user's shell: `export NAME=value` (POSIX), `set NAME=value`
 * (Windows' cmd).
 */
export function setVariableCommand(platform: NodeJS.Platform, name: string, value: string): string {
    return platform === "win32" ? `set ${name}=${value}` : `export ${name}=${value.startsWith("\"") ? value : shellWord(value)}`;
}

/** The command that removes an environment variable: `unset NAME` (POSIX), `set NAME=` (Windows' cmd). */
export function unsetVariableCommand(platform: NodeJS.Platform, name: string): string {
    return platform === "win32" ? `set ${name}=` : `unset ${name}`;
}
