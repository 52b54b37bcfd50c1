import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import { CLI_LOG } from "./cliLog";
import { CLI_TEXT_V1_V2 } from "./cliTextV1V2";
import { CLI_TEXT_V3 } from "./cliTextV3";
import { ERROR_FRAGMENT } from "./errorFragment";
import { EXPLORER_LOG } from "./explorerLog";
import { EXPLORER_NOTIFICATION } from "./explorerNotification";
import { PLUGIN_MESSAGE } from "./pluginMessage";
import { RESPONSE_DUMP } from "./responseDump";
import { RFJ_RESULT } from "./rfjResult";

/**
 * Every kind of evidence last-error reads, in order: detection asks each how sure it is and the most confident reads
 * (ties go to the earlier). Adding a format is one module and one line here.
 */
export const EVIDENCE_FORMATS: ReadonlyArray<IEvidenceFormat> = [
    RFJ_RESULT,
    CLI_LOG,
    EXPLORER_LOG,
    RESPONSE_DUMP,
    EXPLORER_NOTIFICATION,
    CLI_TEXT_V3,
    CLI_TEXT_V1_V2,
    PLUGIN_MESSAGE,
    ERROR_FRAGMENT
];
