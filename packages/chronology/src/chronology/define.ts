import { KithChronology } from './chronology.js';

if (!customElements.get('kith-chronology')) customElements.define('kith-chronology', KithChronology);

declare global {
  interface HTMLElementTagNameMap {
    'kith-chronology': KithChronology;
  }
  interface HTMLElementEventMap {
    'kith-chronology-filter': import('./chronology.js').ChronologyFilterEvent;
  }
}

export { KithChronology };
export { ChronologyFilterEvent, RENDER_ALL_UP_TO } from './chronology.js';
export type { ChronologyStrings } from './strings.js';
