import { KithTextInput } from './text-input.js';

if (!customElements.get('kith-text-input')) customElements.define('kith-text-input', KithTextInput);

declare global {
  interface HTMLElementTagNameMap {
    'kith-text-input': KithTextInput;
  }
}

export { KithTextInput };
