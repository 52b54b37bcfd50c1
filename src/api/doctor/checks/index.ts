import type { IDoctorCheck } from "../doc/IDoctor";
import { versionsCheck } from "./versions";
import { pluginsCheck } from "./plugins";
import { daemonCheck } from "./daemon";
import { configProfileCheck } from "./configProfile";
import { configDefaultsCheck } from "./configDefaults";
import { configConnectionCheck } from "./configConnection";
import { configRejectUnauthorizedCheck } from "./configRejectUnauthorized";
import { configCertFilesCheck } from "./configCertFiles";
import { configProtocolPortCheck } from "./configProtocolPort";
import { credentialManagerCheck } from "./credentialManager";
import { secureFieldsCheck } from "./secureFields";
import { plainTextSecretsCheck } from "./plainTextSecrets";
import { tokensCheck } from "./tokens";
import { proxyCheck } from "./proxy";
import { extraCaCertsCheck } from "./extraCaCerts";
import { zoweOptVariablesCheck } from "./zoweOptVariables";
import { logLevelCheck } from "./logLevel";
import { logsFolderCheck } from "./logsFolder";
import { zoweExplorerCheck } from "./zoweExplorer";
import { siteKnowledgeCheck } from "./siteKnowledge";

/**
 * The doctor's checks, in the order they are printed: versions, team configuration, credentials, tokens, network
 * settings, logs, Zowe Explorer, site knowledge. Adding a check is one module and one line here.
 */
export const DOCTOR_CHECKS: readonly IDoctorCheck[] = [
    versionsCheck,
    pluginsCheck,
    daemonCheck,
    configProfileCheck,
    configDefaultsCheck,
    configConnectionCheck,
    configRejectUnauthorizedCheck,
    configCertFilesCheck,
    configProtocolPortCheck,
    credentialManagerCheck,
    secureFieldsCheck,
    plainTextSecretsCheck,
    tokensCheck,
    proxyCheck,
    extraCaCertsCheck,
    zoweOptVariablesCheck,
    logLevelCheck,
    logsFolderCheck,
    zoweExplorerCheck,
    siteKnowledgeCheck
];
