import type { IDoctorCheck } from "../doc/IDoctor";
import { DOCS } from "../docLinks";
import { effectiveProfile, layerOption, profilesInScope, propertyPath } from "../profileScope";

/** Ports that by convention serve plain HTTP, and the one that serves HTTPS. */
const HTTP_PORTS = new Set([80, 8080]);
const HTTPS_PORT = 443;

/** Protocol and port that contradict each other: https on 80 or 8080, http on 443. */
export const configProtocolPortCheck: IDoctorCheck = {
    id: "config-protocol-port",
    title: "Protocol fits the port",
    docs: DOCS.teamConfig,
    run(facts) {
        const profiles = profilesInScope(facts).map((profile) => effectiveProfile(facts.config, profile))
            .filter((effective) => effective.port != null && (effective.profile.type === "zosmf" || effective.properties.protocol != null));
        if (profiles.length === 0) {
            return { state: "skip", finding: "No profile with a protocol and port to compare." };
        }
        const odd = profiles.filter((effective) => (effective.protocol === "https" && HTTP_PORTS.has(effective.port as number)) ||
            (effective.protocol === "http" && effective.port === HTTPS_PORT));
        if (odd.length === 0) {
            return { state: "ok", finding: profiles.map((effective) =>
                `${effective.profile.name} ${effective.protocol}:${effective.port}`).join(", ") + "." };
        }
        return {
            state: "warn",
            finding: odd.map((effective) => `${effective.profile.name} uses ${effective.protocol} on port ${effective.port}` +
                (effective.properties.protocol == null ? " (https is the default)" : "")).join("; ") +
                ": a TLS handshake with a plain-HTTP port (or plain HTTP to a TLS port) fails or hangs.",
            fix: odd.map((effective) =>
                `zowe config set ${propertyPath(effective.profile, "protocol")} ${effective.protocol === "https" ? "http" : "https"}` +
                `${layerOption(facts.config, effective.profile.file)} (or correct the port)`).join(" && ")
        };
    }
};
