/** Test helpers shared by the case form's tests (not exported from the package). */
import { DraftStore, virtualClock } from '@kith/offline';

let stores: DraftStore[] = [];

/** A draft store no other test uses, on a virtual clock; emptied and closed by closeStores(). */
export function newStore(prefix = 'case-form-test'): DraftStore {
  const store = new DraftStore({ name: `${prefix}-${crypto.randomUUID()}`, clock: virtualClock() });
  stores.push(store);
  return store;
}

/** Empties and closes every store newStore() made. Call in afterEach. */
export async function closeStores(): Promise<void> {
  for (const store of stores) {
    await store.clearAll();
    store.close();
  }
  stores = [];
}
