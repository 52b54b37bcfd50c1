import type { IDoctorCheck } from "../doc/IDoctor";
import { DOCS } from "../docLinks";
import { effectiveProfile, layerOption, profilesInScope, propertyPath } from "../profileScope";
import { setVariableCommand } from "../shellCommands";

/** `rejectUnauthorized: false` turns certificate checking off: a warning, with the safer way to trust a site's CA. */
export const configRejectUnauthorizedCheck: IDoctorCheck = {
    id: "config-reject-unauthorized",
    title: "Certificates are checked",
    docs: DOCS.extraCaCerts,
    run(facts) {
        const profiles = profilesInScope(facts);
        if (profiles.length === 0) {
            return { state: "skip", finding: "No profile to check." };
        }
        const off = profiles.map((profile) => effectiveProfile(facts.config, profile))
            .filter((effective) => effective.properties.rejectUnauthorized === false || effective.properties.rejectUnauthorized === "false");
        if (off.length === 0) {
            return { state: "ok", finding: `${profiles.length} profile(s) check the server's certificate.` };
        }
        const owner = (name: string) => facts.config.profiles.find((profile) => profile.name === name);
        return {
            state: "warn",
            finding: `rejectUnauthorized is false for ${off.map((effective) => effective.profile.name).join(", ")}: Zowe accepts any certificate, ` +
                "so a wrong host or an intercepting proxy goes unnoticed.",
            fix: `Trust your site's CA instead: ${setVariableCommand(facts.platform, "NODE_EXTRA_CA_CERTS", "/path/to/site-ca.pem")}, then ` +
                off.map((effective) => {
                    const from = effective.profile.properties.rejectUnauthorized != null ? effective.profile : owner(facts.config.defaults.base ??
                        "") ?? effective.profile;
                    return `zowe config set ${propertyPath(from, "rejectUnauthorized")} true${layerOption(facts.config, from.file)}`;
                }).filter((command, index, all) => all.indexOf(command) === index).join(" && ")
        };
    }
};
