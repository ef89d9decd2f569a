import { KithTag } from './tag.js';

if (!customElements.get('kith-tag')) customElements.define('kith-tag', KithTag);

declare global {
  interface HTMLElementTagNameMap {
    'kith-tag': KithTag;
  }
}

export { KithTag, type TagColour } from './tag.js';
