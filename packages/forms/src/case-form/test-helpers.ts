/** Test helpers shared by the case form's tests (not exported from the package). */
import { expect } from '@open-wc/testing';
import { virtualClock, type DraftStore, type KithDraftRestore } from '@kith/offline';
import { testDraftStore } from '@kith/offline/testing.js';
import type { KithCaseForm } from './case-form.js';

/** A draft store no other test uses, on a virtual clock; emptied and closed by closeStores(), in afterEach. */
export { testDraftStore as newStore, closeTestDraftStores as closeStores } from '@kith/offline/testing.js';

/** Waits until every element in `el` has rendered, three times over, for updates that cause others. */
export async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const all = [el, ...el.querySelectorAll('*')] as (Element & { updateComplete?: Promise<unknown> })[];
    await Promise.all(all.map((element) => element.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** The banner offering back a draft, or null. */
export const bannerOf = (el: KithCaseForm) => el.shadowRoot!.querySelector<KithDraftRestore>('kith-draft-restore');

/** Presses Restore on the banner the form shows; `settle` waits for both restore passes. */
export async function pressRestore(el: KithCaseForm): Promise<void> {
  const banner = bannerOf(el);
  expect(banner, 'the draft is offered').to.not.equal(null);
  await banner!.updateComplete;
  banner!.shadowRoot!.querySelector<HTMLButtonElement>('[part="restore"]')!.click();
}

/** Opens the form again on the same store (a reload), and restores the draft it offers. */
export async function reopenAndRestore(open: (key: string, store: DraftStore) => Promise<KithCaseForm>, key: string, store: DraftStore): Promise<KithCaseForm> {
  const again = await open(key, store);
  await again.draftSaved();
  await settle(again);
  await pressRestore(again);
  await settle(again);
  return again;
}

/** Two tabs' stores on one database and one clock, as one record open in two tabs has; closed by closeStores(). */
export function twoTabs(): [DraftStore, DraftStore] {
  const name = `case-form-tabs-${crypto.randomUUID()}`;
  const clock = virtualClock();
  return [testDraftStore(name, clock), testDraftStore(name, clock)];
}
