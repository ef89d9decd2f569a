export { DraftStore, DraftChangedError, validateDraft, assertJson, type Draft, type DraftStoreOptions, type Json } from './draft-store/draft-store.js';
export { DraftController, type DraftControllerOptions } from './draft-controller/draft-controller.js';
export {
  Outbox,
  validateOutboxItem,
  dueItems,
  type OutboxItem,
  type OutboxOptions,
  type OutboxStatus,
  type OutboxCounts,
  type SendResult,
} from './outbox/outbox.js';
export { SyncState, checkedHeartbeatUrl, type SyncSnapshot, type SyncStateOptions } from './sync-state/sync-state.js';
export { aesGcmCodec, plainCodec, generateKey, importKey, assertUsableKey, type Codec, type Sealed } from './crypto/crypto.js';
export { KithOffline, deviceKey, type OfflineOptions, type Unsent } from './offline.js';
export { OfflineStorageError, type StorageFailure } from './shared/errors.js';
export { systemClock, virtualClock, type Clock } from './shared/clock.js';
export { KithOfflineStatus } from './offline-status/define.js';
export { KithSyncQueue, KithOutboxRetryEvent, KithOutboxDiscardEvent, KithConflictResolveEvent } from './sync-queue/define.js';
export { KithDraftRestore, KithDraftRestoreEvent, KithDraftDiscardEvent } from './draft-restore/define.js';
export { statusKind, toSnapshot, type OfflineStatusKind } from './offline-status/offline-status.js';
