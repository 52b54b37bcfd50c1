// Lint rules: the Zowe plug-in conventions that a reviewer would otherwise have to police by hand.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const regexp = require("eslint-plugin-regexp");

module.exports = tseslint.config(
    { ignores: ["lib/**", "node_modules/**", "__tests__/__results__/**", "coverage/**"] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ["**/*.ts"],
        rules: {
            "no-console": "error",
            "max-len": ["error", { code: 150, ignoreRegExpLiterals: true, ignoreUrls: true }],
            "semi": ["error", "always"],
            "indent": ["error", 4, { SwitchCase: 1 }],
            "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports" }],
            "@typescript-eslint/no-explicit-any": "off"
        }
    },
    {
        // Definitions and pluginDef are loaded by every zowe command: they must import types only.
        files: ["src/pluginDef.ts", "src/cli/*/*.definition.ts"],
        rules: {
            "no-restricted-imports": ["error", { patterns: [{
                // Only the option constants every z/OSMF command uses, by their own module (no SDK index).
                regex: "^(?!@zowe/(zosmf-for-zowe-sdk/lib/ZosmfSession|core-for-zowe-sdk/lib/constants/Core\\.constants)$)",
                allowTypeImports: true,
                message: "Definitions import types only: every zowe command loads them."
            }] }]
        }
    },
    {
        // The diagnostics module is the package's public API: require("http-status-for-zowe-cli") must not load the
        // imperative root index (about 700 modules). Value imports go by module, loaded on first use.
        files: ["src/api/**/*.ts"],
        rules: {
            "no-restricted-imports": ["error", { paths: [{
                name: "@zowe/imperative",
                allowTypeImports: true,
                message: "Import the module you need (e.g. @zowe/imperative/lib/censor/src/Censor), lazily."
            }] }]
        }
    },
    {
        // User input reaches these patterns (--input accepts 64 MB): every regex in src/ must run in linear time.
        files: ["src/**/*.ts"],
        plugins: { regexp },
        rules: {
            "regexp/no-super-linear-backtracking": ["error", { report: "potential" }],
            "regexp/no-super-linear-move": ["error", { report: "potential", ignorePartial: false }]
        }
    },
    {
        files: ["**/*.js"],
        languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly", Buffer: "readonly", setTimeout: "readonly", clearTimeout: "readonly" } },
        rules: { "@typescript-eslint/no-require-imports": "off" }
    },
    {
        files: ["__tests__/**/*.ts"],
        rules: { "no-console": "off", "@typescript-eslint/no-require-imports": "off", "max-len": ["error", { code: 170 }] }
    }
);
