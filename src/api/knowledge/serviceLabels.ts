import type { ZoweServiceName } from "./doc/IHttpStatus";

/** How each server is named to a person, in text output. */
export const SERVICE_LABELS: Readonly<Record<ZoweServiceName, string>> = {
    zosmf: "z/OSMF",
    apiml: "API ML gateway",
    liberty: "Liberty (the web server under z/OSMF)",
    cics: "CICS CMCI",
    db2: "Db2 REST services",
    any: "Any server"
};
