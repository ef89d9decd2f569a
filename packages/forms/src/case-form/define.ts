import { KithCaseForm, KithFormSubmitEvent, KithDraftSaveEvent } from './case-form.js';

if (!customElements.get('kith-case-form')) customElements.define('kith-case-form', KithCaseForm);

declare global {
  interface HTMLElementTagNameMap {
    'kith-case-form': KithCaseForm;
  }
  interface HTMLElementEventMap {
    'kith-form-submit': KithFormSubmitEvent;
    'kith-draft-save': KithDraftSaveEvent;
  }
}

export { KithCaseForm, KithFormSubmitEvent, KithDraftSaveEvent };
export type { CaseFormValues, CaseFormDraft } from './form-values.js';
