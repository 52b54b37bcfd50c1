/**
 * Preload for oldCliFixtures.js (`NODE_OPTIONS=--require <this file>`): makes the name `no-such-host.invalid` fail
 * exactly as getaddrinfo fails for an unknown host, without sending any DNS query.
 *
 * It replaces `dns.lookup` (which Node's net/http/https call for every host name) with a wrapper: for
 * `no-such-host.invalid` it calls back, asynchronously, with the Error Node itself makes for EAI_NONAME on Linux
 * (message `getaddrinfo ENOTFOUND no-such-host.invalid`, code `ENOTFOUND`, errno -3008, syscall `getaddrinfo`,
 * hostname, and a one-frame stack `at GetAddrInfoReqWrap.onlookup[all] [as oncomplete] (node:dns:L:C)` with the line
 * and column of this Node's own dns source, so logged stacks look like Node's and do not name this file); every other
 * name goes to the real lookup unchanged. `dns.promises.lookup` is wrapped the same way.
 * `HS_FAKE_UNKNOWN_HOSTS` (comma-separated) adds names that fail the same way (the proxy tests' `zos.internal.example`,
 * which only their fake proxy knows); with `HS_FAKE_DNS_LOG` set to a file, every lookup of such a name appends the
 * name and the process id to it, so a test can prove a name was, or was never, looked up.
 * Plain CommonJS, no dependencies; it is only ever loaded into the Zowe CLI processes the tests and fixture script start.
 */

"use strict";

const dns = require("dns");

const FAKE_UNKNOWN_HOST = "no-such-host.invalid";
/** UV_EAI_NONAME on Linux, as `require("os").constants` does not expose it. */
const UV_EAI_NONAME = -3008;

/**
 * The stack frame Node's own error gets: `GetAddrInfoReqWrap.onlookup[all] [as oncomplete] (node:dns:<line>:<col>)`,
 * with the line and column of `new DNSException` read from this Node's built-in dns source (no guessing per version).
 * @param {boolean} all whether the lookup asked for all addresses (net does, with autoSelectFamily on Node >= 20)
 * @returns {string}
 */
function nodeFrame(all) {
    const fn = all ? "onlookupall" : "onlookup";
    try {
        const source = String(/** @type {any} */ (process).binding("natives").dns);
        const lines = source.split("\n");
        const start = lines.findIndex((line) => line.startsWith("function " + fn + "("));
        for (let i = start; start >= 0 && i < start + 8; i++) {
            const col = lines[i].indexOf("new DNSException(");
            if (col >= 0) {
                return "    at GetAddrInfoReqWrap." + fn + " [as oncomplete] (node:dns:" + (i + 1) + ":" + (col + 1) + ")";
            }
        }
    } catch {
        // fall through
    }
    return "    at GetAddrInfoReqWrap." + fn + " [as oncomplete] (node:dns)";
}

/**
 * @param {string} hostname
 * @param {boolean} all
 * @returns {Error & { errno: number, code: string, syscall: string, hostname: string }}
 */
function enotfound(hostname, all) {
    const err = /** @type {any} */ (new Error("getaddrinfo ENOTFOUND " + hostname));
    err.errno = UV_EAI_NONAME;
    err.code = "ENOTFOUND";
    err.syscall = "getaddrinfo";
    err.hostname = hostname;
    err.stack = "Error: " + err.message + "\n" + nodeFrame(all);
    return err;
}

/**
 * @param {string} hostname
 * @returns {boolean}
 */
function isFakeUnknown(hostname) {
    if (typeof hostname !== "string") {
        return false;
    }
    const name = hostname.toLowerCase().replace(/\.$/, "");
    const extra = (process.env.HS_FAKE_UNKNOWN_HOSTS || "").split(",").map((entry) => entry.trim().toLowerCase()).filter(Boolean);
    if (name !== FAKE_UNKNOWN_HOST && !extra.includes(name)) {
        return false;
    }
    if (process.env.HS_FAKE_DNS_LOG) {
        require("fs").appendFileSync(process.env.HS_FAKE_DNS_LOG, name + " " + process.pid + "\n");
    }
    return true;
}

const realLookup = dns.lookup;
/** @type {any} */
function lookup(hostname, options, callback) {
    if (isFakeUnknown(hostname)) {
        const cb = typeof options === "function" ? options : callback;
        const all = typeof options === "object" && options !== null && options.all === true;
        process.nextTick(() => cb(enotfound(hostname, all)));
        return {};
    }
    return realLookup.apply(this, arguments);
}
dns.lookup = lookup;

if (dns.promises && typeof dns.promises.lookup === "function") {
    const realPromiseLookup = dns.promises.lookup;
    dns.promises.lookup = function (hostname, ...rest) {
        if (isFakeUnknown(hostname)) {
            const options = rest[0];
            return Promise.reject(enotfound(hostname, typeof options === "object" && options !== null && options.all === true));
        }
        return realPromiseLookup.call(this, hostname, ...rest);
    };
}
