import '../choice/define.js';
import { KithCheckboxes } from './checkboxes.js';

if (!customElements.get('kith-checkboxes')) customElements.define('kith-checkboxes', KithCheckboxes);

declare global {
  interface HTMLElementTagNameMap {
    'kith-checkboxes': KithCheckboxes;
  }
}

export { KithCheckboxes };
