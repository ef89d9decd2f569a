import { KithConsentHistory } from './consent-history.js';

if (!customElements.get('kith-consent-history')) customElements.define('kith-consent-history', KithConsentHistory);

declare global {
  interface HTMLElementTagNameMap {
    'kith-consent-history': KithConsentHistory;
  }
}

export { KithConsentHistory };
