import '../choice/define.js';
import { KithRadios } from './radios.js';

if (!customElements.get('kith-radios')) customElements.define('kith-radios', KithRadios);

declare global {
  interface HTMLElementTagNameMap {
    'kith-radios': KithRadios;
  }
}

export { KithRadios };
