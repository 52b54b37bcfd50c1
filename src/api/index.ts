export type * from "./knowledge/doc/IHttpStatus";
export type * from "./explain/doc/IStatusExplanation";
export { HTTP_STATUSES } from "./knowledge/httpStatuses";
export { STATUS_CLASSES } from "./knowledge/statusClasses";
export { ZOWE_STATUS_GUIDANCE } from "./knowledge/zoweStatusGuidance";
export { SERVICE_LABELS } from "./knowledge/serviceLabels";
export * from "./explain/StatusQuery";
export * from "./explain/StatusCatalogue";
