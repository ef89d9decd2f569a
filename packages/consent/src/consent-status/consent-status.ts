import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { KithElement, focusStyles, toText, visuallyHiddenStyles } from '@kith/core';
import '@kith/forms/tag.js';
import type { ConsentSummary, ConsentSummaryState } from '../model/current-consent.js';
import { resolveRecords } from '../shared/resolve.js';
import { safeHref } from '@kith/core';
import { wording, type ConsentStrings } from '../shared/wording.js';
import { consentStatusStyles } from './consent-status.styles.js';

/** Colours of kith-tag; the text always says the state too. */
type TagColour = 'grey' | 'red' | 'green' | 'turquoise' | 'orange' | 'yellow' | 'blue';

const COLOURS: Record<ConsentSummaryState, TagColour> = {
  none: 'grey',
  unclear: 'red',
  given: 'green',
  'partly-given': 'turquoise',
  refused: 'orange',
  withdrawn: 'orange',
  'not-sought': 'grey',
  'not-given': 'orange',
  expired: 'red',
};

/**
 * A compact summary of where consent to share a child's information stands, for a case
 * header: given, partly given, refused, withdrawn, not sought, ended, or none recorded,
 * with "review due", "ends soon" and "shared on another lawful basis" flags and a link
 * to the full history. The position comes from `currentConsent()`, the same function
 * kith-consent-history uses, so the two never disagree.
 *
 * Screen readers hear one sentence ("Consent partly given: given for 2 of 3 purposes
 * and recipients. Review due."); the tags are its visual shorthand.
 *
 * @summary Compact consent position for a case header, linking to the history.
 * @tagname kith-consent-status
 *
 * @csspart status - The line holding label, tags and link.
 * @csspart label - The "Consent" label.
 * @csspart text - The sentence read by screen readers (visually hidden).
 * @csspart link - The link to the history.
 *
 * @cssprop --kith-color-link - Colour of the link.
 * @cssprop --kith-color-focus - Colour of the focus outline.
 */
export class KithConsentStatus extends KithElement {
  static override styles = [KithElement.styles, visuallyHiddenStyles, focusStyles, consentStatusStyles];

  /** The consent records of one child (ConsentRecord[]). Bad records are reported, never guessed around. */
  @property({ attribute: false }) records: unknown = [];
  /** Work the position out for this moment (ISO 8601 date and time); now when empty. */
  @property() at = '';
  /** Where the consent history is: http, https or a relative URL. No link is shown without one. */
  @property() href = '';
  /** Replaces any text; keys are the last part of the message id, for example { "status.given": "Agreed" }. */
  @property({ attribute: false }) strings: ConsentStrings = {};

  private resolved = resolveRecords([], '');

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('records') || changed.has('at')) this.resolved = resolveRecords(this.records, toText(this.at));
  }

  /** The position as it is read out, for hosts that need it elsewhere (a page title, a tooltip). */
  get summaryText(): string {
    const { summary } = this.resolved.resolution;
    return [this.stateSentence(summary), ...this.flags(summary).map(([, sentence]) => sentence)].join('. ') + '.';
  }

  private t(key: string, fallback: string, params?: Record<string, string>): string {
    return wording(this.strings, key, fallback, params);
  }

  private stateTag(state: ConsentSummaryState): string {
    switch (state) {
      case 'none':
        return this.t('status.none', msg('None recorded', { id: 'kith.consent.status.none' }));
      case 'unclear':
        return this.t('status.unclear', msg('Check records', { id: 'kith.consent.status.unclear' }));
      case 'given':
        return this.t('status.given', msg('Given', { id: 'kith.consent.status.given' }));
      case 'partly-given':
        return this.t('status.partly-given', msg('Partly given', { id: 'kith.consent.status.partly-given' }));
      case 'refused':
        return this.t('status.refused', msg('Refused', { id: 'kith.consent.status.refused' }));
      case 'withdrawn':
        return this.t('status.withdrawn', msg('Withdrawn', { id: 'kith.consent.status.withdrawn' }));
      case 'not-sought':
        return this.t('status.not-sought', msg('Not sought', { id: 'kith.consent.status.not-sought' }));
      case 'not-given':
        return this.t('status.not-given', msg('Not given', { id: 'kith.consent.status.not-given' }));
      case 'expired':
        return this.t('status.expired', msg('Expired', { id: 'kith.consent.status.expired' }));
    }
  }

  private stateSentence({ state, given, total }: ConsentSummary): string {
    const params = { given: String(given), total: String(total) };
    switch (state) {
      case 'none':
        return this.t('status.sentence.none', msg('No consent decisions recorded', { id: 'kith.consent.status.sentence.none' }));
      case 'unclear':
        return this.t(
          'status.sentence.unclear',
          msg('The consent position cannot be worked out because some records have problems', { id: 'kith.consent.status.sentence.unclear' }),
        );
      case 'partly-given':
        return this.t(
          'status.sentence.partly-given',
          msg(str`Consent partly given: given for ${given} of ${total} purposes and recipients`, { id: 'kith.consent.status.sentence.partly-given' }),
          params,
        );
      case 'given':
        return this.t('status.sentence.given', msg('Consent given', { id: 'kith.consent.status.sentence.given' }));
      case 'refused':
        return this.t('status.sentence.refused', msg('Consent refused', { id: 'kith.consent.status.sentence.refused' }));
      case 'withdrawn':
        return this.t('status.sentence.withdrawn', msg('Consent withdrawn', { id: 'kith.consent.status.sentence.withdrawn' }));
      case 'not-sought':
        return this.t('status.sentence.not-sought', msg('Consent not sought', { id: 'kith.consent.status.sentence.not-sought' }));
      case 'not-given':
        return this.t('status.sentence.not-given', msg('Consent not given', { id: 'kith.consent.status.sentence.not-given' }));
      case 'expired':
        return this.t('status.sentence.expired', msg('Consent has expired', { id: 'kith.consent.status.sentence.expired' }));
    }
  }

  /** The flags shown beside the state: [tag text, sentence, colour]. */
  private flags(summary: ConsentSummary): Array<[string, string, TagColour]> {
    const flags: Array<[string, string, TagColour]> = [];
    if (summary.state === 'unclear' || summary.state === 'none') return flags;
    if (summary.reviewDue) {
      const text = this.t('status.review-due', msg('Review due', { id: 'kith.consent.status.review-due' }));
      flags.push([text, text, 'yellow']);
    }
    if (summary.expiresSoon) {
      flags.push([
        this.t('status.ends-soon', msg('Ends soon', { id: 'kith.consent.status.ends-soon' })),
        this.t('status.sentence.ends-soon', msg('Some consent ends soon', { id: 'kith.consent.status.sentence.ends-soon' })),
        'yellow',
      ]);
    }
    if (summary.sharedWithoutConsent) {
      flags.push([
        this.t('status.other-basis', msg('Other lawful basis', { id: 'kith.consent.status.other-basis' })),
        this.t(
          'status.sentence.other-basis',
          msg('Some information is shared on a lawful basis other than consent', { id: 'kith.consent.status.sentence.other-basis' }),
        ),
        'blue',
      ]);
    }
    return flags;
  }

  protected override render() {
    const { summary } = this.resolved.resolution;
    const href = safeHref(this.href);
    const label = this.t('status.label', msg('Consent', { id: 'kith.consent.status.label' }));
    return html`<p class="status" part="status">
      <span class="label" part="label" aria-hidden="true">${label}</span>
      <span class="visually-hidden" part="text">${this.summaryText}</span>
      <span class="tags" aria-hidden="true">
        <kith-tag colour=${COLOURS[summary.state]} data-state=${summary.state}>${this.stateTag(summary.state)}</kith-tag>
        ${this.flags(summary).map(([text, , colour]) => html`<kith-tag colour=${colour}>${text}</kith-tag>`)}
      </span>
      ${href
        ? html`<a class="link" part="link" href=${href}
            >${this.t('status.link', msg('Consent history', { id: 'kith.consent.status.link' }))}</a
          >`
        : nothing}
    </p>`;
  }
}
