/**
 * In-process cost of hostile input for the pieces that read evidence text: each piece on hostile text against the
 * same piece on ordinary text of the same kind, as CPU-time ratios taken side by side (rounds interleaved, medians).
 * These were wall-clock assertions in unit tests once; a loaded 2-core machine made them flaky, so they live here.
 * Run by `npm run bench` (after the build: it loads lib/).
 */
"use strict";
const path = require("path");

const lib = path.resolve(__dirname, "..", "..", "lib", "api");
const { proxyWords } = require(path.join(lib, "probe", "proxyTunnel.js"));
const { recogniseService } = require(path.join(lib, "readers", "recogniseService.js"));
const { parseInspected } = require(path.join(lib, "readers", "InspectParser.js"));
const { Redactor } = require(path.join(lib, "redaction", "Redactor.js"));
const { globMatches } = require(path.join(lib, "site", "siteGlob.js"));

/** CPU milliseconds of one call of `work` (user + system). */
function cpuMs(work) {
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

/** `unit` repeated to `length` characters: ordinary text as long as the hostile text it is weighed against. */
const sized = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/**
 * Each case: a piece of the reader, and hostile texts for it, each weighed against ordinary text of the same length
 * (the ratio then says what hostile shape costs beyond its size).
 */
const CASES = [
    {
        name: "proxy page words (proxyWords)",
        read: (text) => proxyWords("Forbidden", text),
        ordinary: "<html><body><p>Access denied by policy</p></body></html>",
        hostile: ["<".repeat(1e6), " ".repeat(1e6), "<script".repeat(1e5), "&".repeat(1e6)]
    },
    {
        name: "service recognition (recogniseService)",
        read: (text) => recogniseService({ message: text, body: text, around: text }),
        ordinary: "Rest API failure with HTTP(S) status 500 on a call. ",
        hostile: ["SQL30082N reason \"api_response1 5xmlns: http://".repeat(20000) + "\n550".repeat(1000)]
    },
    {
        name: "inspect parser (parseInspected)",
        read: (text) => parseInspected(`[\n${text}]`),
        ordinary: "  { a: 1, b: 'x', c: [ 'y', 2 ] },\n",
        hostile: [`{\n  causeErrors: Error: first${"\n".repeat(30000)}  second\n      at x (y.js:1:1),\n  source: 'client'\n}`,
            Array.from({ length: 100000 }, (_, index) => `${" ".repeat(index % 7)}Error: x\n`).join("")]
    },
    {
        name: "redaction (Redactor.text)",
        read: (text) => new Redactor(["canary-1"]).text(text),
        ordinary: "Authorization: Basic dXNlcjpwYXNz\nuser canary-1 got 401\n",
        hostile: ["\n".repeat(1 << 20) + " \n".repeat(1 << 19) + "authorization:\n".repeat(1 << 16) + "Authorization: Basic canary-1"]
    },
    {
        name: "site globs (globMatches)",
        // The longest part a glob may have, which almost matches everywhere: the worst case of the leftmost search.
        read: (text) => globMatches(`*${"a".repeat(254)}b*`, text),
        ordinary: "mf.example.com/zosmf/restfiles/ds?dslevel=IBMUSER.*",
        hostile: ["a".repeat(100000)]
    }
];

/**
 * Measure every case over `rounds` interleaved rounds and write one line each: the medians and their ratio.
 * @param {number} rounds
 * @param {(line: string) => void} write
 */
function benchHostileInProcess(rounds, write) {
    const times = CASES.map(() => ({ ordinary: [], hostile: [] }));
    const ordinaryTexts = CASES.map((test) => test.hostile.map((text) => sized(test.ordinary, text.length)));
    const runAll = (test, texts) => () => texts.forEach((text) => test.read(text));
    for (let round = 0; round <= rounds; round++) {
        CASES.forEach((test, index) => {
            const ordinary = cpuMs(runAll(test, ordinaryTexts[index]));
            const hostile = cpuMs(runAll(test, test.hostile));
            // Round 0 warms the code up and is not counted.
            if (round > 0) {
                times[index].ordinary.push(ordinary);
                times[index].hostile.push(hostile);
            }
        });
    }
    CASES.forEach((test, index) => {
        const ordinary = median(times[index].ordinary);
        const hostile = median(times[index].hostile);
        write(`in process, hostile / ordinary text of the same length, CPU time, ${test.name}: ${(hostile / Math.max(ordinary, 0.01)).toFixed(2)} ` +
            `(medians ${hostile.toFixed(1)} / ${ordinary.toFixed(1)} ms)\n`);
    });
}

module.exports = { benchHostileInProcess };

if (require.main === module) {
    benchHostileInProcess(Number(process.env.BENCH_RUNS || 21), (line) => process.stdout.write(line));
}
