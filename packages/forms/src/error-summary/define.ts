import { KithErrorSummary } from './error-summary.js';

if (!customElements.get('kith-error-summary')) customElements.define('kith-error-summary', KithErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'kith-error-summary': KithErrorSummary;
  }
}

export { KithErrorSummary, type ErrorSummaryItem } from './error-summary.js';
