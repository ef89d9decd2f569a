import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { KithElement, announce, ensureAnnouncer, focusStyles, formatCount, visuallyHiddenStyles } from '@kith/core';
import type { SyncSnapshot, SyncState } from '../sync-state/sync-state.js';
import { formatBytes, formatWhen, isToday } from '../shared/format.js';
import { offlineStatusStyles } from './offline-status.styles.js';

/** Which one-line message the status shows, most important first. */
export type OfflineStatusKind = 'storage-full' | 'storage-error' | 'offline' | 'conflict' | 'failed' | 'sending' | 'waiting' | 'saved' | 'idle';

const EMPTY: SyncSnapshot = {
  online: true,
  pending: 0,
  failed: 0,
  conflicts: 0,
  sending: 0,
  lastSyncedAt: null,
  persisted: null,
  usage: null,
  quota: null,
  storageError: null,
};

/** Reads a snapshot a host passed, keeping only well-formed fields, so bad data never breaks a render. */
export function toSnapshot(value: unknown): SyncSnapshot {
  const given = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const count = (key: string) => (Number.isFinite(given[key]) && (given[key] as number) > 0 ? Math.floor(given[key] as number) : 0);
  const maybeNumber = (key: string) => (Number.isFinite(given[key]) ? (given[key] as number) : null);
  const storageError = given.storageError;
  return {
    online: given.online !== false,
    pending: count('pending'),
    failed: count('failed'),
    conflicts: count('conflicts'),
    sending: count('sending'),
    lastSyncedAt: maybeNumber('lastSyncedAt'),
    persisted: typeof given.persisted === 'boolean' ? given.persisted : null,
    usage: maybeNumber('usage'),
    quota: maybeNumber('quota'),
    storageError:
      storageError === 'quota' || storageError === 'connection-lost' || storageError === 'unavailable' || storageError === 'not-verified'
        ? storageError
        : null,
  };
}

/** The message to show for a snapshot: storage problems first, then offline, then what needs the user. */
export function statusKind(snapshot: SyncSnapshot): OfflineStatusKind {
  if (snapshot.storageError === 'quota') return 'storage-full';
  if (snapshot.storageError) return 'storage-error';
  if (!snapshot.online) return 'offline';
  if (snapshot.conflicts > 0) return 'conflict';
  if (snapshot.failed > 0) return 'failed';
  if (snapshot.sending > 0) return 'sending';
  if (snapshot.pending > 0) return 'waiting';
  return snapshot.lastSyncedAt === null ? 'idle' : 'saved';
}

/** Kinds worth interrupting nobody for: announced politely when they start. Storage problems are assertive. */
const ANNOUNCED: ReadonlySet<OfflineStatusKind> = new Set(['storage-full', 'storage-error', 'offline', 'conflict', 'failed', 'saved']);

/**
 * A compact, always-visible line that tells the user the truth about where their
 * changes are: on this device, waiting, being sent, or saved on the server, with a
 * panel that lists the queue and what the browser says about storage.
 *
 * It never moves focus. Changes are announced politely, and only when the kind of
 * message changes after a short settling time (storage problems assertively).
 *
 * @summary Offline and sync status, with a panel listing the queue and storage.
 * @tagname kith-offline-status
 *
 * @slot - Extra content for the details panel, for example a `kith-sync-queue` of your own.
 *
 * @csspart bar - The status line and its button.
 * @csspart message - The status text (role=status).
 * @csspart toggle - The button that shows and hides the details.
 * @csspart panel - The details panel.
 *
 * @cssprop --kith-color-error - Colour of the bar when changes could not be sent or saved.
 * @cssprop --kith-color-success - Colour of the bar when everything is saved.
 * @cssprop --kith-color-brand - Colour of the bar while offline or sending.
 */
export class KithOfflineStatus extends KithElement {
  static override styles = [KithElement.styles, visuallyHiddenStyles, focusStyles, offlineStatusStyles];

  static override properties = {
    sync: { attribute: false },
    state: { attribute: false },
    expanded: { type: Boolean, reflect: true },
    announceDelay: { type: Number, attribute: 'announce-delay' },
    detailsLabel: { attribute: 'details-label' },
    offlineMessage: { attribute: 'offline-message' },
    messages: { attribute: false },
    live: { attribute: false },
  };

  /**
   * A SyncState to follow. When set, it is the source of truth and `state` is ignored.
   * Setting anything else (but null) throws a TypeError naming the field.
   */
  get sync(): SyncState | undefined {
    return this.followed;
  }
  set sync(value: SyncState | null | undefined) {
    const candidate = value as Partial<SyncState> | null | undefined;
    if (candidate != null && (typeof candidate.addEventListener !== 'function' || !('snapshot' in candidate))) {
      throw new TypeError('kith-offline-status: sync must be a SyncState (or null)');
    }
    this.followed = value ?? undefined;
  }
  private followed?: SyncState;
  /** A sync snapshot to show, for hosts that track state themselves (and for stories). */
  state: Partial<SyncSnapshot> = {};
  /** The details panel is open. */
  expanded = false;
  /** How long the state must be steady before it is announced, in milliseconds. */
  announceDelay = 2000;
  /** Replaces the label of the details button ("Details"). */
  detailsLabel = '';
  /** Replaces the message shown while offline. */
  offlineMessage = '';
  /** Replaces the message of any state: a string, or a function of the snapshot for counts. */
  messages: Partial<Record<OfflineStatusKind, string | ((snapshot: SyncSnapshot) => string)>> = {};

  private live?: SyncSnapshot;
  private unsubscribe?: () => void;
  private announced?: OfflineStatusKind;
  private announcedCounts = { failed: 0, conflicts: 0 };
  private announceTimer?: number;

  /** The snapshot shown now. */
  get snapshot(): SyncSnapshot {
    return this.live ?? toSnapshot({ ...EMPTY, ...this.state });
  }

  /** The kind of message shown now. */
  get kind(): OfflineStatusKind {
    return statusKind(this.snapshot);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // It announces: the live region must be in the page before the first message.
    ensureAnnouncer(this.ownerDocument);
    this.follow();
    // The state at first render is the page's starting point: not news, so not announced.
    this.announced = this.kind;
    this.announcedCounts = { failed: this.snapshot.failed, conflicts: this.snapshot.conflicts };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('sync') && this.isConnected) this.follow();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('live') || changed.has('state')) this.scheduleAnnouncement();
  }

  private follow(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    const sync = this.sync;
    if (!sync) {
      this.live = undefined;
      return;
    }
    const read = () => {
      this.live = sync.snapshot;
    };
    sync.addEventListener('change', read);
    this.unsubscribe = () => sync.removeEventListener('change', read);
    read();
    // A newly attached sync state is the starting point, not news.
    this.announced = statusKind(sync.snapshot);
    this.announcedCounts = { failed: sync.snapshot.failed, conflicts: sync.snapshot.conflicts };
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    const run = () => this.announceIfNews();
    if (this.announceDelay <= 0) run();
    else this.announceTimer = window.setTimeout(run, this.announceDelay);
  }

  private announceIfNews(): void {
    const snapshot = this.snapshot;
    const kind = statusKind(snapshot);
    const moreProblems = snapshot.failed > this.announcedCounts.failed || snapshot.conflicts > this.announcedCounts.conflicts;
    const news = kind !== this.announced || ((kind === 'failed' || kind === 'conflict') && moreProblems);
    this.announcedCounts = { failed: snapshot.failed, conflicts: snapshot.conflicts };
    // Sending and waiting come and go in seconds; they are shown, not spoken.
    if (kind === 'sending' || kind === 'waiting') return;
    const previous = this.announced;
    this.announced = kind;
    if (!news || !ANNOUNCED.has(kind)) return;
    // "All changes saved" is news only after something was waiting, failing or offline.
    if (kind === 'saved' && (previous === 'idle' || previous === undefined)) return;
    announce(this.message(snapshot), { politeness: kind.startsWith('storage') ? 'assertive' : 'polite' });
  }

  /** The one-line message for a snapshot, in the current locale. */
  message(snapshot: SyncSnapshot = this.snapshot): string {
    const kind = statusKind(snapshot);
    const replaced = this.messages?.[kind];
    const text = typeof replaced === 'function' ? replaced(snapshot) : replaced;
    if (typeof text === 'string' && text) return text;
    const { pending, failed, conflicts, lastSyncedAt } = snapshot;
    switch (kind) {
      case 'storage-full':
        return msg('This device is full: new changes cannot be saved', { id: 'kith.offline-status.storage-full' });
      case 'storage-error':
        return msg('Changes cannot be saved on this device', { id: 'kith.offline-status.storage-error' });
      case 'offline':
        return this.offlineMessage || msg('Offline: changes are saved on this device', { id: 'kith.offline-status.offline' });
      case 'conflict':
        return conflicts === 1
          ? msg('1 change needs your decision', { id: 'kith.offline-status.conflict-one' })
          : msg(str`${formatCount(conflicts)} changes need your decision`, { id: 'kith.offline-status.conflict-other' });
      case 'failed':
        return failed === 1
          ? msg('1 change could not be sent', { id: 'kith.offline-status.failed-one' })
          : msg(str`${formatCount(failed)} changes could not be sent`, { id: 'kith.offline-status.failed-other' });
      case 'sending':
        return msg('Sending…', { id: 'kith.offline-status.sending' });
      case 'waiting':
        return pending === 1
          ? msg('1 change waiting to send', { id: 'kith.offline-status.waiting-one' })
          : msg(str`${formatCount(pending)} changes waiting to send`, { id: 'kith.offline-status.waiting-other' });
      case 'saved':
        return isToday(lastSyncedAt!)
          ? msg(str`All changes saved at ${formatWhen(lastSyncedAt!)}`, { id: 'kith.offline-status.saved' })
          : msg(str`All changes saved on ${formatWhen(lastSyncedAt!)}`, { id: 'kith.offline-status.saved-earlier' });
      default:
        return msg('All changes saved', { id: 'kith.offline-status.idle' });
    }
  }

  private toggle(): void {
    this.expanded = !this.expanded;
  }

  private renderStorage(snapshot: SyncSnapshot) {
    const kept =
      snapshot.persisted === true
        ? msg('Kept on this device until it is cleared', { id: 'kith.offline-status.persisted' })
        : snapshot.persisted === false
          ? msg('The browser may delete it if the device runs low on space', { id: 'kith.offline-status.not-persisted' })
          : msg('The browser has not said how long it keeps it', { id: 'kith.offline-status.persist-unknown' });
    const used =
      snapshot.usage !== null && snapshot.quota !== null
        ? msg(str`${formatBytes(snapshot.usage)} of ${formatBytes(snapshot.quota)}`, { id: 'kith.offline-status.usage' })
        : '';
    return html`
      <div class="row">
        <dt>${msg('Storage', { id: 'kith.offline-status.storage' })}</dt>
        <dd>${kept}</dd>
      </div>
      ${used
        ? html`<div class="row">
            <dt>${msg('Space used', { id: 'kith.offline-status.space-used' })}</dt>
            <dd>${used}</dd>
          </div>`
        : nothing}
    `;
  }

  protected override render() {
    const snapshot = this.snapshot;
    const kind = statusKind(snapshot);
    const row = (label: string, value: string) => html`<div class="row"><dt>${label}</dt><dd>${value}</dd></div>`;
    const outbox = this.sync?.outbox;
    return html`
      <div class="bar" part="bar" data-kind=${kind}>
        <p class="message" part="message" role="status" aria-live="off">${this.message(snapshot)}</p>
        <button
          type="button"
          class="toggle"
          part="toggle"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls="panel"
          @click=${this.toggle}
        >
          ${this.detailsLabel || msg('Details', { id: 'kith.offline-status.details' })}
        </button>
      </div>
      <div id="panel" class="panel" part="panel" ?hidden=${!this.expanded}>
        <dl>
          ${row(
            msg('Connection', { id: 'kith.offline-status.connection' }),
            snapshot.online ? msg('Online', { id: 'kith.offline-status.online' }) : msg('Offline', { id: 'kith.offline-status.offline-short' }),
          )}
          ${row(msg('Waiting to send', { id: 'kith.offline-status.waiting-label' }), formatCount(snapshot.pending))}
          ${row(msg('Could not be sent', { id: 'kith.offline-status.failed-label' }), formatCount(snapshot.failed))}
          ${row(msg('Need your decision', { id: 'kith.offline-status.conflict-label' }), formatCount(snapshot.conflicts))}
          ${row(
            msg('Last sent', { id: 'kith.offline-status.last-sent' }),
            snapshot.lastSyncedAt === null ? msg('Nothing sent yet', { id: 'kith.offline-status.never-sent' }) : formatWhen(snapshot.lastSyncedAt),
          )}
          ${this.renderStorage(snapshot)}
        </dl>
        ${outbox && this.expanded ? html`<kith-sync-queue .outbox=${outbox} heading-level="3"></kith-sync-queue>` : nothing}
        <slot></slot>
      </div>
    `;
  }
}
