import { currentConsent, type ConsentResolution } from '../model/current-consent.js';
import { parseInstant } from '../model/dates.js';

export interface ResolvedRecords {
  resolution: ConsentResolution;
  /** `records` was something other than a list (or nothing). */
  notAList: boolean;
  /** `at` was set but is not a date and time; the position is for now instead. */
  badAt: boolean;
}

/**
 * What a component shows for whatever a host set: never throws, never blank. A value that
 * is not a list makes the position unclear rather than "none recorded".
 */
export function resolveRecords(records: unknown, at: string): ResolvedRecords {
  const notAList = records !== null && records !== undefined && !Array.isArray(records);
  const instant = at ? parseInstant(at) : NaN;
  const badAt = !!at && Number.isNaN(instant);
  const resolution = currentConsent(Array.isArray(records) ? records : [], Number.isNaN(instant) ? undefined : instant);
  if (notAList) resolution.summary = { ...resolution.summary, state: 'unclear' };
  return { resolution, notAList, badAt };
}
