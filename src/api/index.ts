/*
 * The shared diagnostics module: knowledge (typed data), readers (evidence → FailedCall), diagnose
 * (FailedCall → Diagnosis) and redaction. Pure TypeScript: no console output, no process exit, no command types.
 */
export type * from "./knowledge/doc/IHttpStatus";
export type * from "./knowledge/doc/IKnownError";
export type * from "./knowledge/doc/IKnowledgeEntry";
export type * from "./explain/doc/IStatusExplanation";
export type * from "./failure/doc/IFailedCall";
export { HTTP_STATUSES } from "./knowledge/httpStatuses";
export { STATUS_CLASSES } from "./knowledge/statusClasses";
export { ZOWE_STATUS_GUIDANCE } from "./knowledge/zoweStatusGuidance";
export { SERVICE_LABELS } from "./knowledge/serviceLabels";
export { STATUS_VERDICTS } from "./knowledge/statusVerdicts";
export { ZOSMF_CATEGORIES, ZOSMF_REASONS } from "./knowledge/zosmfReasons";
export { MESSAGE_IDS } from "./knowledge/messageIds";
export { CONNECTION_ERRORS } from "./knowledge/connectionErrors";
export { BODY_PATTERNS } from "./knowledge/bodyPatterns";
export { AUTH_FAILURES } from "./knowledge/authFailures";
export { RULES } from "./knowledge/rules";
export { PLUGIN_SERVICES } from "./knowledge/pluginServices";
export { ZOS_MESSAGES } from "./knowledge/zosMessages";
export { SERVICE_SIGNS } from "./knowledge/serviceSigns";
export type { IServiceSign } from "./knowledge/serviceSigns";
export { SERVICE_FIELDS } from "./knowledge/serviceFields";
export type { IServiceField } from "./knowledge/serviceFields";
export { KNOWLEDGE } from "./knowledge/knowledge";
export { matches, matchKnowledge } from "./diagnose/matchKnowledge";
export { exportToErrorCorrelator } from "./knowledge/exportToErrorCorrelator";
export type { IErrorCorrelation } from "./knowledge/exportToErrorCorrelator";
export type { IMatchedAdvice } from "./diagnose/matchKnowledge";
export { UserInputError } from "./UserInputError";
export * from "./explain/StatusQuery";
export * from "./explain/StatusCatalogue";
export { EvidenceError } from "./readers/EvidenceError";
export { readEvidenceFile, readEvidenceText } from "./readers/EvidenceReader";
export type { IEvidenceTextOptions } from "./readers/EvidenceReader";
export type * from "./readers/doc/IEvidenceFormat";
export { EVIDENCE_FORMATS } from "./readers/formats";
export { readServiceFields, recogniseService } from "./readers/recogniseService";
export type { IRecognisedService, IServiceFacts } from "./readers/recogniseService";
export { cleanEvidenceText } from "./readers/shared/cleanEvidenceText";
export { findLogLayout } from "./readers/LogLayout";
export type { ILogLayout } from "./readers/LogLayout";
export { readLoggedFailures, readLogText } from "./readers/ImperativeLogReader";
export type { ILogScan, ILogScanOptions, ILoggedFailure } from "./readers/ImperativeLogReader";
export { toFailedCall } from "./readers/RestErrorRecord";
export { diagnose, requestLine, requestUrl } from "./diagnose/diagnose";
export { curlCommand } from "./diagnose/curlCommand";
export { Redactor, MASK } from "./redaction/Redactor";
export { findLastFailures, reportFailure, defaultCliHome } from "./lastError/findLastFailures";
export type { IFindFailuresOptions, IFailureSearch } from "./lastError/findLastFailures";
export type * from "./probe/doc/IProbeResult";
export { probeConnection } from "./probe/probeConnection";
export type { IProbeOptions } from "./probe/probeConnection";
export { findLastFailuresAsync, readLoggedFailuresAsync, readEvidenceFileAsync } from "./async/asyncApi";
export type * from "./site/doc/ISiteKnowledge";
export {
    loadSiteKnowledge, parseSiteKnowledge, readSiteKnowledgeFile, siteKnowledgeFiles, siteProblemText, SITE_KNOWLEDGE_ENV
} from "./site/readSiteKnowledge";
export { matchSiteKnowledge, siteConditionHolds, siteFactsOf, siteFactsOfStatus } from "./site/matchSiteKnowledge";
export { globMatches } from "./site/siteGlob";
export { readInstalledPlugins } from "./environment/installedPlugins";
export type { IInstalledPlugin } from "./environment/installedPlugins";
