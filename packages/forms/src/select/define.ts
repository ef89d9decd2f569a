import { KithSelect } from './select.js';

if (!customElements.get('kith-select')) customElements.define('kith-select', KithSelect);

declare global {
  interface HTMLElementTagNameMap {
    'kith-select': KithSelect;
  }
}

export { KithSelect };
