/**
 * A second copy of every draft and outbox item, in the origin private file system (OPFS).
 *
 * Chromium keeps all of an origin's IndexedDB in one LevelDB; when it finds that store
 * damaged on open (our crash tests caught this after a SIGKILL), it deletes it and starts
 * empty, reporting only `dataLoss: 'total'` on the upgrade event. OPFS lives in separate
 * files, written atomically (a swap file renamed into place on close), so the library can
 * put back what the browser threw away. Records are mirrored exactly as stored: sealed
 * (encrypted) when there is a key.
 */

type Store = 'drafts' | 'outbox';

const ROOT = 'kith-offline';

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/** JSON that keeps Uint8Array and ArrayBuffer values (the IV and ciphertext of sealed records). */
export function serialise(record: unknown): string {
  return JSON.stringify(record, (_key, value: unknown) => {
    if (value instanceof Uint8Array) return { $u8: toBase64(value) };
    if (value instanceof ArrayBuffer) return { $ab: toBase64(new Uint8Array(value)) };
    return value;
  });
}

export function deserialise(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const tagged = value as { $u8?: unknown; $ab?: unknown };
      const keys = Object.keys(value);
      if (keys.length === 1 && typeof tagged.$u8 === 'string') return fromBase64(tagged.$u8);
      if (keys.length === 1 && typeof tagged.$ab === 'string') return fromBase64(tagged.$ab).buffer;
    }
    return value;
  });
}

/** A file name for a record id: its SHA-256 in hex, so any id fits and none is readable as a name. */
async function fileName(id: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(id));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Removes files from a folder; resolves with the names that could not be removed. */
async function removeFiles(folder: FileSystemDirectoryHandle, names: readonly string[]): Promise<string[]> {
  const results = await Promise.allSettled(names.map((name) => folder.removeEntry(name)));
  return names.filter((_, i) => results[i]!.status === 'rejected');
}

/**
 * Reports a copy that could not be written or removed. Not thrown: the record itself is safe
 * in IndexedDB, and the copies are checked again the next time the database opens.
 */
export function reportCopyFailure(error: unknown): void {
  console.warn('@kith/offline: a copy kept beside IndexedDB could not be updated; it will be checked again when the database next opens', error);
}

export class RecordMirror {
  /** The folder as last found by remove(). */
  private removalFolder?: FileSystemDirectoryHandle;

  constructor(
    private readonly database: string,
    private readonly store: Store,
  ) {}

  /** The folder of this store, or null where the browser has no OPFS (then IndexedDB stands alone). */
  private async folder(create: boolean): Promise<FileSystemDirectoryHandle | null> {
    try {
      if (typeof navigator === 'undefined' || !navigator.storage?.getDirectory) return null;
      const root = await navigator.storage.getDirectory();
      const base = await root.getDirectoryHandle(ROOT, { create });
      const database = await base.getDirectoryHandle(encodeURIComponent(this.database), { create });
      return await database.getDirectoryHandle(this.store, { create });
    } catch {
      return null;
    }
  }

  /** Writes the copy of a record; resolves once the file is complete and in place. */
  async write(record: { id: string }): Promise<void> {
    const folder = await this.folder(true);
    if (!folder) return;
    const handle = await folder.getFileHandle(await fileName(record.id), { create: true });
    const writable = await handle.createWritable();
    await writable.write(serialise(record));
    await writable.close();
  }

  /**
   * Removes the copies of records. The folder found for one removal is kept for the next (an
   * outbox removes copies after every batch it sends); copies that cannot be removed through it
   * are tried once more through the folder found afresh, in case it was deleted and made again.
   */
  async remove(ids: readonly string[]): Promise<void> {
    const names = await Promise.all(ids.map(fileName));
    const left = this.removalFolder ? await removeFiles(this.removalFolder, names) : names;
    if (left.length === 0) return;
    this.removalFolder = (await this.folder(false)) ?? undefined;
    if (this.removalFolder) await removeFiles(this.removalFolder, left);
  }

  /** The names of the files in this store's folder, or null where the browser has no OPFS. */
  async list(): Promise<Set<string> | null> {
    const folder = await this.folder(true);
    if (!folder) return null;
    const names = new Set<string>();
    for await (const handle of (folder as unknown as { values(): AsyncIterable<FileSystemHandle> }).values()) names.add(handle.name);
    return names;
  }

  /**
   * Brings the copies in line with the records: writes copies of records that have none, and
   * of drafts whose copy differs (`compare`; outbox copies are kept as queued, so only their
   * presence is checked), and removes copies of records that are gone. `listed` must be read
   * before `records`: a copy is written after its record, so a listed copy whose record is
   * not among them was removed, not just added.
   */
  async reconcile(listed: Set<string>, records: readonly { id: string }[], { compare }: { compare: boolean }): Promise<void> {
    const folder = await this.folder(true);
    if (!folder) return;
    const names = await Promise.all(records.map((record) => fileName(record.id)));
    const stale = await Promise.all(
      records.map(async (record, i) => {
        if (!listed.has(names[i]!)) return true;
        if (!compare) return false;
        const text = await (await (await folder.getFileHandle(names[i]!)).getFile()).text();
        return text !== serialise(record);
      }),
    );
    const kept = new Set(names);
    // A swap file belongs to a copy being written at this moment.
    const gone = [...listed].filter((name) => !kept.has(name) && !name.endsWith('.crswap'));
    await Promise.all([...records.filter((_, i) => stale[i]).map((record) => this.write(record)), removeFiles(folder, gone)]);
  }

  /** Every copy that can be read; a file that does not parse is left out. */
  async readAll(): Promise<unknown[]> {
    const folder = await this.folder(false);
    if (!folder) return [];
    const records: unknown[] = [];
    for await (const handle of (folder as unknown as { values(): AsyncIterable<FileSystemHandle> }).values()) {
      if (handle.kind !== 'file') continue;
      try {
        records.push(deserialise(await (await (handle as FileSystemFileHandle).getFile()).text()));
      } catch {
        // A copy that cannot be read is no worse than no copy.
      }
    }
    return records;
  }

  /** Deletes every copy of this store. */
  async clear(): Promise<void> {
    const folder = await this.folder(false);
    if (!folder) return;
    const names: string[] = [];
    for await (const handle of (folder as unknown as { values(): AsyncIterable<FileSystemHandle> }).values()) names.push(handle.name);
    await Promise.all(names.map((name) => folder.removeEntry(name).catch(() => undefined)));
  }

  /** Deletes the copies of every store of a database. */
  static async destroy(database: string): Promise<void> {
    try {
      const root = await navigator.storage.getDirectory();
      const base = await root.getDirectoryHandle(ROOT);
      await base.removeEntry(encodeURIComponent(database), { recursive: true });
    } catch {
      // Nothing to delete.
    }
  }
}
