/**
 * Bursts: the same failure logged again and again in a short time (IFailedCall.repeats), from a script or loop that
 * retries, Zowe Explorer retrying after a credential prompt, or a user who clicks again. For a refused logon a burst
 * is the most urgent fact of all: RACF, ACF2 and Top Secret revoke a user ID after a few wrong passwords, so the
 * retries themselves lock the user out. The caution then comes first and stopping the retries is step 1.
 */
import type { IKnowledgeEntry } from "./doc/IKnowledgeEntry";

/** A run of this many of the same failure is a burst: sites often revoke on the third wrong password (SETROPTS PASSWORD(REVOKE(2))). */
export const BURST_COUNT = 3;

/** The words of z/OS security products and of z/OSMF that say a logon was refused for the user ID or its password. */
const LOGON_REFUSALS = [
    "IRR012I", "IRR013I", "IRR014I", "IRR016I", "IRR017I", "IKJ56421I",
    "LOGON\\/JOB INITIATION - INVALID PASSWORD", "LOGON\\/JOB INITIATION - REVOKED USER", "EMVSSAFEXTRERR"
];

export const RETRY_BURSTS: readonly IKnowledgeEntry[] = [
    {
        id: "rule-logon-refused-burst",
        kind: "rule",
        // 401 and 403 with a password (or an unknown kind); a bad token revokes no user ID. Any refusal the security product names.
        when: [
            { status: [401, 403], authKind: ["basic", "unknown"], repeatedAtLeast: BURST_COUNT },
            { textMatches: LOGON_REFUSALS, repeatedAtLeast: BURST_COUNT }
        ],
        priority: 600,
        advice: {
            summary:
                "The same refused logon was logged again and again in a short time: something retries it, and every attempt " +
                "counts toward revoking the user ID.",
            causes: [
                "A script, a loop, a scheduled job or a pipeline retries the call with the same wrong or expired password.",
                "Zowe Explorer retried after a credential prompt, or the same action was started again and again."
            ],
            nextSteps: [
                "Stop the script that retries (or the loop, scheduled job or pipeline that runs the command, or close the Zowe " +
                "Explorer action) before anything else: each further attempt with the wrong password counts toward the revoke.",
                "Check once, by hand, whether the user ID still logs on (a TSO logon, which also asks for a new password if the " +
                "old one expired); if it is revoked, ask the security administrator to resume it.",
                "Correct the password where the retrying process reads it, and run the command once by hand before the script again."
            ],
            cautionFirst: true,
            cautionTags: ["password"],
            cautionTopic: "no-retry",
            caution:
                "A burst of refused logons: RACF, ACF2 and Top Secret revoke a z/OS user ID after a small number of wrong " +
                "passwords (each site sets the limit), and only a security administrator can resume it. Stop whatever retries " +
                "before you change anything else; a revoked user ID also fails every other client and job that uses it."
        },
        source: {
            title: "z/OS Security Server RACF Security Administrator's Guide: Extending password and user ID processing (PASSWORD option, REVOKE)",
            url: "https://www.ibm.com/support/knowledgecenter/SSLTBW_2.3.0/com.ibm.zos.v2r3.icha700/setrpw.htm"
        }
    }
];
