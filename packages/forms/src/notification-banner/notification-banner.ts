import { html } from 'lit';
import { msg } from '@lit/localize';
import { KithElement, classes, oneOf, toText } from '@kith/core';
import { notificationBannerStyles } from './notification-banner.styles.js';

const TYPES = ['important', 'success'] as const;
const LEVELS = ['2', '3', '4', '5', '6'] as const;

/**
 * Tells the user about something that is not directly related to the page's content
 * (important), or confirms that what they just did worked (success).
 *
 * An important banner is a region named by its title, so screen reader users can find it.
 * A success banner is an alert: it is read out when it appears, and with `focus-on-show`
 * it also takes focus, as GOV.UK does after a form is submitted.
 *
 * @summary Banner for important information or for confirming that an action worked.
 * @tagname kith-notification-banner
 *
 * @slot - The banner content, for example `<p class="heading">Visit recorded</p>`.
 *
 * @csspart banner - The outer box (the region or alert).
 * @csspart title - The title heading ("Important", "Success").
 * @csspart content - The white content area.
 *
 * @cssprop --kith-color-brand - Colour of an important banner.
 * @cssprop --kith-color-success - Colour of a success banner.
 */
export class KithNotificationBanner extends KithElement {
  static override styles = [KithElement.styles, notificationBannerStyles];

  static override properties = {
    type: { reflect: true },
    titleText: { attribute: 'title-text' },
    titleLevel: { attribute: 'title-level' },
    focusOnShow: { type: Boolean, attribute: 'focus-on-show' },
  };

  /** important (the default) or success. Anything else is important. */
  type: (typeof TYPES)[number] = 'important';
  /** Replaces the title ("Important" or "Success"; Welsh "Pwysig" or "Llwyddiant"). */
  titleText = '';
  /** The heading level of the title, 2 to 6; 2 by default. */
  titleLevel: (typeof LEVELS)[number] = '2';
  /** Moves focus to the banner when it appears, so it is read first. Use for success after a submit. */
  focusOnShow = false;

  private get banner(): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>('.banner');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.focusOnShow) void this.updateComplete.then(() => this.focusBanner());
  }

  private focusBanner(): void {
    const banner = this.banner;
    if (!banner || !this.isConnected) return;
    // Focusable only while it has focus, so a later click on the content does not outline it.
    banner.tabIndex = -1;
    banner.addEventListener('blur', () => banner.removeAttribute('tabindex'), { once: true });
    banner.focus();
  }

  private defaultTitle(type: (typeof TYPES)[number]): string {
    return type === 'success'
      ? msg('Success', { id: 'kith.notification-banner.success' })
      : msg('Important', { id: 'kith.notification-banner.important' });
  }

  protected override render() {
    const type = oneOf(this.type, TYPES, 'important');
    const title = toText(this.titleText) || this.defaultTitle(type);
    const level = oneOf(toText(this.titleLevel), LEVELS, '2');
    const success = type === 'success';
    return html`<div
      class=${classes({ banner: true, success })}
      part="banner"
      role=${success ? 'alert' : 'region'}
      aria-labelledby="title"
    >
      <div class="header">
        <div class="title" part="title" id="title" role="heading" aria-level=${level}>${title}</div>
      </div>
      <div class="content" part="content"><slot></slot></div>
    </div>`;
  }
}
