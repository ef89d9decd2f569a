import { KithConsentCapture } from './consent-capture.js';

if (!customElements.get('kith-consent-capture')) customElements.define('kith-consent-capture', KithConsentCapture);

declare global {
  interface HTMLElementTagNameMap {
    'kith-consent-capture': KithConsentCapture;
  }
}

export { KithConsentCapture };
