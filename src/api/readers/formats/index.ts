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
import { CURL_VERBOSE } from "./curlVerbose";
import { EXPLORER_OWN_ERROR } from "./explorerOwnError";
import { GO_SDK_ERROR } from "./goSdkError";
import { HTTPIE_TRANSCRIPT } from "./httpieTranscript";
import { INTELLIJ_ERROR_DIALOG } from "./intellijErrorDialog";
import { JAVA_EXCEPTION } from "./javaException";
import { PLUGIN_MISMATCH } from "./pluginMismatch";
import { PYTHON_SDK_ERROR } from "./pythonSdkError";
import { ZOWE_CLI_OWN_ERROR } from "./zoweCliOwnError";
import { ZOWE_SERVER_LOG } from "./zoweServerLog";
import { ERROR_WORDS_TEXT } from "./errorWords";
import { SERVICE_ERROR_JSON } from "./serviceErrorJson";

/**
 * Every kind of evidence last-error reads, in order: detection asks each how sure it is and the most confident reads
 * (ties go to the earlier). Adding a format is one module and one line here. The formats after PLUGIN_MESSAGE read errors
 * that may carry no status, code or ID (IEvidenceFormat.ownErrors): a text that holds an error is never refused.
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
    INTELLIJ_ERROR_DIALOG,
    SERVICE_ERROR_JSON,
    ZOWE_SERVER_LOG,
    CURL_VERBOSE,
    HTTPIE_TRANSCRIPT,
    PYTHON_SDK_ERROR,
    JAVA_EXCEPTION,
    GO_SDK_ERROR,
    PLUGIN_MISMATCH,
    ZOWE_CLI_OWN_ERROR,
    EXPLORER_OWN_ERROR,
    ERROR_FRAGMENT,
    ERROR_WORDS_TEXT
];
