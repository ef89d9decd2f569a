import { expect, fixture, html, elementUpdated, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode } from '@kith/core/testing.js';
import './define.js';
import type { KithSyncQueue, KithConflictResolveEvent, KithOutboxDiscardEvent } from './define.js';
import type { OutboxItem } from '../outbox/outbox.js';
import { Outbox } from '../outbox/outbox.js';
import { uniqueName, until } from '../shared/test-helpers.js';

const today1403 = new Date(new Date().setHours(14, 3, 0, 0)).getTime();
const base = { payload: { text: 'Seen at home' }, group: null, createdAt: today1403, nextAttemptAt: 0, conflict: null, resolution: null } as const;
const ITEMS: OutboxItem[] = [
  { ...base, id: 'p1', seq: 1, type: 'visit-note', summary: 'Visit note for Sam', status: 'pending', attempts: 0, lastError: null },
  { ...base, id: 'f1', seq: 2, type: 'visit-note', summary: 'Visit note for Alex', status: 'failed', attempts: 5, lastError: 'Server said 503' },
  {
    ...base,
    id: 'c1',
    seq: 3,
    type: 'plan',
    summary: 'Care plan for Jo',
    status: 'conflict',
    attempts: 1,
    lastError: null,
    conflict: { server: { text: 'Seen at school' } },
  },
];

const button = (el: KithSyncQueue, id: string, action: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id="${id}"] [data-action="${action}"]`)!;
const confirmButton = (el: KithSyncQueue) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm"] .warning')!;

describe('kith-sync-queue', () => {
  afterEach(() => setLocale('en-GB'));

  it('is axe-clean with pending, failed and conflict items, empty, and while confirming, in both locales', async () => {
    for (const locale of ['en-GB', 'cy'] as const) {
      await setLocale(locale);
      const el = await fixture<KithSyncQueue>(html`<kith-sync-queue .items=${ITEMS}></kith-sync-queue>`);
      await expectAxeClean(el);
      button(el, 'f1', 'discard').click();
      await elementUpdated(el);
      await expectAxeClean(el);
      await expectAxeClean(await fixture(html`<kith-sync-queue></kith-sync-queue>`));
    }
  });

  it('names the field when outbox is given something that is not an Outbox, and takes null as none', async () => {
    const el = await fixture<KithSyncQueue>(html`<kith-sync-queue></kith-sync-queue>`);
    for (const bad of ['outbox', {}, [], -1]) expect(() => (el.outbox = bad as never), String(bad)).to.throw(TypeError, 'kith-sync-queue: outbox');
    el.outbox = null;
    await el.updateComplete;
    expect(el.outbox).to.equal(undefined);
  });

  it('lists type, summary, when queued, attempts and last error', async () => {
    const el = await fixture<KithSyncQueue>(html`<kith-sync-queue .items=${ITEMS}></kith-sync-queue>`);
    const failed = el.shadowRoot!.querySelector('[data-id="f1"]')!.textContent!.replace(/\s+/g, ' ');
    for (const text of ['Visit note for Alex', 'Could not be sent', 'visit-note', '14:03', 'Attempts5', 'Server said 503']) {
      expect(failed.replace(/ (?=\d)/g, '')).to.include(text.replace(/ (?=\d)/g, ''));
    }
    await axNode('heading', 'Changes not sent yet');
    await axNode('button', 'Try again now – Visit note for Alex');
    await axNode('button', 'Send now – Visit note for Sam');
  });

  it('asks before discarding, says what will be lost, and returns focus when the user keeps it', async () => {
    const el = await fixture<KithSyncQueue>(html`<kith-sync-queue .items=${ITEMS}></kith-sync-queue>`);
    let discarded = 0;
    el.addEventListener('kith-outbox-discard', () => discarded++);
    button(el, 'f1', 'discard').focus();
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    const confirm = el.shadowRoot!.querySelector<HTMLElement>('[part="confirm"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(confirm);
    const group = await axNode('group', 'Discard “Visit note for Alex”?');
    expect(group.description).to.equal('What you entered will be deleted from this device and will not be sent. This cannot be undone.');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm"] .secondary')!.click();
    await elementUpdated(el);
    await el.updateComplete;
    expect(discarded).to.equal(0);
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'f1', 'discard'));
    button(el, 'f1', 'discard').click();
    await elementUpdated(el);
    const event = oneEvent(el, 'kith-outbox-discard') as Promise<KithOutboxDiscardEvent>;
    confirmButton(el).click();
    expect((await event).id).to.equal('f1');
  });

  it('shows both versions of a conflict and lets the user choose; choosing the server asks first', async () => {
    const el = await fixture<KithSyncQueue>(html`<kith-sync-queue .items=${ITEMS}></kith-sync-queue>`);
    const item = el.shadowRoot!.querySelector('[data-id="c1"]')!;
    expect(item.textContent).to.include('Your version');
    expect(item.textContent).to.include('Seen at home');
    expect(item.textContent).to.include('Version on the server');
    expect(item.textContent).to.include('Seen at school');
    let event = oneEvent(el, 'kith-conflict-resolve') as Promise<KithConflictResolveEvent>;
    button(el, 'c1', 'local').click();
    expect((await event).choice).to.equal('local');
    button(el, 'c1', 'server').click();
    await elementUpdated(el);
    await axNode('group', 'Use the server’s version of “Care plan for Jo”?');
    event = oneEvent(el, 'kith-conflict-resolve') as Promise<KithConflictResolveEvent>;
    confirmButton(el).click();
    expect(await event).to.include({ id: 'c1', choice: 'server' });
  });

  it('acts on a live outbox: retry sends again, a confirmed discard removes the item', async () => {
    let healthy = false;
    const outbox = new Outbox({ name: uniqueName(), send: async () => (healthy ? 'sent' : 'retry'), failAfter: 1, backoff: { baseMs: 3_600_000 } });
    const keep = await outbox.enqueue({ type: 'note', payload: 1, summary: 'Keep me' });
    const drop = await outbox.enqueue({ type: 'note', payload: 2, summary: 'Drop me' });
    outbox.start();
    await until(async () => (await outbox.failed()).length === 2, 'both failed');
    const el = await fixture<KithSyncQueue>(html`<kith-sync-queue .outbox=${outbox}></kith-sync-queue>`);
    await until(() => !!el.shadowRoot!.querySelector(`[data-id="${drop.id}"]`), 'the list');
    button(el, drop.id, 'discard').click();
    await elementUpdated(el);
    confirmButton(el).click();
    await until(async () => (await outbox.all()).length === 1, 'the discard');
    healthy = true;
    await until(() => !!el.shadowRoot!.querySelector(`[data-id="${keep.id}"] [data-action="retry"]`), 'the retry button');
    button(el, keep.id, 'retry').click();
    await until(async () => !(await outbox.hasUnsent()), 'the retried item to be sent');
    await until(() => el.shadowRoot!.textContent!.includes('Nothing is waiting to be sent.'), 'the empty message');
    outbox.close();
  });

  it('lets a page replace any fixed wording', async () => {
    const el = await fixture<KithSyncQueue>(
      html`<kith-sync-queue heading="Notes not on the case record yet" .strings=${{ discard: 'Delete', 'discard-consequence': 'It will never reach the case record.' }} .items=${ITEMS}></kith-sync-queue>`,
    );
    await axNode('heading', 'Notes not on the case record yet');
    await axNode('button', 'Delete – Visit note for Alex');
    button(el, 'f1', 'discard').click();
    await elementUpdated(el);
    expect((await axNode('group', 'Discard “Visit note for Alex”?')).description).to.equal('It will never reach the case record.');
  });

  it('leaves out bad items and renders text, never HTML', async () => {
    const bad = [{ id: 1 }, null, { ...ITEMS[0], id: 'x', summary: '<img src=x onerror=alert(1)>' }];
    const el = await fixture<KithSyncQueue>(html`<kith-sync-queue .items=${bad as never}></kith-sync-queue>`);
    expect(el.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    (el as unknown as { items: unknown }).items = 'nonsense';
    await elementUpdated(el);
    expect(el.shadowRoot!.textContent).to.include('Nothing is waiting to be sent.');
  });
});
