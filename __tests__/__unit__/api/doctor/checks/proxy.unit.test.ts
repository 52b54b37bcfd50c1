import { proxyCheck } from "../../../../../src/api/doctor/checks/proxy";
import { doctorFacts } from "../../../../__helpers__/doctorFacts";

const proxy = { url: "http://proxy.example.com:8080", host: "proxy.example.com", port: 8080, chosenBy: "environment" as const,
    variable: "HTTPS_PROXY",
    credentials: "none" as const, bypassed: false };

describe("proxy", () => {
    it("warns when a proxy variable sends a profile host through a proxy, with the NO_PROXY to set", () => {
        const outcome = proxyCheck.run(doctorFacts({ proxies: [{ profile: "lpar1", host: "mf.example.com", protocol: "https", proxy }] }));
        expect(outcome.state).toBe("warn");
        expect(outcome.finding).toContain("lpar1 (https://mf.example.com) goes through http://proxy.example.com:8080 (set by HTTPS_PROXY)");
        expect(outcome.fix).toBe("export NO_PROXY=mf.example.com (unless z/OS is reached only through this proxy)");
        const listed = proxyCheck.run(doctorFacts({ env: { NO_PROXY: "other" }, proxies: [{ profile: "a", host: "mf", protocol: "https",
            proxy }] }));
        expect(listed.fix).toContain("export NO_PROXY=\"$NO_PROXY,mf\"");
    });
    it("is ok when NO_PROXY lists the host or no proxy applies", () => {
        expect(proxyCheck.run(doctorFacts({ proxies: [{ profile: "a", host: "mf", protocol: "https", proxy: { ...proxy,
            bypassed: true } }] })).state).toBe("ok");
        expect(proxyCheck.run(doctorFacts({ proxies: [{ profile: "a", host: "mf", protocol: "https" }] })).state).toBe("ok");
        expect(proxyCheck.run(doctorFacts()).state).toBe("skip");
    });
});
