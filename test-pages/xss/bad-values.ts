// Bad values, not attacks: every attribute of every element (numbers, dates, booleans and JSON
// included) and every public property get values a page, a server or a person really sends:
// out of range, not a number, not a date, broken JSON, a megabyte of text, emoji, right-to-left
// text, the wrong type. Each element must still render, and nothing may escape to the page: a
// thrown error is allowed only as a TypeError when the value is set, and no error may reach the
// page afterwards (a failed update, a window error, an unhandled rejection, console.error).
// What message an element shows for each bad value is tested in its own test file.
import type { ElementDeclaration } from './manifests.js';

const MEGABYTE = 'Saw the family at home. '.repeat(43_691);
const HUMAN_TEXT = ['👩‍👧‍👦 Ffion 🏴󠁧󠁢󠁷󠁬󠁳󠁿', 'مرحبا بالعالم', 'a\u202Eevil\u202C b', 'line one\nline two\ttab', 'a\u0000b'];

export const BAD_ATTRIBUTE_VALUES: string[] = [
  ...['', ' ', '-1', '0', '2.5', 'NaN', 'Infinity', '1e400', 'abc', 'true', 'null', 'undefined'],
  ...['2024-02-30', '31/12/2024', '9999-99-99', '{', '{"a":', '[]', '[1,2'],
  ...HUMAN_TEXT,
  MEGABYTE,
];

export const BAD_PROPERTY_VALUES: unknown[] = [null, undefined, Number.NaN, -1, 0, Number.POSITIVE_INFINITY, '', 'abc', {}, [], new Date(Number.NaN), ...HUMAN_TEXT, MEGABYTE];

const describe = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}… (${value.length} characters)` : value);
  if (value instanceof Date) return 'an invalid Date';
  if (Array.isArray(value)) return '[]';
  return typeof value === 'object' && value ? '{}' : String(value);
};

export interface BadValueResult {
  element: string;
  tried: number;
  problems: string[];
}

/**
 * Collects every error that reaches the page while `during` runs, but for a TypeError naming
 * the field (the contract's answer to a value of the wrong kind) reported while the value is set:
 * an attribute's TypeError is reported to the page, as the browser has no caller to throw it to.
 */
async function pageErrors(names: string[], during: (setting: { now: boolean }) => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const setting = { now: false };
  const onError = (event: ErrorEvent) => {
    if (!(setting.now && namesField(event.error, names))) errors.push(`window error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  const consoleError = console.error;
  console.error = (...args: unknown[]) => errors.push(`console.error: ${args.map(String).join(' ').slice(0, 200)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await during(setting);
    // Errors from timers and promises started by the render land a little later.
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    console.error = consoleError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/** A TypeError whose message names the field, by its property or its attribute name. */
const namesField = (error: unknown, names: string[]): boolean =>
  error instanceof TypeError && names.some((name) => error.message.toLowerCase().includes(name.toLowerCase()));

/** Puts one element in the page with `apply` done to it, and returns what went wrong. */
async function tryOne(main: HTMLElement, tag: string, names: string[], apply: (el: HTMLElement) => void): Promise<string[]> {
  const problems: string[] = [];
  const el = document.createElement(tag);
  const errors = await pageErrors(names, async (setting) => {
    setting.now = true;
    try {
      apply(el);
    } catch (error) {
      if (!namesField(error, names)) problems.push(`setting it threw ${String(error)}`);
    } finally {
      setting.now = false;
    }
    main.append(el);
    try {
      await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    } catch (error) {
      problems.push(`its update failed: ${String(error)}`);
    }
    if (!el.shadowRoot) problems.push('it rendered nothing');
  });
  el.remove();
  return [...problems, ...errors];
}

export async function badValueSweep(main: HTMLElement, declarations: ElementDeclaration[]): Promise<BadValueResult[]> {
  const results: BadValueResult[] = [];
  for (const declaration of declarations) {
    const tag = declaration.tagName;
    const problems: string[] = [];
    let tried = 0;
    for (const attribute of declaration.attributes ?? []) {
      for (const value of BAD_ATTRIBUTE_VALUES) {
        const found = await tryOne(main, tag, [attribute.name, attribute.fieldName ?? attribute.name], (el) => el.setAttribute(attribute.name, value));
        problems.push(...found.map((problem) => `${problem} (attribute ${attribute.name}=${describe(value)})`));
        tried++;
      }
    }
    for (const property of declaration.properties) {
      for (const value of BAD_PROPERTY_VALUES) {
        const found = await tryOne(main, tag, [property], (el) => ((el as unknown as Record<string, unknown>)[property] = value));
        problems.push(...found.map((problem) => `${problem} (property ${property} = ${describe(value)})`));
        tried++;
      }
    }
    results.push({ element: tag, tried, problems });
  }
  return results;
}
