import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { KithElement, focusStyles, oneOf, toText, visuallyHiddenStyles } from '@kith/core';
import { validateOutboxItem, type Outbox, type OutboxItem } from '../outbox/outbox.js';
import type { Json } from '../draft-store/draft-store.js';
import { formatWhen } from '../shared/format.js';
import { buttonStyles } from '../shared/buttons.styles.js';
import { syncQueueStyles } from './sync-queue.styles.js';

/** Fired when the user asks to send an item again. Cancel it to handle the retry yourself. */
export class KithOutboxRetryEvent extends Event {
  constructor(readonly id: string) {
    super('kith-outbox-retry', { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired when the user has confirmed discarding an item. Cancel it to handle the discard yourself. */
export class KithOutboxDiscardEvent extends Event {
  constructor(
    readonly id: string,
    readonly itemType: string,
  ) {
    super('kith-outbox-discard', { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired when the user chooses a version of a conflicting change. Cancel it to handle it yourself. */
export class KithConflictResolveEvent extends Event {
  constructor(
    readonly id: string,
    readonly choice: 'local' | 'server',
  ) {
    super('kith-conflict-resolve', { bubbles: true, composed: true, cancelable: true });
  }
}

/** What the user is being asked to confirm, for which item. */
type Confirming = { id: string; action: 'discard' | 'server' };

/** A value as text a person can read: strings as they are, anything else as indented JSON. */
export function valueAsText(value: Json | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/**
 * The changes on this device that have not reached the server: what they are, when
 * they were queued, how many attempts were made and the last error, with Retry and a
 * Discard that first says what will be lost. A conflict shows both versions and lets
 * the user choose.
 *
 * @summary The outbox: pending, failed and conflicting changes, with retry, discard and resolve.
 * @tagname kith-sync-queue
 *
 * @csspart heading - The heading above the list.
 * @csspart list - The list of changes.
 * @csspart item - One change.
 * @csspart confirm - The confirmation shown before anything is lost.
 * @csspart version - One version of a conflicting change.
 *
 * @cssprop --kith-color-error - Colour of failed and conflicting changes.
 *
 * @fires kith-outbox-retry - KithOutboxRetryEvent: the user asked to send an item again.
 * @fires kith-outbox-discard - KithOutboxDiscardEvent: the user confirmed discarding an item.
 * @fires kith-conflict-resolve - KithConflictResolveEvent: the user chose their version ('local') or the server's ('server').
 */
export class KithSyncQueue extends KithElement {
  static override styles = [KithElement.styles, visuallyHiddenStyles, focusStyles, buttonStyles, syncQueueStyles];

  static override properties = {
    outbox: { attribute: false },
    items: { attribute: false },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    describe: { attribute: false },
    strings: { attribute: false },
    live: { attribute: false },
    confirming: { attribute: false },
  };

  /**
   * The outbox to list and act on. Without it, `items` is shown and actions only fire events.
   * Setting anything else (but null) throws a TypeError naming the field.
   */
  get outbox(): Outbox | undefined {
    return this.followed;
  }
  set outbox(value: Outbox | null | undefined) {
    const candidate = value as Partial<Outbox> | null | undefined;
    if (candidate != null && (typeof candidate.subscribe !== 'function' || typeof candidate.all !== 'function')) {
      throw new TypeError('kith-sync-queue: outbox must be an Outbox (or null)');
    }
    this.followed = value ?? undefined;
  }
  private followed?: Outbox;
  /** Items to show when there is no outbox. */
  items: OutboxItem[] = [];
  /** Replaces the heading ("Changes not sent yet"). */
  heading = '';
  /** The level of the heading, 2 to 6. */
  headingLevel: '2' | '3' | '4' | '5' | '6' = '2';
  /** Turns an item into the words a user recognises; defaults to its summary, or its type. */
  describe?: (item: OutboxItem) => string;

  /**
   * Replaces fixed wording, keyed by the end of its message id: for example
   * `{ discard: 'Delete', 'discard-consequence': 'It will not reach the case record.' }`.
   */
  strings: Partial<Record<string, string>> = {};

  private live?: OutboxItem[];
  private confirming?: Confirming;
  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('outbox') && this.isConnected) this.follow();
  }

  /** The items shown now; bad items a host passed are left out rather than breaking the list. */
  get shownItems(): OutboxItem[] {
    if (this.live) return this.live;
    const items = Array.isArray(this.items) ? this.items : [];
    return items.flatMap((item) => {
      try {
        return [validateOutboxItem(item)];
      } catch {
        return [];
      }
    });
  }

  private follow(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    const outbox = this.outbox;
    if (!outbox) {
      this.live = undefined;
      return;
    }
    const read = () =>
      void outbox.all().then(
        (items) => {
          if (this.outbox === outbox) this.live = items;
        },
        () => undefined,
      );
    this.unsubscribe = outbox.subscribe(read);
    read();
  }

  /** A fixed string, from `strings` when the page replaced it, otherwise in the current locale. */
  private text(key: string, localised: () => string): string {
    const replaced = this.strings?.[key];
    return typeof replaced === 'string' && replaced ? replaced : localised();
  }

  /** Dispatches a domain event; false when a listener cancelled it. */
  private fire(event: Event): boolean {
    return this.dispatchEvent(event);
  }

  private label(item: OutboxItem): string {
    return toText(this.describe?.(item)) || item.summary || item.type;
  }

  private async retry(item: OutboxItem): Promise<void> {
    if (!this.fire(new KithOutboxRetryEvent(item.id))) return;
    await this.outbox?.retry(item.id);
  }

  private async ask(item: OutboxItem, action: Confirming['action']): Promise<void> {
    this.confirming = { id: item.id, action };
    await this.updateComplete;
    // The user asked for this: take them to the question so it is read to them.
    this.renderRoot.querySelector<HTMLElement>('[part="confirm"]')?.focus();
  }

  private async cancel(item: OutboxItem): Promise<void> {
    const action = this.confirming?.action;
    this.confirming = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(item.id)}"] [data-action="${action}"]`)?.focus();
  }

  private async confirm(item: OutboxItem): Promise<void> {
    const action = this.confirming?.action;
    this.confirming = undefined;
    if (action === 'discard') {
      if (this.fire(new KithOutboxDiscardEvent(item.id, item.type))) await this.outbox?.discard(item.id);
    } else if (action === 'server') {
      if (this.fire(new KithConflictResolveEvent(item.id, 'server'))) await this.outbox?.resolve(item.id, 'server');
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  private async keepMine(item: OutboxItem): Promise<void> {
    if (this.fire(new KithConflictResolveEvent(item.id, 'local'))) await this.outbox?.resolve(item.id, 'local');
  }

  private renderHeading(): TemplateResult {
    const text = this.heading || this.text('heading', () => msg('Changes not sent yet', { id: 'kith.sync-queue.heading' }));
    const level = Number(oneOf(String(this.headingLevel), ['2', '3', '4', '5', '6'], '2'));
    return html`<div class="heading" part="heading" role="heading" aria-level=${level} tabindex="-1">${text}</div>`;
  }

  private renderStatus(item: OutboxItem): TemplateResult {
    const text =
      item.status === 'conflict'
        ? this.text('status-conflict', () => msg('Needs your decision', { id: 'kith.sync-queue.status-conflict' }))
        : item.status === 'failed'
          ? this.text('status-failed', () => msg('Could not be sent', { id: 'kith.sync-queue.status-failed' }))
          : this.text('status-pending', () => msg('Waiting to send', { id: 'kith.sync-queue.status-pending' }));
    return html`<span class="tag" data-status=${item.status}>${text}</span>`;
  }

  private renderConfirm(item: OutboxItem, action: Confirming['action']): TemplateResult {
    const name = this.label(item);
    const question =
      action === 'discard'
        ? msg(str`Discard “${name}”?`, { id: 'kith.sync-queue.discard-question' })
        : msg(str`Use the server’s version of “${name}”?`, { id: 'kith.sync-queue.server-question' });
    const consequence =
      action === 'discard'
        ? this.text('discard-consequence', () =>
            msg('What you entered will be deleted from this device and will not be sent. This cannot be undone.', {
              id: 'kith.sync-queue.discard-consequence',
            }),
          )
        : this.text('server-consequence', () => msg('Your version will be deleted from this device. This cannot be undone.', { id: 'kith.sync-queue.server-consequence' }));
    return html`
      <div class="confirm" part="confirm" role="group" aria-labelledby="q-${item.id}" aria-describedby="c-${item.id}" tabindex="-1">
        <p id="q-${item.id}" class="question">${question}</p>
        <p id="c-${item.id}">${consequence}</p>
        <div class="actions">
          <button type="button" class="button warning" @click=${() => this.confirm(item)}>
            ${action === 'discard'
              ? this.text('discard-confirm', () => msg('Yes, discard it', { id: 'kith.sync-queue.discard-confirm' }))
              : this.text('server-confirm', () => msg('Yes, use the server’s version', { id: 'kith.sync-queue.server-confirm' }))}
          </button>
          <button type="button" class="button secondary" @click=${() => this.cancel(item)}>
            ${this.text('keep', () => msg('No, keep it', { id: 'kith.sync-queue.keep' }))}
          </button>
        </div>
      </div>
    `;
  }

  private renderConflict(item: OutboxItem): TemplateResult {
    return html`
      <div class="versions">
        <section class="version" part="version" aria-labelledby="mine-${item.id}">
          <p id="mine-${item.id}" class="version-title">${this.text('your-version', () => msg('Your version', { id: 'kith.sync-queue.your-version' }))}</p>
          <pre>${valueAsText(item.payload)}</pre>
        </section>
        <section class="version" part="version" aria-labelledby="theirs-${item.id}">
          <p id="theirs-${item.id}" class="version-title">${this.text('server-version', () => msg('Version on the server', { id: 'kith.sync-queue.server-version' }))}</p>
          <pre>${valueAsText(item.conflict?.server)}</pre>
        </section>
      </div>
    `;
  }

  private renderActions(item: OutboxItem): TemplateResult {
    const name = this.label(item);
    const hidden = (text: string) => html`<span class="visually-hidden">${text}</span>`;
    if (item.status === 'conflict') {
      return html`<div class="actions">
        <button type="button" class="button" data-action="local" @click=${() => this.keepMine(item)}>
          ${this.text('keep-mine', () => msg('Keep my version', { id: 'kith.sync-queue.keep-mine' }))}${hidden(` – ${name}`)}
        </button>
        <button type="button" class="button secondary" data-action="server" @click=${() => this.ask(item, 'server')}>
          ${this.text('use-server', () => msg('Use the server’s version', { id: 'kith.sync-queue.use-server' }))}${hidden(` – ${name}`)}
        </button>
      </div>`;
    }
    return html`<div class="actions">
      <button type="button" class="button secondary" data-action="retry" @click=${() => this.retry(item)}>
        ${item.attempts > 0 ? this.text('retry', () => msg('Try again now', { id: 'kith.sync-queue.retry' })) : this.text('send-now', () => msg('Send now', { id: 'kith.sync-queue.send-now' }))}${hidden(` – ${name}`)}
      </button>
      <button type="button" class="button secondary" data-action="discard" @click=${() => this.ask(item, 'discard')}>
        ${this.text('discard', () => msg('Discard', { id: 'kith.sync-queue.discard' }))}${hidden(` – ${name}`)}
      </button>
    </div>`;
  }

  private renderItem(item: OutboxItem): TemplateResult {
    const confirming = this.confirming?.id === item.id ? this.confirming.action : undefined;
    return html`
      <li class="item" part="item" data-id=${item.id} data-status=${item.status}>
        <p class="summary"><span class="name">${this.label(item)}</span> ${this.renderStatus(item)}</p>
        <dl>
          <div class="row"><dt>${this.text('type', () => msg('Type', { id: 'kith.sync-queue.type' }))}</dt><dd>${item.type}</dd></div>
          <div class="row"><dt>${this.text('queued', () => msg('Queued', { id: 'kith.sync-queue.queued' }))}</dt><dd>${formatWhen(item.createdAt)}</dd></div>
          <div class="row"><dt>${this.text('attempts', () => msg('Attempts', { id: 'kith.sync-queue.attempts' }))}</dt><dd>${item.attempts}</dd></div>
          ${item.lastError
            ? html`<div class="row"><dt>${this.text('last-error', () => msg('Last error', { id: 'kith.sync-queue.last-error' }))}</dt><dd>${item.lastError}</dd></div>`
            : nothing}
        </dl>
        ${item.status === 'conflict' ? this.renderConflict(item) : nothing}
        ${confirming ? this.renderConfirm(item, confirming) : this.renderActions(item)}
      </li>
    `;
  }

  protected override render() {
    const items = this.shownItems;
    return html`
      ${this.renderHeading()}
      ${items.length === 0
        ? html`<p class="empty">${this.text('empty', () => msg('Nothing is waiting to be sent.', { id: 'kith.sync-queue.empty' }))}</p>`
        : html`<ul class="list" part="list">
            ${items.map((item) => this.renderItem(item))}
          </ul>`}
    `;
  }
}
