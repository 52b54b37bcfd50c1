import type { IDoctorCheck } from "../doc/IDoctor";
import { DOCS } from "../docLinks";
import { effectiveProfile, layerOption, nextProfileOf } from "../profileScope";
import { shellWord } from "../../diagnose/shellQuote";

/** The team configuration files in effect, and the profile the next z/OSMF command would use. */
export const configProfileCheck: IDoctorCheck = {
    id: "config-profile",
    title: "Team configuration and the profile in use",
    docs: DOCS.teamConfig,
    run(facts) {
        const { config } = facts;
        if (config.problem != null) {
            return { state: "fail", finding: `imperative could not load the team configuration: ${config.problem}`,
                fix: "Correct the file and line the message names, then run zowe config list to see that it loads." };
        }
        const files = config.layers.filter((layer) => layer.exists).map((layer) => `${layer.path} (${layer.scope}${layer.user ? " user" : ""})`);
        if (!config.exists) {
            return { state: "warn",
                finding: `No team configuration: none of ${config.layers.map((layer) => layer.path).join(", ") || "the config files"} exists.`,
                fix: "zowe config init --global-config" };
        }
        const next = nextProfileOf(facts);
        const profile = next == null ? undefined : config.profiles.find((candidate) => candidate.name === next.name);
        const zosmf = config.profiles.find((candidate) => candidate.type === "zosmf");
        if (next != null && profile == null) {
            // A default that names nothing is config-defaults' failure: here it is only what the next command meets.
            return {
                state: facts.profile != null ? "fail" : "warn",
                finding: `${next.by} names the profile "${next.name}", which no config file holds. Files: ${files.join(", ")}.`,
                fix: facts.profile != null ? `Name one of: ${config.profiles.map((candidate) => candidate.name).join(", ") || "(no profile)"}.` :
                    `zowe config set defaults.zosmf ${shellWord(zosmf?.name ?? "<profile>")}${layerOption(config, zosmf?.file ?? null)}`
            };
        }
        const used = profile == null ? "no z/OSMF profile (defaults.zosmf is not set): z/OSMF commands need --host and the other options" :
            (() => {
                const effective = effectiveProfile(config, profile);
                const fromBase = effective.hostFrom != null && effective.hostFrom !== profile.name ?
                    ` from base profile "${effective.hostFrom}"` : "";
                return `the next z/OSMF command uses profile "${profile.name}" (${next?.by}, in ${profile.file}), ` +
                    `host ${effective.host ?? "not set"}${fromBase}, ` +
                    `port ${effective.port ?? "not set"}${effective.portDefaulted ? " (default)" : ""}`;
            })();
        return { state: "ok", finding: `Files: ${files.join(", ")}; ${used}.` };
    }
};
