import { html } from 'lit';
import { msg } from '@lit/localize';
import { KithElement, classes, oneOf, toText } from '@kith/core';
import { notificationBannerStyles } from './notification-banner.styles.js';

const TYPES = ['important', 'success'] as const;
const LEVELS = ['2', '3', '4', '5', '6'] as const;

/** The banner that last took focus when shown: while it keeps focus, no other banner takes it. */
let focusedBanner: HTMLElement | undefined;

const hasFocus = (banner: HTMLElement) => (banner.getRootNode() as ShadowRoot).activeElement === banner;

/**
 * Tells the user about something that is not directly related to the page's content
 * (important), or confirms that what they just did worked (success).
 *
 * An important banner is a region named by its title, so screen reader users can find it.
 * A success banner is an alert: it is read out when it appears, and it takes focus the first
 * time it is shown, as GOV.UK's does after a form is submitted (`disable-auto-focus` stops this).
 * An important banner takes focus only with `focus-on-show`. If another banner already has
 * focus, a second one leaves it there.
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
    disableAutoFocus: { type: Boolean, attribute: 'disable-auto-focus' },
  };

  /** important (the default) or success. Anything else is important. */
  type: (typeof TYPES)[number] = 'important';
  /** Replaces the title ("Important" or "Success"; Welsh "Pwysig" or "Llwyddiant"). */
  titleText = '';
  /** The heading level of the title, 2 to 6; 2 by default. */
  titleLevel: (typeof LEVELS)[number] = '2';
  /** Moves focus to an important banner when it is first shown, so it is read first. (A success banner takes focus anyway.) */
  focusOnShow = false;
  /** Stops a success banner taking focus when it is first shown, for a page that puts focus somewhere else. */
  disableAutoFocus = false;

  protected override firstUpdated(): void {
    if (this.focusOnShow || (this.type === 'success' && !this.disableAutoFocus)) this.focusBanner();
  }

  private focusBanner(): void {
    const banner = this.renderRoot.querySelector<HTMLElement>('.banner')!;
    if (focusedBanner && hasFocus(focusedBanner)) return;
    banner.tabIndex = -1;
    banner.focus();
    // Focusable only while it has focus, so a later click on the content does not outline it.
    // A hidden banner cannot take focus.
    if (!hasFocus(banner)) banner.removeAttribute('tabindex');
    else {
      focusedBanner = banner;
      banner.addEventListener('blur', () => banner.removeAttribute('tabindex'), { once: true });
    }
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
