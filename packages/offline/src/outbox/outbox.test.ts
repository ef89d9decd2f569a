import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { openDB } from 'idb';
import { Outbox, dueItems, validateOutboxItem, type OutboxItem, type OutboxOptions, type SendResult } from './outbox.js';
import { databaseName } from '../shared/database.js';
import { generateKey } from '../crypto/crypto.js';
import { virtualClock } from '../shared/clock.js';
import { rejection, uniqueName, until } from '../shared/test-helpers.js';

const DAY = 24 * 60 * 60 * 1000;

type Mode = 'send' | 'sendBatch';

/**
 * Delivery options for a mode: send itself, or a sendBatch() that answers each item of a batch
 * with send; if any answer throws, the whole batch throws (after the others were tried).
 */
function through(mode: Mode, send: (item: OutboxItem) => Promise<SendResult>): Pick<OutboxOptions, 'send' | 'sendBatch'> {
  if (mode === 'send') return { send };
  return {
    sendBatch: async (items) => {
      const settled = await Promise.allSettled(items.map(send));
      const failure = settled.find((outcome) => outcome.status === 'rejected');
      if (failure) throw failure.reason;
      return settled.map((outcome) => (outcome as PromiseFulfilledResult<SendResult>).value);
    },
  };
}

/** An outbox whose send() (or sendBatch()) answers each item from a script, recording every attempt. */
function scripted(
  answer: (item: OutboxItem, attempt: number) => SendResult | Promise<SendResult>,
  options: Partial<OutboxOptions> = {},
  mode: Mode = 'send',
) {
  const clock = virtualClock();
  const attempts: { id: string; type: string; at: number; resolution: string | null }[] = [];
  const outbox = new Outbox({
    name: uniqueName(),
    clock,
    random: () => 1,
    backoff: { baseMs: 1000, maxMs: 60_000 },
    ...through(mode, async (item) => {
      attempts.push({ id: item.id, type: item.type, at: clock.now(), resolution: item.resolution });
      return answer(item, attempts.filter((a) => a.id === item.id).length);
    }),
    ...options,
  });
  return { outbox, clock, attempts };
}

describe('Outbox', () => {
  afterEach(() => {
    // Each test makes its own outbox and name; stop senders so locks are released.
  });

  it('gives each item an idempotency key, keeps it in IndexedDB and validates what it is given', async () => {
    const { outbox } = scripted(() => 'sent');
    const a = await outbox.enqueue({ type: 'visit-note', payload: { text: 'Seen' }, summary: 'Visit note' });
    const b = await outbox.enqueue({ type: 'visit-note', payload: { text: 'Again' } });
    expect(a.id).to.match(/^[0-9a-f-]{36}$/);
    expect(a.id).not.to.equal(b.id);
    expect([a.seq, b.seq]).to.deep.equal([1, 2]);
    const reloaded = new Outbox({ name: outbox.name, send: async () => 'sent' });
    expect((await reloaded.pending()).map((item) => item.id)).to.deep.equal([a.id, b.id]);
    expect(await reloaded.hasUnsent()).to.equal(true);
    expect((await rejection(outbox.enqueue({ type: '', payload: 1 })) as Error).message).to.match(/type/);
    expect((await rejection(outbox.enqueue({ type: 't', payload: { at: new Date() } as never })) as Error).message).to.match(/payload\.at/);
    expect(() => validateOutboxItem({ ...a, status: 'lost' })).to.throw(TypeError, /status/);
    expect(() => new Outbox({ name: 'x' } as never)).to.throw(TypeError, /send/);
  });

  it('retries with exponential backoff and jitter, and marks an item failed after failAfter tries', async () => {
    const { outbox, attempts } = scripted(() => 'retry', { failAfter: 3 });
    const item = await outbox.enqueue({ type: 'note', payload: 'x' });
    outbox.start();
    await until(() => attempts.length >= 9, 'nine attempts');
    const gaps = attempts.slice(1, 9).map((attempt, i) => attempt.at - attempts[i]!.at);
    // random() = 1 gives the whole interval: 1 s, 2 s, 4 s … capped at 60 s.
    expect(gaps).to.deep.equal([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
    const [failed] = await outbox.failed();
    expect(failed?.id).to.equal(item.id);
    expect(failed?.attempts).to.be.at.least(3);
    outbox.close();
  });

  it('keeps retrying a failing item for more than a week (Workbox would have deleted it) and delivers it when the server is back', async () => {
    let healthy = false;
    const { outbox, attempts } = scripted(() => (healthy ? 'sent' : 'retry'), { backoff: { baseMs: 60 * 60_000, maxMs: DAY } });
    await outbox.enqueue({ type: 'note', payload: 'x' });
    outbox.start();
    await until(() => attempts.length > 1 && attempts[attempts.length - 1]!.at - attempts[0]!.at > 8 * DAY, 'more than a week of retries');
    expect(await outbox.failed(), 'still there after a week').to.have.length(1);
    healthy = true;
    await until(async () => !(await outbox.hasUnsent()), 'delivery once the server is back');
    outbox.close();
    expect(new Set(attempts.map((a) => a.id)).size).to.equal(1);
  });

  it('uses jitter between half and all of the interval', () => {
    const low = new Outbox({ name: uniqueName(), send: async () => 'sent', random: () => 0, backoff: { baseMs: 1000, maxMs: 8000 } });
    const high = new Outbox({ name: uniqueName(), send: async () => 'sent', random: () => 0.999999, backoff: { baseMs: 1000, maxMs: 8000 } });
    expect([1, 2, 3, 4, 5].map((n) => low.backoff(n))).to.deep.equal([500, 1000, 2000, 4000, 4000]);
    expect([1, 2, 3, 4, 5].map((n) => high.backoff(n))).to.deep.equal([1000, 2000, 4000, 8000, 8000]);
  });

  it('retry(id) sends a failed item now; discard(id) removes it', async () => {
    let healthy = false;
    const { outbox, attempts } = scripted(() => (healthy ? 'sent' : 'retry'), { failAfter: 1, backoff: { baseMs: 10 * DAY, maxMs: 10 * DAY } });
    const keep = await outbox.enqueue({ type: 'keep', payload: 1 });
    const drop = await outbox.enqueue({ type: 'drop', payload: 2 });
    outbox.start();
    await until(async () => (await outbox.failed()).length === 2, 'both failed');
    outbox.stop();
    // Sends already in flight finish before the tab lets go of sending.
    await until(() => !outbox.isSender, 'in-flight sends to finish');
    await outbox.discard(drop.id);
    const triesBeforeDiscard = attempts.filter((a) => a.id === drop.id).length;
    healthy = true;
    await outbox.retry(keep.id);
    outbox.start();
    await until(async () => !(await outbox.hasUnsent()), 'the retried item to go');
    outbox.stop();
    expect(attempts.filter((a) => a.id === drop.id), 'a discarded item is never sent again').to.have.length(triesBeforeDiscard);
  });

  it('sends up to `concurrency` items at once, never more, and keeps every outcome when several are written together', async () => {
    let open = 0;
    let most = 0;
    const { outbox, attempts } = scripted(
      async (item, attempt) => {
        open++;
        most = Math.max(most, open);
        await new Promise((resolve) => setTimeout(resolve, 2));
        open--;
        // Odd items fail once, then go; every third even item is a conflict.
        const n = item.payload as number;
        if (n % 2 === 1 && attempt === 1) return 'retry';
        return n % 6 === 0 ? { conflict: { n } } : 'sent';
      },
      { concurrency: 3 },
    );
    for (let n = 0; n < 30; n++) await outbox.enqueue({ type: 'note', payload: n });
    outbox.start();
    await until(async () => (await outbox.all()).length === 5 && (await outbox.counts()).sending === 0, 'all but the five conflicts to go');
    outbox.stop();
    expect(most).to.equal(3);
    // Each even item once, each odd item twice: no outcome lost, none sent again.
    expect(attempts).to.have.length(15 + 15 * 2);
    const reloaded = new Outbox({ name: outbox.name, send: async () => 'sent' });
    expect((await reloaded.conflicts()).map((item) => item.payload)).to.deep.equal([0, 6, 12, 18, 24]);
    reloaded.close();
    outbox.close();
  });

  it('keeps delivering when a listener throws', async () => {
    const { outbox, attempts } = scripted(() => 'sent');
    const reported: unknown[] = [];
    // The error is reported as the page's (window.onerror), where mocha would fail the test.
    const mochaOnError = window.onerror;
    window.onerror = (_message, _source, _line, _column, error) => (reported.push(error), true);
    try {
      for (let n = 0; n < 6; n++) await outbox.enqueue({ type: 'note', payload: n });
      let thrown = false;
      outbox.subscribe(() => {
        if (thrown) return;
        thrown = true;
        throw new Error('a broken listener');
      });
      outbox.start();
      await until(async () => !(await outbox.hasUnsent()), 'the outbox to empty');
      outbox.close();
    } finally {
      window.onerror = mochaOnError;
    }
    expect(attempts).to.have.length(6);
    expect(reported.length).to.be.greaterThan(0);
  });

  it('dueItems picks the head of each group and skips conflicts, items in flight and items not yet due', () => {
    const base = { type: 't', payload: 1, summary: '', createdAt: 0, attempts: 0, lastError: null, conflict: null, resolution: null } as const;
    const items: OutboxItem[] = [
      { ...base, id: 'a', seq: 1, group: 'g', status: 'pending', nextAttemptAt: 0 },
      { ...base, id: 'b', seq: 2, group: 'g', status: 'pending', nextAttemptAt: 0 },
      { ...base, id: 'c', seq: 3, group: null, status: 'conflict', nextAttemptAt: 0 },
      { ...base, id: 'd', seq: 4, group: null, status: 'failed', nextAttemptAt: 0 },
      { ...base, id: 'e', seq: 5, group: null, status: 'pending', nextAttemptAt: 100 },
      { ...base, id: 'f', seq: 6, group: 'h', status: 'pending', nextAttemptAt: 0 },
    ];
    expect(dueItems(items, 50, new Set(['f'])).map((item) => item.id)).to.deep.equal(['a', 'd']);
  });
});

for (const mode of ['send', 'sendBatch'] as const) {
  describe(`Outbox delivering through ${mode}()`, () => {
    it('sends every item and removes it once sent, recording the last sync time', async () => {
      const { outbox, clock, attempts } = scripted(() => 'sent', {}, mode);
      for (let i = 0; i < 5; i++) await outbox.enqueue({ type: 'note', payload: i });
      outbox.start();
      await until(async () => !(await outbox.hasUnsent()), 'the outbox to empty');
      outbox.stop();
      await until(() => !outbox.isSender, 'the last sends to finish');
      expect(attempts).to.have.length(5);
      const counts = await outbox.counts();
      expect(counts).to.deep.equal({ pending: 0, failed: 0, conflicts: 0, sending: 0, lastSentAt: clock.now() });
    });

    it('sends nothing while offline and everything once back online', async () => {
      const { outbox, attempts } = scripted(() => 'sent', {}, mode);
      outbox.setOnline(false);
      outbox.start();
      await outbox.enqueue({ type: 'note', payload: 1 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(attempts).to.have.length(0);
      outbox.setOnline(true);
      await until(async () => !(await outbox.hasUnsent()), 'delivery');
      outbox.stop();
    });

    it('never reports an item sent before its removal is on disk', async () => {
      const { outbox } = scripted(() => 'sent', { concurrency: 4 }, mode);
      for (let n = 0; n < 40; n++) await outbox.enqueue({ type: 'note', payload: n });
      const raw = await openDB(databaseName(outbox.name));
      const early: string[] = [];
      const checks: Promise<void>[] = [];
      const ids = new Set((await outbox.all()).map((item) => item.id));
      outbox.subscribe(() => {
        checks.push(
          (async () => {
            const shown = new Set((await outbox.all()).map((item) => item.id));
            const onDisk = new Set(await raw.getAllKeys('outbox'));
            // Once shown as gone, an item must already be gone on disk (removal is never undone).
            for (const id of ids) if (!shown.has(id) && onDisk.has(id)) early.push(id);
          })(),
        );
      });
      outbox.start();
      await until(async () => !(await outbox.hasUnsent()), 'the outbox to empty');
      outbox.close();
      await Promise.all(checks);
      raw.close();
      expect(checks.length).to.be.greaterThan(0);
      expect(early).to.deep.equal([]);
    });

    it('keeps going past an item that fails: one failure does not block the rest', async () => {
      const { outbox, attempts } = scripted((item) => (item.type === 'broken' ? 'retry' : 'sent'), {}, mode);
      await outbox.enqueue({ type: 'broken', payload: 0 });
      for (let i = 0; i < 3; i++) await outbox.enqueue({ type: 'fine', payload: i });
      outbox.start();
      await until(async () => (await outbox.all()).length === 1, 'the three good items to go');
      outbox.stop();
      expect(attempts.filter((a) => a.type === 'fine')).to.have.length(3);
      expect((await outbox.all())[0]!.type).to.equal('broken');
    });

    it('sends items of one group in order: a later item waits for an earlier one that fails', async () => {
      let healthy = false;
      const { outbox, attempts } = scripted((item) => (item.type === 'first' && !healthy ? 'retry' : 'sent'), {}, mode);
      await outbox.enqueue({ type: 'first', payload: 1, group: 'case-1' });
      await outbox.enqueue({ type: 'second', payload: 2, group: 'case-1' });
      await outbox.enqueue({ type: 'other', payload: 3, group: 'case-2' });
      outbox.start();
      await until(() => attempts.filter((a) => a.type === 'first').length >= 3, 'three tries of the first item');
      expect(attempts.map((a) => a.type)).not.to.include('second');
      expect(attempts.map((a) => a.type)).to.include('other');
      healthy = true;
      await until(async () => !(await outbox.hasUnsent()), 'the group to drain');
      outbox.stop();
      const order = attempts.map((a) => a.type).filter((type) => type !== 'other');
      expect(order.lastIndexOf('first')).to.be.lessThan(order.indexOf('second'));
    });

    it('records a thrown error as the last error and tries again', async () => {
      const { outbox, attempts } = scripted((_item, attempt) => {
        if (attempt === 1) throw new Error('Server said 503');
        return 'sent';
      }, {}, mode);
      const item = await outbox.enqueue({ type: 'note', payload: 1 });
      outbox.start();
      await until(() => attempts.length === 1, 'one attempt');
      await until(async () => (await outbox.all())[0]?.lastError === 'Server said 503' || !(await outbox.hasUnsent()), 'the error');
      await until(async () => !(await outbox.hasUnsent()), 'delivery');
      outbox.stop();
      expect(attempts.map((a) => a.id)).to.deep.equal([item.id, item.id]);
    });

    it('marks conflicts for the user and does not retry them; the user keeps theirs or the server’s', async () => {
      const { outbox, attempts } = scripted((item) => (item.resolution === 'local' ? 'sent' : { conflict: { text: 'Server text' } }), {}, mode);
      const mine = await outbox.enqueue({ type: 'note', payload: { text: 'My text' } });
      const theirs = await outbox.enqueue({ type: 'note', payload: { text: 'Other text' } });
      outbox.start();
      await until(async () => (await outbox.conflicts()).length === 2, 'two conflicts');
      const before = attempts.length;
      const [conflict] = await outbox.conflicts();
      expect(conflict!.conflict).to.deep.equal({ server: { text: 'Server text' } });
      expect(conflict!.payload).to.deep.equal({ text: 'My text' });
      await outbox.resolve(mine.id, 'local');
      await until(async () => (await outbox.all()).length === 1, 'my version sent');
      expect(attempts.slice(before).map((a) => [a.id, a.resolution])).to.deep.equal([[mine.id, 'local']]);
      await outbox.resolve(theirs.id, 'server');
      expect(await outbox.hasUnsent()).to.equal(false);
      outbox.stop();
    });

    it('with a key, keeps payloads encrypted at rest and sends them decrypted', async () => {
      const key = await generateKey();
      const sent: unknown[] = [];
      const outbox = new Outbox({ name: uniqueName(), key, ...through(mode, async (item) => (sent.push(item.payload), 'sent')) });
      await outbox.enqueue({ type: 'note', payload: { text: 'Secret words' } });
      expect(outbox.encrypted).to.equal(true);
      outbox.start();
      await until(async () => !(await outbox.hasUnsent()), 'delivery');
      outbox.stop();
      expect(sent).to.deep.equal([{ text: 'Secret words' }]);
    });

    it('sends from one tab at a time: two outboxes on one name never send the same item twice and agree on counts', async () => {
      const name = uniqueName();
      const sentBy = new Map<string, string[]>();
      const make = (tab: string) =>
        new Outbox({
          name,
          ...through(mode, async (item) => {
            sentBy.set(item.id, [...(sentBy.get(item.id) ?? []), tab]);
            await new Promise((resolve) => setTimeout(resolve, 1));
            return 'sent';
          }),
        });
      const tabA = make('A');
      const tabB = make('B');
      tabA.setOnline(false);
      tabB.setOnline(false);
      tabA.start();
      tabB.start();
      for (let i = 0; i < 10; i++) await (i % 2 ? tabA : tabB).enqueue({ type: 'note', payload: i });
      await until(async () => (await tabA.counts()).pending === 10 && (await tabB.counts()).pending === 10, 'both tabs to count 10');
      expect([tabA.isSender, tabB.isSender].filter(Boolean)).to.have.length(1);
      const leader = tabA.isSender ? tabA : tabB;
      const follower = leader === tabA ? tabB : tabA;
      leader.setOnline(true);
      follower.setOnline(true);
      await until(async () => (await follower.counts()).pending === 0, 'the follower to see the outbox empty');
      await until(
        async () => JSON.stringify(await follower.counts()) === JSON.stringify(await leader.counts()),
        'both tabs to show the same counts',
      );
      // The sender closes; the other tab takes over.
      leader.close();
      await until(() => follower.isSender, 'the other tab to take over');
      for (let i = 0; i < 5; i++) await follower.enqueue({ type: 'note', payload: i });
      await until(async () => !(await follower.hasUnsent()), 'delivery by the new sender');
      follower.close();
      expect(sentBy.size).to.equal(15);
      for (const tabs of sentBy.values()) expect(tabs).to.have.length(1);
    });

    it('applies every item exactly once whatever the server does: fail, time out, commit then lose the answer', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.constantFrom('ok', 'fail', 'throw', 'commit-then-throw', 'commit-then-retry'), { minLength: 1, maxLength: 60 }), async (behaviours) => {
          const applied = new Map<string, number>();
          let call = 0;
          const { outbox } = scripted((item) => {
            const behaviour = behaviours[call++ % behaviours.length];
            const commit = () => applied.set(item.id, applied.has(item.id) ? applied.get(item.id)! : 1);
            const attempts = (applied.get(`tries:${item.id}`) ?? 0) + 1;
            applied.set(`tries:${item.id}`, attempts);
            // The server dedupes on the idempotency key: a second commit of one key does not apply again.
            if (behaviour === 'ok' || attempts > 8) return (commit(), 'sent');
            if (behaviour === 'fail') return 'retry';
            if (behaviour === 'throw') throw new Error('timed out');
            commit();
            if (behaviour === 'commit-then-throw') throw new Error('connection reset');
            return 'retry';
          }, {}, mode);
          const ids: string[] = [];
          for (let i = 0; i < 8; i++) ids.push((await outbox.enqueue({ type: 'note', payload: i })).id);
          outbox.start();
          await until(async () => !(await outbox.hasUnsent()), 'the outbox to empty');
          outbox.close();
          for (const id of ids) expect(applied.get(id), `item ${id} applied once`).to.equal(1);
        }),
        { numRuns: 15 },
      );
    });

    it('does not write back an item the user discarded while it was being sent', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const { outbox, attempts } = scripted(async (): Promise<SendResult> => {
        await gate;
        return { conflict: 'changed on the server' };
      }, {}, mode);
      const discarded = await outbox.enqueue({ type: 'note', payload: 1 });
      const kept = await outbox.enqueue({ type: 'note', payload: 2 });
      outbox.start();
      await until(() => attempts.length === 2, 'both sends to start');
      await outbox.discard(discarded.id);
      release();
      await until(async () => (await outbox.counts()).sending === 0, 'the outcomes to be written');
      outbox.close();
      const reloaded = new Outbox({ name: outbox.name, send: async () => 'sent' });
      expect((await reloaded.all()).map((item) => [item.id, item.status])).to.deep.equal([[kept.id, 'conflict']]);
      reloaded.close();
    });
  });
}

describe('Outbox with sendBatch()', () => {
  /** An outbox whose sendBatch() answers from a script, recording the ids of every batch. */
  function batched(answer: (items: OutboxItem[], call: number) => SendResult[] | Promise<SendResult[]>, options: Partial<OutboxOptions> = {}) {
    const clock = virtualClock();
    const batches: string[][] = [];
    const outbox = new Outbox({
      name: uniqueName(),
      clock,
      random: () => 1,
      backoff: { baseMs: 1000, maxMs: 60_000 },
      sendBatch: async (items) => {
        batches.push(items.map((item) => item.id));
        return answer(items, batches.length);
      },
      ...options,
    });
    return { outbox, clock, batches };
  }

  it('validates its options with a TypeError naming the field', () => {
    const sendBatch = async () => [];
    expect(() => new Outbox({ name: 'x' })).to.throw(TypeError, /send or sendBatch/);
    expect(() => new Outbox({ name: 'x', sendBatch: 'yes' } as never)).to.throw(TypeError, /sendBatch must be a function/);
    for (const batchSize of [0, -1, 2.5, '10', Number.NaN]) {
      expect(() => new Outbox({ name: 'x', sendBatch, batchSize } as never), String(batchSize)).to.throw(TypeError, /batchSize/);
    }
    expect(() => new Outbox({ name: uniqueName(), sendBatch, batchSize: 1 }).close()).not.to.throw();
  });

  it('sends up to batchSize items per request, `concurrency` requests at once, each item with its own idempotency key, once', async () => {
    let open = 0;
    let most = 0;
    const { outbox, batches } = batched(
      async (items) => {
        open++;
        most = Math.max(most, open);
        await new Promise((resolve) => setTimeout(resolve, 2));
        open--;
        return items.map(() => 'sent');
      },
      { batchSize: 7, concurrency: 2 },
    );
    const ids: string[] = [];
    for (let n = 0; n < 45; n++) ids.push((await outbox.enqueue({ type: 'note', payload: n })).id);
    outbox.start();
    await until(async () => !(await outbox.hasUnsent()), 'the outbox to empty');
    outbox.close();
    expect(most).to.be.at.most(2);
    expect(Math.max(...batches.map((batch) => batch.length))).to.equal(7);
    expect(batches.flat().sort()).to.deep.equal([...ids].sort());
  });

  it('acts on each item’s own result: one retry or conflict does not hold back the others, and each retry gets its own jitter', async () => {
    const randoms = [0, 0.5, 0.999];
    let r = 0;
    let firstCallAt = 0;
    const calls: (string | number)[][][] = [];
    const { outbox, clock } = batched(
      (items, call) => {
        if (call === 1) firstCallAt = clock.now();
        calls.push(items.map((item) => [item.payload as number, item.attempts, item.nextAttemptAt - firstCallAt]));
        return items.map((item) => (item.payload === 4 ? { conflict: { n: 4 } } : (item.payload as number) % 3 === 0 && call === 1 ? 'retry' : 'sent'));
      },
      { random: () => randoms[r++]!, backoff: { baseMs: 60_000, maxMs: 60_000 } },
    );
    for (let n = 0; n < 9; n++) await outbox.enqueue({ type: 'note', payload: n });
    outbox.start();
    await until(async () => calls.length === 4 && (await outbox.all()).length === 1 && (await outbox.counts()).sending === 0, 'all but the conflict to go');
    outbox.close();
    expect(calls[0]).to.have.length(9);
    // The three retries were each given their own wait, between half and all of 60 s, so they went separately.
    expect(calls.slice(1)).to.deep.equal([[[0, 1, 30_000]], [[3, 1, 45_000]], [[6, 1, 59_970]]]);
    const [conflict] = await outbox.conflicts();
    expect([conflict!.payload, conflict!.attempts, conflict!.conflict]).to.deep.equal([4, 1, { server: { n: 4 } }]);
  });

  it('counts a thrown error, or results of the wrong length or kind, as retry for the items concerned, with a clear last error', async () => {
    // Each batch carries what the previous attempt left: its attempts and last error.
    const seen: (string | number | null)[][][] = [];
    const { outbox, batches } = batched((items, call) => {
      seen.push(items.map((item) => [item.attempts, item.lastError]));
      if (call === 1) throw new Error('Gateway timeout');
      if (call === 2) return items.slice(1).map(() => 'sent');
      if (call === 3) return items.map((_item, i) => (i === 0 ? ('done' as never) : 'retry'));
      return items.map(() => 'sent');
    });
    for (let n = 0; n < 3; n++) await outbox.enqueue({ type: 'note', payload: n });
    outbox.start();
    await until(async () => !(await outbox.hasUnsent()), 'the outbox to empty');
    outbox.close();
    const short = 'sendBatch() returned 2 results for 3 items; all of them will be sent again';
    const odd = `sendBatch() returned "done", not 'sent', 'retry' or { conflict }`;
    expect(seen).to.deep.equal([
      [[0, null], [0, null], [0, null]],
      [[1, 'Gateway timeout'], [1, 'Gateway timeout'], [1, 'Gateway timeout']],
      [[2, short], [2, short], [2, short]],
      [[3, odd], [3, null], [3, null]],
    ]);
    expect(new Set(batches.flat()).size, 'the same three idempotency keys every time').to.equal(3);
  });

  it('never puts two items of one group in a batch, and sends them in order', async () => {
    const { outbox, batches } = batched((items) => items.map(() => 'sent'));
    const group: string[] = [];
    for (let n = 0; n < 4; n++) {
      group.push((await outbox.enqueue({ type: 'note', payload: n, group: 'case-1' })).id);
      await outbox.enqueue({ type: 'note', payload: n });
    }
    outbox.start();
    await until(async () => !(await outbox.hasUnsent()), 'the outbox to empty');
    outbox.close();
    for (const batch of batches) expect(batch.filter((id) => group.includes(id)).length).to.be.at.most(1);
    expect(batches.flat().filter((id) => group.includes(id))).to.deep.equal(group);
  });
});
