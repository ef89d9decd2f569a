import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { KithElement, announce, ensureAnnouncer, focusStyles, formatCount, labelInSentence, oneOf, toText, visuallyHiddenStyles } from '@kith/core';
import '@kith/forms/button.js';
import '@kith/forms/summary-list.js';
import '@kith/forms/tag.js';
import '@kith/forms/warning-text.js';
import type { ConsentPosition, ConsentProblem } from '../model/current-consent.js';
import { problemText } from '../model/current-consent.js';
import { issueText } from '../model/validate.js';
import type { ConsentCapacity, ConsentOption, ConsentRecord } from '../model/types.js';
import { KithConsentWithdrawEvent } from '../shared/events.js';
import { formatDate, formatDateTime } from '../shared/format.js';
import {
  decisionLabel,
  defaultLawfulBases,
  defaultPurposes,
  defaultRecipients,
  methodLabel,
  optionLabel,
  roleLabel,
  yesNo,
} from '../shared/labels.js';
import { resolveRecords } from '../shared/resolve.js';
import { wording, type ConsentStrings } from '../shared/wording.js';
import { consentHistoryStyles } from './consent-history.styles.js';

const LEVELS = ['2', '3', '4', '5'] as const;
/** Problems listed before "and N more"; a broken export of thousands must not bury the page. */
const PROBLEMS_SHOWN = 10;

interface Row {
  key: string;
  value: string;
}

/**
 * The current position on sharing a child's information, for each purpose and recipient,
 * and the full, read-only history of consent decisions behind it: who recorded what and
 * when, withdrawals, and decisions to share without consent with their lawful basis and
 * reasons. The position comes from `currentConsent()`, so it matches kith-consent-status.
 *
 * Nothing is guessed: a position that a broken, looping or conflicting record touches is
 * shown as "cannot be worked out", and every problem is listed with the field at fault.
 *
 * @summary Current consent position per purpose and recipient, and the full history.
 * @tagname kith-consent-history
 *
 * @csspart heading - The component's heading.
 * @csspart problems - The list of problems with the records.
 * @csspart position - Each current position.
 * @csspart record - Each record in the history.
 *
 * @cssprop --kith-color-border - Colour of the dividers.
 * @cssprop --kith-color-error - Colour of the problems panel border.
 *
 * @fires kith-consent-withdraw - KithConsentWithdrawEvent: the practitioner pressed "Withdraw consent".
 *   `event.request` holds the record and the purpose and recipient to withdraw; open kith-consent-capture with it.
 */
export class KithConsentHistory extends KithElement {
  static override styles = [KithElement.styles, visuallyHiddenStyles, focusStyles, consentHistoryStyles];

  /** The consent records of one child (ConsentRecord[]), in any order. */
  @property({ attribute: false }) records: unknown = [];
  /** Show the position and history as they stood at this moment (ISO 8601 date and time); now when empty. */
  @property() at = '';
  /** The level of the component's heading, 2 to 5; the sections and records are one and two levels below. */
  @property({ attribute: 'heading-level' }) headingLevel: (typeof LEVELS)[number] = '2';
  /** How many records to show at first and on each "Show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;
  /** Hides the "Withdraw consent" buttons, for people who may read but not change consent. */
  @property({ type: Boolean, attribute: 'read-only' }) readOnly = false;
  /** The host's purposes, so known ids are shown in the host's wording. */
  @property({ attribute: false }) purposeOptions: ConsentOption[] = [];
  /** The host's recipients, so known ids are shown in the host's wording. */
  @property({ attribute: false }) recipientOptions: ConsentOption[] = [];
  /** The host's lawful bases, so known ids are shown in the host's wording. */
  @property({ attribute: false }) lawfulBasisOptions: ConsentOption[] = [];
  /** Replaces any text; keys are the last part of the message id, for example { "history.title": "Sharing information" }. */
  @property({ attribute: false }) strings: ConsentStrings = {};

  @state() private shown = 25;
  private resolved = resolveRecords([], '');

  override connectedCallback(): void {
    super.connectedCallback();
    // It announces "Showing 25 of 40 records": the live region must be in the page first.
    ensureAnnouncer(this.ownerDocument);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('records') || changed.has('at')) {
      this.resolved = resolveRecords(this.records, toText(this.at));
      this.shown = this.page;
    }
    if (changed.has('pageSize') && !changed.has('records')) this.shown = Math.max(this.shown, this.page);
  }

  private get page(): number {
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? this.pageSize : 25;
  }

  private t(key: string, fallback: string, params?: Record<string, string>): string {
    return wording(this.strings, key, fallback, params);
  }

  private get level(): number {
    return Number(oneOf(toText(this.headingLevel), LEVELS, '2'));
  }

  /** A heading `depth` levels below the component's own. */
  private heading(text: string, depth: number, id?: string): TemplateResult {
    return html`<div
      class="heading heading-${depth}"
      role="heading"
      aria-level=${Math.min(this.level + depth, 6)}
      id=${id ?? nothing}
      part=${depth === 0 ? 'heading' : nothing}
    >
      ${text}
    </div>`;
  }

  private purpose(option: ConsentOption): string {
    return optionLabel(option, toArray(this.purposeOptions), defaultPurposes());
  }

  private recipient(option: ConsentOption): string {
    return optionLabel(option, toArray(this.recipientOptions), defaultRecipients());
  }

  // ------------------------------------------------------------------ problems

  private problemLine(problem: ConsentProblem): string {
    const text = this.t(`problem.${problem.code}`, problemText(problem), {
      id: problem.recordId ?? `#${(problem.index ?? 0) + 1}`,
      related: (problem.relatedIds ?? []).join(', '),
    });
    return problem.issues?.length ? `${text}: ${problem.issues.map(issueText).join('; ')}` : text;
  }

  private renderProblems(): TemplateResult | typeof nothing {
    const { resolution, notAList, badAt } = this.resolved;
    const lines = [
      ...(notAList ? [this.t('history.not-a-list', msg('The consent records cannot be read because they are not a list.', { id: 'kith.consent.history.not-a-list' }))] : []),
      ...(badAt
        ? [this.t('history.bad-at', msg('The date asked for is not a real date and time, so this shows the position now.', { id: 'kith.consent.history.bad-at' }))]
        : []),
      ...resolution.problems.map((problem) => this.problemLine(problem)),
    ];
    if (!lines.length) return nothing;
    const errors = notAList || resolution.problems.some((problem) => problem.severity === 'error');
    const more = lines.length - PROBLEMS_SHOWN;
    const count = formatCount(more);
    return html`<div class="problems" part="problems">
      ${this.heading(this.t('history.problems', msg('Problems with these records', { id: 'kith.consent.history.problems' })), 1)}
      <kith-warning-text>
        ${errors
          ? this.t(
              'history.problems-errors',
              msg('Some records have problems. Where they affect a position, it says it cannot be worked out. Ask for the records to be corrected.', {
                id: 'kith.consent.history.problems-errors',
              }),
            )
          : this.t('history.problems-warnings', msg('Check these records. The positions shown are not affected.', { id: 'kith.consent.history.problems-warnings' }))}
      </kith-warning-text>
      <ul class="list">
        ${lines.slice(0, PROBLEMS_SHOWN).map((line) => html`<li>${line}</li>`)}
        ${more > 0
          ? html`<li>${this.t(
              'history.more-problems',
              more === 1
                ? msg('And 1 more problem.', { id: 'kith.consent.history.one-more-problem' })
                : msg(str`And ${count} more problems.`, { id: 'kith.consent.history.more-problems' }),
              { count },
            )}</li>`
          : nothing}
      </ul>
    </div>`;
  }

  // ------------------------------------------------------------------ positions

  private positionSentence(position: ConsentPosition): string {
    const recipient = this.recipient(position.recipient);
    const purpose = labelInSentence(this.purpose(position.purpose));
    const expiresOn = position.record?.expiresOn;
    const params = { recipient, purpose, date: expiresOn ? formatDate(expiresOn) : '' };
    switch (position.state) {
      case 'given':
        return expiresOn
          ? this.t('position.given-until', msg(str`Consent given to share with ${recipient} for ${purpose} until ${params.date}`, { id: 'kith.consent.position.given-until' }), params)
          : this.t('position.given', msg(str`Consent given to share with ${recipient} for ${purpose}`, { id: 'kith.consent.position.given' }), params);
      case 'expired':
        return this.t('position.expired', msg(str`Consent to share with ${recipient} for ${purpose} ended on ${params.date}`, { id: 'kith.consent.position.expired' }), params);
      case 'refused':
        return this.t('position.refused', msg(str`Consent refused for sharing with ${recipient} for ${purpose}`, { id: 'kith.consent.position.refused' }), params);
      case 'withdrawn':
        return this.t('position.withdrawn', msg(str`Consent withdrawn for sharing with ${recipient} for ${purpose}`, { id: 'kith.consent.position.withdrawn' }), params);
      case 'not-sought':
        return this.t('position.not-sought', msg(str`Consent not sought for sharing with ${recipient} for ${purpose}`, { id: 'kith.consent.position.not-sought' }), params);
      case 'unclear':
        return this.t('position.unclear', msg(str`The position for sharing with ${recipient} for ${purpose} cannot be worked out`, { id: 'kith.consent.position.unclear' }), params);
    }
  }

  private unclearReason(position: ConsentPosition): string {
    switch (position.unclearReason) {
      case 'conflict':
        return this.t('position.unclear-conflict', msg('Records made at the same time disagree.', { id: 'kith.consent.position.unclear-conflict' }));
      case 'cycle':
        return this.t('position.unclear-cycle', msg('Records say they replace each other in a loop.', { id: 'kith.consent.position.unclear-cycle' }));
      default:
        return this.t('position.unclear-unreadable', msg('A record about it cannot be read.', { id: 'kith.consent.position.unclear-unreadable' }));
    }
  }

  private withdraw(position: ConsentPosition): void {
    this.dispatchEvent(
      new KithConsentWithdrawEvent({ record: position.record!, purposes: [position.purpose], recipients: [position.recipient] }),
    );
  }

  private renderPosition(position: ConsentPosition): TemplateResult {
    const { record } = position;
    const without = record?.withoutConsent;
    const tags: string[] = [];
    if (position.reviewDue && record?.reviewDate) {
      tags.push(this.t('position.review-due', msg(str`Review due ${formatDate(record.reviewDate)}`, { id: 'kith.consent.position.review-due' }), { date: formatDate(record.reviewDate) }));
    }
    if (position.expiresSoon) tags.push(this.t('position.ends-soon', msg('Ends soon', { id: 'kith.consent.position.ends-soon' })));
    return html`<li class="position state-${position.state}" part="position">
      <p class="sentence">${this.positionSentence(position)}</p>
      ${position.state === 'unclear' ? html`<p class="detail">${this.unclearReason(position)}</p>` : nothing}
      ${without
        ? html`<p class="detail">
            ${this.t(
              'position.without-consent',
              msg(str`Shared without consent. Lawful basis: ${this.lawfulBasis(without.lawfulBasis)}. Decided by ${without.decidedBy.name}, ${without.decidedBy.role}.`, {
                id: 'kith.consent.position.without-consent',
              }),
              { basis: this.lawfulBasis(without.lawfulBasis), name: without.decidedBy.name, role: without.decidedBy.role },
            )}
          </p>`
        : nothing}
      ${tags.length ? html`<p class="tags">${tags.map((tag) => html`<kith-tag colour="yellow">${tag}</kith-tag> `)}</p>` : nothing}
      ${position.state === 'given' && !this.readOnly
        ? html`<kith-button variant="secondary" type="button" @click=${() => this.withdraw(position)}
            >${this.t('position.withdraw', msg('Withdraw consent', { id: 'kith.consent.position.withdraw' }))}<span class="visually-hidden"
              >${this.t('position.withdraw-hidden', msg(str` (${this.recipient(position.recipient)}, ${labelInSentence(this.purpose(position.purpose))})`, { id: 'kith.consent.position.withdraw-hidden' }), {
                recipient: this.recipient(position.recipient),
                purpose: labelInSentence(this.purpose(position.purpose)),
              })}</span
            ></kith-button
          >`
        : nothing}
    </li>`;
  }

  private lawfulBasis(option: ConsentOption): string {
    return optionLabel(option, toArray(this.lawfulBasisOptions), defaultLawfulBases());
  }

  // ------------------------------------------------------------------ history

  private capacityText(capacity: ConsentCapacity): string {
    const band =
      capacity.ageBand === 'under-16'
        ? this.t('record.capacity-under-16', msg('Under 16.', { id: 'kith.consent.record.capacity-under-16' }))
        : this.t('record.capacity-16-plus', msg('16 or over.', { id: 'kith.consent.record.capacity-16-plus' }));
    let judgement: string;
    if (!capacity.assessed) {
      judgement = capacity.competent
        ? this.t('record.capacity-presumed', msg('Presumed able to make this decision.', { id: 'kith.consent.record.capacity-presumed' }))
        : this.t('record.capacity-not-able', msg('Not able to make this decision.', { id: 'kith.consent.record.capacity-not-able' }));
    } else if (capacity.competent) {
      judgement =
        capacity.ageBand === 'under-16'
          ? this.t('record.capacity-gillick', msg('Assessed and judged able to make this decision (Gillick competent).', { id: 'kith.consent.record.capacity-gillick' }))
          : this.t('record.capacity-able', msg('Assessed and judged able to make this decision.', { id: 'kith.consent.record.capacity-able' }));
    } else {
      judgement = this.t('record.capacity-assessed-not-able', msg('Assessed and judged not able to make this decision.', { id: 'kith.consent.record.capacity-assessed-not-able' }));
    }
    return `${band} ${judgement}`;
  }

  private recordTitle(record: ConsentRecord): string {
    const when = formatDateTime(record.recordedAt);
    const what = record.withoutConsent
      ? this.t('record.title-without-consent', msg('Decision to share without consent', { id: 'kith.consent.record.title-without-consent' }))
      : this.t(`decision.${record.decision}`, decisionLabel(record.decision));
    return this.t('record.title', msg(str`${what}: ${when}`, { id: 'kith.consent.record.title' }), { what, when });
  }

  private recordRows(record: ConsentRecord, byId: Map<string, ConsentRecord>): Row[] {
    const rows: Row[] = [];
    const add = (key: string, value: string) => rows.push({ key, value });
    const notRecorded = this.t('record.not-recorded', msg('Not recorded', { id: 'kith.consent.record.not-recorded' }));
    const recorder = record.recordedBy.role ? `${record.recordedBy.name}, ${record.recordedBy.role}` : record.recordedBy.name;
    add(this.t('record.recorded-by', msg('Recorded by', { id: 'kith.consent.record.recorded-by' })), recorder);
    add(
      this.t('record.subject', msg('Whose information', { id: 'kith.consent.record.subject' })),
      record.subject.dateOfBirth
        ? this.t('record.subject-born', msg(str`${record.subject.name}, born ${formatDate(record.subject.dateOfBirth)}`, { id: 'kith.consent.record.subject-born' }), {
            name: record.subject.name,
            date: formatDate(record.subject.dateOfBirth),
          })
        : record.subject.name,
    );
    if (record.withoutConsent) {
      add(this.t('record.consent', msg('Consent', { id: 'kith.consent.record.consent' })), this.t(`decision.${record.decision}`, decisionLabel(record.decision)));
    }
    if (record.givenBy) {
      const byKey = {
        given: this.t('record.given-by', msg('Given by', { id: 'kith.consent.record.given-by' })),
        refused: this.t('record.refused-by', msg('Refused by', { id: 'kith.consent.record.refused-by' })),
        withdrawn: this.t('record.withdrawn-by', msg('Withdrawn by', { id: 'kith.consent.record.withdrawn-by' })),
        'not-sought': '',
      }[record.decision];
      add(byKey, record.givenBy.name);
      add(
        this.t('record.relationship', msg('Relationship to the child', { id: 'kith.consent.record.relationship' })),
        record.givenBy.role === 'other' && record.givenBy.roleOther ? record.givenBy.roleOther : roleLabel(record.givenBy.role),
      );
      add(this.t('record.parental-responsibility', msg('Has parental responsibility', { id: 'kith.consent.record.parental-responsibility' })), yesNo(record.givenBy.hasParentalResponsibility));
    }
    if (record.capacity) {
      add(this.t('record.capacity', msg('Able to decide for themselves', { id: 'kith.consent.record.capacity' })), this.capacityText(record.capacity));
      if (record.capacity.reasons) add(this.t('record.capacity-reasons', msg('Reasons for that judgement', { id: 'kith.consent.record.capacity-reasons' })), record.capacity.reasons);
    }
    add(this.t('record.purposes', msg('Purposes', { id: 'kith.consent.record.purposes' })), record.purposes.map((option) => this.purpose(option)).join('\n'));
    add(this.t('record.recipients', msg('Shared with', { id: 'kith.consent.record.recipients' })), record.recipients.map((option) => this.recipient(option)).join('\n'));
    add(
      this.t('record.scope', msg('Information covered', { id: 'kith.consent.record.scope' })),
      record.scope.type === 'all' ? this.t('record.scope-all', msg('All information', { id: 'kith.consent.record.scope-all' })) : record.scope.categories.join('\n'),
    );
    if (record.method) add(this.t('record.method', msg('How the decision was made', { id: 'kith.consent.record.method' })), methodLabel(record.method));
    if (record.decision !== 'not-sought') {
      add(this.t('record.right-to-withdraw', msg('Told they can withdraw consent', { id: 'kith.consent.record.right-to-withdraw' })), yesNo(record.informedOfRightToWithdraw));
    }
    add(this.t('record.child-views', msg("The child's views", { id: 'kith.consent.record.child-views' })), record.childViews?.trim() || notRecorded);
    if (record.expiresOn) add(this.t('record.expires-on', msg('Consent lasts until', { id: 'kith.consent.record.expires-on' })), formatDate(record.expiresOn));
    if (record.reviewDate) add(this.t('record.review-date', msg('Review by', { id: 'kith.consent.record.review-date' })), formatDate(record.reviewDate));
    const without = record.withoutConsent;
    if (without) {
      add(this.t('record.lawful-basis', msg('Lawful basis for sharing', { id: 'kith.consent.record.lawful-basis' })), this.lawfulBasis(without.lawfulBasis));
      add(this.t('record.reason', msg('Why information is shared without consent', { id: 'kith.consent.record.reason' })), without.reason);
      add(this.t('record.decided-by', msg('Decided by', { id: 'kith.consent.record.decided-by' })), `${without.decidedBy.name}, ${without.decidedBy.role}`);
      add(
        this.t('record.person-informed', msg('Told that information will be shared', { id: 'kith.consent.record.person-informed' })),
        without.personInformed ? yesNo(true) : `${yesNo(false)}: ${without.notInformedReason ?? ''}`,
      );
    }
    if (record.supersedes) {
      const replaced = byId.get(record.supersedes);
      add(
        this.t('record.supersedes', msg('Replaces', { id: 'kith.consent.record.supersedes' })),
        replaced ? this.recordTitle(replaced) : this.t('record.supersedes-missing', msg(str`Record ${record.supersedes}`, { id: 'kith.consent.record.supersedes-missing' }), { id: record.supersedes }),
      );
    }
    add(this.t('record.id', msg('Record reference', { id: 'kith.consent.record.id' })), record.id);
    return rows.filter((row) => row.key);
  }

  private async showMore(): Promise<void> {
    const first = this.shown;
    const total = this.resolved.resolution.history.length;
    this.shown = Math.min(total, this.shown + this.page);
    await this.updateComplete;
    // Focus the first record just shown, so keyboard users carry on from where they were.
    this.renderRoot.querySelectorAll<HTMLElement>('[part="record"]')[first]?.focus();
    announce(this.showingText(this.shown, total));
  }

  private showingText(shown: number, total: number): string {
    const params = { shown: formatCount(shown), total: formatCount(total) };
    return this.t(
      'history.showing',
      total === 1
        ? msg('Showing 1 of 1 record.', { id: 'kith.consent.history.showing-one' })
        : msg(str`Showing ${params.shown} of ${params.total} records, newest first.`, { id: 'kith.consent.history.showing' }),
      params,
    );
  }

  protected override render() {
    const { resolution } = this.resolved;
    const history = resolution.history;
    const byId = new Map(history.map((record) => [record.id, record]));
    const newestFirst = history.slice(-this.shown).reverse();
    const more = Math.min(history.length - newestFirst.length, this.page);
    const count = formatCount(more);
    const positions = resolution.positions;
    const atDate = this.at && !this.resolved.badAt ? formatDate(resolution.today) : '';

    return html`<section aria-labelledby="title">
      ${this.heading(this.t('history.title', msg('Consent to share information', { id: 'kith.consent.history.title' })), 0, 'title')}
      ${this.renderProblems()}
      ${this.heading(this.t('history.current', msg('Current position', { id: 'kith.consent.history.current' })), 1)}
      ${atDate ? html`<p class="hint">${this.t('history.at', msg(str`As it stood on ${atDate}.`, { id: 'kith.consent.history.at' }), { date: atDate })}</p>` : nothing}
      ${positions.length
        ? html`<ul class="positions">${positions.map((position) => this.renderPosition(position))}</ul>`
        : html`<p>
            ${resolution.summary.state === 'unclear'
              ? this.t('history.no-position-unclear', msg('The position cannot be worked out because the records cannot be read.', { id: 'kith.consent.history.no-position-unclear' }))
              : this.t('history.none', msg('No consent decisions have been recorded.', { id: 'kith.consent.history.none' }))}
          </p>`}
      ${this.heading(this.t('history.history', msg('History', { id: 'kith.consent.history.history' })), 1)}
      ${history.length
        ? html`<p class="hint">${this.showingText(newestFirst.length, history.length)}</p>
            <ol class="records">
              ${newestFirst.map(
                (record) => html`<li class="record" part="record" tabindex="-1">
                  <kith-summary-list
                    card-title=${this.recordTitle(record)}
                    card-title-level=${String(Math.min(this.level + 2, 6))}
                    .rows=${this.recordRows(record, byId)}
                  ></kith-summary-list>
                </li>`,
              )}
            </ol>
            ${more > 0
              ? html`<kith-button variant="secondary" type="button" @click=${this.showMore}
                  >${this.t(
                    'history.show-more',
                    more === 1
                      ? msg('Show 1 more record', { id: 'kith.consent.history.show-one-more' })
                      : msg(str`Show ${count} more records`, { id: 'kith.consent.history.show-more' }),
                    { count },
                  )}</kith-button
                >`
              : nothing}`
        : html`<p>${this.t('history.empty', msg('There are no records to show.', { id: 'kith.consent.history.empty' }))}</p>`}
    </section>`;
  }
}

function toArray(value: unknown): ConsentOption[] {
  return Array.isArray(value) ? value.filter((option) => typeof option?.id === 'string' && typeof option?.label === 'string') : [];
}
