import { KithDetails, type KithDetailsToggleEvent } from './details.js';

if (!customElements.get('kith-details')) customElements.define('kith-details', KithDetails);

declare global {
  interface HTMLElementTagNameMap {
    'kith-details': KithDetails;
  }
  interface HTMLElementEventMap {
    'kith-details-toggle': KithDetailsToggleEvent;
  }
}

export { KithDetails, KithDetailsToggleEvent } from './details.js';
