import type { IZoweNextCommand } from "../knowledge/doc/IHttpStatus";
import type { IProfileFacts } from "../profiles/doc/IProfileFacts";
import { shellWord } from "./shellQuote";

/** The command groups that take a z/OSMF profile option, and the option. */
const PROFILE_OPTIONS: ReadonlyArray<{ prefix: string; type: string; option: string }> = [
    { prefix: "zowe zosmf ", type: "zosmf", option: "--zosmf-profile" },
    { prefix: "zowe zos-files ", type: "zosmf", option: "--zosmf-profile" },
    { prefix: "zowe zos-jobs ", type: "zosmf", option: "--zosmf-profile" },
    { prefix: "zowe zos-tso ", type: "zosmf", option: "--zosmf-profile" },
    { prefix: "zowe zos-console ", type: "zosmf", option: "--zosmf-profile" },
    { prefix: "zowe auth login apiml", type: "base", option: "--base-profile" },
    { prefix: "zowe auth logout apiml", type: "base", option: "--base-profile" }
];

/** The stand-in profile of the knowledge's `zowe config set` commands. */
const PLACEHOLDER_PATH = "profiles.zosmf.properties.";

/** The knowledge's asides that ask the reader to put in their own profile name. */
const NAME_ASIDES: ReadonlyArray<[RegExp, string]> = [
    [/ \((?:use your profile's name|adjust the profile name to yours)\)/, ""],
    [/ and your profile's name\)/, ")"],
    [/use your profile's name, and /, ""],
    [/; adapt the profile name and route to your configuration/, "; adapt the route to your configuration"]
];

/**
 * A command's purpose without the aside that asks the reader to put in their own profile name, once the command names it.
 * @param purpose the purpose as the knowledge writes it
 * @returns the purpose without that aside
 */
export function withoutNameAsides(purpose: string): string {
    return NAME_ASIDES.reduce((text, [aside, replacement]) => text.replace(aside, replacement), purpose);
}


/**
 * A next command made for the profile that supplied the failing values: the knowledge's stand-in
 * `profiles.zosmf.properties.…` becomes the profile's own path, commands of its type get its profile option
 * (`zowe zosmf check status --zosmf-profile lpar1`), and the aside asking for the profile's name goes.
 * @param next the command as the knowledge writes it
 * @param profile the failing profile
 * @returns the command for that profile (the same command when nothing in it names a profile)
 */
export function commandForProfile(next: IZoweNextCommand, profile: IProfileFacts): IZoweNextCommand {
    let command = next.command.replace(PLACEHOLDER_PATH, `${profile.jsonPath}.properties.`);
    const takes = PROFILE_OPTIONS.find((entry) => command.startsWith(entry.prefix) && entry.type === profile.type);
    if (takes != null && !command.includes(takes.option)) {
        command = `${command} ${takes.option} ${shellWord(profile.name)}`;
    }
    const purpose = command === next.command ? next.purpose : withoutNameAsides(next.purpose);
    return { command, purpose };
}
