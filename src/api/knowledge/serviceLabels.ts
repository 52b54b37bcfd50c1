import type { ZoweServiceName } from "./doc/IHttpStatus";

/** How each server is named to a person, in text output. */
export const SERVICE_LABELS: Readonly<Record<ZoweServiceName, string>> = {
    zosmf: "z/OSMF",
    apiml: "API ML gateway",
    liberty: "Liberty (the web server under z/OSMF)",
    cics: "CICS CMCI",
    mq: "IBM MQ REST API",
    db2: "Db2",
    ims: "IMS Operations API",
    ftp: "z/OS FTP server",
    rse: "IBM RSE API",
    endevor: "Endevor Web Services",
    zosconnect: "z/OS Connect",
    any: "Any server"
};
