import { KithWarningText } from './warning-text.js';

if (!customElements.get('kith-warning-text')) customElements.define('kith-warning-text', KithWarningText);

declare global {
  interface HTMLElementTagNameMap {
    'kith-warning-text': KithWarningText;
  }
}

export { KithWarningText };
