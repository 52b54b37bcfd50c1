/**
 * The help a user reads, through the real Zowe CLI: every command lists each option once (Zowe adds the base profile
 * to every command with a profile, so declaring it again listed --base-profile twice), summaries stay as short as
 * Zowe's command format standards ask (about six words), and the group's help names every command.
 */
import { PROJECT_ROOT, createZoweHome, installPlugin, removeZoweHome, runZowe } from "../__helpers__/ZoweCli";

const COMMANDS = ["explain", "last-error", "list", "probe", "doctor"];
/** The commands of the knowledge group: their help is checked through the group. */
const KNOWLEDGE_COMMANDS = ["check", "list"];
let home: string;

beforeAll(() => {
    home = createZoweHome("help");
    installPlugin(PROJECT_ROOT, home);
});

afterAll(() => removeZoweHome(home));

it.each(COMMANDS)("zowe http-status %s --help lists each option once", (command) => {
    const help = runZowe(["http-status", command, "--help"], home);
    expect(help.status).toBe(0);
    const options = [...help.stdout.matchAll(/^ {3}(--[a-z][a-z0-9-]*)/gm)].map((match) => match[1]);
    expect(options.length).toBeGreaterThan(3);
    expect(options.filter((option, index) => options.indexOf(option) !== index)).toEqual([]);
});

it("probe names each profile it reads once", () => {
    const inputs = runZowe(["http-status", "probe", "--show-inputs-only", "--host", "mf.example.com"], home);
    const profiles = /^optionalProfiles:\s*\n((?: {2}- .+\n)+)/m.exec(inputs.stdout)?.[1];
    expect(profiles?.trim().split("\n").map((line) => line.replace(/^\s*- /, ""))).toEqual(["zosmf", "base"]);
});

it("the group's help lists every command with a summary of at most eight words", () => {
    const help = runZowe(["http-status", "--help"], home).stdout;
    for (const command of COMMANDS) {
        const row = new RegExp(`^ {3}${command} \\| [a-z]+ +(.+?) *$`, "m").exec(help);
        expect(row?.[1].split(/\s+/).length).toBeLessThanOrEqual(8);
    }
    expect(help).toContain("probe a connection layer by layer");
    expect(help).toMatch(/^ {3}knowledge \| kn +Check and list site knowledge files *$/m);
});

it.each(KNOWLEDGE_COMMANDS)("zowe http-status knowledge %s --help names the files it reads, with examples", (command) => {
    const help = runZowe(["http-status", "knowledge", command, "--help"], home);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("ZOWE_HTTP_STATUS_KNOWLEDGE");
    expect(help.stdout).toContain("http-status/knowledge.json");
    expect((help.stdout.match(/^ {3}- /gm) ?? []).length).toBeGreaterThanOrEqual(2);
    const group = runZowe(["http-status", "knowledge", "--help"], home).stdout;
    expect(group).toMatch(new RegExp(`^ {3}${command} \\| [a-z]+ +\\S`, "m"));
});
