import { KithFieldset } from './fieldset.js';

if (!customElements.get('kith-fieldset')) customElements.define('kith-fieldset', KithFieldset);

declare global {
  interface HTMLElementTagNameMap {
    'kith-fieldset': KithFieldset;
  }
}

export { KithFieldset };
