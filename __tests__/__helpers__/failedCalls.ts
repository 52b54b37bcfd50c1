import type { IFailedCall } from "../../src/api/failure/doc/IFailedCall";
import type { IRestErrorFields } from "../../src/api/readers/RestErrorRecord";
import { toFailedCall } from "../../src/api/readers/RestErrorRecord";

const context = { time: null, command: null, evidence: { kind: "rfj" as const, file: null } };

/**
 * A failed call as toFailedCall builds it from the fields of Zowe's REST client error: an https GET to
 * mf.example.com:443 with no base path, authenticated as `authUsed`, with the given fields on top.
 * @param fields - the error's fields (httpStatus, resource, causeErrors, ...)
 * @param authUsed - what imperative's "Auth type used" line says
 */
export function failedCall(fields: IRestErrorFields, authUsed = "basic"): IFailedCall {
    const status = typeof fields.httpStatus === "number" ? fields.httpStatus : null;
    const call = toFailedCall({
        protocol: "https", host: "mf.example.com", port: 443, basePath: "", request: "GET",
        additionalDetails: `${status == null ? "HTTP(S) client encountered an error." : `Received HTTP(S) error ${status} = Error.`}\n\n` +
            `Auth type used:    ${authUsed}\nAllow Unauth Cert: false\n`,
        ...fields
    }, context);
    if (call == null) {
        throw new Error("toFailedCall read no call");
    }
    return call;
}
