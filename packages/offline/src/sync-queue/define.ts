import { KithSyncQueue, KithOutboxRetryEvent, KithOutboxDiscardEvent, KithConflictResolveEvent } from './sync-queue.js';

if (!customElements.get('kith-sync-queue')) customElements.define('kith-sync-queue', KithSyncQueue);

declare global {
  interface HTMLElementTagNameMap {
    'kith-sync-queue': KithSyncQueue;
  }
  interface HTMLElementEventMap {
    'kith-outbox-retry': KithOutboxRetryEvent;
    'kith-outbox-discard': KithOutboxDiscardEvent;
    'kith-conflict-resolve': KithConflictResolveEvent;
  }
}

export { KithSyncQueue, KithOutboxRetryEvent, KithOutboxDiscardEvent, KithConflictResolveEvent };
