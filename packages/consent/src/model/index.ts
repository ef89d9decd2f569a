export * from './types.js';
export { consentRecordIssues, validateConsentRecord, issueText, type ConsentIssue, type ConsentIssueCode } from './validate.js';
export {
  currentConsent,
  problemText,
  type ConsentPosition,
  type ConsentPositionState,
  type UnclearReason,
  type ConsentProblem,
  type ConsentProblemCode,
  type ConsentSummary,
  type ConsentSummaryState,
  type ConsentResolution,
  type CurrentConsentOptions,
} from './current-consent.js';
