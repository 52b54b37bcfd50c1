/**
 * z/OS messages that z/OSMF passes through in its error reports (`details`, `message`) and that users meet through
 * Zowe: TSO/E LOGON (IKJ…), RACF (ICH…; IRR012I, IRR014I, IRR017I from RACF's VERIFY), data management (IEC…:
 * IEC032I E37 out of space, IEC141I 013-18), with what each means for a Zowe user. Each entry names its IBM page;
 * the wording is our own. ISPF's ISRZ002 and the TSO logon failures behind a z/OSMF 500 are in zosmfReasons.ts and
 * rules.ts.
 */
import type { IKnowledgeEntry, IKnowledgeSource } from "./doc/IKnowledgeEntry";

/** RACF's VERIFY messages: why RACF refused the logon that z/OSMF started for the user (IRR012I to IRR018I). */
const RACF_VERIFY: IKnowledgeSource = {
    title: "IBM z/OS Security Server RACF Messages and Codes: VERIFY and VERIFYX messages (IRR012I, IRR014I, IRR017I)",
    url: "https://www.ibm.com/support/knowledgecenter/en/SSLTBW_2.1.0/com.ibm.zos.v2r1.icha600/ver_verx.htm"
};
const WHICH_USER = { command: "zowe config list --locations", purpose: "Check which user ID the profile sends, and from which file." };

export const ZOS_MESSAGES: readonly IKnowledgeEntry[] = [
    {
        id: "IKJ56228I",
        kind: "message-id",
        when: { messageId: ["IKJ56228I"] },
        priority: 400,
        server: "zosmf",
        text: "DATA SET %s NOT IN CATALOG OR CATALOG CAN NOT BE ACCESSED",
        source: {
            title: "zowe/zowe-cli #106: IKJ56228I DATA SET … NOT IN CATALOG in a z/OSMF 404 to an upload",
            url: "https://github.com/zowe/zowe-cli/pull/106"
        },
        advice: {
            summary: "TSO found no catalogue entry for the data set (IKJ56228I): it does not exist under that name, or its " +
                "catalogue cannot be reached.",
            verdict: "not-found",
            causes: [
                "The data set name is misspelt, lacks its high-level qualifier, or was never allocated.",
                "The data set is catalogued in a user catalogue that is not connected to this system."
            ],
            nextSteps: ["Check the name (with quotes it is taken as given), or allocate the data set first."],
            nextCommands: [{ command: "zowe zos-files list data-set \"<HLQ>.*\"", purpose: "List the data sets under the high-level qualifier." }]
        }
    },
    {
        id: "ICH408I",
        kind: "message-id",
        // ICH408I also reports logon failures (LOGON/JOB INITIATION - INVALID PASSWORD): only its access failures are this entry.
        when: { messageId: ["ICH408I"], textMatches: ["INSUFFICIENT (?:ACCESS )?AUTHORITY"] },
        priority: 400,
        server: "zosmf",
        text: "USER(%s) GROUP(%s) NAME(%s) %s CL(%s) INSUFFICIENT ACCESS AUTHORITY",
        source: { title: "IBM z/OS Security Server RACF Messages and Codes: ICH408I", url: "https://ibm.com/docs/en/SSLTBW_2.3.0/com.ibm.zos.v2r3.icha600/gk00572.htm" },
        advice: {
            summary: "RACF refused your user ID access to the resource the message names (ICH408I).",
            verdict: "authorization",
            causes: [
                "Your user ID (or its groups) lacks the access level the request needs to the data set or resource in the message.",
                "In this form of ICH408I (INSUFFICIENT ACCESS AUTHORITY) the logon worked: this is an access check, not a password problem."
            ],
            nextSteps: ["Ask the security administrator for access to the resource and class (CL) that ICH408I names."],
            nextCommands: [{ command: "zowe config list --locations", purpose: "Check which user ID the profile sends." }]
        }
    },
    {
        id: "IKJ56420I",
        kind: "message-id",
        when: { messageId: ["IKJ56420I"] },
        priority: 400,
        server: "zosmf",
        text: "USERID %s NOT AUTHORIZED TO USE TSO",
        source: { title: "IBM z/OS TSO/E Messages: IKJ56420I", url: "https://www.ibm.com/docs/SSLTBW_2.2.0/com.ibm.zos.v2r2.ikjm100/cd02113.htm" },
        advice: {
            summary: "TSO refused the logon z/OSMF started for your user ID: it is not authorised to use TSO (IKJ56420I).",
            verdict: "authorization",
            causes: ["The user ID has no TSO segment in RACF (or no UADS entry), so z/OSMF cannot start a TSO address space for it."],
            nextSteps: ["Ask the security administrator to give the user ID a TSO segment; z/OSMF's data set and TSO services need it."],
            nextCommands: [{ command: "zowe config list --locations", purpose: "Check which user ID the profile sends." }]
        }
    },
    {
        id: "IKJ56454I",
        kind: "message-id",
        when: { messageId: ["IKJ56454I"] },
        priority: 400,
        server: "zosmf",
        text: "LOGON TERMINATED %s ERROR %s",
        source: { title: "IBM z/OS TSO/E Messages: IKJ56454I", url: "https://www.ibm.com/docs/SSLTBW_2.2.0/com.ibm.zos.v2r2.ikjm100/cd02147.htm" },
        advice: {
            summary: "The TSO logon behind the request ended with an error (IKJ56454I); with IKTLOGR return code 12 the system's " +
                "TSO user limit was reached.",
            verdict: "server-unavailable",
            causes: ["The USERMAX limit of TSO was reached, or a reconnect to an old address space failed."],
            nextSteps: ["Retry later; ask the system programmer about USERMAX (TSOKEYxx) if it repeats."],
            nextCommands: [{ command: "zowe zosmf check status", purpose: "Check that z/OSMF itself answers." }]
        }
    },
    {
        id: "IRR012I",
        kind: "message-id",
        when: { messageId: ["IRR012I"] },
        priority: 400,
        // Explains the TSO logon behind a 500 better than the TSO-environment catch-all (rule-tso-500-environment).
        group: "tso-500",
        server: "zosmf",
        text: "VERIFICATION FAILED. USER PROFILE NOT FOUND.",
        source: RACF_VERIFY,
        advice: {
            summary: "RACF refused the logon because it knows no user ID of that name (IRR012I).",
            verdict: "authentication",
            causes: ["The user ID in the profile (or the base profile) is misspelt, or it is defined on another system than this one."],
            nextSteps: ["Correct the user ID in the profile; the password is not what RACF checked."],
            nextCommands: [WHICH_USER]
        }
    },
    {
        id: "IRR014I",
        kind: "message-id",
        when: { messageId: ["IRR014I"] },
        priority: 400,
        group: "tso-500",
        server: "zosmf",
        text: "VERIFICATION FAILED. EXPIRED PASSWORD GIVEN.",
        source: RACF_VERIFY,
        advice: {
            summary: "RACF refused the logon because the password has expired (IRR014I); the password itself was right.",
            verdict: "authentication",
            causes: ["The password has expired (its interval ran out); RACF wants a new one before it lets the user ID log on."],
            nextSteps: [
                "Set a new password where your site changes passwords (a 3270 logon, or your site's tool), then store it in the profile.",
                "Do not retry with the old password: each refused logon counts towards RACF revoking the user ID."
            ],
            nextCommands: [WHICH_USER]
        }
    },
    {
        id: "IRR017I",
        kind: "message-id",
        when: { messageId: ["IRR017I"] },
        priority: 400,
        group: "tso-500",
        server: "zosmf",
        text: "VERIFICATION FAILED. USER IS REVOKED AT THE GROUP LEVEL.",
        source: RACF_VERIFY,
        advice: {
            summary: "RACF refused the logon because the user ID is revoked in the group it logs on with (IRR017I).",
            verdict: "authentication",
            causes: ["The security administrator revoked the user ID's connection to its group, or too many wrong passwords revoked it."],
            nextSteps: ["Ask the security administrator to resume the user ID in that group; changing the password in the profile does not help."],
            nextCommands: [WHICH_USER]
        }
    },
    {
        id: "IEC032I-E37",
        kind: "message-id",
        when: { messageId: ["IEC032I"], textMatches: ["\\bE37-"] },
        priority: 400,
        // An alternative to the TSO-environment catch-all for a 500: the write started and ran out of space, so the
        // logon procedure, account and region (rule-tso-500-environment) are ruled out.
        group: "tso-500",
        server: "zosmf",
        text: "E37-%s,%s,%s,%s,%s,%s,%s,%s,%s(%s)",
        source: { title: "IBM z/OS MVS System Messages: IEC032I E37-rc", url: "https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.ieam700/ee032i.htm" },
        advice: {
            summary: "The data set ran out of space while z/OS wrote to it (IEC032I E37): it has no room left on its volumes, or a " +
                "partitioned data set used all its space or extents.",
            verdict: "server-error",
            causes: [
                "The upload or copy is larger than the space the data set was allocated with (a PDS keeps the space of " +
                "replaced members until it is compressed).",
                "The data set is on one volume and used all the extents it may have."
            ],
            nextSteps: [
                "Check the data set's allocated and used space; allocate a larger data set (or a PDSE) and copy the members into it, " +
                "or have the PDS compressed.",
                "Do not retry unchanged: the same write fails again."
            ],
            nextCommands: [{ command: "zowe zos-files list data-set \"<data-set>\" --attributes", purpose: "Show the data set's space and extents." }]
        }
    },
    {
        id: "IEC141I-013-18",
        kind: "message-id",
        when: { messageId: ["IEC141I"], textMatches: ["IEC141I 013-18"] },
        priority: 400,
        server: "zosmf",
        text: "013-18,%s,%s,%s,%s,%s,%s,%s(%s)",
        source: { title: "IBM z/OS MVS System Messages: IEC141I 013-rc", url: "https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.ieam700/ee141i.htm" },
        advice: {
            summary: "The member named was not found in the partitioned data set (IEC141I 013-18).",
            verdict: "not-found",
            causes: ["The member name is misspelt, or the member is in another library of the concatenation."],
            nextSteps: ["List the members of the data set and correct the member name."],
            nextCommands: [{ command: "zowe zos-files list all-members \"<data-set>\"", purpose: "List the members of the data set." }]
        }
    }
];
