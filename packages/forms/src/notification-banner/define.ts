import { KithNotificationBanner } from './notification-banner.js';

if (!customElements.get('kith-notification-banner')) customElements.define('kith-notification-banner', KithNotificationBanner);

declare global {
  interface HTMLElementTagNameMap {
    'kith-notification-banner': KithNotificationBanner;
  }
}

export { KithNotificationBanner };
