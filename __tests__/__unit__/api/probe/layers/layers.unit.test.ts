/**
 * The probe's layers as modules and its paths as data: every layer a path names is one module under layers/ whose
 * name is its own, and each has a test that drives it (the system and unit tests of the probe name them).
 */
import * as fs from "fs";
import * as path from "path";
import { PROBE_LAYERS, PROBE_PATHS } from "../../../../../src/api/probe/layers";
import { PROJECT_ROOT } from "../../../../__helpers__/ZoweCli";

describe("probe layers", () => {
    it("are one module each, named as the layer", () => {
        const modules = fs.readdirSync(path.join(PROJECT_ROOT, "src", "api", "probe", "layers")).filter((file) => file !== "index.ts")
            .map((file) => file.replace(/\.ts$/, "")).sort();
        expect(modules).toEqual(Object.keys(PROBE_LAYERS).sort());
        for (const [name, layer] of Object.entries(PROBE_LAYERS)) {
            expect(layer.name).toBe(name);
        }
    });

    it("make the two paths, in the order Zowe's connection goes", () => {
        expect(PROBE_PATHS.direct).toEqual(["dns", "tcp", "tls", "http", "auth"]);
        expect(PROBE_PATHS.proxied).toEqual(["dns", "tcp", "proxy", "tls", "http", "auth"]);
        for (const names of Object.values(PROBE_PATHS)) {
            expect(names.every((name) => PROBE_LAYERS[name] != null)).toBe(true);
        }
    });
});
