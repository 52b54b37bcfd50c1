/**
 * What the prefix of an IBM-style message ID tells before any entry knows the ID: the product and component that
 * writes it and the book that documents it. IBM assigns each component its three-character prefix (z/OS MVS System
 * Messages, "Message directory" and "Message format"); the books named below list each family's messages with their
 * explanation, system action and response. The family answers `explain IEF212I` when no entry knows IEF212I: a
 * well-formed ID is never refused, and the user is told where its text is documented.
 */
import type { ServiceKind } from "../failure/doc/IFailedCall";
import type { IKnowledgeSource } from "./doc/IKnowledgeEntry";

/** One message family: the IDs that start with its prefix. */
export interface IMessageFamily {
    /** The ID prefix, e.g. `IEF`, `ZWEA`, `$HASP`; the longest prefix that fits an ID names its family. */
    prefix: string;
    /** Who writes these messages, in words: `z/OS MVS job control and allocation (JCL, initiator)`. */
    component: string;
    /** The service of Zowe's vocabulary that sends them in an answer, when there is one; `unknown` for z/OS itself. */
    service: ServiceKind;
    /** The book that documents them. */
    book: string;
}

/** Where a family's messages are documented: IBM Documentation's search for the prefix, and the book by name. */
export function familySource(family: IMessageFamily): IKnowledgeSource {
    return { title: family.book, url: documentationSearch(family.prefix) };
}

/**
 * IBM Documentation's search for a message ID or prefix: the page that lists the manual entries for it.
 * @param id - the ID or prefix
 */
export function documentationSearch(id: string): string {
    return `https://www.ibm.com/docs/en/search/${encodeURIComponent(id)}`;
}

const MVS = "z/OS MVS System Messages (the volume for its prefix)";

/** The families, from IBM's message directories and the Zowe and product message references. */
export const MESSAGE_FAMILIES: readonly IMessageFamily[] = [
    { prefix: "IEF", component: "z/OS MVS job control, allocation and the initiator (JCL and data set allocation)", service: "unknown", book: MVS },
    { prefix: "IEFC", component: "z/OS MVS JCL conversion and interpretation", service: "unknown", book: MVS },
    { prefix: "IEA", component: "z/OS MVS supervisor (abends, dumps, system events)", service: "unknown", book: MVS },
    { prefix: "IEE", component: "z/OS MVS console and operator commands", service: "unknown", book: MVS },
    { prefix: "IEC", component: "DFSMSdfp data management (OPEN, CLOSE, end of volume: the x13, x37 and 213 abends)", service: "unknown", book: MVS },
    { prefix: "IGD", component: "DFSMS storage management subsystem (SMS allocation)", service: "unknown", book: MVS },
    { prefix: "IGW", component: "DFSMS PDSE and VSAM record-level sharing", service: "unknown", book: MVS },
    { prefix: "IDC", component: "DFSMS access method services (IDCAMS, catalogs)",
        service: "unknown", book: "z/OS MVS System Messages (IDC) and DFSMS Access Method Services" },
    { prefix: "ADR", component: "DFSMSdss (dump, restore, copy)", service: "unknown", book: "z/OS MVS System Messages (ADR)" },
    { prefix: "ARC", component: "DFSMShsm (migrated and recalled data sets, backups)", service: "unknown", book: "z/OS MVS System Messages (ARC)" },
    { prefix: "IOS", component: "z/OS I/O supervisor (devices and paths)", service: "unknown", book: MVS },
    { prefix: "IXC", component: "z/OS cross-system coupling facility (XCF, sysplex)", service: "unknown", book: MVS },
    { prefix: "HZS", component: "IBM Health Checker for z/OS", service: "unknown", book: MVS },
    { prefix: "CSV", component: "z/OS contents supervision (program fetch, LNKLST, APF)", service: "unknown", book: MVS },
    { prefix: "$HASP", component: "JES2 (jobs, spool, output)", service: "unknown", book: "z/OS JES2 Messages" },
    { prefix: "IAT", component: "JES3 (jobs, spool, output)", service: "unknown", book: "z/OS JES3 Messages" },
    { prefix: "ICH", component: "RACF (access checks, logons, RACF commands)",
        service: "unknown", book: "z/OS Security Server RACF Messages and Codes" },
    { prefix: "IRR", component: "RACF (RACF services, PassTickets, certificates, R_admin)",
        service: "unknown", book: "z/OS Security Server RACF Messages and Codes" },
    { prefix: "IKJ", component: "TSO/E (logon, commands, the TSO address space)", service: "unknown", book: "z/OS TSO/E Messages" },
    { prefix: "IKT", component: "TSO/VTAM", service: "unknown", book: "z/OS TSO/E Messages" },
    { prefix: "IRX", component: "TSO/E REXX", service: "unknown", book: "z/OS TSO/E Messages" },
    { prefix: "ISR", component: "ISPF/PDF (editor, data set utilities, LMINIT and other library services)",
        service: "unknown", book: "z/OS ISPF Messages and Codes" },
    { prefix: "ISP", component: "ISPF dialog manager", service: "unknown", book: "z/OS ISPF Messages and Codes" },
    { prefix: "BPX", component: "z/OS UNIX System Services kernel", service: "unknown", book: "z/OS UNIX System Services Messages and Codes" },
    { prefix: "FSUM", component: "z/OS UNIX shell and utilities", service: "unknown", book: "z/OS UNIX System Services Messages and Codes" },
    { prefix: "FOTS", component: "IBM z/OS OpenSSH", service: "unknown", book: "IBM z/OS OpenSSH User's Guide (messages)" },
    { prefix: "EDC", component: "z/OS XL C/C++ runtime of Language Environment (errno and errno2 messages, as z/OSMF's files service reports them)",
        service: "unknown", book: "z/OS Language Environment Runtime Messages (EDC)" },
    { prefix: "CEE", component: "z/OS Language Environment", service: "unknown", book: "z/OS Language Environment Runtime Messages" },
    { prefix: "IGZ", component: "Enterprise COBOL runtime", service: "unknown", book: "z/OS Language Environment Runtime Messages (IGZ)" },
    { prefix: "EZA", component: "z/OS Communications Server TCP/IP (applications, FTP)",
        service: "unknown", book: "z/OS Communications Server: IP Messages" },
    { prefix: "EZB", component: "z/OS Communications Server TCP/IP (stack, resolver)",
        service: "unknown", book: "z/OS Communications Server: IP Messages" },
    { prefix: "EZD", component: "z/OS Communications Server TCP/IP (policy, AT-TLS)",
        service: "unknown", book: "z/OS Communications Server: IP Messages" },
    { prefix: "EZZ", component: "z/OS Communications Server TCP/IP (stack, daemons)",
        service: "unknown", book: "z/OS Communications Server: IP Messages" },
    { prefix: "IST", component: "z/OS Communications Server SNA (VTAM)", service: "unknown", book: "z/OS Communications Server: SNA Messages" },
    { prefix: "IZU", component: "IBM z/OS Management Facility (z/OSMF)", service: "zosmf", book: "IBM z/OS Management Facility Messages" },
    { prefix: "CEA", component: "z/OS Common Event Adapter (the TSO address spaces z/OSMF starts)", service: "zosmf", book: MVS },
    { prefix: "ZWE", component: "Zowe server components", service: "unknown", book: "Zowe Docs, Troubleshooting: message references" },
    { prefix: "ZWEA", component: "Zowe API Mediation Layer (gateway, discovery, authentication)",
        service: "apiml", book: "Zowe Docs, API Mediation Layer error message codes" },
    { prefix: "ZWES", component: "Zowe System Services (ZSS)", service: "unknown", book: "Zowe Docs, ZSS error message codes" },
    { prefix: "ZWED", component: "Zowe application framework (Desktop and app server)",
        service: "unknown", book: "Zowe Docs, Zowe Application Framework error message codes" },
    { prefix: "DFH", component: "IBM CICS Transaction Server", service: "cics", book: "CICS Transaction Server for z/OS Messages and Codes" },
    { prefix: "CSQ", component: "IBM MQ for z/OS", service: "mq", book: "IBM MQ for z/OS messages, completion and reason codes" },
    { prefix: "AMQ", component: "IBM MQ (Multiplatforms and the MQ web server)", service: "mq", book: "IBM MQ AMQ messages" },
    { prefix: "MQWB", component: "IBM MQ REST API (mqweb server)", service: "mq", book: "IBM MQ REST API messages" },
    { prefix: "DSN", component: "IBM Db2 for z/OS", service: "db2", book: "Db2 for z/OS Messages" },
    { prefix: "SQL", component: "IBM Db2 SQL (SQLCODE messages of the Db2 clients and servers)",
        service: "db2", book: "Db2 SQL messages (SQLnnnnN)" },
    { prefix: "DFS", component: "IBM IMS", service: "ims", book: "IMS Messages and Codes" },
    { prefix: "BAQ", component: "IBM z/OS Connect", service: "zosconnect", book: "IBM z/OS Connect messages" },
    { prefix: "CWWK", component: "WebSphere Liberty (the server z/OSMF, z/OS Connect and MQ web run in)",
        service: "liberty", book: "WebSphere Liberty messages" },
    { prefix: "SRVE", component: "WebSphere Liberty web container", service: "liberty", book: "WebSphere Liberty messages" },
    { prefix: "C1G", component: "Broadcom Endevor", service: "endevor", book: "Endevor messages and codes (Broadcom TechDocs)" },
    { prefix: "EWS", component: "Broadcom Endevor Web Services", service: "endevor", book: "Endevor Web Services messages (Broadcom TechDocs)" }
];

/**
 * The family of a message ID: the one with the longest prefix the ID starts with.
 * @param id - a message ID, upper case
 * @returns the family, or undefined when no family of the table fits
 */
export function familyOf(id: string): IMessageFamily | undefined {
    return MESSAGE_FAMILIES.filter((family) => id.startsWith(family.prefix))
        .sort((a, b) => b.prefix.length - a.prefix.length)[0];
}

/** What IBM's type codes (the letter after the number) mean, per IBM's message format. */
export const SEVERITY_LETTERS: Readonly<Record<string, string>> = {
    A: "action: someone must act",
    D: "decision: the operator must choose",
    E: "error, or eventual action",
    I: "information",
    S: "severe error",
    T: "terminating error",
    W: "warning, or wait",
    C: "critical error",
    N: "error (Db2 SQL messages: a negative SQLCODE)"
};
