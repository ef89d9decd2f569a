import type { KithAddAnother } from '../add-another/add-another.js';

/** A form's answers: one string per name, or a list when a name has several values (checkboxes, repeated fields). */
export type CaseFormValues = Record<string, string | string[]>;

/** The most add-another items a draft may ask for, so a corrupt draft cannot freeze the page. */
const MAX_RESTORED_ITEMS = 200;

/**
 * Every value the form would submit, as plain data. A name with one value gives a string;
 * a name with several gives them all, in order, as a list. A file gives its file name.
 */
export function formValues(form: HTMLFormElement, submitter?: HTMLElement | null): CaseFormValues {
  let data: FormData;
  try {
    data = new FormData(form, submitter);
  } catch {
    // The submitter is not a submit button of this form (or is gone): leave its name out.
    data = new FormData(form);
  }
  const values = new Map<string, string | string[]>();
  for (const [name, entry] of data) {
    const text = typeof entry === 'string' ? entry : entry.name;
    const seen = values.get(name);
    if (seen === undefined) values.set(name, text);
    else if (Array.isArray(seen)) seen.push(text);
    else values.set(name, [seen, text]);
  }
  // fromEntries defines own properties, so a field named "__proto__" is kept as data.
  return Object.fromEntries(values);
}

/**
 * What kith-case-form saves as a draft: the answers, and what controls hold beyond them
 * (a half-typed or impossible date in kith-date-input's boxes; what was typed or chosen in
 * a follow-up whose option is not selected), so a draft gives back everything that was typed.
 */
export type CaseFormDraft = {
  answers: CaseFormValues;
  /**
   * By field name, one per control of that name in page order: what it holds beyond the
   * answers, or null. A date input's boxes, or the values another control would submit.
   */
  typed: Record<string, (string[] | null)[]>;
};

/** A control that can give back what was typed when its value cannot hold it. */
type HoldsTyped = Element & { typed?: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The form's draft: its answers, and what its controls hold beyond them. */
export function draftOf(form: HTMLFormElement): CaseFormDraft {
  const typed: CaseFormDraft['typed'] = {};
  for (const [name, elements] of controlsByName(form)) {
    const held = elements.map(heldBeyondAnswers);
    if (held.some((parts) => parts !== null)) typed[name] = held;
  }
  return { answers: formValues(form), typed };
}

/**
 * What a control holds that the answers leave out: an unfinished date's boxes, and anything
 * in a follow-up whose option is not selected. Such a follow-up is not submitted, but what
 * was typed in it stays on the page for when the option is chosen again, so the draft keeps it.
 */
function heldBeyondAnswers(element: Named): string[] | null {
  const typed = (element as HoldsTyped).typed;
  if (isTextList(typed)) return [...typed];
  if (!element.matches(':disabled') || !element.closest('kith-option > [slot="conditional"]')) return null;
  const values = valuesOf(element);
  return values.some((value) => value !== '') ? values : null;
}

/** What a control would submit were it enabled; a date as its boxes, as `typed` takes them. */
function valuesOf(element: Named): string[] {
  if (isCheckable(element)) {
    return element.checked ? [element.value] : [];
  }
  if (element instanceof HTMLSelectElement) return [...element.selectedOptions].map((option) => option.value);
  if (element.localName === 'kith-checkboxes') return isTextList(element.values) ? element.values : [];
  const value = typeof element.value === 'string' ? element.value : '';
  // A whole date ("2027-05-04") as its boxes, day first.
  if ('typed' in element) return /^\d+(-\d+)*$/.test(value) ? value.split('-').reverse() : [];
  return [value];
}

/**
 * Checks a draft read back: a CaseFormDraft, or answers alone (drafts saved before
 * `typed` was kept, or answers from elsewhere). Throws a TypeError naming the first bad field.
 */
export function toDraft(value: unknown): CaseFormDraft {
  if (!(isRecord(value) && Object.keys(value).length === 2 && isRecord(value.answers) && isRecord(value.typed))) {
    return { answers: toFormValues(value), typed: {} };
  }
  for (const [name, held] of Object.entries(value.typed)) {
    if (!Array.isArray(held) || !held.every((parts) => parts === null || isTextList(parts))) {
      throw new TypeError(`kith-case-form: draft typed "${name}" must be a list of lists of strings or nulls`);
    }
  }
  return { answers: toFormValues(value.answers), typed: value.typed as CaseFormDraft['typed'] };
}

/** Checks values read from a draft; throws a TypeError naming the first bad field. */
export function toFormValues(value: unknown): CaseFormValues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError('kith-case-form: the draft value must be an object of field names and answers');
  }
  for (const [name, answer] of Object.entries(value)) {
    const ok = typeof answer === 'string' || (Array.isArray(answer) && answer.every((item) => typeof item === 'string'));
    if (!ok) throw new TypeError(`kith-case-form: draft value "${name}" must be a string or a list of strings`);
  }
  return value as CaseFormValues;
}

/** Tells the controls a restore must leave as they are (the user changed them). */
type Kept = (element: Element) => boolean;
const nothingKept: Kept = () => false;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Gives each add-another list as many items as the draft mentions: adds items, and takes off
 * the last ones it does not mention (items the page gave that the user had removed would
 * otherwise come back, the answers of later items shifted up into them), but never one holding a
 * `kept` control. A list the draft does not mention at all is left as it is.
 */
function matchItems(form: HTMLFormElement, answers: CaseFormValues, typed: CaseFormDraft['typed'] = {}, kept = nothingKept): void {
  const names = [...Object.keys(answers), ...Object.keys(typed)];
  for (const list of form.querySelectorAll<KithAddAnother>('kith-add-another')) {
    const template = list.querySelector<HTMLTemplateElement>(':scope > template');
    if (!template || typeof list.addItem !== 'function') continue;
    const patterns = [...template.content.querySelectorAll('[name*="%index%"]')].map(
      (element) => new RegExp(`^${element.getAttribute('name')!.split('%index%').map(escapeRegExp).join('(\\d+)')}$`),
    );
    let wanted = 0;
    for (const name of names) {
      for (const pattern of patterns) {
        const match = pattern.exec(name);
        if (match) wanted = Math.max(wanted, ...match.slice(1).map((index) => Number(index) + 1));
      }
    }
    // A field named without %index% has that name in every item: one item for each value it held.
    for (const field of template.content.querySelectorAll<Named>('[name]:not([name*="%index%"])')) {
      const name = field.getAttribute('name')!;
      if (!takesList(field)) wanted = Math.max(wanted, [answers[name] ?? []].flat().length, typed[name]?.length ?? 0);
    }
    wanted = Math.min(wanted, MAX_RESTORED_ITEMS);
    const items = () => [...list.children].filter((child) => child.localName !== 'template');
    // Every item the draft holds, even beyond a `max` lowered since: the user typed them.
    while (items().length < wanted && list.addItem(true));
    for (let last = items().length - 1; wanted > 0 && last >= wanted && ![...items()[last].querySelectorAll('*')].some(kept); last--) list.removeItem(last);
  }
}

type Named = Element & { name?: string; value?: unknown; values?: unknown; type?: string };

const isCheckable = (element: Element): element is HTMLInputElement =>
  element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio');

/** Controls whose absence from the values means "nothing chosen", so restoring clears them. */
function isChoice(element: Named): boolean {
  return (
    isCheckable(element) ||
    element.localName === 'kith-radios' ||
    element.localName === 'kith-checkboxes'
  );
}

/** Buttons, fieldsets and files hold nothing a draft can put back. */
function holdsAnswer(element: Named): boolean {
  if (element instanceof HTMLButtonElement || element instanceof HTMLFieldSetElement || element instanceof HTMLOutputElement) return false;
  if (element instanceof HTMLObjectElement || element.localName === 'kith-button') return false;
  if (element instanceof HTMLInputElement && ['file', 'submit', 'reset', 'button', 'image'].includes(element.type)) return false;
  return !!element.name;
}

/**
 * Puts values back into every named control of a form: Kith controls through `value`
 * (`values` for kith-checkboxes), native checkboxes and radios through `checked`. Each
 * add-another list first gets as many items as the values mention, so their fields exist.
 * Fields the values do not name are left as they are, except choices, which are cleared
 * (nothing was chosen).
 */
export function restoreValues(form: HTMLFormElement, values: CaseFormValues): void {
  matchItems(form, values);
  putBack(form, values);
}

function putBack(form: HTMLFormElement, values: CaseFormValues, kept = nothingKept): void {
  const byName = controlsByName(form);
  // Choices first: they decide which follow-ups are open, and only open controls submitted the answers.
  for (const choices of [true, false]) {
    for (const [name, elements] of byName) {
      const given = Object.hasOwn(values, name) ? values[name] : undefined;
      const list = given === undefined ? [] : Array.isArray(given) ? given : [given];
      let next = 0;
      // Several text fields may share a name: each takes the next value, in page order, open ones first.
      for (const element of [...elements.filter(isOpen), ...elements.filter((element) => !isOpen(element))]) {
        if (isChoice(element) !== choices || (given === undefined && !choices)) continue;
        const values = takesList(element) ? list : [list[next++] ?? ''];
        // Native checkboxes and radios of one name are one question: kept whole if any was changed.
        if (!(isCheckable(element) ? elements : [element]).some(kept)) putValues(element, values);
      }
    }
  }
}

/**
 * False for a control in a follow-up whose option is not chosen: it submits nothing. Read from
 * the `value` attributes (the groups disable follow-ups only when they next render); an option
 * without one counts as not chosen, so its fields take answers after the others, in page order.
 */
function isOpen(element: Element): boolean {
  const option = element.closest('kith-option > [slot="conditional"]')?.parentElement;
  const group = option?.parentElement as Named | null | undefined;
  if (!option || !group) return true;
  const chosen = group.localName === 'kith-checkboxes' ? group.values : [group.value];
  return isTextList(chosen) && chosen.includes(option.getAttribute('value')!) && isOpen(group);
}

/** Controls that take every value of their name: checkboxes and radios by value, multiple selects. */
function takesList(element: Named): boolean {
  return (
    isCheckable(element) ||
    element.localName === 'kith-checkboxes' ||
    (element instanceof HTMLSelectElement && element.multiple)
  );
}

/** What a control holds, to tell whether putting values back changed it. */
function heldBy(element: Named): unknown {
  if (isCheckable(element)) return element.checked;
  if (element instanceof HTMLSelectElement && element.multiple) return [...element.selectedOptions].map((option) => option.value).join('\n');
  return element.localName === 'kith-checkboxes' ? (element.values as string[]).join('\n') : element.value;
}

/**
 * Puts values into one control; a control that holds one value takes the first. A control it
 * changes fires input and change, as after autofill, so a framework that holds the answers
 * (React state, Vue's v-model) takes them too and does not set the old ones back when it renders.
 */
function putValues(element: Named, list: string[]): void {
  const held = heldBy(element);
  // A checkbox or radio is clicked, as the user would (it fires its own events): React hears them only through click.
  if (isCheckable(element) && element.checked !== list.includes(element.value)) element.click();
  if (heldBy(element) !== held) return;
  setValues(element, list);
  if (heldBy(element) === held) return;
  for (const type of ['input', 'change']) element.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
}

function setValues(element: Named, list: string[]): void {
  if (isCheckable(element)) {
    setAsAutofill(element, 'checked', list.includes(element.value));
  } else if (element.localName === 'kith-checkboxes') {
    element.values = list;
  } else if (element instanceof HTMLSelectElement && element.multiple) {
    for (const option of element.options) option.selected = list.includes(option.value);
  } else {
    setAsAutofill(element, 'value', list[0] ?? '');
  }
}

/**
 * Sets a property through the element's class, as autofill does: React puts its own setter on
 * each native input it controls to note changes made by code, and would then ignore the input
 * event that follows and set the old answer back.
 */
function setAsAutofill(element: Named, property: 'value' | 'checked', value: unknown): void {
  const set = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), property)?.set;
  if (set) set.call(element, value);
  else Object.assign(element, { [property]: value });
}

/** Puts a draft back: its answers, then what controls held beyond them, into every control not `kept`. */
export function restoreDraft(form: HTMLFormElement, draft: CaseFormDraft, kept = nothingKept): void {
  matchItems(form, draft.answers, draft.typed, kept);
  putBack(form, draft.answers, kept);
  const byName = controlsByName(form);
  for (const [name, held] of Object.entries(draft.typed)) {
    byName.get(name)?.forEach((element, i) => {
      const parts = held[i];
      if (!parts || kept(element)) return;
      if ('typed' in element) (element as HoldsTyped).typed = parts;
      else putValues(element, parts);
    });
  }
}

/** Whether the draft answers a question (a blank answer is none). */
const answersQuestion = ({ answers, typed }: CaseFormDraft, name: string) => Object.hasOwn(typed, name) || (Object.hasOwn(answers, name) && answers[name].length > 0);

/** The controls of the questions the draft answers. */
export function answeredBy(draft: CaseFormDraft, form: HTMLFormElement): Element[] {
  return [...controlsByName(form)].filter(([name]) => answersQuestion(draft, name)).flatMap(([, elements]) => elements);
}

/**
 * The draft with what the `edited` controls hold now added to the questions it left blank, or null
 * if there is nothing to add. Its own answers are never replaced: the user has not seen them yet.
 */
export function withEdits({ answers, typed }: CaseFormDraft, form: HTMLFormElement, edited: Kept): CaseFormDraft | null {
  const added = [...controlsByName(form)]
    .filter(([name, elements]) => elements.some(edited) && !answersQuestion({ answers, typed }, name))
    .map(([name]) => name);
  const now = draftOf(form);
  const pick = <T>(held: Record<string, T>) => Object.fromEntries(Object.entries(held).filter(([name]) => added.includes(name)));
  return added.length ? { answers: { ...answers, ...pick(now.answers) }, typed: { ...typed, ...pick(now.typed) } } : null;
}

/** The form's controls that hold an answer, by name, in page order. */
function controlsByName(form: HTMLFormElement): Map<string, Named[]> {
  const byName = new Map<string, Named[]>();
  for (const element of form.elements as Iterable<Named>) {
    if (!holdsAnswer(element)) continue;
    const group = byName.get(element.name!) ?? [];
    group.push(element);
    byName.set(element.name!, group);
  }
  return byName;
}
