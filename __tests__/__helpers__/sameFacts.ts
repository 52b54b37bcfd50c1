/**
 * The one oracle of the system tests: a report holds the facts of the REST client error Zowe itself produced (the
 * failed command's --rfj `error`, or an SDK error's `mDetails`).
 */
import type { IFailureReport } from "../../src";

/** The fields of imperative's REST client error that a report must repeat. */
export interface IRestErrorFacts {
    httpStatus?: number | null;
    request?: string;
    host?: string;
    port?: number;
    resource?: string;
    source?: string;
}

/** Expect a report's status, request and source to be the error's own. */
export function expectSameFacts(report: IFailureReport, error: IRestErrorFacts): void {
    expect(report.status).toBe(error.httpStatus ?? null);
    expect(report.request.method).toBe(error.request);
    expect(report.request.host).toBe(error.host);
    expect(report.request.port).toBe(error.port);
    expect(report.request.resource).toBe(error.resource);
    expect(report.source).toBe(error.source);
}
