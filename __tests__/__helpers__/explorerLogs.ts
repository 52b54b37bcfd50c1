/**
 * Zowe Explorer log events made from REAL SDK errors: a call with the Zowe SDK (ZosmfRestClient) fails against the
 * fake z/OSMF on 127.0.0.1, and the error is written as Zowe Explorer's logger writes it (research notes
 * explorer-and-formats.md §1.3, §2.1):
 * - 3.1+: `[YYYY/MM/DD HH:mm:ss.SSS] [ERROR] [main.extension.js:51] ${errorDetails.toString()}\n` +
 *   `util.inspect({ errorDetails, apiType, profile: undefined, scenario }, { depth: null })`
 * - 2.8–3.0: the same with `{ errorDetails, label, moreInfo }`
 * - 2.5–2.7: `${errorDetails}\n` + `JSON.stringify({ errorDetails, label, moreInfo })` (one line)
 */
import * as fs from "fs";
import * as path from "path";
import * as util from "util";
import { Session } from "@zowe/imperative";
import { ZosmfRestClient } from "@zowe/core-for-zowe-sdk";
import type { FakeZosmfRule } from "../__servers__/fakeZosmf";

const { startFakeZosmf } = require("../__servers__/fakeZosmf.js");

/** A failed SDK call: the error the SDK threw, and where the call went. */
export interface ISdkFailure {
    error: any;
    port: number;
}

/**
 * Make one real failing SDK call: GET `resource` against a fake z/OSMF answering with `rules` (or a closed port).
 * Bounded: the server lives 20 s at most and is closed in finally.
 */
export async function failingSdkCall(rules: FakeZosmfRule[], options: { resource?: string; password?: string; refused?: boolean;
    headers?: Array<Record<string, string>> } = {}): Promise<ISdkFailure> {
    const server = await startFakeZosmf({ protocol: "http", rules, lifetimeMs: 20000 });
    const port: number = options.refused === true ? 9 : server.port;
    try {
        const session = new Session({
            hostname: "127.0.0.1", port, protocol: "http", user: "ibmuser", password: options.password ?? "secret", type: "basic",
            rejectUnauthorized: false
        });
        await ZosmfRestClient.getExpectJSON(session, options.resource ?? "/zosmf/restfiles/ds?dslevel=IBMUSER.*", options.headers ?? []);
    } catch (error) {
        return { error, port };
    } finally {
        await server.close();
    }
    throw new Error("the SDK call did not fail");
}

/** `2026/11/30 05:49:12.345` (Explorer's files), or without milliseconds (its Output channel). */
export function explorerTime(date: Date, withMs = true): string {
    const two = (n: number): string => String(n).padStart(2, "0");
    const ms = withMs ? `.${String(date.getMilliseconds()).padStart(3, "0")}` : "";
    return `${date.getFullYear()}/${two(date.getMonth() + 1)}/${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}:` +
        `${two(date.getSeconds())}${ms}`;
}

/** The local time the reader reports for a Date: `2026-11-30T05:49:12.345`. */
export function isoLocal(date: Date): string {
    return explorerTime(date).replace(/\//g, "-").replace(" ", "T");
}

/** One ERROR event as Zowe Explorer 3.1+ logs it. */
export function eventV31(error: any, date: Date, apiType = "mvs", scenario = "Retrieving response from MVS list API"): string {
    return `[${explorerTime(date)}] [ERROR] [main.extension.js:51] ${error.toString()}\n` +
        `${util.inspect({ errorDetails: error, apiType, profile: undefined, scenario }, { depth: null })}\n`;
}

/** One ERROR event as Zowe Explorer 2.8 to 3.0 logs it. */
export function eventV28(error: any, date: Date, label = "IBMUSER.*", moreInfo = "Retrieving response from zowe.List"): string {
    return `[${explorerTime(date)}] [ERROR] [extension.js:32] ${error.toString()}\n` +
        `${util.inspect({ errorDetails: error, label, moreInfo }, { depth: null })}\n`;
}

/** One ERROR event as Zowe Explorer 2.5 to 2.7 logs it: the error, then one JSON line. */
export function eventV25(error: any, date: Date, label = "IBMUSER.*", moreInfo = "Retrieving response from zowe.List"): string {
    return `[${explorerTime(date)}] [ERROR] [extension.js:32] ${error}\n${JSON.stringify({ errorDetails: error, label, moreInfo })}\n`;
}

/** An INFO line Explorer writes all the time. */
export function infoLine(date: Date, text = "Zowe Explorer log level: INFO"): string {
    return `[${explorerTime(date)}] [INFO] [main.extension.js:51] ${text}\n`;
}

/** Write (or append to) `<dir>/logs/zowe.log`. */
export function writeExplorerLog(extensionDir: string, text: string, append = false): string {
    const file = path.join(extensionDir, "logs", "zowe.log");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    (append ? fs.appendFileSync : fs.writeFileSync)(file, text);
    return file;
}
