import type { IDoctorCheck } from "../doc/IDoctor";
import { DOCS } from "../docLinks";
import { layerOption, profilesInScope } from "../profileScope";

/** A password, token or passphrase written in plain text in a config file. */
export const plainTextSecretsCheck: IDoctorCheck = {
    id: "plain-text-secrets",
    title: "No secret in plain text",
    docs: DOCS.teamConfig,
    run(facts) {
        const base = facts.config.defaults.base;
        const names = new Set([...profilesInScope(facts).map((profile) => profile.name), ...(facts.profile != null && base != null ? [base] : [])]);
        const plain = facts.config.profiles.filter((profile) => facts.profile == null || names.has(profile.name))
            .flatMap((profile) => profile.plainIn.map((entry) => ({ profile, ...entry })));
        if (plain.length === 0) {
            return { state: "ok", finding: "No password, token or passphrase is written in plain text in a config file." };
        }
        return {
            state: "warn",
            finding: plain.map(({ profile, file, names: properties }) =>
                `${file}: ${properties.map((name) => `${profile.jsonPath}.properties.${name}`).join(", ")}`)
                .join("; ") + " in plain text (the value is not shown): anyone who can read the file, or a copy of it, has it.",
            fix: plain.flatMap(({ profile, file, names: properties }) => properties.map((name) =>
                `zowe config set ${profile.jsonPath}.properties.${name} --secure${layerOption(facts.config, file)}`)).join(" && ") +
                " (each prompts for the value and moves it into the vault)"
        };
    }
};
