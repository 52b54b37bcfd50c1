/**
 * Jest runs three kinds of test, told apart by folder:
 * - __unit__: the diagnostics module and the handlers, in process;
 * - __integration__: the plug-in installed into the real Zowe CLI in a temporary ZOWE_CLI_HOME;
 * - __system__: the same, with the project's fake z/OSMF serving on 127.0.0.1.
 * Integration and system tests spawn `zowe`, so they get long time-outs.
 */
// jest --outputFile does not create folders: make the results folder the README's test command writes to.
require("fs").mkdirSync(require("path").join(__dirname, "__tests__", "__results__"), { recursive: true });

module.exports = {
    testEnvironment: "node",
    roots: ["<rootDir>/__tests__"],
    testRegex: "\\.test\\.ts$",
    transform: {
        "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/__tests__/tsconfig.json" }]
    },
    testTimeout: 240000,
    collectCoverageFrom: ["src/**/*.ts"],
    modulePathIgnorePatterns: ["<rootDir>/lib/", "<rootDir>/__tests__/__results__/"]
};
