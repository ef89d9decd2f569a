import { OfflineStorageError } from '../shared/errors.js';

/**
 * Encryption at rest for drafts and outbox payloads. The host passes a non-extractable
 * AES-GCM CryptoKey; every record is sealed with a fresh random 96-bit IV, so the same
 * text never produces the same bytes twice. Without a key, records are stored as plain
 * structured data (the guidance page says so).
 */

/** How a record body is stored: as plain data, or as AES-GCM ciphertext with its IV. */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

/** Turns record bodies into what is stored and back again. */
export interface Codec {
  /** True when stored bodies are unreadable without the key. */
  readonly encrypts: boolean;
  seal(body: unknown): Promise<unknown>;
  open(stored: unknown): Promise<unknown>;
  /** True when two stored forms are byte-for-byte the same (used to read writes back). */
  same(a: unknown, b: unknown): boolean;
}

const IV_BYTES = 12;

export const plainCodec: Codec = {
  encrypts: false,
  seal: async (body) => body,
  open: async (stored) => stored,
  same: (a, b) => JSON.stringify(a) === JSON.stringify(b),
};

/** True when a stored body is AES-GCM ciphertext with its IV. */
export function isSealed(value: unknown): value is Sealed {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Sealed).iv instanceof Uint8Array &&
    (value as Sealed).data instanceof ArrayBuffer
  );
}

function sameBytes(a: ArrayBuffer | Uint8Array, b: ArrayBuffer | Uint8Array): boolean {
  const x = new Uint8Array(a instanceof Uint8Array ? a.buffer.slice(a.byteOffset, a.byteOffset + a.byteLength) : a);
  const y = new Uint8Array(b instanceof Uint8Array ? b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) : b);
  return x.length === y.length && x.every((byte, i) => byte === y[i]);
}

/** Checks that a key is one the library can use safely, naming what is wrong. */
export function assertUsableKey(key: unknown): asserts key is CryptoKey {
  if (!(key instanceof CryptoKey)) throw new TypeError('key must be a CryptoKey');
  if (key.algorithm.name !== 'AES-GCM') throw new TypeError(`key.algorithm must be AES-GCM, not ${key.algorithm.name}`);
  if (key.extractable) throw new TypeError('key must be non-extractable (extractable: false), so script cannot read it out');
  if (!key.usages.includes('encrypt') || !key.usages.includes('decrypt')) {
    throw new TypeError('key.usages must include encrypt and decrypt');
  }
}

/** A codec that seals each body as JSON under AES-GCM with a fresh 96-bit IV. */
export function aesGcmCodec(key: CryptoKey): Codec {
  assertUsableKey(key);
  return {
    encrypts: true,
    async seal(body) {
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const plain = new TextEncoder().encode(JSON.stringify(body));
      const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
      return { iv, data } satisfies Sealed;
    },
    async open(stored) {
      if (!isSealed(stored)) throw new TypeError('stored record is not encrypted, but a key was given');
      let plain: ArrayBuffer;
      try {
        plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: stored.iv }, key, stored.data);
      } catch (error) {
        throw new OfflineStorageError(
          'not-verified',
          'A stored record could not be decrypted: the key is not the one it was saved with, or the record was changed',
          { cause: error },
        );
      }
      return JSON.parse(new TextDecoder().decode(plain));
    },
    same(a, b) {
      return isSealed(a) && isSealed(b) && sameBytes(a.iv, b.iv) && sameBytes(a.data, b.data);
    },
  };
}

/**
 * For catch(): null when a record could not be decrypted, because it was sealed under another
 * key (the key was rotated, or it is another user's on a shared device); any other error is thrown.
 */
export function nullIfOtherKey(error: unknown): null {
  if (error instanceof OfflineStorageError) return null;
  throw error;
}

/** Creates a random AES-GCM 256-bit key that script can use but never read out. */
export function generateKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/**
 * Imports key material the host got from its server after sign-in (32 bytes) as a
 * non-extractable key. Keep the bytes out of storage; drop them after this call.
 */
export function importKey(raw: BufferSource): Promise<CryptoKey> {
  const length = raw.byteLength;
  if (length !== 16 && length !== 32) throw new TypeError(`importKey: raw must be 16 or 32 bytes, not ${length}`);
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}
