import type { ChronologyEntry } from './types.js';

/** One agency's chronology: the agency's name and its entries. */
export interface AgencyChronology {
  agency: string;
  entries: readonly ChronologyEntry[];
}

/** An id that two agencies recorded differently. The first agency's version is kept. */
export interface MergeConflict {
  id: string;
  agencies: string[];
  fields: string[];
}

export interface MergeResult {
  entries: ChronologyEntry[];
  conflicts: MergeConflict[];
}

/** JSON with keys in a fixed order, so two equal entries always compare equal. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${stableJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function isEntryObject(value: unknown): value is ChronologyEntry {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** The entry with its source kept (or, if it had none, the agency it came from) and who supplied it. */
function withProvenance(entry: ChronologyEntry, agency: string): ChronologyEntry {
  return {
    ...entry,
    source: entry.source || agency,
    suppliedBy: Array.isArray(entry.suppliedBy) && entry.suppliedBy.length ? [...new Set(entry.suppliedBy)] : [agency],
  };
}

function differingFields(a: ChronologyEntry, b: ChronologyEntry): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('suppliedBy');
  const recordA = a as unknown as Record<string, unknown>;
  const recordB = b as unknown as Record<string, unknown>;
  return [...keys].filter((key) => stableJson(recordA[key]) !== stableJson(recordB[key])).sort();
}

/**
 * Merges chronologies from several agencies into one. Entries with the same id are one
 * event: the first agency's version is kept, `suppliedBy` lists every agency that had it,
 * and any difference between versions is reported as a conflict, never silently lost.
 * Every entry keeps its own `source`; one with none takes the agency's name. Entries
 * without an id are kept, and only exact copies of one another are merged.
 * Pure and idempotent: merging a result again, or the same chronologies twice, changes nothing.
 * Entries are returned in the order they were first seen; the component sorts them by date.
 */
export function mergeChronologies(chronologies: readonly AgencyChronology[]): MergeResult {
  const merged: ChronologyEntry[] = [];
  const byKey = new Map<string, number>();
  const conflicts = new Map<string, MergeConflict>();
  const firstAgency = new Map<string, string>();

  for (const { agency, entries } of chronologies) {
    for (const raw of entries ?? []) {
      if (!isEntryObject(raw)) {
        const key = `value:${stableJson(raw)}`;
        if (!byKey.has(key)) byKey.set(key, merged.push(raw) - 1);
        continue;
      }
      const entry = withProvenance(raw, agency);
      const key = typeof entry.id === 'string' && entry.id ? `id:${entry.id}` : `content:${stableJson({ ...entry, suppliedBy: undefined })}`;
      const at = byKey.get(key);
      if (at === undefined) {
        byKey.set(key, merged.push(entry) - 1);
        firstAgency.set(key, agency);
        continue;
      }
      const kept = merged[at]!;
      kept.suppliedBy = [...new Set([...(kept.suppliedBy ?? []), ...(entry.suppliedBy ?? [])])];
      const fields = differingFields(kept, entry);
      if (fields.length) {
        const conflict = conflicts.get(key) ?? { id: entry.id, agencies: [firstAgency.get(key)!], fields: [] };
        if (!conflict.agencies.includes(agency)) conflict.agencies.push(agency);
        conflict.fields = [...new Set([...conflict.fields, ...fields])].sort();
        conflicts.set(key, conflict);
      }
    }
  }
  return { entries: merged, conflicts: [...conflicts.values()] };
}
