import { announce } from './announcer.js';

/**
 * An event carrying something the host sends on (to a server, or an outbox), from an element
 * that keeps a draft of it. The element deletes its draft only once the host has stored what
 * it sent: the listener passes its request to `waitUntil(sending)`, or calls `preventDefault()`
 * to keep the draft. Without either, the draft is deleted at once.
 */
export class KithSendEvent extends Event {
  readonly #sending: Promise<unknown>[] = [];

  constructor(type: string) {
    super(type, { bubbles: true, composed: true, cancelable: true });
  }

  /**
   * Keeps the draft until `sending` settles: it is deleted only if `sending` resolves (and the
   * event was not cancelled), so what could not be sent is not lost. Call it in the listener,
   * before any `await`.
   */
  waitUntil(sending: Promise<unknown>): void {
    if (this.eventPhase === Event.NONE) {
      throw new DOMException(`${this.type}: call waitUntil() before any await`, 'InvalidStateError');
    }
    this.#sending.push(sending);
  }

  /**
   * For the element that fired it, once dispatched: resolves true when everything passed to
   * `waitUntil()` has resolved and the event was not cancelled, false otherwise.
   */
  sent(): Promise<boolean> {
    return Promise.all(this.#sending).then(
      () => !this.defaultPrevented,
      () => false,
    );
  }
}

/**
 * Says `message()` politely through the shared live region if `sent` (a send event's `sent()`)
 * is still pending at the next task: only while the host is really sending, not when it passed
 * nothing to `waitUntil()` and `sent()` settled at once.
 */
export function announceIfStillSending(sent: Promise<unknown>, message: () => string): void {
  let settled = false;
  void sent.then(() => (settled = true));
  setTimeout(() => {
    if (!settled) announce(message());
  });
}
