import { KithButton } from './button.js';

if (!customElements.get('kith-button')) customElements.define('kith-button', KithButton);

declare global {
  interface HTMLElementTagNameMap {
    'kith-button': KithButton;
  }
}

export { KithButton };
