/** Doctor facts for unit tests: a healthy machine, each test changing the one fact its check reads. */
import * as os from "os";
import type { IConfigProfileFacts, IDoctorFacts } from "../../src";

/** A profile of the config facts, in the global config file. */
export function profile(name: string, type: string | null, properties: Record<string, unknown> = {},
    extra: Partial<IConfigProfileFacts> = {}): IConfigProfileFacts {
    return { name, jsonPath: `profiles.${name.split(".").join(".profiles.")}`, type, file: "/home/u/.zowe/zowe.config.json", properties, secure: [],
        plainIn: [], ...extra };
}

/** Healthy facts: Zowe CLI 8 with its imperative, a base profile with the host, a zosmf profile, nothing wrong. */
export function doctorFacts(change: Partial<IDoctorFacts> = {}): IDoctorFacts {
    return {
        // A folder that exists and can be written, for the logs-folder check.
        cliHome: os.tmpdir(),
        userHome: "/home/u",
        platform: "linux",
        env: {},
        runtime: {
            zoweCli: "8.37.1", imperativeDeclared: "8.37.1", imperative: "8.37.1", node: "v22.11.0", nodeProblem: null, daemon: false,
            credentialManager: { state: "loaded", override: "@zowe/cli", vaultLoadFailed: false },
            vault: { read: true, present: {} }
        },
        config: {
            exists: true,
            layers: [{ path: "/home/u/.zowe/zowe.config.json", exists: true, scope: "global", user: false }],
            profiles: [profile("lpar1", "zosmf", { port: 443 }), profile("base", "base", { host: "mf.example.com", rejectUnauthorized: true })],
            defaults: { zosmf: "lpar1", base: "base" },
            secureDeclared: {}
        },
        plugins: [],
        tokens: [],
        proxies: [],
        explorer: { installed: [], logs: [], loggerLevels: [] },
        site: { entries: [], files: [], problems: [] },
        ...change
    };
}

/** The same facts with the config changed. */
export function withConfig(change: Partial<IDoctorFacts["config"]>, more: Partial<IDoctorFacts> = {}): IDoctorFacts {
    const facts = doctorFacts(more);
    return { ...facts, config: { ...facts.config, ...change } };
}
