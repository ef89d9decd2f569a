import { KithTextarea } from './textarea.js';

if (!customElements.get('kith-textarea')) customElements.define('kith-textarea', KithTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'kith-textarea': KithTextarea;
  }
}

export { KithTextarea };
