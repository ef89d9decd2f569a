// Helpers for tests of forms that keep drafts (Kith's own, and a supplier's). Not for production pages.
import { DraftStore, type Draft, type Json } from '../draft-store/draft-store.js';
import { OfflineStorageError } from '../shared/errors.js';
import { virtualClock, type Clock } from '../shared/clock.js';

let opened: DraftStore[] = [];

/**
 * A draft store no other test uses, on a virtual clock; given a name, another page's (or tab's) store
 * on that database. Emptied and closed by `closeTestDraftStores()`.
 */
export function testDraftStore(name = `kith-test-${crypto.randomUUID()}`, clock: Clock = virtualClock()): DraftStore {
  const store = new DraftStore({ name, clock });
  opened.push(store);
  return store;
}

/** For afterEach: empties and closes every store `testDraftStore()` and `fullDraftStore()` made. */
export async function closeTestDraftStores(): Promise<void> {
  for (const store of opened) {
    await store.clearAll();
    store.close();
  }
  opened = [];
}

/** A store on a device with no room left: every save fails as a full disk fails it, and no copy is kept as the page closes. */
class FullDraftStore extends DraftStore {
  override save<T extends Json>(): Promise<Draft<T>> {
    return Promise.reject(new OfflineStorageError('quota', 'Saving the draft failed. This device has no space left for offline data'));
  }

  override rescue(): null {
    return null;
  }
}

/** A draft store on a device with no room left (see FullDraftStore); emptied and closed by `closeTestDraftStores()`. */
export function fullDraftStore(name = `kith-test-full-${crypto.randomUUID()}`): DraftStore {
  const store = new FullDraftStore({ name });
  opened.push(store);
  return store;
}
