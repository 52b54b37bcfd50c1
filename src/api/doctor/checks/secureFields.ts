import type { IDoctorCheck } from "../doc/IDoctor";
import { DOCS } from "../docLinks";
import { layerOption, profilesInScope } from "../profileScope";

/** The secure properties the config names are in the vault (presence only, as imperative loaded them; never a value). */
export const secureFieldsCheck: IDoctorCheck = {
    id: "secure-fields",
    title: "Secure properties are in the vault",
    docs: DOCS.teamConfig,
    run(facts) {
        const scope = new Set(profilesInScope(facts).flatMap((profile) => {
            const base = facts.config.defaults.base;
            return [profile.jsonPath, ...(base == null ? [] : facts.config.profiles.filter((candidate) => candidate.name === base).map((found) =>
                found.jsonPath))];
        }));
        const inScope = (property: string): boolean => facts.profile == null || [...scope].some((jsonPath) =>
            property.startsWith(`${jsonPath}.properties.`));
        const declared = Object.entries(facts.config.secureDeclared).map(([file, paths]) => ({ file, paths: paths.filter(inScope) }))
            .filter((entry) => entry.paths.length > 0);
        const count = declared.reduce((total, entry) => total + entry.paths.length, 0);
        if (count === 0) {
            return { state: "skip", finding: "The config names no secure property." };
        }
        const { vault } = facts.runtime;
        if (!vault.read) {
            return { state: "skip",
                finding: `${count} secure propert${count === 1 ? "y is" : "ies are"} named; imperative did not read the vault in this run ` +
                "(see credential-manager), so their presence is not known." };
        }
        const missing = declared.map((entry) => ({ ...entry, paths: entry.paths.filter((property) => !(vault.present[entry.file] ??
            []).includes(property)) }))
            .filter((entry) => entry.paths.length > 0);
        if (missing.length === 0) {
            return { state: "ok",
                finding: `${count} secure propert${count === 1 ? "y is" : "ies are"} in the vault (presence checked, no value read).` };
        }
        return {
            state: "warn",
            finding: missing.map((entry) => `${entry.paths.join(", ")} (${entry.file})`).join("; ") +
                ": named secure but not in the vault, so each command " +
                "prompts for it, and Zowe Explorer or a script without a terminal fails.",
            fix: missing.map((entry) => `zowe config secure${layerOption(facts.config, entry.file)}`).join(" && ")
        };
    }
};
