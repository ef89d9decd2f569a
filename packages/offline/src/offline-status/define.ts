import { KithOfflineStatus } from './offline-status.js';
import '../sync-queue/define.js';

if (!customElements.get('kith-offline-status')) customElements.define('kith-offline-status', KithOfflineStatus);

declare global {
  interface HTMLElementTagNameMap {
    'kith-offline-status': KithOfflineStatus;
  }
}

export { KithOfflineStatus };
