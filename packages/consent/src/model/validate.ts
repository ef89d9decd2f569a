import { msg, str } from '@lit/localize';
import { isIsoDate } from '@kith/core';
import { ageOn, parseInstant, ukDate } from './dates.js';
import {
  AGE_BANDS,
  CONSENT_DECISIONS,
  CONSENT_METHODS,
  GIVER_ROLES,
  type ConsentRecord,
} from './types.js';

/** Why one field of a record is not acceptable. */
export type ConsentIssueCode =
  | 'missing'
  | 'not-text'
  | 'not-boolean'
  | 'not-one-of'
  | 'not-date'
  | 'not-date-time'
  | 'empty-list'
  | 'before-record'
  | 'after-record'
  | 'not-sought-has-giver'
  | 'capacity-needed'
  | 'gillick-not-assessed'
  | 'not-competent'
  | 'age-band-mismatch'
  | 'expiry-not-given'
  | 'without-consent-given'
  | 'supersedes-itself';

/** One problem with a record: the field (a dotted path such as "givenBy.role") and what is wrong. */
export interface ConsentIssue {
  field: string;
  code: ConsentIssueCode;
  /** The options the field allows, for 'not-one-of'. */
  allowed?: readonly string[];
}

/** The issue in the current locale, naming the field. */
export function issueText({ field, code, allowed }: ConsentIssue): string {
  switch (code) {
    case 'missing':
      return msg(str`${field} is missing`, { id: 'kith.consent.issue.missing' });
    case 'not-text':
      return msg(str`${field} must be text`, { id: 'kith.consent.issue.not-text' });
    case 'not-boolean':
      return msg(str`${field} must be true or false`, { id: 'kith.consent.issue.not-boolean' });
    case 'not-one-of':
      return msg(str`${field} must be one of: ${(allowed ?? []).join(', ')}`, { id: 'kith.consent.issue.not-one-of' });
    case 'not-date':
      return msg(str`${field} must be a real date written as YYYY-MM-DD`, { id: 'kith.consent.issue.not-date' });
    case 'not-date-time':
      return msg(str`${field} must be a date and time with a time zone, such as 2026-03-01T10:15:00Z`, {
        id: 'kith.consent.issue.not-date-time',
      });
    case 'empty-list':
      return msg(str`${field} must list at least one item`, { id: 'kith.consent.issue.empty-list' });
    case 'before-record':
      return msg(str`${field} is before the day the record was made`, { id: 'kith.consent.issue.before-record' });
    case 'after-record':
      return msg(str`${field} is after the day the record was made`, { id: 'kith.consent.issue.after-record' });
    case 'not-sought-has-giver':
      return msg(str`${field} must be empty when consent was not sought`, { id: 'kith.consent.issue.not-sought-has-giver' });
    case 'capacity-needed':
      return msg(str`${field} is missing: a child or young person decided for themselves, so record whether they could make this decision`, {
        id: 'kith.consent.issue.capacity-needed',
      });
    case 'gillick-not-assessed':
      return msg(str`${field}: a child under 16 can only decide for themselves after an assessment of their understanding (Gillick competence)`, {
        id: 'kith.consent.issue.gillick-not-assessed',
      });
    case 'not-competent':
      return msg(str`${field}: a child or young person who cannot make this decision cannot give, refuse or withdraw consent for themselves. Record the decision of someone with parental responsibility`, {
        id: 'kith.consent.issue.not-competent',
      });
    case 'age-band-mismatch':
      return msg(str`${field} does not match the child's date of birth on the day the record was made`, {
        id: 'kith.consent.issue.age-band-mismatch',
      });
    case 'expiry-not-given':
      return msg(str`${field}: only consent that was given can have an end date. Use a review date instead`, {
        id: 'kith.consent.issue.expiry-not-given',
      });
    case 'without-consent-given':
      return msg(str`${field}: consent was given, so information was not shared without consent`, {
        id: 'kith.consent.issue.without-consent-given',
      });
    case 'supersedes-itself':
      return msg(str`${field}: a record cannot replace itself`, { id: 'kith.consent.issue.supersedes-itself' });
  }
}

type Bag = Record<string, unknown>;

const isObject = (value: unknown): value is Bag => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects issues while walking a value; each check records at most one issue per field. */
class Checker {
  readonly issues: ConsentIssue[] = [];

  add(field: string, code: ConsentIssueCode, allowed?: readonly string[]): void {
    this.issues.push(allowed ? { field, code, allowed } : { field, code });
  }

  object(value: unknown, field: string): Bag | undefined {
    if (isObject(value)) return value;
    this.add(field, 'missing');
    return undefined;
  }

  /** Required text that is not blank. */
  text(value: unknown, field: string): value is string {
    if (value === undefined || value === null || value === '') this.add(field, 'missing');
    else if (typeof value !== 'string') this.add(field, 'not-text');
    else if (value.trim() === '') this.add(field, 'missing');
    else return true;
    return false;
  }

  optionalText(value: unknown, field: string): void {
    if (value !== undefined && typeof value !== 'string') this.add(field, 'not-text');
  }

  boolean(value: unknown, field: string): void {
    if (value === undefined || value === null) this.add(field, 'missing');
    else if (typeof value !== 'boolean') this.add(field, 'not-boolean');
  }

  oneOf<T extends string>(value: unknown, options: readonly T[], field: string): value is T {
    if (value === undefined || value === null) this.add(field, 'missing');
    else if (!options.includes(value as T)) this.add(field, 'not-one-of', options);
    else return true;
    return false;
  }

  optionalDate(value: unknown, field: string): value is string {
    if (value === undefined) return false;
    if (isIsoDate(value)) return true;
    this.add(field, 'not-date');
    return false;
  }

  options(value: unknown, field: string): void {
    if (!Array.isArray(value)) return this.add(field, 'missing');
    if (value.length === 0) return this.add(field, 'empty-list');
    value.forEach((option, index) => {
      const item = this.object(option, `${field}[${index}]`);
      if (!item) return;
      this.text(item.id, `${field}[${index}].id`);
      this.text(item.label, `${field}[${index}].label`);
    });
  }
}

/**
 * Every problem with a value that should be a ConsentRecord, each naming its field.
 * An empty list means the value is a valid record. Never throws.
 */
export function consentRecordIssues(value: unknown): ConsentIssue[] {
  const check = new Checker();
  const record = check.object(value, 'record');
  if (!record) return check.issues;

  check.text(record.id, 'id');
  const recordedAt = parseInstant(record.recordedAt);
  if (record.recordedAt === undefined || record.recordedAt === null || record.recordedAt === '') check.add('recordedAt', 'missing');
  else if (Number.isNaN(recordedAt)) check.add('recordedAt', 'not-date-time');
  const recordDay = Number.isNaN(recordedAt) ? undefined : ukDate(recordedAt);

  const subject = check.object(record.subject, 'subject');
  let dateOfBirth: string | undefined;
  if (subject) {
    check.text(subject.name, 'subject.name');
    if (check.optionalDate(subject.dateOfBirth, 'subject.dateOfBirth')) {
      dateOfBirth = subject.dateOfBirth as string;
      if (recordDay && dateOfBirth > recordDay) check.add('subject.dateOfBirth', 'after-record');
    }
  }

  const decision = check.oneOf(record.decision, CONSENT_DECISIONS, 'decision') ? record.decision : undefined;
  const notSought = decision === 'not-sought';

  let childDecides = false;
  if (notSought) {
    if (record.givenBy !== null && record.givenBy !== undefined) check.add('givenBy', 'not-sought-has-giver');
    if (record.method !== null && record.method !== undefined) check.add('method', 'not-sought-has-giver');
  } else {
    const giver = check.object(record.givenBy, 'givenBy');
    if (giver) {
      check.text(giver.name, 'givenBy.name');
      if (check.oneOf(giver.role, GIVER_ROLES, 'givenBy.role')) {
        childDecides = giver.role === 'child';
      }
      if (giver.role === 'other') check.text(giver.roleOther, 'givenBy.roleOther');
      else check.optionalText(giver.roleOther, 'givenBy.roleOther');
      check.boolean(giver.hasParentalResponsibility, 'givenBy.hasParentalResponsibility');
    }
    check.oneOf(record.method, CONSENT_METHODS, 'method');
  }

  if (record.capacity !== undefined || (childDecides && decision)) {
    if (record.capacity === undefined) check.add('capacity', 'capacity-needed');
    const capacity = record.capacity === undefined ? undefined : check.object(record.capacity, 'capacity');
    if (capacity) {
      const band = check.oneOf(capacity.ageBand, AGE_BANDS, 'capacity.ageBand') ? capacity.ageBand : undefined;
      check.boolean(capacity.assessed, 'capacity.assessed');
      check.boolean(capacity.competent, 'capacity.competent');
      if (capacity.assessed === true) check.text(capacity.reasons, 'capacity.reasons');
      else check.optionalText(capacity.reasons, 'capacity.reasons');
      if (band === 'under-16' && capacity.competent === true && capacity.assessed === false) {
        check.add('capacity.assessed', 'gillick-not-assessed');
      }
      if (childDecides && capacity.competent === false) check.add('capacity.competent', 'not-competent');
      if (band && dateOfBirth && recordDay) {
        const actual = ageOn(dateOfBirth, recordDay) < 16 ? 'under-16' : '16-or-over';
        if (actual !== band) check.add('capacity.ageBand', 'age-band-mismatch');
      }
    }
  }

  check.options(record.purposes, 'purposes');
  check.options(record.recipients, 'recipients');

  const scope = check.object(record.scope, 'scope');
  if (scope && check.oneOf(scope.type, ['all', 'categories'] as const, 'scope.type') && scope.type === 'categories') {
    if (!Array.isArray(scope.categories)) check.add('scope.categories', 'missing');
    else if (scope.categories.length === 0) check.add('scope.categories', 'empty-list');
    else scope.categories.forEach((category, index) => check.text(category, `scope.categories[${index}]`));
  }

  check.boolean(record.informedOfRightToWithdraw, 'informedOfRightToWithdraw');
  check.optionalText(record.childViews, 'childViews');

  for (const field of ['reviewDate', 'expiresOn'] as const) {
    if (check.optionalDate(record[field], field) && recordDay && (record[field] as string) < recordDay) {
      check.add(field, 'before-record');
    }
  }
  if (record.expiresOn !== undefined && decision && decision !== 'given') check.add('expiresOn', 'expiry-not-given');

  if (record.withoutConsent !== undefined) {
    if (decision === 'given') check.add('withoutConsent', 'without-consent-given');
    const without = check.object(record.withoutConsent, 'withoutConsent');
    if (without) {
      const basis = check.object(without.lawfulBasis, 'withoutConsent.lawfulBasis');
      if (basis) {
        check.text(basis.id, 'withoutConsent.lawfulBasis.id');
        check.text(basis.label, 'withoutConsent.lawfulBasis.label');
      }
      check.text(without.reason, 'withoutConsent.reason');
      const decidedBy = check.object(without.decidedBy, 'withoutConsent.decidedBy');
      if (decidedBy) {
        check.text(decidedBy.name, 'withoutConsent.decidedBy.name');
        check.text(decidedBy.role, 'withoutConsent.decidedBy.role');
      }
      check.boolean(without.personInformed, 'withoutConsent.personInformed');
      if (without.personInformed === false) check.text(without.notInformedReason, 'withoutConsent.notInformedReason');
      else check.optionalText(without.notInformedReason, 'withoutConsent.notInformedReason');
    }
  }

  const recorder = check.object(record.recordedBy, 'recordedBy');
  if (recorder) {
    check.text(recorder.name, 'recordedBy.name');
    check.optionalText(recorder.role, 'recordedBy.role');
  }

  if (record.supersedes !== undefined && check.text(record.supersedes, 'supersedes') && record.supersedes === record.id) {
    check.add('supersedes', 'supersedes-itself');
  }
  return check.issues;
}

/**
 * Checks a value at the boundary and returns it typed as a ConsentRecord. Throws a
 * TypeError that names every field in the wrong (for example "decision must be one of: …").
 */
export function validateConsentRecord(value: unknown): ConsentRecord {
  const issues = consentRecordIssues(value);
  if (issues.length) throw new TypeError(`ConsentRecord: ${issues.map(issueText).join('; ')}`);
  return value as ConsentRecord;
}
