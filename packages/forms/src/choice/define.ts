import { KithOption } from './option.js';

if (!customElements.get('kith-option')) customElements.define('kith-option', KithOption);

declare global {
  interface HTMLElementTagNameMap {
    'kith-option': KithOption;
  }
}

export { KithOption };
