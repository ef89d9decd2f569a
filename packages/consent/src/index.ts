export * from './model/index.js';
export { KithConsentWithdrawEvent, type ConsentWithdrawRequest } from './shared/events.js';
export { KithConsentRecordEvent } from './consent-capture/record-event.js';
export type { ConsentStrings } from './shared/wording.js';
export { defaultPurposes, defaultRecipients, defaultCategories, defaultLawfulBases } from './shared/labels.js';
export { KithConsentStatus } from './consent-status/define.js';
export { KithConsentHistory } from './consent-history/define.js';
export { KithConsentCapture } from './consent-capture/define.js';
export type { Answers as ConsentCaptureAnswers, StepId as ConsentCaptureStep } from './consent-capture/answers.js';
