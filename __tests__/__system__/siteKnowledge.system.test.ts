/**
 * `zowe http-status probe` with site knowledge, against the project's fake z/OSMF on 127.0.0.1: the site's entries
 * that match the failed layer (host glob, status, verdict) come first in the text and in `diagnosis.site`, a broken
 * file gives one warning line and the probe answers as before.
 */
import * as fs from "fs";
import * as path from "path";
import type { IProbeResult } from "../../src";
import { PROJECT_ROOT, createZoweHome, installPlugin, parseRfj, removeZoweHome, runZoweAsync } from "../__helpers__/ZoweCli";

const { startFakeZosmf, zosmfErrorBody } = require("../__servers__/fakeZosmf.js");

const PASSWORD = "SiteProbePw-5521";
let home: string;

beforeAll(() => {
    home = createZoweHome("site-probe");
    installPlugin(PROJECT_ROOT, home);
    fs.mkdirSync(path.join(home, "http-status"));
    fs.writeFileSync(path.join(home, "http-status", "knowledge.json"), JSON.stringify({ entries: [
        { id: "lpar-403", when: { host: "127.0.0.?", status: 403 }, contact: "RACF team, ext. 1234",
            nextSteps: ["Ask for the IZUUSER group"] },
        { id: "authorization", when: { verdict: "authorization", service: "zosmf" }, causes: ["Only IZUUSER members may call z/OSMF here"] },
        { id: "not-this-host", when: { host: "*.example.com" }, contact: "Someone else" }
    ] }, null, 2));
});

afterAll(() => removeZoweHome(home));

it("probe shows the site's entries for a 403 first, in text and --rfj, and warns once about a broken extra file", async () => {
    const server = await startFakeZosmf({ protocol: "http", lifetimeMs: 60000, rules: [{ path: "/zosmf/info", withCredentials: true, status: 403,
        body: zosmfErrorBody({ category: 1, rc: 8, reason: 3, message: "IZUG403E: The user IBMUSER is not authorized." }) }] });
    const broken = path.join(home, "broken.json");
    fs.writeFileSync(broken, "{ \"entries\": [ { \"id\": 7 } ] }");
    try {
        const args = ["http-status", "probe", "--host", "127.0.0.1", "--port", String(server.port), "--user", "ibmuser", "--password", PASSWORD,
            "--protocol", "http"];
        const text = await runZoweAsync(args, home);
        expect(text.status).toBe(14);
        expect([...text.stdout.matchAll(/^From your site \(([\w.-]+), /gm)].map((match) => match[1])).toEqual(["lpar-403", "authorization"]);
        expect(text.stdout.indexOf("From your site")).toBeLessThan(text.stdout.indexOf("\nWhat to do"));
        expect(text.stdout).toContain("Contact: RACF team, ext. 1234");
        expect(text.stderr).toBe("");
        const json = parseRfj<IProbeResult>(args, await runZoweAsync([...args, "--rfj"], home));
        expect(json.data.diagnosis?.verdict).toBe("authorization");
        expect(json.data.diagnosis?.site.map((advice) => advice.id)).toEqual(["lpar-403", "authorization"]);
        const warned = await runZoweAsync(args, home, { ZOWE_HTTP_STATUS_KNOWLEDGE: broken });
        expect(warned.status).toBe(14);
        expect(warned.stderr.trim().split("\n")).toEqual([`Warning: site knowledge left out: ${broken}:1:24: "id" expected a string id ` +
            "of letters, digits, \".\", \"_\" and \"-\" (at most 64), such as \"racf-help\""]);
        expect(warned.stdout).toContain("From your site (lpar-403, ");
        expect(JSON.stringify(json)).not.toContain(PASSWORD);
    } finally {
        await server.close();
    }
});
