export { KithElement } from './kith-element.js';
export { FormControlController, type FormControlHost, type FormControlOptions } from './form-control.js';
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
export {
  setLocale,
  getLocale,
  isKithLocale,
  sourceLocale,
  targetLocales,
  allLocales,
  type KithLocale,
} from './localization.js';
export {
  FIELD_IDS,
  defaultErrorPrefix,
  renderLabel,
  renderHint,
  renderError,
  describedBy,
  fieldStyles,
  focusStyles,
} from './field.js';
export { toText, oneOf } from './text.js';
export { visuallyHiddenStyles } from './hide-visually.styles.js';
