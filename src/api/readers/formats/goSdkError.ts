import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import { readOwnError } from "../shared/readOwnError";
import { foreignNetworkError } from "../shared/foreignErrorWords";

/**
 * The Zowe Go SDK's errors (zowe/zowe-client-go-sdk, pkg/jobs and pkg/datasets: `API request failed with status %d:
 * %s`, the raw body after it) and Go's net/http errors below them: `Get "https://mf:443/zosmf/info": dial tcp
 * 192.0.2.1:443: connect: connection refused`, `x509: certificate signed by unknown authority`.
 */
const GO_ERROR = /API request failed with status \d{3}|\b(?:Get|Post|Put|Delete) "https?:\/\/[^"\n]{1,2000}": |\bdial tcp [^\n]{1,200}|\bx509: [^\n]{1,200}/;
const GO_URL = /\b(GET|POST|PUT|DELETE) "(https?):\/\/([^/:"\s]{1,253})(?::(\d{1,5}))?(\/[^"\s]{0,2000})?"/i;

/** A Zowe Go SDK error or a Go net/http error: the request's method and URL come from Go's own wording. */
export const GO_SDK_ERROR: IEvidenceFormat = {
    id: "go-sdk-error",
    label: "a Zowe Go SDK or Go net/http error",
    ownErrors: true,
    detect: (text) => (GO_ERROR.test(text.slice(0, 65536)) ? 0.45 : 0),
    read: (text, context) => {
        const url = GO_URL.exec(text);
        const status = /API request failed with status (\d{3}): ?([^\n]{0,2000})/.exec(text);
        const failure = readOwnError(text, GO_SDK_ERROR, {
            answer: status == null ? undefined : { status: Number(status[1]), body: status[2] },
            kind: "text", client: "sdk", message: status?.[0] ?? GO_ERROR.exec(text)?.[0] ?? null,
            networkError: status == null ? foreignNetworkError(text) : null,
            request: url == null ? {} : { method: url[1].toUpperCase(), protocol: url[2], host: url[3], port: url[4] == null ? null : Number(url[4]),
                resource: url[5] ?? null }
        }, context);
        if (status != null && failure.call.status == null) {
            failure.call.status = Number(status[1]);
            failure.call.source = "http";
        }
        return [failure];
    }
};
