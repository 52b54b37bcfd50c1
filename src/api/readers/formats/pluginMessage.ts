import type { IEvidenceFormat } from "../doc/IEvidenceFormat";
import { readErrorBlock } from "../shared/readErrorBlock";
import { FTP_FAILED_COMMAND, FTP_FAILURE_REPLY } from "../../knowledge/serviceSigns";

/**
 * The words of a plug-in's failure that carries no HTTP status, no Node error code and no message ID: the CICS
 * plug-in's CMCI answer inside a 2xx (`Did not receive the expected response from CMCI REST API` with its
 * resultsummary), the FTP plug-in's failed FTP command (`PASS command failed`), an FTP reply line.
 */
const PLUGIN_FAILURE = new RegExp(`Did not receive the expected response from CMCI REST API|${FTP_FAILED_COMMAND}|${FTP_FAILURE_REPLY}`);

/**
 * A plug-in's failure in the plug-in's own words, as a user copies it from the terminal or Zowe Explorer, when no
 * other format reads it: the service is recognised from its signs and the codes it reported are read.
 */
export const PLUGIN_MESSAGE: IEvidenceFormat = {
    id: "zowe-plugin-message",
    label: "a Zowe plug-in's error message",
    detect: (text) => (PLUGIN_FAILURE.test(text.slice(0, 65536)) ? 0.2 : 0),
    read: (text, context) => [{
        call: readErrorBlock(text, {
            format: { id: PLUGIN_MESSAGE.id, label: PLUGIN_MESSAGE.label }, kind: "text", client: "unknown", replyIsText: true
        }, context.name, context.includePayload),
        environmentValues: []
    }]
};
