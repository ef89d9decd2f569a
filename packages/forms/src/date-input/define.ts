import { KithDateInput } from './date-input.js';

if (!customElements.get('kith-date-input')) customElements.define('kith-date-input', KithDateInput);

declare global {
  interface HTMLElementTagNameMap {
    'kith-date-input': KithDateInput;
  }
}

export { KithDateInput };
