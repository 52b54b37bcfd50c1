import type { IDoctorCheck } from "../doc/IDoctor";
import { DOCS } from "../docLinks";
import { effectiveProfile, isServiceProfile, layerOption, profilesInScope, propertyPath } from "../profileScope";

/** Every service profile has a host and a port once the default base profile is merged in. */
export const configConnectionCheck: IDoctorCheck = {
    id: "config-connection",
    title: "Service profiles have a host and port",
    docs: DOCS.teamConfig,
    run(facts) {
        const { config } = facts;
        const profiles = profilesInScope(facts).filter(isServiceProfile);
        if (profiles.length === 0) {
            return { state: "skip", finding: "No service profile to check." };
        }
        const inactiveBase = config.profiles.find((profile) => profile.type === "base" && profile.name !== config.defaults.base &&
            typeof profile.properties.host === "string" && profile.properties.host.trim().length > 0);
        const problems = profiles.map((profile) => effectiveProfile(config, profile)).flatMap((effective) => {
            const missing = [effective.host == null ? "host" : null, effective.port == null ? "port" : null].filter((name): name is string =>
                name != null);
            return missing.length === 0 ? [] : [{ effective, missing }];
        });
        if (problems.length === 0) {
            return { state: "ok", finding: `${profiles.length} service profile(s) have a host and port.` };
        }
        const blank = (name: string, value: unknown): string => value === "" || (typeof value === "string" && value.trim() === "") ?
            `${name} is blank` : `no ${name}`;
        return {
            state: "fail",
            finding: problems.map(({ effective, missing }) => `${effective.profile.name} (${effective.profile.type}, ${effective.profile.file}): ` +
                missing.map((name) => blank(name, effective.properties[name])).join(" and ")).join("; ") +
                (config.defaults.base == null && inactiveBase != null ?
                    `; base profile "${inactiveBase.name}" has a host but defaults.base does not name it, so no profile takes it` : ""),
            fix: problems.flatMap(({ effective, missing }) => missing.map((name) =>
                `zowe config set ${propertyPath(effective.profile, name)} ` +
                    `${name === "host" ? "<host>" : "<port>"}${layerOption(config, effective.profile.file)}`))
                .concat(config.defaults.base == null && inactiveBase != null ?
                    [`zowe config set defaults.base ${inactiveBase.name}${layerOption(config, inactiveBase.file)}`] : []).join(" && ")
        };
    }
};
