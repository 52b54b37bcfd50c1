import type { IDoctorCheck } from "../doc/IDoctor";
import { DOCS } from "../docLinks";
import { unsetVariableCommand } from "../shellCommands";

/** ZOWE_OPT_* variables set a command option for every command, over the profile's value (names only: values are never shown). */
export const zoweOptVariablesCheck: IDoctorCheck = {
    id: "zowe-opt-variables",
    title: "No ZOWE_OPT_ variable overrides profiles",
    docs: DOCS.environment,
    run(facts) {
        const names = Object.keys(facts.env).filter((name) => /^ZOWE_OPT_/i.test(name) && facts.env[name] != null).sort();
        if (names.length === 0) {
            return { state: "ok", finding: "No ZOWE_OPT_* variable is set." };
        }
        return {
            state: "warn",
            finding: `${names.join(", ")} ${names.length === 1 ? "is set (value not shown)" : "are set (values not shown)"}: ` +
                `${names.length === 1 ? "it overrides" : "they override"} ` +
                "the same property of every profile, so a profile change seems to have no effect.",
            fix: `${names.map((name) => unsetVariableCommand(facts.platform, name)).join(" && ")} ` +
                `(unless you meant ${names.length === 1 ? "it" : "them"})`
        };
    }
};
