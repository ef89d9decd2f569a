import type { ConsentOption, ConsentRecord } from '../model/types.js';
import { consentRecordIssues, issueText } from '../model/validate.js';

/**
 * A practitioner asked to withdraw consent. The host opens kith-consent-capture with
 * `withdrawing` set to this request, so the flow starts pre-filled as a withdrawal.
 */
export interface ConsentWithdrawRequest {
  /** The record whose consent is being withdrawn; the new record will supersede it. */
  record: ConsentRecord;
  purposes: ConsentOption[];
  recipients: ConsentOption[];
}

export class KithConsentWithdrawEvent extends Event {
  static readonly eventName = 'kith-consent-withdraw';
  constructor(readonly request: ConsentWithdrawRequest) {
    super(KithConsentWithdrawEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'kith-consent-withdraw': KithConsentWithdrawEvent;
  }
}

/**
 * Checks a withdrawal request given by a host. Throws a TypeError naming the field when the
 * record is not a valid ConsentRecord; purposes and recipients that are not among the
 * record's own are dropped, and none left means all of the record's.
 */
export function checkWithdrawRequest(value: unknown): ConsentWithdrawRequest | null {
  if (value === null || value === undefined) return null;
  const { record, purposes, recipients } = value as Partial<Record<keyof ConsentWithdrawRequest, unknown>>;
  const issues = consentRecordIssues(record);
  if (issues.length) throw new TypeError(`withdrawing.record: ${issues.map(issueText).join('; ')}`);
  const valid = record as ConsentRecord;
  const within = (chosen: unknown, all: ConsentOption[]) => {
    const ids = new Set(Array.isArray(chosen) ? chosen.map((option) => (option as ConsentOption)?.id) : []);
    const kept = all.filter((option) => ids.has(option.id));
    return kept.length ? kept : all;
  };
  return { record: valid, purposes: within(purposes, valid.purposes), recipients: within(recipients, valid.recipients) };
}
