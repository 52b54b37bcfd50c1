import type { IDoctorCheck, IPluginFacts } from "../doc/IDoctor";
import { DOCS } from "../docLinks";
import type { IZoweRelease } from "../../knowledge/zoweReleases";
import { zoweReleaseOfCli, zoweReleaseOfCliRange, zoweReleaseOfImperativeRange } from "../../knowledge/zoweReleases";
import { shellWord } from "../../diagnose/shellQuote";

/** The Zowe release a plug-in declares it was built for: its imperative peer range, else its Zowe CLI one. */
function builtFor(plugin: IPluginFacts): IZoweRelease | undefined {
    return (plugin.imperativeRange == null ? undefined : zoweReleaseOfImperativeRange(plugin.imperativeRange)) ??
        (plugin.cliRange == null ? undefined : zoweReleaseOfCliRange(plugin.cliRange));
}

function declared(plugin: IPluginFacts): string {
    return plugin.imperativeRange != null ? `@zowe/imperative ${plugin.imperativeRange}` :
        plugin.cliRange != null ? `@zowe/cli ${plugin.cliRange}` : "no @zowe/imperative or @zowe/cli peer range";
}

/** Each installed plug-in declares a peer range that fits the running CLI, and imperative loaded it without problems. */
export const pluginsCheck: IDoctorCheck = {
    id: "plugins",
    title: "Installed plug-ins fit this Zowe CLI",
    docs: DOCS.plugins,
    run({ plugins, runtime }) {
        if (plugins.length === 0) {
            return { state: "skip", finding: "No plug-in is installed (plugins/plugins.json lists none)." };
        }
        const running = runtime.zoweCli == null ? undefined : zoweReleaseOfCli(runtime.zoweCli);
        const wrongRelease = plugins.filter((plugin) => running != null && builtFor(plugin) != null && builtFor(plugin) !== running);
        const missing = plugins.filter((plugin) => !plugin.found);
        const withIssues = plugins.filter((plugin) => plugin.issues.length > 0 && !wrongRelease.includes(plugin) && !missing.includes(plugin));
        if (wrongRelease.length > 0 && running != null) {
            return {
                state: "fail",
                finding: wrongRelease.map((plugin) => `${plugin.name} ${plugin.version ?? ""}`.trim() +
                    ` declares ${declared(plugin)}: built for Zowe ${builtFor(plugin)?.zowe}, this CLI is Zowe ${running.zowe} ` +
                    `(${runtime.zoweCli}); its commands can fail with errors such as "... is not a function".`).join(" "),
                fix: wrongRelease.map((plugin) => `zowe plugins install ${shellWord(`${plugin.name}@${running.distTag}`)}`).join(" && ") +
                    ` (or a version of the plug-in whose peerDependencies name @zowe/imperative ^${running.imperativeMajor})`
            };
        }
        if (missing.length > 0) {
            return {
                state: "fail",
                finding: `${missing.map((plugin) => plugin.name).join(", ")}: listed in plugins/plugins.json but no package.json was found in ` +
                    `plugins/installed.`,
                fix: missing.map((plugin) => `zowe plugins install ${shellWord(plugin.name)}`).join(" && ")
            };
        }
        if (withIssues.length > 0) {
            return {
                state: "warn",
                finding: withIssues.map((plugin) => `${plugin.name}: ${plugin.issues.join(" ")}`).join(" "),
                fix: withIssues.map((plugin) => `zowe plugins validate ${shellWord(plugin.name)}`).join(" && ")
            };
        }
        return { state: "ok", finding: plugins.map((plugin) =>
            `${plugin.name} ${plugin.version ?? "(version unknown)"} (${declared(plugin)})`).join(", ") + "." };
    }
};
