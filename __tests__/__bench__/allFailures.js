/**
 * `last-error --all` over 1,000 failures that each have a z/OSMF stack in zowe.log: how long the API takes and how
 * many files it opens. Run by hand against a built checkout: node __tests__/__bench__/allFailures.js <checkout folder>
 */
const fs = require("fs"), path = require("path"), os = require("os");
const lib = path.resolve(process.argv[2] ?? ".");
const { findLastFailures } = require(path.join(lib, "lib"));
const res = path.join(lib, "__tests__", "__resources__", "logs");
const f500 = fs.readFileSync(path.join(res, "failure-500.log"), "utf8");
const z500 = fs.readFileSync(path.join(res, "zowe-500.log"), "utf8");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hs-all-"));
let imp = "", zow = "";
for (let i = 0; i < 1000; i++) {
  const base = new Date(Date.UTC(2026, 10, 25, 10, 0, 0) + i * 5000);
  const p = (n, w = 2) => String(n).padStart(w, "0");
  const stamp = `${base.getUTCFullYear()}/${p(base.getUTCMonth() + 1)}/${p(base.getUTCDate())} ${p(base.getUTCHours())}:${p(base.getUTCMinutes())}:${p(base.getUTCSeconds())}`;
  imp += f500.replace(/2026\/11\/25 13:16:22/g, stamp);
  zow += z500.replace(/2026\/11\/25 13:16:22/g, stamp);
}
fs.writeFileSync(path.join(dir, "imperative.log"), imp); fs.writeFileSync(path.join(dir, "zowe.log"), zow);
let opens = 0; const o = fs.openSync; fs.openSync = (...a) => { opens++; return o(...a); };
const t = process.hrtime.bigint();
const { readLoggedFailures } = require(path.join(lib, "lib")); const t0 = process.hrtime.bigint(); readLoggedFailures({ logDir: dir, limit: 1000 }); console.log("read only", Number(process.hrtime.bigint() - t0) / 1e9); const r = findLastFailures({ logDir: dir, limit: 1000 });
console.log(`--all over 1000 failures with z/OSMF stacks: ${r.reports.length} reports, ${r.reports.filter(x => x.server.stack).length} with stack, ${(Number(process.hrtime.bigint() - t) / 1e9).toFixed(2)} s, ${opens} opens`);
fs.rmSync(dir, { recursive: true, force: true });
