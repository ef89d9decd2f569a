/**
 * Per-instance wording. Every component has a `strings` property: an object whose keys
 * are the last part of a message id ("status.given" for kith.consent.status.given) and
 * whose values replace that text, with {name} placeholders filled in. Anything that is not
 * a non-empty string falls back to the localised default.
 */
export type ConsentStrings = Record<string, string>;

export function wording(overrides: unknown, key: string, fallback: string, params: Record<string, string> = {}): string {
  const custom = overrides && typeof overrides === 'object' ? (overrides as Record<string, unknown>)[key] : undefined;
  if (typeof custom !== 'string' || custom === '') return fallback;
  return custom.replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name] ?? placeholder);
}
