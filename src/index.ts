/**
 * The public API of http-status-for-zowe-cli: the shared diagnostics module. Other plug-ins and Zowe Explorer
 * extensions can `import { explainStatus } from "http-status-for-zowe-cli"` without the CLI.
 */
export * from "./api";
