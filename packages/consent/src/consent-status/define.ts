import { KithConsentStatus } from './consent-status.js';

if (!customElements.get('kith-consent-status')) customElements.define('kith-consent-status', KithConsentStatus);

declare global {
  interface HTMLElementTagNameMap {
    'kith-consent-status': KithConsentStatus;
  }
}

export { KithConsentStatus };
