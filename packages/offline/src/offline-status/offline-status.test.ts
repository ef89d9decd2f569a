import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { setLocale } from '@kith/core';
import { expectAxeClean, axTree, axNode } from '@kith/core/testing.js';
import './define.js';
import type { KithOfflineStatus } from './offline-status.js';
import { statusKind, toSnapshot } from './offline-status.js';
import type { SyncSnapshot } from '../sync-state/sync-state.js';
import { SyncState } from '../sync-state/sync-state.js';
import { Outbox } from '../outbox/outbox.js';
import { uniqueName, until } from '../shared/test-helpers.js';

const today1403 = new Date(new Date().setHours(14, 3, 0, 0)).getTime();

const STATES: Record<string, Partial<SyncSnapshot>> = {
  online: { online: true, lastSyncedAt: today1403, persisted: true, usage: 2_100_000, quota: 500_000_000 },
  offline: { online: false, pending: 3 },
  waiting: { pending: 3 },
  sending: { pending: 3, sending: 2 },
  failed: { failed: 2, pending: 1 },
  conflict: { conflicts: 1 },
  'storage denied': { persisted: false, lastSyncedAt: today1403 },
  'quota full': { storageError: 'quota', pending: 1 },
};

const politeText = () => document.querySelector('[data-kith-announcer] [data-politeness="polite"]')?.textContent ?? '';
const assertiveText = () => document.querySelector('[data-kith-announcer] [data-politeness="assertive"]')?.textContent ?? '';
const settle = () => new Promise((resolve) => setTimeout(resolve, 80));
const messageOf = (el: KithOfflineStatus) => el.shadowRoot!.querySelector('[part="message"]')!.textContent!.trim();

async function render(state: Partial<SyncSnapshot>, expanded = false): Promise<KithOfflineStatus> {
  return fixture<KithOfflineStatus>(html`<kith-offline-status .state=${state} ?expanded=${expanded} announce-delay="0"></kith-offline-status>`);
}

describe('kith-offline-status', () => {
  afterEach(() => setLocale('en-GB'));

  describe('accessibility', () => {
    for (const locale of ['en-GB', 'cy'] as const) {
      for (const expanded of [false, true]) {
        it(`is axe-clean in every state, ${expanded ? 'open' : 'closed'}, in ${locale}`, async () => {
          await setLocale(locale);
          const el = await fixture(html`
            <div>
              ${Object.values(STATES).map(
                (state) => html`<kith-offline-status .state=${state} ?expanded=${expanded} announce-delay="0"></kith-offline-status>`,
              )}
            </div>
          `);
          await expectAxeClean(el);
        });
      }
    }

    it('exposes a status role and a Details button that says whether the panel is open', async () => {
      const el = await render(STATES.waiting!);
      const statusNodes = (await axTree()).filter((node) => node.role === 'status');
      expect(statusNodes).to.have.length(1);
      const button = await axNode('button', 'Details');
      expect(button.expanded).to.equal(false);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await elementUpdated(el);
      expect((await axNode('button', 'Details')).expanded).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="panel"]')!.hasAttribute('hidden')).to.equal(false);
    });

    it('never moves focus, whatever happens', async () => {
      const outside = await fixture<HTMLButtonElement>(html`<button>Somewhere else</button>`);
      outside.focus();
      const el = await render({});
      for (const state of Object.values(STATES)) {
        el.state = state;
        await elementUpdated(el);
        await settle();
        expect(document.activeElement).to.equal(outside);
      }
    });
  });

  describe('messages', () => {
    it('says the truth in each state, with the counts', async () => {
      const expected: Record<string, string> = {
        online: 'All changes saved at 14:03',
        offline: 'Offline: changes are saved on this device',
        waiting: '3 changes waiting to send',
        sending: 'Sending…',
        failed: '2 changes could not be sent',
        conflict: '1 change needs your decision',
        'storage denied': 'All changes saved at 14:03',
        'quota full': 'This device is full: new changes cannot be saved',
      };
      for (const [name, state] of Object.entries(STATES)) {
        expect(messageOf(await render(state)), name).to.equal(expected[name]);
      }
      expect(messageOf(await render({ pending: 1 }))).to.equal('1 change waiting to send');
      expect(messageOf(await render({ failed: 1 }))).to.equal('1 change could not be sent');
      expect(messageOf(await render({}))).to.equal('All changes saved');
    });

    it('shows the queue and storage facts in the panel, including when the browser may delete data', async () => {
      const el = await render(STATES['storage denied']!, true);
      const panel = el.shadowRoot!.querySelector('[part="panel"]')!.textContent!.replace(/\s+/g, ' ');
      expect(panel).to.include('The browser may delete it if the device runs low on space');
      expect(panel).to.match(/Last sent\s*14:03/);
    });

    it('speaks Welsh', async () => {
      await setLocale('cy');
      const el = await render({ online: false });
      expect(messageOf(el)).to.equal('All-lein: mae newidiadau’n cael eu cadw ar y ddyfais hon');
      el.state = { pending: 3 };
      await elementUpdated(el);
      expect(messageOf(el)).to.equal('3 o newidiadau yn aros i gael eu hanfon');
      el.state = { lastSyncedAt: Date.UTC(2025, 2, 3, 14, 3) };
      await elementUpdated(el);
      expect(messageOf(el)).to.match(/^Cadwyd pob newid ar 3 Mawrth/);
    });

    it('words the counts right for 1, 2, 3, 6, 20, 100 and 1,000, in English and Welsh, with thousands separated', async () => {
      const panelText = (el: KithOfflineStatus) => el.shadowRoot!.querySelector('[part="panel"]')!.textContent!.replace(/\s+/g, ' ');
      /** The message with `count` conflicts, failures and waiting changes in turn, and the panel's rows at `count`. */
      const counts = async (count: number) => {
        const el = await render({ conflicts: count }, true);
        const messages = [messageOf(el)];
        el.state = { failed: count };
        await elementUpdated(el);
        messages.push(messageOf(el));
        el.state = { pending: count, failed: count, conflicts: count };
        await elementUpdated(el);
        const panel = panelText(el);
        el.state = { pending: count };
        await elementUpdated(el);
        return [...messages, messageOf(el), panel];
      };
      const english = (n: string) => [
        `${n} changes need your decision`,
        `${n} changes could not be sent`,
        `${n} changes waiting to send`,
      ];
      const welsh = (n: string) => [
        `Mae angen eich penderfyniad ar ${n} o newidiadau`,
        `Nid oedd modd anfon ${n} o newidiadau`,
        `${n} o newidiadau yn aros i gael eu hanfon`,
      ];
      const rows = async (count: number) => (await counts(count)).slice(0, 3);

      expect(await rows(1)).to.deep.equal(['1 change needs your decision', '1 change could not be sent', '1 change waiting to send']);
      for (const count of [2, 3, 6, 20, 100]) expect(await rows(count)).to.deep.equal(english(String(count)));
      const thousand = await counts(1000);
      expect(thousand.slice(0, 3)).to.deep.equal(english('1,000'));
      expect(thousand[3]).to.match(/Waiting to send\s*1,000\s*Could not be sent\s*1,000\s*Need your decision\s*1,000/);

      await setLocale('cy');
      // "newid" never mutates, and "o newidiadau" is right after any number.
      expect(await rows(1)).to.deep.equal(['Mae angen eich penderfyniad ar 1 newid', 'Nid oedd modd anfon 1 newid', '1 newid yn aros i gael ei anfon']);
      for (const count of [2, 3, 6, 20, 100]) expect(await rows(count)).to.deep.equal(welsh(String(count)));
      expect((await counts(1000)).slice(0, 3)).to.deep.equal(welsh('1,000'));
    });

    it('lets a page replace the offline message and the button label', async () => {
      const el = await fixture<KithOfflineStatus>(
        html`<kith-offline-status .state=${{ online: false }} offline-message="No signal: notes are kept on this laptop" details-label="More"></kith-offline-status>`,
      );
      expect(messageOf(el)).to.equal('No signal: notes are kept on this laptop');
      await axNode('button', 'More');
      el.messages = { failed: (snapshot) => `${snapshot.failed} notes are stuck`, saved: 'Everything is on the case record' };
      el.state = { failed: 4 };
      await elementUpdated(el);
      expect(messageOf(el)).to.equal('4 notes are stuck');
    });

    it('never breaks on bad state: strings, negatives, nonsense', async () => {
      const el = await render({ pending: 'lots', failed: -4, online: 'maybe', lastSyncedAt: 'yesterday', storageError: 'disk on fire' } as never);
      expect(messageOf(el)).to.equal('All changes saved');
      expect(statusKind(toSnapshot(null))).to.equal('idle');
    });
  });

  it('names the field when sync is given something that is not a SyncState, and takes null as none', async () => {
    const el = await render({ pending: 2 });
    for (const bad of ['online', {}, [], -1]) expect(() => (el.sync = bad as never), String(bad)).to.throw(TypeError, 'kith-offline-status: sync');
    el.sync = null;
    await el.updateComplete;
    expect(el.sync).to.equal(undefined);
    expect(messageOf(el)).to.equal('2 changes waiting to send');
  });

  describe('announcements', () => {
    it('announces going offline, problems and being saved again; not sending or waiting; not the first state', async () => {
      await settle();
      for (const region of document.querySelectorAll('[data-kith-announcer] [data-politeness]')) region.textContent = '';
      const el = await render({ lastSyncedAt: today1403 });
      await settle();
      expect(politeText()).to.equal('');
      el.state = { online: false, pending: 2 };
      await elementUpdated(el);
      await settle();
      expect(politeText()).to.equal('Offline: changes are saved on this device');
      el.state = { pending: 2, sending: 2 };
      await elementUpdated(el);
      await settle();
      expect(politeText(), 'sending is not spoken').to.equal('Offline: changes are saved on this device');
      el.state = { failed: 1, lastSyncedAt: today1403 };
      await elementUpdated(el);
      await settle();
      expect(politeText()).to.equal('1 change could not be sent');
      el.state = { failed: 2, lastSyncedAt: today1403 };
      await elementUpdated(el);
      await settle();
      expect(politeText()).to.equal('2 changes could not be sent');
      el.state = { lastSyncedAt: today1403 };
      await elementUpdated(el);
      await settle();
      expect(politeText()).to.equal('All changes saved at 14:03');
      el.state = { storageError: 'quota' };
      await elementUpdated(el);
      await settle();
      expect(assertiveText()).to.equal('This device is full: new changes cannot be saved');
    });

    it('waits for the state to settle, so a quick flicker is spoken once', async () => {
      const el = await fixture<KithOfflineStatus>(html`<kith-offline-status .state=${{ lastSyncedAt: today1403 }} announce-delay="150"></kith-offline-status>`);
      el.state = { online: false };
      await elementUpdated(el);
      el.state = { lastSyncedAt: today1403 };
      await elementUpdated(el);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(politeText()).not.to.equal('Offline: changes are saved on this device');
    });
  });

  it('follows a live SyncState and lists its outbox in the panel', async () => {
    const name = uniqueName();
    const target = new EventTarget();
    const navigatorLike = { onLine: false };
    const outbox = new Outbox({ name, send: async () => 'sent' });
    const sync = new SyncState({ name, outbox, environment: { navigator: navigatorLike, target } });
    await sync.start();
    await settle();
    for (const region of document.querySelectorAll('[data-kith-announcer] [data-politeness]')) region.textContent = '';
    const el = await fixture<KithOfflineStatus>(html`<kith-offline-status .sync=${sync} expanded announce-delay="0"></kith-offline-status>`);
    await settle();
    expect(politeText(), 'being offline when the page opens is shown, not announced').to.equal('');
    await outbox.enqueue({ type: 'visit-note', payload: { text: 'Seen' }, summary: 'Visit note for Sam' });
    await until(() => el.snapshot.pending === 1, 'the status to count the change');
    await elementUpdated(el);
    expect(messageOf(el)).to.equal('Offline: changes are saved on this device');
    const queue = el.shadowRoot!.querySelector('kith-sync-queue')!;
    await until(() => !!queue.shadowRoot?.textContent?.includes('Visit note for Sam'), 'the queue to list it');
    outbox.start();
    navigatorLike.onLine = true;
    target.dispatchEvent(new Event('online'));
    await until(() => el.kind === 'saved', 'everything sent');
    await elementUpdated(el);
    expect(messageOf(el)).to.match(/^All changes saved at \d\d:\d\d$/);
    outbox.close();
    sync.stop();
  });
});
