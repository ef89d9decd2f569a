import { KithSendEvent } from '@kith/core';
import type { ConsentRecord } from '../model/types.js';

/**
 * A practitioner confirmed a consent decision. `record` is a valid, new ConsentRecord: send it,
 * and pass the request to `waitUntil()` (or call preventDefault()) so the draft is kept until it is stored.
 */
export class KithConsentRecordEvent extends KithSendEvent {
  static readonly eventName = 'kith-consent-record';
  constructor(readonly record: ConsentRecord) {
    super(KithConsentRecordEvent.eventName);
  }
}

declare global {
  interface HTMLElementEventMap {
    'kith-consent-record': KithConsentRecordEvent;
  }
}
