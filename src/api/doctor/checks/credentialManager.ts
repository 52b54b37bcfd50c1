import type { IDoctorCheck, IDoctorFacts } from "../doc/IDoctor";
import { DOCS } from "../docLinks";

/** On Linux the vault is the Secret Service, reached over the D-Bus session bus: without one, no keyring answers. */
function linuxKeyringHint(facts: IDoctorFacts): string {
    return facts.platform === "linux" && (facts.env.DBUS_SESSION_BUS_ADDRESS ?? "") === "" ?
        " No D-Bus session bus is set (DBUS_SESSION_BUS_ADDRESS), so no Secret Service keyring (gnome-keyring) can answer on this Linux session." :
        "";
}

/** imperative's credential manager loads, and could read the vault in this run. */
export const credentialManagerCheck: IDoctorCheck = {
    id: "credential-manager",
    title: "The credential manager loads",
    docs: DOCS.headlessLinux,
    run(facts) {
        const manager = facts.runtime.credentialManager;
        const fallback = "Zowe then cannot keep secure properties: it prompts for them, or takes them from the command line, " +
            "ZOWE_OPT_* variables or plain-text properties.";
        if (manager.state === "unknown") {
            return { state: "skip", finding: "Not run inside Zowe CLI: imperative's credential manager is not known." };
        }
        if (manager.state === "disabled") {
            return {
                state: "warn", finding: `Disabled: overrides.CredentialManager is false in ${facts.cliHome}/settings/imperative.json. ${fallback}`,
                fix: `Set "CredentialManager": "@zowe/cli" under "overrides" in ${facts.cliHome}/settings/imperative.json to use the OS vault again.`
            };
        }
        const who = manager.override == null || manager.override === "@zowe/cli" ? "Zowe's default credential manager" :
            `the credential manager of ${manager.override}`;
        if (manager.state === "failed") {
            const moduleMissing = /cannot find module/i.test(manager.problem ?? "");
            return {
                state: "fail",
                finding: `${who} did not load: ${manager.problem ?? "no reason given"}.${moduleMissing ? "" : linuxKeyringHint(facts)} ${fallback}`,
                fix: moduleMissing || facts.platform !== "linux" ?
                    "Reinstall Zowe CLI (npm install -g @zowe/cli@zowe-v3-lts) so that its keyring module (@zowe/secrets-for-zowe-sdk) is " +
                        "installed for this system." :
                    "Install and unlock a Secret Service keyring (gnome-keyring) in a D-Bus session, as the Zowe documentation for headless " +
                        "Linux describes; " +
                    "or set \"CredentialManager\": false under \"overrides\" in settings/imperative.json and keep secrets out of files."
            };
        }
        if (manager.vaultLoadFailed === true) {
            return {
                state: "fail", finding: `${who} loaded, but imperative could not read the vault in this run.${linuxKeyringHint(facts)} ${fallback}`,
                fix: facts.platform === "linux" ? "Start and unlock the keyring in this session (see the Zowe documentation for headless Linux)." :
                    "Unlock the OS credential store (Keychain, Windows Credential Manager) for this user, then run the command again."
            };
        }
        return { state: "ok", finding: `${who} loaded and imperative read the vault in this run.` };
    }
};
