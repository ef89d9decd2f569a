/** Why the device could not keep something: the reasons a user interface tells apart. */
export type StorageFailure = 'quota' | 'connection-lost' | 'unavailable' | 'not-verified';

/**
 * Thrown when data could not be stored on this device after reopening the database and
 * trying again. The library never drops a write silently: a caller that sees this must
 * keep what the user typed on screen and tell them.
 */
export class OfflineStorageError extends Error {
  override readonly name = 'OfflineStorageError';
  constructor(
    readonly reason: StorageFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Sorts a DOMException or other failure from IndexedDB into one of the reasons above. */
export function classifyFailure(error: unknown): StorageFailure {
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = String((error as { message?: string } | null)?.message ?? '');
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return 'quota';
  if (name === 'InvalidStateError' || name === 'TransactionInactiveError' || /connection|closing|closed/i.test(message)) {
    return 'connection-lost';
  }
  if (name === 'UnknownError' || name === 'AbortError') return 'connection-lost';
  return 'unavailable';
}

const MESSAGES: Record<StorageFailure, string> = {
  quota: 'This device has no space left for offline data',
  'connection-lost': 'The browser lost its connection to offline storage',
  unavailable: 'Offline storage is not available in this browser',
  'not-verified': 'What was written to offline storage could not be read back',
};

export function storageError(error: unknown, what: string): OfflineStorageError {
  if (error instanceof OfflineStorageError) return error;
  const reason = classifyFailure(error);
  const detail = error instanceof Error ? `: ${error.name}: ${error.message}` : '';
  return new OfflineStorageError(reason, `${what} failed. ${MESSAGES[reason]}${detail}`, { cause: error });
}
