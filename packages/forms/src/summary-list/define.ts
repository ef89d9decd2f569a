import { KithSummaryList } from './summary-list.js';

if (!customElements.get('kith-summary-list')) customElements.define('kith-summary-list', KithSummaryList);

declare global {
  interface HTMLElementTagNameMap {
    'kith-summary-list': KithSummaryList;
  }
}

export { KithSummaryList, type SummaryListRow } from './summary-list.js';
