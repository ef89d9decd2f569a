import { KithChronologyEntryForm, ChronologyEntrySaveEvent } from './chronology-entry-form.js';

if (!customElements.get('kith-chronology-entry-form')) customElements.define('kith-chronology-entry-form', KithChronologyEntryForm);

declare global {
  interface HTMLElementTagNameMap {
    'kith-chronology-entry-form': KithChronologyEntryForm;
  }
  interface HTMLElementEventMap {
    'kith-chronology-entry-save': ChronologyEntrySaveEvent;
  }
}

export { KithChronologyEntryForm, ChronologyEntrySaveEvent };
export type { EntryFormStrings } from './strings.js';
