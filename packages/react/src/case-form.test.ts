import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DraftStore, virtualClock } from '@kith/offline';
import type { KithDraftRestore } from '@kith/offline/draft-restore.js';
import { StrictMode, createElement, useState, version as reactVersion } from 'react';
import { KithCaseForm, KithOption, KithRadios, KithTextInput, KithTextarea, type KithCaseFormElement, type KithTextInputElement } from './index.js';
import { container, render, useFreshRoot } from './test-helpers.js';

let store: DraftStore;

const caseForm = () => container.querySelector<KithCaseFormElement>('kith-case-form')!;
const field = (name: string) => container.querySelector<KithTextInputElement>(`[name="${name}"]`)!;
const shown = (name: string) => field(name).shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('#control')!.value;

/** The banner offering back the draft, once the form has read the store. */
async function banner(): Promise<KithDraftRestore> {
  await waitUntil(() => caseForm().shadowRoot?.querySelector('kith-draft-restore'), 'the draft is offered');
  const offered = caseForm().shadowRoot!.querySelector<KithDraftRestore>('kith-draft-restore')!;
  await offered.updateComplete;
  return offered;
}

/** A referral whose answers are React state, each control controlled with `value` and `onInput`. */
function Referral() {
  const [answers, setAnswers] = useState({ 'child-name': '', details: '' });
  const set = (name: keyof typeof answers) => (event: Event) => {
    const { value } = event.currentTarget as KithTextInputElement;
    setAnswers((previous) => ({ ...previous, [name]: value }));
  };
  return createElement(
    KithCaseForm,
    { draftKey: 'referral-7', draftStore: store },
    createElement(
      'form',
      null,
      createElement(KithTextInput, { label: "Child's full name", name: 'child-name', value: answers['child-name'], onInput: set('child-name') }),
      createElement(KithTextarea, { label: 'What has happened', name: 'details', value: answers.details, onInput: set('details') }),
      createElement('output', null, JSON.stringify(answers)),
    ),
  );
}

describe(`kith-case-form in React ${reactVersion}`, () => {
  useFreshRoot();
  beforeEach(() => {
    store = new DraftStore({ name: `react-case-form-${crypto.randomUUID()}`, clock: virtualClock() });
  });
  afterEach(async () => {
    await store.clearAll();
    store.close();
  });

  it('keeps restored answers in controlled fields when React renders again, and tells React about them', async () => {
    await store.save('referral-7', { 'child-name': 'Ada Lovelace', details: 'Seen at school with a bruise.' });
    render(createElement(Referral));
    (await banner()).shadowRoot!.querySelector<HTMLButtonElement>('[part="restore"]')!.click();
    await waitUntil(() => shown('child-name') === 'Ada Lovelace', 'the draft is put back');

    // The user goes on typing in another field: React renders every control again.
    field('details').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Mum told us.' });
    await field('details').updateComplete;
    await field('child-name').updateComplete;

    expect(shown('child-name'), 'the restored name is still there').to.equal('Ada Lovelace');
    expect(shown('details')).to.equal('Seen at school with a bruise. Mum told us.');
    expect(JSON.parse(container.querySelector('output')!.textContent!)).to.deep.equal({
      'child-name': 'Ada Lovelace',
      details: 'Seen at school with a bruise. Mum told us.',
    });
  });

  it('offers a draft once, saves what is typed and keeps the draft under StrictMode', async () => {
    await store.save('referral-7', { 'child-name': 'Ada Lovelace', details: '' });
    render(createElement(StrictMode, null, createElement(Referral)));
    const offered = await banner();
    expect(caseForm().shadowRoot!.querySelectorAll('kith-draft-restore').length).to.equal(1);
    offered.shadowRoot!.querySelector<HTMLButtonElement>('[part="restore"]')!.click();
    await waitUntil(() => shown('child-name') === 'Ada Lovelace', 'the draft is put back');

    field('details').focus();
    await sendKeys({ type: 'Seen at home.' });
    await caseForm().draftSaved();
    const saved = await store.load('referral-7');
    expect(saved, 'the draft is kept').to.exist;
    expect(JSON.stringify(saved!.value)).to.include('Seen at home.').and.to.include('Ada Lovelace');
    expect(shown('details')).to.equal('Seen at home.');
  });

  it('restores the answer of a field React shows only once a restored answer selects it', async () => {
    await store.save('referral-7', { told: 'yes', 'told-who': 'Head teacher' });
    function Told() {
      const [told, setTold] = useState('');
      return createElement(
        KithCaseForm,
        { draftKey: 'referral-7', draftStore: store },
        createElement(
          'form',
          null,
          createElement(
            KithRadios,
            { legend: 'Has anyone else been told?', name: 'told', value: told, onChange: (event) => setTold(event.currentTarget.value) },
            createElement(KithOption, { value: 'yes' }, 'Yes'),
            createElement(KithOption, { value: 'no' }, 'No'),
          ),
          told === 'yes' ? createElement(KithTextInput, { label: 'Who has been told?', name: 'told-who' }) : null,
        ),
      );
    }
    render(createElement(Told));
    (await banner()).shadowRoot!.querySelector<HTMLButtonElement>('[part="restore"]')!.click();
    await waitUntil(() => field('told-who'), 'the follow-up field is shown');
    await waitUntil(() => field('told-who').value === 'Head teacher', 'its answer is restored');
    await caseForm().draftSaved();
    expect(shown('told-who')).to.equal('Head teacher');
  });

  it('calls each case form event prop with its typed event: draft restore, discard, save and submit with waitUntil', async () => {
    await store.save('referral-7', { 'child-name': 'Ada Lovelace', details: '' });
    const calls: string[] = [];
    let send: (() => void) | undefined;
    const view = (key: string) =>
      createElement(
        KithCaseForm,
        {
          draftKey: key,
          draftStore: store,
          onKithDraftRestore: (event) => calls.push(`restore ${event.key} ${event.currentTarget.querySelector<KithTextInputElement>('kith-text-input')!.value}`),
          onKithDraftDiscard: (event) => calls.push(`discard ${event.key}`),
          onKithDraftSave: (event) => calls.push(`save ${event.key}`),
          onKithFormSubmit: (event) => {
            calls.push(`submit ${event.data['child-name']}`);
            event.waitUntil(new Promise<void>((sent) => (send = sent)));
          },
        },
        createElement('form', null, createElement(KithTextInput, { label: "Child's full name", name: 'child-name' })),
      );
    render(view('referral-7'));
    (await banner()).shadowRoot!.querySelector<HTMLButtonElement>('[part="restore"]')!.click();
    await waitUntil(() => calls.length, 'restored');
    field('child-name').focus();
    await sendKeys({ type: ' King' });
    await caseForm().draftSaved();
    caseForm().form!.requestSubmit();
    expect(calls).to.deep.equal(['restore referral-7 Ada Lovelace', 'save referral-7', 'submit Ada Lovelace King']);
    await caseForm().updateComplete;
    expect(await store.load('referral-7'), 'kept while sending').to.exist;
    send!();
    await caseForm().draftSaved();
    expect(await store.load('referral-7'), 'deleted once sent').to.be.null;

    await store.save('referral-8', { 'child-name': 'Grace Hopper' });
    render(view('referral-8'));
    const offered = await banner();
    offered.shadowRoot!.querySelector<HTMLButtonElement>('[part="discard"]')!.click();
    await offered.updateComplete;
    offered.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-discard"]')!.click();
    expect(calls.at(-1)).to.equal('discard referral-8');
  });

  it('keeps restored answers in native inputs React controls', async () => {
    await store.save('referral-7', { reference: 'CR-9', agreed: 'yes', notes: 'Seen at home.' });
    function Native() {
      const [reference, setReference] = useState('');
      const [agreed, setAgreed] = useState(false);
      const [notes, setNotes] = useState('');
      const [renders, setRenders] = useState(0);
      return createElement(
        KithCaseForm,
        { draftKey: 'referral-7', draftStore: store, onKithDraftRestore: () => setRenders((count) => count + 1) },
        createElement(
          'form',
          null,
          createElement('input', { name: 'reference', value: reference, onChange: (event: { currentTarget: HTMLInputElement }) => setReference(event.currentTarget.value) }),
          createElement('input', {
            type: 'checkbox',
            name: 'agreed',
            value: 'yes',
            checked: agreed,
            onChange: (event: { currentTarget: HTMLInputElement }) => setAgreed(event.currentTarget.checked),
          }),
          createElement('textarea', { name: 'notes', value: notes, onChange: (event: { currentTarget: HTMLTextAreaElement }) => setNotes(event.currentTarget.value) }),
          createElement('output', null, `${renders} ${reference} ${agreed} ${notes}`),
        ),
      );
    }
    render(createElement(Native));
    (await banner()).shadowRoot!.querySelector<HTMLButtonElement>('[part="restore"]')!.click();
    // React renders again after the restore event: the native fields must still hold the draft.
    await waitUntil(() => container.querySelector('output')!.textContent!.startsWith('1 '), 'React rendered after the restore');
    await caseForm().draftSaved();
    const native = (name: string) => container.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    expect([native('reference').value, native('agreed').checked, native('notes').value]).to.deep.equal(['CR-9', true, 'Seen at home.']);
    expect(container.querySelector('output')!.textContent).to.equal('1 CR-9 true Seen at home.');
  });

  it('saves a field React adds while a save is pending, and a form reset returns uncontrolled fields to their defaultValue', async () => {
    function Visit() {
      const [seen, setSeen] = useState(false);
      return createElement(
        KithCaseForm,
        { draftKey: 'visit-3', draftStore: store },
        createElement(
          'form',
          null,
          createElement(KithTextInput, { label: 'Visited by', name: 'worker', defaultValue: 'Sam Jones', onInput: () => setSeen(true) }),
          seen ? createElement(KithTextarea, { label: 'What you saw', name: 'seen' }) : null,
          createElement('button', { type: 'reset' }, 'Clear'),
        ),
      );
    }
    render(createElement(Visit));
    await waitUntil(() => field('worker'), 'the field has rendered its name');
    field('worker').focus();
    await sendKeys({ type: ' and Ada' });
    await waitUntil(() => field('seen'), 'React shows the new field');
    field('seen').focus();
    await sendKeys({ type: 'The child was asleep.' });
    await caseForm().draftSaved();
    const saved = (await store.load('visit-3'))!.value as { answers: Record<string, string> };
    expect(saved.answers).to.deep.equal({ worker: 'Sam Jones and Ada', seen: 'The child was asleep.' });

    container.querySelector<HTMLButtonElement>('button[type="reset"]')!.click();
    await waitUntil(() => shown('worker') === 'Sam Jones', 'the reset puts the default back');
    render(createElement(Visit));
    await field('worker').updateComplete;
    expect(shown('worker'), 'a render after the reset keeps the default').to.equal('Sam Jones');
  });
});
