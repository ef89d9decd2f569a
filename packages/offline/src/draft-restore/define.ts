import { KithDraftRestore, KithDraftRestoreEvent, KithDraftDiscardEvent } from './draft-restore.js';

if (!customElements.get('kith-draft-restore')) customElements.define('kith-draft-restore', KithDraftRestore);

declare global {
  interface HTMLElementTagNameMap {
    'kith-draft-restore': KithDraftRestore;
  }
  interface HTMLElementEventMap {
    'kith-draft-restore': KithDraftRestoreEvent;
    'kith-draft-discard': KithDraftDiscardEvent;
  }
}

export { KithDraftRestore, KithDraftRestoreEvent, KithDraftDiscardEvent };
