/**
 * How to read the error reports of z/OSMF REST services: what each category number means for the data set
 * and file services (`/zosmf/restfiles`) and for the jobs services (`/zosmf/restjobs`), and the reports
 * (category, rc, reason, message text; for console services return-code and reason-code) that Zowe users
 * meet often enough to explain one by one.
 *
 * Facts: IBM's z/OSMF documentation of the error reporting categories of the files and jobs REST interfaces
 * and of the console command response; the Zowe CLI system tests; Zowe Explorer's ErrorCorrelator entries;
 * and Zowe GitHub threads in which the real cause was found (zowe-cli #47, #670, #697, #699, #935; zowe-explorer
 * #261, #934, #1422, #1512; zlux #807; docs-site #2665 and #4725; zowe-install-packaging #1622), as collected
 * in the project's research notes. The wording is our own.
 */

import type { IZosmfCategoryEntry } from "./doc/IKnownError";
import type { IKnowledgeEntry } from "./doc/IKnowledgeEntry";

/**
 * The category numbers of z/OSMF error reports, per service family. The files and jobs services number
 * their categories differently: category 3 is CEA for files but a VSAM API error for jobs.
 */
export const ZOSMF_CATEGORIES: readonly IZosmfCategoryEntry[] = [
    {
        family: "files",
        category: 1,
        name: "Service",
        meaning:
            "The data set and file service refused the request itself before doing any work: a URL, a parameter or a " +
            "name that it cannot accept, such as a data set name longer than 44 characters. Usually input you can correct."
    },
    {
        family: "files",
        category: 2,
        name: "Message queue",
        meaning:
            "z/OSMF could not exchange messages with the TSO/E address space that does data set work on your behalf; the " +
            "reason is usually a UNIX errno. This points at the TSO logon behind the service (logon procedure, TSO segment, " +
            "logon exit) or at a prompt that TSO raised, rarely at the request you sent."
    },
    {
        family: "files",
        category: 3,
        name: "CEA",
        meaning:
            "The common event adapter (CEA), which starts and manages TSO/E address spaces for z/OSMF, failed the request. " +
            "A problem on the system side, for example exhausted UNIX message queues, for the system programmer to fix."
    },
    {
        family: "files",
        category: 4,
        name: "ISPF",
        meaning:
            "An ISPF library service that z/OSMF calls, such as LMINIT, failed. The details usually hold an ISPF message " +
            "(ISRZ...); the most common one, ISRZ002, says that the data set is not cataloged, i.e. the name is wrong or it does not exist."
    },
    {
        family: "files",
        category: 5,
        name: "CSI (catalog search interface)",
        meaning:
            "The catalog search that lists data sets matching a name pattern failed. Check the pattern first; " +
            "if it is valid, the catalog or its access is the problem and the system programmer must look."
    },
    {
        family: "files",
        category: 6,
        name: "Read or write function",
        meaning:
            "Reading or writing the data set, member or UNIX file failed: it does not exist, another user or job holds it " +
            "(an enqueue failed), or your user ID may not read or write it. The message and details say which."
    },
    {
        family: "files",
        category: 7,
        name: "JSON parser",
        meaning:
            "z/OSMF could not parse the JSON body of the request. Zowe commands build valid bodies, so this " +
            "mostly concerns scripts and custom clients that send their own JSON, or values that break it."
    },
    {
        family: "files",
        category: 8,
        name: "z/OS XL C/C++ runtime",
        meaning:
            "A C/C++ runtime function that z/OSMF called failed, for example the dynamic allocation of a data set; " +
            "rc and reason come from that function. An invalid data set name is a frequent trigger."
    },
    {
        family: "files",
        category: 16,
        name: "Unexpected",
        meaning:
            "An error that the service did not anticipate. Nothing in the request is known to be wrong; " +
            "the system programmer needs the message, the time and the z/OSMF logs to find the cause."
    },
    {
        family: "jobs",
        category: 1,
        name: "Dynamic allocation",
        meaning:
            "The jobs service could not allocate something it needed, for example the internal reader used to submit a job. " +
            "The RC in the message is the dynamic allocation (SVC 99) code; convert it to hexadecimal before looking it up."
    },
    {
        family: "jobs",
        category: 3,
        name: "VSAM API",
        meaning: "A VSAM request made by the jobs service returned an error. A system-side problem, not your input."
    },
    {
        family: "jobs",
        category: 4,
        name: "VSAM system",
        meaning: "VSAM reported a system-level error to the jobs service. A system-side problem for the system programmer."
    },
    {
        family: "jobs",
        category: 5,
        name: "VSAM ABEND",
        meaning: "A VSAM request of the jobs service ended abnormally (abended). A system-side problem for the system programmer."
    },
    {
        family: "jobs",
        category: 6,
        name: "Service",
        meaning:
            "The jobs service refused the request: a query parameter it cannot accept, a path it does not serve, or a job " +
            "name and ID that match no job on the spool. Usually input you can correct."
    },
    {
        family: "jobs",
        category: 7,
        name: "Unexpected",
        meaning:
            "An error that the jobs service did not anticipate. The system programmer needs the message, " +
            "the time and the z/OSMF logs to find the cause."
    },
    {
        family: "jobs",
        category: 8,
        name: "SSI extended status",
        meaning:
            "The request that asks JES for job status through the subsystem interface (SSI function 80, extended status) " +
            "failed, so z/OSMF could not get the job information from JES."
    },
    {
        family: "jobs",
        category: 9,
        name: "CIM",
        meaning: "A call from the jobs service to the Common Information Model (CIM) server failed. A system-side problem."
    },
    {
        family: "jobs",
        category: 10,
        name: "SSI job modify",
        meaning:
            "The request that asks JES to change a job through the subsystem interface (SSI function 85, job modify) failed, " +
            "so the hold, release, class change or cancel did not take effect."
    }
];

/**
 * Specific z/OSMF error reports and what they mean (group `zosmf-reason`: the most specific entry whose family, numbers
 * and pattern all fit a report explains it; numbers with a pattern beat numbers alone, which beat a pattern alone).
 * For console services, `rc` holds the report's `return-code` and `reason`
 * its `reason-code`.
 */
export const ZOSMF_REASONS: readonly IKnowledgeEntry[] = [
    {
        id: "zosmf-files-category-4-rc-8",
        kind: "zosmf-reason",
        when: { source: ["http"], family: ["files"], category: 4, rc: 8, textMatches: ["ISRZ002", "not cataloged", "LMINIT"] },
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary: "The data set does not exist or is not cataloged: ISPF could not open it (LMINIT, ISRZ002).",
            verdict: "not-found",
            causes: [
                "A typing error in the data set name, or the wrong high-level qualifier.",
                "The data set was deleted or renamed, or exists on a volume without being cataloged.",
                "The name was meant as a pattern, but the command expects one exact data set name."
            ],
            nextSteps: [
                "Compare the name in the message with the names that exist under the same high-level qualifier.",
                "Fix the name in the command or in the Zowe Explorer filter and run the command again."
            ],
            nextCommands: [
                {
                    command: "zowe zos-files list data-set \"HLQ.*\"",
                    purpose: "List the data sets under the high-level qualifier to find the right spelling."
                },
                {
                    command: "zowe zos-files list all-members \"HLQ.PDS\"",
                    purpose: "Once the data set is found, check the member name too."
                }
            ],
            resources: [
                {
                    href: "https://github.com/zowe/zowe-cli/issues/935",
                    title: "zowe-cli #935: a wrong PDS name reported as an LMINIT error"
                }
            ]
        }
    },
    {
        id: "zosmf-files-category-2-rc-16-reason-1141",
        kind: "zosmf-reason",
        when: { source: ["http"], family: ["files"], category: 2, rc: 16, reason: 1141 },
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary:
                "z/OSMF could not talk to the TSO/E address space that serves data set requests (message queue error 1141): a " +
                "z/OSMF or TSO setup problem on the server, not evidence that your password is wrong.",
            verdict: "server-error",
            causes: [
                "The TSO logon procedure named on the RESTAPI_FILE statement of the IZUPRMxx parmlib member is wrong or missing.",
                "Your user ID has no TSO segment in its security profile.",
                "A TSO/E logon exit prevents your user ID from logging on.",
                "With USER=IZUGUEST in the message, z/OSMF treated you as its unauthenticated guest; a correctly set-up " +
                "z/OSMF answers a wrong password with 401, so a misconfiguration may also be hiding a password problem."
            ],
            nextSteps: [
                "Do not retry the logon in a loop: if a password problem is hidden behind this error, each attempt still counts.",
                "Send the system programmer the message (with its USER= and ASID values) and the time of the failure, and ask " +
                "them to check RESTAPI_FILE in IZUPRMxx, your TSO segment and any TSO logon exit.",
                "Check that you can log on to TSO with the same user ID; if you cannot, fix that first."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Confirm that z/OSMF itself answers, so the problem is limited to the TSO-backed data set service."
                },
                {
                    command: "zowe config list --locations",
                    purpose: "Confirm which user ID the profile sends."
                }
            ],
            resources: [
                {
                    href: "https://github.com/zowe/zlux/issues/807",
                    title: "zlux #807: reason code 1141 and its possible causes"
                }
            ]
        }
    },
    {
        id: "zosmf-files-category-3-rc-12-reason-2",
        kind: "zosmf-reason",
        when: { source: ["http"], family: ["files"], category: 3, rc: 12, reason: 2 },
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary:
                "The common event adapter (CEA) could not run the TSO request behind the data set service (\"CeaTso request " +
                "failed\"); most often the system has run out of UNIX message queues.",
            verdict: "server-error",
            causes: [
                "The UNIX System Services message queues are exhausted, for example because unused queues have piled up.",
                "A problem in CEA or in the TSO logon used by z/OSMF (the request dump in the details shows the logon " +
                "procedure, account and user ID that were used)."
            ],
            nextSteps: [
                "Send the system programmer the full details (the CeaTsoRequest dump) and the time of the failure.",
                "On the system, ipcs -x lists the message queues; a very long list means they are exhausted. Recycling the task " +
                "that holds them (for Zowe servers, ZWESLSTC) frees them, and raising IPCMSGNIDS in BPXPRMxx prevents a repeat.",
                "Retry after the queues have been freed; nothing in your request needs to change."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Confirm that z/OSMF answers while the TSO-backed services fail."
                },
                {
                    command: "zowe zos-files list data-set \"HLQ.*\"",
                    purpose: "Repeat a simple read once the system programmer has freed the message queues."
                }
            ],
            resources: [
                {
                    href: "https://github.com/zowe/docs-site/issues/2665",
                    title: "docs-site #2665: CeaTso request failed, ipcs -x and IPCMSGNIDS"
                }
            ]
        }
    },
    {
        id: "zosmf-files-category-2-rc-4-reason-3",
        kind: "zosmf-reason",
        when: { source: ["http"], family: ["files"], category: 2, rc: 4, reason: 3 },
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary:
                "TSO stopped to ask a question that z/OSMF cannot answer (\"received TSO Prompt\"), typically whether an " +
                "archived data set should be restored.",
            verdict: "conflict",
            causes: [
                "A data set in the request, or in a list matching your pattern, is archived or migrated and the archive " +
                "product prompts to restore it (for example DMS2971 \"DO YOU WANT TO RESTORE THE DATA SET? (Y/N)\").",
                "Listing with attributes touches every matching data set, so one archived data set makes the whole list fail."
            ],
            nextSteps: [
                "Read the details for the name of the archived data set.",
                "Restore or recall it with the site's archive or migration product before using it, or narrow the pattern so it is not included.",
                "If you only need the names, list without --attributes."
            ],
            nextCommands: [
                {
                    command: "zowe zos-files recall data-set \"HLQ.DATA\"",
                    purpose: "Ask for a recall of a migrated data set (DFSMShsm) before reading or listing it."
                },
                {
                    command: "zowe zos-files list data-set \"HLQ.*\"",
                    purpose: "List names only, without attributes, which does not touch each data set."
                }
            ],
            resources: [
                {
                    href: "https://github.com/zowe/zowe-cli/issues/47",
                    title: "zowe-cli #47: listing fails on an archived data set"
                }
            ]
        }
    },
    {
        id: "zosmf-files-category-2-rc-4-reason-2",
        kind: "zosmf-reason",
        when: { source: ["http"], family: ["files"], category: 2, rc: 4, reason: 2 },
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary:
                "z/OSMF could not start or log on to the TSO/E address space that serves data set requests: TSO answered with " +
                "something unexpected (an exception or a prompt during logon).",
            verdict: "server-error",
            causes: [
                "The TSO logon stopped at a prompt, for example because a data set allocated by your logon procedure is " +
                "archived and the archive product asks whether to restore it.",
                "The TSO servlet of z/OSMF failed while starting its dispatcher; the z/OSMF log has the exception."
            ],
            nextSteps: [
                "Read the details: messages such as IKJ56455I followed by a restore prompt point at a data set in your logon procedure.",
                "Log on to TSO yourself; if it stops at the same prompt, restore the data set or have it removed from the logon procedure.",
                "Otherwise send the system programmer the message and the time so they can check the z/OSMF logs."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Confirm that z/OSMF answers while the TSO-backed services fail."
                },
                {
                    command: "zowe config report-env",
                    purpose: "Collect environment details for the system programmer."
                }
            ],
            resources: [
                {
                    href: "https://github.com/zowe/zowe-cli/issues/670",
                    title: "zowe-cli #670: an archived data set in the logon procedure breaks data set requests"
                }
            ]
        }
    },
    {
        id: "zosmf-files-category-6-rc-8-reason-513",
        kind: "zosmf-reason",
        when: { source: ["http"], family: ["files"], category: 6, rc: 8, reason: 513, textMatches: ["SPFEDIT", "Enqueue"] },
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary: "The data set or member is in use: another user or job holds it (the SPFEDIT enqueue failed), usually in ISPF edit.",
            verdict: "conflict",
            causes: [
                "Someone has the member or data set open in ISPF edit or in another editor.",
                "You hold it yourself in another session, for example in a 3270 ISPF session or another Zowe Explorer editor.",
                "A job or tool is writing to it right now."
            ],
            nextSteps: [
                "Find out who holds it (the system programmer can display the enqueue if you cannot tell) and wait until it is released.",
                "Close your own edit sessions on it.",
                "Save your local copy elsewhere, then retry the upload once the member is free; download the current content first " +
                "if someone else may have changed it."
            ],
            nextCommands: [
                {
                    command: "zowe zos-files view data-set \"HLQ.PDS(MEMBER)\"",
                    purpose: "Read the current content, if the lock allows it, to compare it with yours before you write."
                }
            ],
            resources: [
                {
                    href: "https://github.com/zowe/zowe-explorer-vscode/issues/1422",
                    title: "zowe-explorer-vscode #1422: a locked member reported as an enqueue failure"
                }
            ]
        }
    },
    {
        id: "zosmf-files-category-8-rc-860-reason-2",
        kind: "zosmf-reason",
        when: { source: ["http"], family: ["files"], category: 8, rc: 860, reason: 2 },
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary: "Dynamic allocation of the data set failed, most often because the data set name is not valid.",
            verdict: "bad-request",
            causes: [
                "The name holds characters that are not allowed, for example quotes around it passed on as part of the name.",
                "A qualifier is too long or starts with a digit, or the whole name breaks z/OS naming rules.",
                "Less often, the allocation itself fails for a valid name; the details then name the problem."
            ],
            nextSteps: [
                "Check the name: at most 44 characters, qualifiers of 1 to 8 characters starting with a letter or #, @, $, and no quotes.",
                "Run the command again with the corrected name; if the name is valid, send the details to the system programmer."
            ],
            nextCommands: [
                {
                    command: "zowe zos-files list data-set \"HLQ.*\"",
                    purpose: "See how existing names under the high-level qualifier are written."
                }
            ],
            resources: [
                {
                    href: "https://github.com/zowe/zowe-explorer-vscode/issues/1512",
                    title: "zowe-explorer-vscode #1512: a data set name with quotes gives a dynamic allocation error"
                }
            ]
        }
    },
    {
        id: "zosmf-files-category-1-rc-4-reason-2",
        kind: "zosmf-reason",
        when: { source: ["http"], family: ["files"], category: 1, rc: 4, reason: 2 },
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary: "The data set name is too long: z/OS allows at most 44 characters, dots included.",
            verdict: "bad-request",
            causes: [
                "A typing error or a pasted name with extra text.",
                "A member name or a path joined to the data set name instead of being passed separately."
            ],
            nextSteps: [
                "Shorten the name to 44 characters or less; put a member name in parentheses, e.g. HLQ.PDS(MEMBER).",
                "Run the command again."
            ],
            nextCommands: [
                {
                    command: "zowe zos-files list data-set \"HLQ.*\"",
                    purpose: "Find the exact name of the data set you meant."
                }
            ]
        }
    },
    {
        id: "zosmf-files-category-1-rc-4-reason-1",
        kind: "zosmf-reason",
        when: { source: ["http"], family: ["files"], category: 1, rc: 4, reason: 1 },
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary: "z/OSMF found the request URL not valid for the data set and file service.",
            verdict: "bad-request",
            causes: [
                "A name or path with characters that do not belong in it, so the URL built from it is not valid.",
                "A script or custom client that builds the path by hand and gets it wrong.",
                "A client that uses a URL form this z/OSMF level does not support."
            ],
            nextSteps: [
                "Check the Resource line under Diagnostic Information for the URL that was sent, and the names in it.",
                "Correct the name or path; if the input is right, repeat the call with curl and report a Zowe defect if curl works."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Show the z/OSMF level and plug-ins, to compare with what the client expects."
                },
                {
                    command: "zowe config report-env",
                    purpose: "Collect environment details for an issue report."
                }
            ]
        }
    },
    {
        id: "zosmf-jobs-category-6-rc-4-reason-10",
        kind: "zosmf-reason",
        when: { source: ["http"], family: ["jobs"], category: 6, rc: 4, reason: 10 },
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary:
                "No job matches the job name and job ID you gave (\"No job found for reference\"). z/OSMF sends this with " +
                "status 400, but it means that the job was not found.",
            verdict: "not-found",
            causes: [
                "The job has been purged from the spool.",
                "The job ID belongs to another job name, or one of the two is mistyped.",
                "The job runs on another system or JES node than the one this profile reaches."
            ],
            nextSteps: [
                "List the jobs with the job name as prefix and any owner to see whether it is still on the spool and with which ID.",
                "Run the command again with the job name and ID that belong together."
            ],
            nextCommands: [
                {
                    command: "zowe zos-jobs list jobs --owner \"*\" --prefix \"JOBNAME\"",
                    purpose: "Show the jobs with that name that are still on the spool, with their IDs and owners."
                },
                {
                    command: "zowe zos-jobs view job-status-by-jobid JOB12345",
                    purpose: "Check one job ID directly."
                }
            ]
        }
    },
    {
        id: "zosmf-jobs-category-6-rc-4-reason-4",
        kind: "zosmf-reason",
        when: { source: ["http"], family: ["jobs"], category: 6, rc: 4, reason: 4 },
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary: "The jobs service refused the value of a query parameter: a job ID, owner or prefix that is not valid.",
            verdict: "bad-request",
            causes: [
                "A job ID in the wrong form, e.g. a job name given where the ID was expected, or a mistyped ID.",
                "An owner or prefix longer than 8 characters or with characters that are not allowed."
            ],
            nextSteps: [
                "Read which parameter the message names (jobid, owner or prefix) and correct its value.",
                "Job IDs look like JOB12345, J0012345, STC12345 or TSU12345; owners and prefixes are at most 8 characters, with * as a wildcard."
            ],
            nextCommands: [
                {
                    command: "zowe zos-jobs list jobs",
                    purpose: "List your jobs to copy a valid job ID."
                }
            ]
        }
    },
    {
        id: "zosmf-jobs-category-6-rc-4-reason-7",
        kind: "zosmf-reason",
        when: { source: ["http"], family: ["jobs"], category: 6, rc: 4, reason: 7 },
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary:
                "The jobs service has no function for this HTTP method and path (\"No match for method ... and pathInfo\"): " +
                "the client asked for a path that this z/OSMF does not serve.",
            verdict: "client-config",
            causes: [
                "A script or custom client that builds the jobs URL by hand and gets the path wrong.",
                "A client feature that needs a newer z/OSMF level than the one installed.",
                "A base path or URL prefix that places the jobs path wrongly."
            ],
            nextSteps: [
                "Check the Resource and Request lines under Diagnostic Information against the z/OSMF jobs REST interface.",
                "Compare the z/OSMF level with what the feature requires; if the call comes from Zowe itself, report it with the environment details."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Show the z/OSMF level and installed plug-ins."
                },
                {
                    command: "zowe config list --locations",
                    purpose: "Check the base path and port the profile uses."
                }
            ]
        }
    },
    {
        id: "zosmf-console-rc-2-reason-7",
        kind: "zosmf-reason",
        when: { source: ["http"], family: ["console"], rc: 2, reason: 7 },
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary: "The console service timed out on its internal connection to the z/OSMF TSO service that runs console commands.",
            verdict: "timeout",
            causes: [
                "Your user ID lacks some of the authorizations that console commands through z/OSMF need, so the TSO side never answers.",
                "The TSO/E address space for the console was slow to start or did not start, e.g. on a busy system."
            ],
            nextSteps: [
                "Check that TSO commands work for you; if they fail too, solve that first.",
                "Ask the security administrator to check your console authorizations for z/OSMF (the console services topic " +
                "of the z/OSMF documentation lists them) and your TSO access.",
                "If the authorizations are right, retry once at a quieter time and give the system programmer the time of the failure."
            ],
            nextCommands: [
                {
                    command: "zowe zos-tso issue command \"TIME\"",
                    purpose: "Check whether a TSO command through z/OSMF works for your user ID."
                },
                {
                    command: "zowe zos-console issue command \"D T\"",
                    purpose: "Repeat a harmless console command once the cause has been addressed."
                }
            ],
            resources: [
                {
                    href: "https://github.com/zowe/zowe-cli/issues/697",
                    title: "zowe-cli #697: console return-code 2 reason-code 7"
                }
            ]
        }
    },
    {
        id: "zosmf-console-rc-3-reason-12",
        kind: "zosmf-reason",
        when: { source: ["http"], family: ["console"], rc: 3, reason: 12 },
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary: "z/OSMF could not find the TSO/E address space that it uses for your console session.",
            verdict: "server-error",
            causes: [
                "The TSO/E address space behind the console ended or could not be started.",
                "Your user ID cannot start a TSO/E address space through z/OSMF (TSO segment, logon procedure or account access)."
            ],
            nextSteps: [
                "Check that TSO commands through z/OSMF work for you.",
                "Send the system programmer the message and the time of the failure; they can check the z/OSMF and TSO logs."
            ],
            nextCommands: [
                {
                    command: "zowe zos-tso issue command \"TIME\"",
                    purpose: "Check whether z/OSMF can start a TSO/E address space for your user ID."
                }
            ]
        }
    },
    {
        id: "zosmf-console-rc-1-reason-3",
        kind: "zosmf-reason",
        when: { source: ["http"], family: ["console"], rc: 1, reason: 3 },
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary: "The console service has no function for this HTTP method and path (\"No match for method ... and pathInfo\").",
            verdict: "client-config",
            causes: [
                "A script or custom client that builds the console URL by hand and gets the path wrong.",
                "A client feature that needs a newer z/OSMF level than the one installed."
            ],
            nextSteps: [
                "Check the Resource and Request lines under Diagnostic Information against the z/OSMF console REST interface.",
                "If the call comes from Zowe itself, report it with the environment details."
            ],
            nextCommands: [
                {
                    command: "zowe zosmf check status",
                    purpose: "Show the z/OSMF level and installed plug-ins."
                }
            ]
        }
    },
    {
        id: "zosmf-files-not-authorized",
        kind: "zosmf-reason",
        // Stops at the next "An I/O abend", so that a text of repeats is read once (linear), not once per repeat.
        // With a z/OSMF report, the family must fit; without one (a pasted text), the text alone decides.
        when: [
            { source: ["http"], family: ["files"], textMatches: [
                "Client is not authorized for file access",
                "An I\\/O abend was trapped(?:(?!An I\\/O abend)[\\s\\S]){0,1024}__code=0x0913"
            ] },
            { source: ["http"], zosmfReport: false, textMatches: [
                "Client is not authorized for file access",
                "An I\\/O abend was trapped(?:(?!An I\\/O abend)[\\s\\S]){0,1024}__code=0x0913"
            ] }
        ],
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary:
                "Your user ID may not access this data set or UNIX file: the security product refused the read or write " +
                "(for data sets, a 913 security abend).",
            verdict: "authorization",
            causes: [
                "The data set profile or UNIX permissions allow you to read but not to write, or not to access it at all.",
                "The data set belongs to another high-level qualifier whose profile does not include you.",
                "For UNIX files, the file or a directory on its path is locked down by its owner or by another process."
            ],
            nextSteps: [
                "Check that you address the right data set or file; a typing error can land on somebody else's.",
                "Ask the owner or the security administrator for the access you need, giving the name and whether you read or write.",
                "For UNIX files you own, fix the permissions on the file and on the directories above it."
            ],
            nextCommands: [
                {
                    command: "zowe zos-files list uss-files \"/u/userid\"",
                    purpose: "Show the owner and permissions of the UNIX files in a directory."
                },
                {
                    command: "zowe config list --locations",
                    purpose: "Confirm which user ID the access was checked for."
                }
            ]
        }
    },
    {
        id: "zosmf-files-file-not-found",
        kind: "zosmf-reason",
        // With a z/OSMF report, the family must fit; without one (a pasted text), the text alone decides.
        when: [
            { source: ["http"], family: ["files"], textMatches: ["File not found\\.", "EDC5129I"] },
            { source: ["http"], zosmfReport: false, textMatches: ["File not found\\.", "EDC5129I"] }
        ],
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary: "The UNIX file or directory does not exist (EDC5129I \"No such file or directory\").",
            verdict: "not-found",
            causes: [
                "A typing error in the path; UNIX paths are case sensitive.",
                "A relative path, or one missing a directory level; z/OSMF needs the absolute path.",
                "The file was deleted or moved."
            ],
            nextSteps: [
                "List the parent directory and compare the exact name, upper and lower case included.",
                "Run the command again with the full, absolute path."
            ],
            nextCommands: [
                {
                    command: "zowe zos-files list uss-files \"/u/userid\"",
                    purpose: "List the parent directory to find the right name."
                }
            ],
            resources: [
                {
                    href: "https://github.com/IBM/ibm_zos_zosmf/issues/57",
                    title: "ibm_zos_zosmf #57: an example \"File not found.\" error report"
                }
            ]
        }
    },
    {
        id: "zosmf-files-qualifier-too-long",
        kind: "zosmf-reason",
        // With a z/OSMF report, the family must fit; without one (a pasted text), the text alone decides.
        when: [
            { source: ["http"], family: ["files"], textMatches: ["Qualifiers cannot be longer than 8 characters"] },
            { source: ["http"], zosmfReport: false, textMatches: ["Qualifiers cannot be longer than 8 characters"] }
        ],
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary: "A qualifier of the data set name or pattern is longer than 8 characters.",
            verdict: "bad-request",
            causes: [
                "A typing error or a missing dot between two qualifiers.",
                "A member name or file name given as a qualifier."
            ],
            nextSteps: [
                "Split the name into qualifiers of at most 8 characters, separated by dots, and run the command again."
            ],
            nextCommands: [
                {
                    command: "zowe zos-files list data-set \"HLQ.*\"",
                    purpose: "List existing names under the high-level qualifier to copy the right one."
                }
            ]
        }
    },
    {
        id: "zosmf-jobs-not-a-job",
        kind: "zosmf-reason",
        // With a z/OSMF report, the family must fit; without one (a pasted text), the text alone decides.
        when: [
            { source: ["http"], family: ["jobs"], textMatches: [
                "Submit input data does not start with a slash",
                "Job input was not recognized by system as a job"
            ] },
            { source: ["http"], zosmfReport: false, textMatches: [
                "Submit input data does not start with a slash",
                "Job input was not recognized by system as a job"
            ] }
        ],
        priority: 300,
        group: "zosmf-reason",
        advice: {
            summary: "JES did not accept what was submitted as a job: the input does not start with a valid job statement.",
            verdict: "bad-request",
            causes: [
                "The file or member submitted is not JCL, or its first line is not a JOB statement.",
                "The JCL was sent in the wrong encoding or with a leading blank line, so the first character is not a slash.",
                "The wrong file or data set was named in the submit command."
            ],
            nextSteps: [
                "Open the input and check that the first line is a JOB statement starting with //.",
                "Check that you submit the file you meant (a local file, a data set or a UNIX file) and run the submit again."
            ],
            nextCommands: [
                {
                    command: "zowe zos-files view data-set \"HLQ.JCL(MEMBER)\"",
                    purpose: "Look at the JCL that was submitted from a data set."
                }
            ]
        }
    }
];
