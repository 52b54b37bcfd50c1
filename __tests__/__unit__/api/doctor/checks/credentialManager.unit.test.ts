import { credentialManagerCheck } from "../../../../../src/api/doctor/checks/credentialManager";
import { doctorFacts } from "../../../../__helpers__/doctorFacts";
import type { ICredentialManagerFacts } from "../../../../../src";

const withManager = (credentialManager: ICredentialManagerFacts, env: NodeJS.ProcessEnv = {}) => {
    const facts = doctorFacts({ env });
    return { ...facts, runtime: { ...facts.runtime, credentialManager } };
};

describe("credential-manager", () => {
    it("is ok when it loaded and the vault was read", () => {
        expect(credentialManagerCheck.run(doctorFacts()).state).toBe("ok");
    });
    it("fails on Linux without a keyring, and says how Zowe falls back", () => {
        const outcome = credentialManagerCheck.run(withManager({ state: "loaded", override: "@zowe/cli", vaultLoadFailed: true }));
        expect(outcome.state).toBe("fail");
        expect(outcome.finding).toContain("No D-Bus session bus");
        expect(outcome.finding).toContain("it prompts for them");
    });
    it("fails when the keyring module is missing, with the reinstall", () => {
        const outcome = credentialManagerCheck.run(withManager({ state: "failed", override: null, vaultLoadFailed: true,
            problem: "Failed to load Keytar module: Cannot find module '@zowe/secrets-for-zowe-sdk'" }));
        expect(outcome).toMatchObject({ state: "fail", fix: expect.stringContaining("npm install -g @zowe/cli@zowe-v3-lts") });
    });
    it("warns when it is turned off, and skips outside the CLI", () => {
        expect(credentialManagerCheck.run(withManager({ state: "disabled", override: false, vaultLoadFailed: null })).state).toBe("warn");
        expect(credentialManagerCheck.run(withManager({ state: "unknown", override: null, vaultLoadFailed: null })).state).toBe("skip");
    });
});
