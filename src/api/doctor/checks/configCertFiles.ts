import * as fs from "fs";
import * as path from "path";
import type { IDoctorCheck } from "../doc/IDoctor";
import { DOCS } from "../docLinks";
import { effectiveProfile, layerOption, profilesInScope, propertyPath } from "../profileScope";

/** The client certificate properties that name files. */
const FILE_PROPERTIES = ["certFile", "certKeyFile"];

function unreadable(file: string): string | null {
    try {
        if (!fs.statSync(file).isFile()) {
            return "is not a file";
        }
        fs.accessSync(file, fs.constants.R_OK);
        return null;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : "cannot be read";
    }
}

/** `certFile` and `certKeyFile` name files that exist and can be read. */
export const configCertFilesCheck: IDoctorCheck = {
    id: "config-cert-files",
    title: "Client certificate files can be read",
    docs: DOCS.teamConfig,
    run(facts) {
        const named = profilesInScope(facts).map((profile) => effectiveProfile(facts.config, profile)).flatMap((effective) =>
            FILE_PROPERTIES.filter((property) => typeof effective.properties[property] === "string" &&
                (effective.properties[property] as string).length > 0)
                .map((property) => ({ effective, property, file: path.resolve(effective.properties[property] as string) })));
        if (named.length === 0) {
            return { state: "skip", finding: "No profile names a client certificate (certFile, certKeyFile)." };
        }
        const bad = named.map((entry) => ({ ...entry, problem: unreadable(entry.file) })).filter((entry) => entry.problem != null);
        if (bad.length === 0) {
            return { state: "ok", finding: named.map(({ effective, property, file }) =>
                `${effective.profile.name} ${property} ${file}`).join(", ") + ": readable." };
        }
        return {
            state: "fail",
            finding: bad.map(({ effective, property, file, problem }) => `${effective.profile.name}: ${property} ${file} ${problem}`).join("; ") +
                ".",
            fix: bad.map(({ effective, property }) => `zowe config set ${propertyPath(effective.profile, property)} <path to the PEM file>` +
                layerOption(facts.config, effective.profile.file)).join(" && ")
        };
    }
};
