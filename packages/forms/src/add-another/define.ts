import { KithAddAnother, type KithItemAddEvent, type KithItemRemoveEvent } from './add-another.js';

if (!customElements.get('kith-add-another')) customElements.define('kith-add-another', KithAddAnother);

declare global {
  interface HTMLElementTagNameMap {
    'kith-add-another': KithAddAnother;
  }
  interface HTMLElementEventMap {
    'kith-item-add': KithItemAddEvent;
    'kith-item-remove': KithItemRemoveEvent;
  }
}

export { KithAddAnother, KithItemAddEvent, KithItemRemoveEvent } from './add-another.js';
