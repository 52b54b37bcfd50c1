/** The documentation each doctor finding links to: one place, so that a moved page is one edit. */
export const DOCS = {
    teamConfig: "https://docs.zowe.org/stable/user-guide/cli-using-using-team-profiles",
    environment: "https://docs.zowe.org/stable/user-guide/cli-configuringcli-ev",
    plugins: "https://docs.zowe.org/stable/user-guide/cli-installplugins",
    daemon: "https://docs.zowe.org/stable/user-guide/cli-using-using-daemon-mode",
    headlessLinux: "https://docs.zowe.org/stable/user-guide/cli-configure-scs-on-headless-linux-os",
    apiml: "https://docs.zowe.org/stable/user-guide/cli-using-integrating-apiml",
    extraCaCerts: "https://nodejs.org/api/cli.html#node_extra_ca_certsfile",
    explorer: "https://docs.zowe.org/stable/troubleshoot/ze/troubleshoot-ze",
    siteKnowledge: "zowe http-status knowledge check --help"
} as const;
