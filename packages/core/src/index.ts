export { KithElement } from './kith-element.js';
export { FormControlController, type FormControlHost, type FormControlOptions } from './form-control.js';
export { submitImplicitly } from './implicit-submission.js';
export { KithSendEvent, announceIfStillSending } from './send-event.js';
export {
  type Validator,
  type ValidationFailure,
  firstFailure,
  requiredValidator,
  maxLengthValidator,
  countCharacters,
  labelInSentence,
} from './validators.js';
export { announce, ensureAnnouncer, type Politeness } from './announcer.js';
export { getLocale } from './current-locale.js';
export {
  setLocale,
  isKithLocale,
  sourceLocale,
  targetLocales,
  allLocales,
  type KithLocale,
} from './localization.js';
export { FIELD_IDS, defaultErrorPrefix, renderLabel, renderHint, renderError, describedBy } from './field.js';
export { fieldStyles } from './field.styles.js';
export { focusStyles } from './focus.styles.js';
export { toText, oneOf, classes, formatCount } from './text.js';
export { checkedHref, safeHref } from './safe-url.js';
export { visuallyHiddenStyles } from './hide-visually.styles.js';
export {
  type DatePrecision,
  type DatePart,
  type DateParts,
  type DateProblem,
  type DateParseResult,
  type DateRangeProblem,
  type DateRange,
  partsFor,
  isLeapYear,
  daysInMonth,
  isRealDate,
  parseMonth,
  formatIsoDate,
  parseDateParts,
  precisionOf,
  isIsoDate,
  partsFromIso,
  compareIsoDates,
  truncateIsoDate,
  checkDateRange,
  todayIso,
  formatDateForPeople,
} from './date/date.js';
export { MONTH_NAMES } from './date/month-names.js';
