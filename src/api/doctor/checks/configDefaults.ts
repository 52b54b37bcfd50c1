import type { IDoctorCheck } from "../doc/IDoctor";
import { DOCS } from "../docLinks";
import { shellWord } from "../../diagnose/shellQuote";
import { layerOption } from "../profileScope";

/** Every `defaults` entry names a profile that exists, of that type. */
export const configDefaultsCheck: IDoctorCheck = {
    id: "config-defaults",
    title: "Default profiles exist",
    docs: DOCS.teamConfig,
    run({ config }) {
        const entries = Object.entries(config.defaults);
        if (!config.exists || entries.length === 0) {
            return { state: "skip", finding: config.exists ? "The team configuration sets no defaults." : "No team configuration." };
        }
        const broken = entries.flatMap(([type, name]) => {
            const profile = config.profiles.find((candidate) => candidate.name === name);
            if (profile == null) {
                return [{ type, name, problem: `defaults.${type} names "${name}", which no config file holds` }];
            }
            return profile.type != null && profile.type !== type ?
                [{ type, name, problem: `defaults.${type} names "${name}", a ${profile.type} profile` }] : [];
        });
        if (broken.length === 0) {
            return { state: "ok", finding: entries.map(([type, name]) => `${type}: ${name}`).join(", ") + "." };
        }
        const fixFor = ({ type }: { type: string }): string => {
            const candidate = config.profiles.find((profile) => profile.type === type);
            // With no profile of that type, the placeholder stays bare: quoted, it would read as a name.
            return candidate == null ? `zowe config set defaults.${type} <a ${type} profile> (or create one: zowe config init --global-config)` :
                `zowe config set defaults.${type} ${shellWord(candidate.name)}${layerOption(config, candidate.file)}`;
        };
        return {
            state: "fail",
            finding: `${broken.map((entry) => entry.problem).join("; ")}: commands that use the default ` +
                `${broken.map((entry) => entry.type).join(", ")} ` +
                "profile find no connection values.",
            fix: broken.map(fixFor).join(" && ")
        };
    }
};
