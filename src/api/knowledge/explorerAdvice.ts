/**
 * What to do differs in Zowe Explorer: credentials are updated and API ML logins made from the profile's menu, a
 * 401 locks the profile, rejectUnauthorized lives in the profile (zowe.config.json, "Reject Unauthorized" in the
 * profile editor), the log level is the `zowe.logger` setting, and Explorer 3's file-system paths log a failure as
 * one message line without the SDK error. These entries apply to failures Zowe Explorer logged (`client`), on top of
 * the knowledge of the failure itself.
 *
 * Facts: Zowe Explorer's source (AuthUtils.errorHandling, AuthHandler's profile lock and authentication prompt,
 * ZoweLogger, BaseProvider._handleError, the `zowe.logger` and `zowe.files.logsFolder.path` settings of its
 * package.json) and the Zowe Docs troubleshooting page for Zowe Explorer, as collected in the project's research
 * notes (explorer-and-formats.md §1–§3). The wording is our own.
 */
import type { IKnowledgeEntry } from "./doc/IKnowledgeEntry";

const ZE_REPO = "https://github.com/zowe/zowe-explorer-vscode/blob/main/packages";
const AUTH_UTILS = { title: "Zowe Explorer source: AuthUtils.errorHandling", url: `${ZE_REPO}/zowe-explorer/src/utils/AuthUtils.ts` };
const TROUBLESHOOT = { title: "Zowe Docs: Troubleshooting Zowe Explorer", url: "https://docs.zowe.org/stable/troubleshoot/ze/troubleshoot-ze" };

/** The format id a reader gives an Explorer ERROR event that holds only a message line, no SDK error dump. */
export const EXPLORER_MESSAGE_ONLY_FORMAT = "zowe-explorer-log-message";

export const EXPLORER_ADVICE: readonly IKnowledgeEntry[] = [
    {
        id: "explorer-401-credentials",
        kind: "rule",
        when: { client: ["zowe-explorer"], source: ["http"], status: [401], authKind: ["basic", "unknown"] },
        priority: 150,
        advice: {
            summary: "Zowe Explorer's user ID and password were refused; Explorer now locks the profile (its trees stop calling " +
                "the server) until you update the credentials, so retrying from the tree does nothing until then.",
            verdict: "authentication",
            causes: [
                "The password stored for the profile (in the secure vault, or in zowe.config.json) is wrong or expired.",
                "The user ID is revoked after too many failed attempts, perhaps by Explorer and Zowe CLI retrying with the old password."
            ],
            nextSteps: [
                "Check the password once by hand (a TSO or z/OSMF web logon): wrong, expired (you are asked for a new one) or revoked.",
                "In Zowe Explorer, answer the \"Update Credentials\" prompt, or right-click the profile in the tree and choose " +
                "Manage Profile > Update Credentials (Explorer 2: Update Profile); this also unlocks the profile.",
                "Zowe CLI shares the same zowe.config.json and vault: the new password serves both."
            ],
            resources: [{ href: TROUBLESHOOT.url, title: TROUBLESHOOT.title }]
        },
        source: AUTH_UTILS
    },
    {
        id: "explorer-401-token",
        kind: "rule",
        when: { client: ["zowe-explorer"], source: ["http"], status: [401], authKind: ["token", "apiml-token-without-base-path"] },
        priority: 150,
        advice: {
            summary: "Zowe Explorer's token was refused (expired, logged out, or from another server); Explorer locks the " +
                "profile until you log in again.",
            verdict: "authentication",
            causes: [
                "The API ML (or z/OSMF) token stored for the base profile has expired.",
                "The profile points at a server other than the one that issued the token."
            ],
            nextSteps: [
                "In Zowe Explorer, answer the \"Log in to Authentication Service\" prompt, or right-click the profile and choose " +
                "Manage Profile > Log in to Authentication Service; this stores a new token and unlocks the profile.",
                "If the login itself fails with 401, check the password once by hand before trying again.",
                { text: "Zowe CLI shares the token: zowe auth login apiml gives the same result from a terminal.", tags: ["apiml"] }
            ],
            resources: [{ href: TROUBLESHOOT.url, title: TROUBLESHOOT.title }]
        },
        source: AUTH_UTILS
    },
    {
        id: "explorer-reject-unauthorized",
        kind: "rule",
        when: {
            client: ["zowe-explorer"], source: ["client", "timeout", "other"],
            code: ["DEPTH_ZERO_SELF_SIGNED_CERT", "SELF_SIGNED_CERT_IN_CHAIN", "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
                "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID", "ERR_TLS_CERT_ALTNAME_INVALID"]
        },
        priority: 90,
        advice: {
            summary: "Zowe Explorer checks the server's certificate as the profile says: rejectUnauthorized in zowe.config.json.",
            causes: [
                "The profile Explorer used has rejectUnauthorized true (the default) and this machine does not trust the server's certificate."
            ],
            nextSteps: [
                "In Zowe Explorer the setting is the profile's: rejectUnauthorized in zowe.config.json, or \"Reject Unauthorized\" " +
                "in the profile editor (right-click the profile > Manage Profile > Edit Profile). Prefer trusting the site's CA " +
                "(NODE_EXTRA_CA_CERTS set before VS Code starts) to turning the check off.",
                "Reload the VS Code window after changing it, so Explorer reads the profile again."
            ]
        },
        source: {
            title: "Zowe Explorer source: ZoweVsCodeExtension profile session",
            url: `${ZE_REPO}/zowe-explorer-api/src/vscode/ZoweVsCodeExtension.ts`
        }
    },
    {
        id: "explorer-message-only",
        kind: "rule",
        when: { client: ["zowe-explorer"], format: [EXPLORER_MESSAGE_ONLY_FORMAT] },
        priority: 80,
        advice: {
            summary: "Zowe Explorer logged only the error's message for this failure, without the SDK error's details.",
            causes: [
                "Zowe Explorer 3 logs failures of its file-system paths (opening, saving, listing through zowe-ds:/ and zowe-uss:/) " +
                "as one message line; the request, host, port and server reply are not in the log."
            ],
            nextSteps: [
                "To capture the whole error, repeat the action from the tree (right-click > Show Data Sets, Pull from Mainframe) " +
                "whose failures Explorer logs with details, or run the same request with Zowe CLI and then zowe http-status last-error.",
                "Or click \"Troubleshoot\" on Explorer's error notification and use \"Copy details\", then give the text to " +
                "zowe http-status last-error -."
            ]
        },
        source: { title: "Zowe Explorer source: BaseProvider._handleError", url: `${ZE_REPO}/zowe-explorer-api/src/fs/BaseProvider.ts` }
    }
];

/** `zowe.logger` levels at which Zowe Explorer writes no ERROR events. */
export const EXPLORER_HIDING_LEVELS = ["FATAL", "OFF"];

/**
 * The note for a `zowe.logger` setting that hides errors.
 * @param editor - the editor whose settings set it
 * @param level - the level set
 * @param settingsFile - the settings.json that sets it
 * @returns the note
 */
export function explorerLoggerNote(editor: string, level: string, settingsFile: string): string {
    return `zowe.logger is ${level} in ${settingsFile} (${editor}), so Zowe Explorer writes no errors to its log: a failure ` +
        "it shows is not logged. Set it to INFO or lower (Settings > Zowe Explorer > Logger, or \"zowe.logger\": \"INFO\"), " +
        "repeat the action in Explorer, then run zowe http-status last-error.";
}

/**
 * The note when no Zowe Explorer log was found.
 * @param logDir - the folder given, if one was
 * @returns the note
 */
export function noExplorerLogNote(logDir?: string): string {
    return logDir != null ? `${logDir} holds no Zowe Explorer zowe.log (nor does its logs folder).` :
        "No Zowe Explorer log was found: no zowe.vscode-extension-for-zowe-* folder with logs/zowe.log under the extension " +
        "folders of VS Code, VS Code Insiders, VSCodium, Cursor or the VS Code server, and no zowe.files.logsFolder.path " +
        "setting. Zowe Explorer 2.8+ names its log folder at the top of its Output channel (View > Output > Zowe Explorer); " +
        "give that folder with --log-dir.";
}
