import { msg, str } from '@lit/localize';
import { addDays, parseInstant, ukDate } from './dates.js';
import { consentRecordIssues, type ConsentIssue } from './validate.js';
import type { ConsentDecision, ConsentOption, ConsentRecord } from './types.js';

/** Where things stand for one purpose and one recipient. */
export type ConsentPositionState = ConsentDecision | 'expired' | 'unclear';

/** Why a position cannot be worked out. It is never guessed. */
export type UnclearReason = 'conflict' | 'cycle' | 'unreadable';

export interface ConsentPosition {
  purpose: ConsentOption;
  recipient: ConsentOption;
  state: ConsentPositionState;
  /** The record that decides this position; absent when the position is unclear. */
  record?: ConsentRecord;
  unclearReason?: UnclearReason;
  /** The review date of the deciding record has come. */
  reviewDue: boolean;
  /** Consent given ends within the warning period. */
  expiresSoon: boolean;
  /** Information is shared on a lawful basis other than consent. */
  sharedWithoutConsent: boolean;
}

export type ConsentProblemCode =
  | 'invalid-record'
  | 'duplicate-id'
  | 'repeated-record'
  | 'supersedes-cycle'
  | 'supersedes-unknown'
  | 'supersedes-later'
  | 'conflict';

/** Something wrong with the history as a whole or with one record in it. */
export interface ConsentProblem {
  /** Errors make a position unclear; warnings do not change any position. */
  severity: 'error' | 'warning';
  code: ConsentProblemCode;
  /** Where the record is in the list given (0-based). */
  index?: number;
  /** The record's id, when it has a readable one. */
  recordId?: string;
  /** The records involved in a cycle or a conflict, or the record superseded. */
  relatedIds?: string[];
  /** What is wrong with an invalid record, field by field. */
  issues?: ConsentIssue[];
}

export type ConsentSummaryState =
  | 'none'
  | 'unclear'
  | 'given'
  | 'partly-given'
  | 'refused'
  | 'withdrawn'
  | 'not-sought'
  | 'not-given'
  | 'expired';

export interface ConsentSummary {
  state: ConsentSummaryState;
  /** How many purpose-and-recipient positions have consent given, out of how many. */
  given: number;
  total: number;
  reviewDue: boolean;
  expiresSoon: boolean;
  sharedWithoutConsent: boolean;
  /** The earliest review date among the records that decide positions. */
  nextReview?: string;
}

export interface ConsentResolution {
  /** The UK calendar date the position is worked out for. */
  today: string;
  positions: ConsentPosition[];
  /** Every readable record counted, oldest first, in the order they took effect. */
  history: ConsentRecord[];
  problems: ConsentProblem[];
  summary: ConsentSummary;
}

export interface CurrentConsentOptions {
  /** How many days ahead an end date counts as "ends soon". Default 30. */
  expiryWarningDays?: number;
}

const RELATED_SHOWN = 5;

/** The problem in the current locale, for people reading a history. */
export function problemText(problem: ConsentProblem): string {
  const id = problem.recordId ?? (problem.index === undefined ? '' : `#${problem.index + 1}`);
  const ids = problem.relatedIds ?? [];
  // A conflict among thousands of records names the first few; the history lists them all.
  const related = ids.length > RELATED_SHOWN ? `${ids.slice(0, RELATED_SHOWN).join(', ')}, …` : ids.join(', ');
  switch (problem.code) {
    case 'invalid-record':
      return msg(str`Record ${id} cannot be read`, { id: 'kith.consent.problem.invalid-record' });
    case 'duplicate-id':
      return msg(str`More than one different record has the id ${id}, so none of them can be relied on`, {
        id: 'kith.consent.problem.duplicate-id',
      });
    case 'repeated-record':
      return msg(str`Record ${id} appears more than once; it is counted once`, { id: 'kith.consent.problem.repeated-record' });
    case 'supersedes-cycle':
      return msg(str`Records ${related} each say they replace another in a loop, so their order cannot be worked out`, {
        id: 'kith.consent.problem.supersedes-cycle',
      });
    case 'supersedes-unknown':
      return msg(str`Record ${id} replaces record ${related}, which is not in this history`, {
        id: 'kith.consent.problem.supersedes-unknown',
      });
    case 'supersedes-later':
      return msg(str`Record ${id} replaces record ${related} but has an earlier time; it is treated as the later record`, {
        id: 'kith.consent.problem.supersedes-later',
      });
    case 'conflict':
      return msg(str`Records ${related} were made at the same time and disagree`, { id: 'kith.consent.problem.conflict' });
  }
}

interface Entry {
  record: ConsentRecord;
  time: number;
  /** The time the record takes effect: never earlier than the records it replaces. */
  effective: number;
  parent?: Entry;
  /** How many records this one replaces, one after another; orders records that take effect together. */
  depth: number;
  inCycle: boolean;
}

interface Pair {
  purpose: ConsentOption;
  recipient: ConsentOption;
  entries: Entry[];
  unclear?: UnclearReason;
  relatedIds: Set<string>;
}

const pairKey = (purposeId: string, recipientId: string) => JSON.stringify([purposeId, recipientId]);

/** JSON with object keys sorted, so two copies of one record compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The readable purposes and recipients of a value that failed validation, or undefined. */
function readableOptions(value: unknown): ConsentOption[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const options = value.filter(
    (option): option is ConsentOption => typeof option?.id === 'string' && option.id !== '',
  );
  return options.length ? options.map(({ id, label }) => ({ id, label: typeof label === 'string' ? label : id })) : undefined;
}

function toInstant(at: Date | string | number): number {
  const time = at instanceof Date ? at.getTime() : typeof at === 'string' ? parseInstant(at) : at;
  if (typeof time !== 'number' || !Number.isFinite(time)) {
    throw new TypeError('currentConsent: at must be a valid Date, epoch milliseconds or an ISO 8601 date and time with a time zone');
  }
  return time;
}

/** Every record that a record in the group replaces, directly or through others: one walk, however long the chains. */
function replacedBy(group: Entry[]): Set<Entry> {
  const replaced = new Set<Entry>();
  for (const entry of group) {
    for (let current = entry.parent; current && !replaced.has(current); current = current.parent) replaced.add(current);
  }
  return replaced;
}

/** Marks records whose `supersedes` chain loops, and works out each record's effective time. */
function linkSupersession(entries: Map<string, Entry>, problems: ConsentProblem[]): void {
  for (const entry of entries.values()) {
    const target = entry.record.supersedes;
    if (target === undefined) continue;
    entry.parent = entries.get(target);
  }
  const done = new Set<Entry>();
  for (const start of entries.values()) {
    // Walk up to something already done, the root, or back onto this walk (a loop).
    const path: Entry[] = [];
    const onPath = new Set<Entry>();
    let current: Entry | undefined = start;
    while (current && !done.has(current) && !onPath.has(current)) {
      path.push(current);
      onPath.add(current);
      current = current.parent;
    }
    if (current && onPath.has(current)) {
      const cycle = path.slice(path.indexOf(current));
      const latest = Math.max(...cycle.map((entry) => entry.time));
      for (const member of cycle) {
        member.inCycle = true;
        member.effective = latest;
        done.add(member);
      }
      problems.push({
        severity: 'error',
        code: 'supersedes-cycle',
        relatedIds: cycle.map((entry) => entry.record.id),
      });
    }
    // Unwind from the top so each record's parent already has its effective time.
    for (let index = path.length - 1; index >= 0; index--) {
      const entry = path[index]!;
      if (done.has(entry)) continue;
      entry.effective = Math.max(entry.time, entry.parent ? entry.parent.effective : -Infinity);
      entry.depth = entry.parent && !entry.parent.inCycle ? entry.parent.depth + 1 : 0;
      done.add(entry);
    }
  }
}

/** The state a record gives its positions on a day. */
function stateOn(record: ConsentRecord, today: string): ConsentPositionState {
  if (record.decision === 'given' && record.expiresOn !== undefined && today > record.expiresOn) return 'expired';
  return record.decision;
}

/** Among records that take effect at the same moment, the one that stands, or the ids that disagree. */
function decide(group: Entry[], today: string): Entry | string[] {
  // A record that another in the group replaces drops out, whatever the clocks say.
  const replaced = replacedBy(group);
  const standing = group.filter((entry) => !replaced.has(entry));
  const verdict = (entry: Entry) => `${stateOn(entry.record, today)}|${entry.record.withoutConsent ? 1 : 0}`;
  if (new Set(standing.map(verdict)).size > 1) return standing.map((entry) => entry.record.id).sort();
  // They agree; the earliest end date is the one that can be relied on.
  return standing.reduce((best, entry) => {
    const a = entry.record.expiresOn ?? '9999-12-31';
    const b = best.record.expiresOn ?? '9999-12-31';
    return a < b || (a === b && entry.record.id > best.record.id) ? entry : best;
  });
}

function summarise(positions: ConsentPosition[], nothingReadable: boolean): ConsentSummary {
  const clear = positions.filter((position) => position.state !== 'unclear');
  const given = clear.filter((position) => position.state === 'given').length;
  const states = new Set(clear.map((position) => position.state));
  const reviews = clear.map((position) => position.record?.reviewDate).filter((date): date is string => !!date).sort();
  let state: ConsentSummaryState;
  if (positions.length === 0) state = nothingReadable ? 'unclear' : 'none';
  else if (clear.length < positions.length) state = 'unclear';
  else if (given === positions.length) state = 'given';
  else if (given > 0) state = 'partly-given';
  else if (states.has('expired')) state = 'expired';
  else if (states.size === 1) state = [...states][0] as ConsentSummaryState;
  else state = 'not-given';
  return {
    state,
    given,
    total: positions.length,
    reviewDue: clear.some((position) => position.reviewDue),
    expiresSoon: clear.some((position) => position.expiresSoon),
    sharedWithoutConsent: clear.some((position) => position.sharedWithoutConsent),
    ...(reviews[0] ? { nextReview: reviews[0] } : {}),
  };
}

/**
 * Works out where consent stands for every purpose and recipient from a history of records.
 *
 * - Each record decides the purposes and recipients it names, until a later record names them.
 * - A record that supersedes another is always the later of the two, whatever the clocks say.
 * - Consent given ends after its `expiresOn` day (UK dates); a review is due from `reviewDate`.
 * - With `at`, only records made by then count; without it every record counts (a record a few
 *   minutes "in the future" because of a clock is still the newest word) and today is the UK date now.
 * - Nothing is guessed: a position that an unreadable record, a supersession loop or two
 *   disagreeing records touch is 'unclear', and each cause is listed in `problems`.
 *
 * Throws a TypeError only when `records` is not an array or `at` is not a date.
 */
export function currentConsent(
  records: readonly unknown[],
  at?: Date | string | number,
  { expiryWarningDays = 30 }: CurrentConsentOptions = {},
): ConsentResolution {
  if (!Array.isArray(records)) throw new TypeError('currentConsent: records must be an array of consent records');
  const now = at === undefined ? Date.now() : toInstant(at);
  const cutoff = at === undefined ? Infinity : now;
  const today = ukDate(now);
  const soon = addDays(today, expiryWarningDays);

  const problems: ConsentProblem[] = [];
  const entries = new Map<string, Entry>();
  const knownIds = new Set<string>();
  const clashing = new Set<string>();
  const pairs = new Map<string, Pair>();
  let everyPairUnclear = false;

  const pairFor = (purpose: ConsentOption, recipient: ConsentOption): Pair => {
    const key = pairKey(purpose.id, recipient.id);
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { purpose, recipient, entries: [], relatedIds: new Set() }));
    return pair;
  };
  const markUnclear = (value: unknown, reason: UnclearReason, id?: string) => {
    const bag = (value ?? {}) as Record<string, unknown>;
    const purposes = readableOptions(bag.purposes);
    const recipients = readableOptions(bag.recipients);
    if (!purposes || !recipients) {
      everyPairUnclear = true;
      return;
    }
    for (const purpose of purposes) {
      for (const recipient of recipients) {
        const pair = pairFor(purpose, recipient);
        pair.unclear ??= reason;
        if (id) pair.relatedIds.add(id);
      }
    }
  };

  records.forEach((value, index) => {
    const time = parseInstant((value as { recordedAt?: unknown } | null)?.recordedAt);
    const issues = consentRecordIssues(value);
    const rawId = (value as { id?: unknown } | null)?.id;
    const recordId = typeof rawId === 'string' && rawId !== '' ? rawId : undefined;
    if (issues.length) {
      problems.push({ severity: 'error', code: 'invalid-record', index, ...(recordId ? { recordId } : {}), issues });
      // A bad record made after `at` cannot change the position at `at`.
      if (!(time > cutoff)) markUnclear(value, 'unreadable', recordId);
      return;
    }
    const record = value as ConsentRecord;
    knownIds.add(record.id);
    if (time > cutoff) return;
    const existing = entries.get(record.id);
    if (clashing.has(record.id) || (existing && canonical(existing.record) !== canonical(record))) {
      if (!clashing.has(record.id)) {
        problems.push({ severity: 'error', code: 'duplicate-id', index, recordId: record.id });
        clashing.add(record.id);
        markUnclear(existing!.record, 'unreadable', record.id);
      }
      markUnclear(record, 'unreadable', record.id);
    } else if (existing) {
      problems.push({ severity: 'warning', code: 'repeated-record', index, recordId: record.id });
    } else {
      entries.set(record.id, { record, time, effective: time, depth: 0, inCycle: false });
    }
  });
  for (const id of clashing) entries.delete(id);

  linkSupersession(entries, problems);

  for (const entry of entries.values()) {
    const { record } = entry;
    if (record.supersedes !== undefined && !entry.parent && !knownIds.has(record.supersedes) && !clashing.has(record.supersedes)) {
      problems.push({ severity: 'warning', code: 'supersedes-unknown', recordId: record.id, relatedIds: [record.supersedes] });
    }
    if (entry.parent && !entry.inCycle && entry.time < entry.parent.time) {
      problems.push({ severity: 'warning', code: 'supersedes-later', recordId: record.id, relatedIds: [entry.parent.record.id] });
    }
    if (entry.inCycle) {
      markUnclear(record, 'cycle', record.id);
      continue;
    }
    for (const purpose of record.purposes) {
      for (const recipient of record.recipients) pairFor(purpose, recipient).entries.push(entry);
    }
  }

  const reportedConflicts = new Set<string>();
  const positions: ConsentPosition[] = [];
  for (const pair of pairs.values()) {
    const base = { purpose: pair.purpose, recipient: pair.recipient, reviewDue: false, expiresSoon: false, sharedWithoutConsent: false };
    if (everyPairUnclear || pair.unclear) {
      positions.push({ ...base, state: 'unclear', unclearReason: pair.unclear ?? 'unreadable' });
      continue;
    }
    const latest = Math.max(...pair.entries.map((entry) => entry.effective));
    const outcome = decide(pair.entries.filter((entry) => entry.effective === latest), today);
    if (Array.isArray(outcome)) {
      const key = outcome.join('\u0000');
      if (!reportedConflicts.has(key)) {
        reportedConflicts.add(key);
        problems.push({ severity: 'error', code: 'conflict', relatedIds: outcome });
      }
      positions.push({ ...base, state: 'unclear', unclearReason: 'conflict' });
      continue;
    }
    const { record } = outcome;
    // The newest label, so a renamed purpose or recipient reads as it does now.
    const state = stateOn(record, today);
    positions.push({
      ...base,
      purpose: record.purposes.find((purpose) => purpose.id === pair.purpose.id) ?? pair.purpose,
      recipient: record.recipients.find((recipient) => recipient.id === pair.recipient.id) ?? pair.recipient,
      state,
      record,
      reviewDue: record.reviewDate !== undefined && record.reviewDate <= today,
      expiresSoon: state === 'given' && record.expiresOn !== undefined && record.expiresOn <= soon,
      sharedWithoutConsent: record.withoutConsent !== undefined,
    });
  }
  const byLabel = (a: ConsentOption, b: ConsentOption) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id);
  positions.sort((a, b) => byLabel(a.recipient, b.recipient) || byLabel(a.purpose, b.purpose));

  const history = [...entries.values()]
    .sort((a, b) => a.effective - b.effective || a.depth - b.depth || a.time - b.time || (a.record.id < b.record.id ? -1 : 1))
    .map((entry) => entry.record);
  // With nothing readable at all, say so rather than "none recorded".
  return { today, positions, history, problems, summary: summarise(positions, everyPairUnclear) };
}
