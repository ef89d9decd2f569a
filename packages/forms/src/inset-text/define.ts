import { KithInsetText } from './inset-text.js';

if (!customElements.get('kith-inset-text')) customElements.define('kith-inset-text', KithInsetText);

declare global {
  interface HTMLElementTagNameMap {
    'kith-inset-text': KithInsetText;
  }
}

export { KithInsetText };
