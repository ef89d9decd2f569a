/** Test helpers shared by the entry form's tests (not exported from the package). */
import type { KithChronologyEntryForm } from './chronology-entry-form.js';

export type Control = HTMLElement & { value: string; values: string[]; typed: string[] | null; updateComplete: Promise<boolean> };

/** A draft store no other test uses, or another page's store on `name`'s database; emptied and closed by closeStores(). */
export { testDraftStore as newStore, closeTestDraftStores as closeStores } from '@kith/offline/testing.js';

/** Waits until the form and every control in it have rendered, and every draft save and read has finished. */
export async function settle(el: KithChronologyEntryForm): Promise<void> {
  await el.draftSaved();
  for (let i = 0; i < 3; i++) {
    const all = [el, ...el.shadowRoot!.querySelectorAll('*')] as (Element & { updateComplete?: Promise<unknown> })[];
    await Promise.all(all.map((element) => element.updateComplete));
  }
}

export const control = (el: KithChronologyEntryForm, name: string) => el.shadowRoot!.querySelector<Control>(`[name="${name}"]`)!;

/** Answers each question as a user would: the control changes, then says so. */
export async function answer(el: KithChronologyEntryForm, values: Record<string, string | string[]>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const target = control(el, name);
    if (Array.isArray(value)) target.values = value;
    else target.value = value;
    target.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    await target.updateComplete;
  }
}
