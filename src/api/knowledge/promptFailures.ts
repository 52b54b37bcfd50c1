/**
 * Zowe prompting for a connection value and getting no answer. When no option, ZOWE_OPT_ variable or profile gives
 * a value a command needs (a user name, a password, a host, a token), imperative's ConnectionPropsForSessCfg prints
 * "Required connection properties are missing in your Zowe client configuration." and prompts for each; with no
 * terminal to answer (a script, CI, a pipe, an IDE task) the prompt ends with `Timed out waiting for <property>.`,
 * naming the property as the config does. No request was sent. The report names the value (SUSPECT_VALUES) and
 * where it could be set, from the origins of the call.
 */
import type { IKnowledgeEntry } from "./doc/IKnowledgeEntry";

export const PROMPT_FAILURES: readonly IKnowledgeEntry[] = [
    {
        id: "zowe-prompt-timed-out",
        kind: "rule",
        when: { textMatches: ["\\bTimed out waiting for [A-Za-z]{1,32}(?: [a-z]{1,16})?\\."] },
        priority: 500,
        advice: {
            summary:
                "Zowe stopped waiting for a value it prompted for: the command needs a connection value that no option, " +
                "ZOWE_OPT_ variable or profile gives, and nobody answered the prompt (a script, CI or a pipe has no terminal). " +
                "No request was sent, so this is no network or server timeout.",
            verdict: "client-config",
            causes: [
                "The value is in no profile: the profile lists it as secure, but the secure vault holds none for it " +
                "(a new machine, a CI runner, or a vault that could not be opened), or it was never set.",
                "The command ran without a terminal (a script, a CI job, a pipe, an editor task), so nobody saw the prompt.",
                "The command used another profile than the one that holds the value (--zosmf-profile, --base-profile or the defaults)."
            ],
            nextSteps: [
                "Run the command once in a terminal: Zowe prompts for each missing value by name, and can store it for the profile.",
                "In a script or CI, give the value from the job's secret store as a ZOWE_OPT_ variable (ZOWE_OPT_USER, ZOWE_OPT_PASSWORD) " +
                "rather than typing it into the script."
            ],
            nextCommands: [
                {
                    command: "zowe config list --locations",
                    purpose: "See which profiles and files give host, port, user and password, and which are secure."
                },
                {
                    command: "zowe config secure",
                    purpose: "Enter the secure values (user, password, tokens) the config lists, into the secure vault."
                }
            ]
        },
        source: {
            title: "@zowe/imperative ConnectionPropsForSessCfg: \"Required connection properties are missing\" and \"Timed out waiting for ...\"",
            url: "https://github.com/zowe/zowe-cli/blob/master/packages/imperative/src/rest/src/session/ConnectionPropsForSessCfg.ts"
        }
    }
];
