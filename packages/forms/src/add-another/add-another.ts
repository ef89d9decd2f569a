import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { KithElement, announce, ensureAnnouncer, focusStyles, formatCount, labelInSentence, toText, visuallyHiddenStyles } from '@kith/core';
import { buttonStyles } from '../button/button.styles.js';
import { applyIndex, recordItem, type ItemTemplate } from './indexing.js';
import { addAnotherStyles } from './add-another.styles.js';

/** Fired after the user adds an item; `index` is its position, from 0. */
export class KithItemAddEvent extends Event {
  constructor(readonly index: number) {
    super('kith-item-add', { bubbles: true, composed: true });
  }
}

/** Fired after the user removes an item; `index` is the position it had, from 0. */
export class KithItemRemoveEvent extends Event {
  constructor(readonly index: number) {
    super('kith-item-remove', { bubbles: true, composed: true });
  }
}

/** The largest `min` honoured. */
const MIN_CAP = 100;

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])';

/** Focuses the first field of an item, waiting for Kith controls inside it to render. */
async function focusFirstField(item: HTMLElement): Promise<boolean> {
  const elements = [...item.querySelectorAll<HTMLElement>('*')];
  await Promise.all(elements.map((element) => (element as { updateComplete?: Promise<unknown> }).updateComplete));
  for (const element of elements) {
    if (!element.matches(FOCUSABLE) && !element.shadowRoot?.delegatesFocus) continue;
    element.focus();
    if (element.matches(':focus')) return true;
  }
  return false;
}

/** Reads a count attribute; anything that is not a whole number of at least `least` gives the fallback. */
function toCount(value: unknown, least: number, fallback: number): number {
  const count = Math.floor(Number(value));
  return Number.isFinite(count) && count >= least ? count : fallback;
}

/**
 * Lets the user give several answers of the same shape, such as the members of a household.
 *
 * The fields of one item are a `<template>` child. Each item is cloned from it into the
 * element's own light DOM, so its controls stay in the page's form. Write `%index%` where
 * the item's position goes (`name="members[%index%][name]"`, `id="member-%index%-name"`); it
 * becomes 0, 1, 2… and is rewritten when an item is removed, without touching what was typed.
 * Element children other than the template are taken as items already given (for example
 * re-rendered by the server after an error), written with `%index%` in the same way.
 *
 * @summary Repeats a group of fields, with add and remove buttons and numbered legends.
 * @tagname kith-add-another
 *
 * @slot - A `<template>` holding the fields of one item, and any items already given.
 *
 * @csspart item - The fieldset around each item.
 * @csspart legend - Each item's legend ("Household member 1").
 * @csspart remove-button - Each item's remove button.
 * @csspart add-button - The add button.
 * @csspart limit - The text shown in place of the add button when `max` items are there.
 *
 * @cssprop --kith-color-border - Colour of the line between items.
 *
 * @fires kith-item-add - KithItemAddEvent, after the user adds an item (bubbles, composed).
 * @fires kith-item-remove - KithItemRemoveEvent, after the user removes an item (bubbles, composed).
 */
export class KithAddAnother extends KithElement {
  static override styles = [KithElement.styles, visuallyHiddenStyles, focusStyles, buttonStyles, addAnotherStyles];

  static override properties = {
    itemLabel: { attribute: 'item-label' },
    addText: { attribute: 'add-text' },
    removeText: { attribute: 'remove-text' },
    limitText: { attribute: 'limit-text' },
    min: { type: Number },
    max: { type: Number },
    items: { attribute: false },
  };

  /** What one item is, for legends and buttons: "Household member". Defaults to "Item" (Welsh "Eitem"). */
  itemLabel = '';
  /** Replaces the add button's text ("Add another household member"). */
  addText = '';
  /** Replaces the remove buttons' visible text ("Remove"). The item is still named to screen readers. */
  removeText = '';
  /** Replaces the text shown instead of the add button once there are `max` items. */
  limitText = '';
  /** The fewest items; remove buttons are hidden at this number. 1 by default. */
  min = 1;
  /** The most items; the add button is replaced by a short message at this number. No limit by default. */
  max = Number.POSITIVE_INFINITY;

  private items: HTMLElement[] = [];
  private get addButton(): HTMLButtonElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLButtonElement>('.add');
  }

  private readonly templates = new WeakMap<HTMLElement, ItemTemplate>();
  private nextKey = 0;
  private started = false;
  private childObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    // It announces: the live region must be in the page before the first message.
    ensureAnnouncer(this.ownerDocument);
    if (this.started) return;
    if (this.template) this.start();
    else {
      // The HTML parser may connect the element before its children arrive.
      this.childObserver = new MutationObserver(() => {
        if (this.template) this.start();
      });
      this.childObserver.observe(this, { childList: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    this.childObserver = undefined;
  }

  private get template(): HTMLTemplateElement | null {
    return this.querySelector<HTMLTemplateElement>(':scope > template');
  }

  private get limits(): { min: number; max: number } {
    const max = toCount(this.max, 1, Number.POSITIVE_INFINITY);
    // A minimum is created on load, so an absurd one (a typo of 1000000) is capped rather than freezing the page.
    return { min: Math.min(toCount(this.min, 0, 1), max, MIN_CAP), max };
  }

  private get label(): string {
    return toText(this.itemLabel) || msg('Item', { id: 'kith.add-another.item', desc: 'Default name of one repeated group of fields' });
  }

  private start(): void {
    this.started = true;
    this.childObserver?.disconnect();
    this.childObserver = undefined;
    const given = [...this.children].filter((child): child is HTMLElement => child instanceof HTMLElement && child.localName !== 'template');
    for (const item of given) this.adopt(item);
    this.items = given;
    this.renumber();
    while (this.items.length < Math.max(this.limits.min, 1) && this.addItem());
  }

  private adopt(item: HTMLElement): void {
    this.templates.set(item, recordItem(item));
    item.slot = `item-${this.nextKey++}`;
  }

  private renumber(): void {
    this.items.forEach((item, index) => applyIndex(this.templates.get(item)!, index));
  }

  /**
   * Adds an item at the end, unless there are `max` already (or `beyondMax`, as kith-case-form
   * does for the items a draft holds). Returns the new item's element.
   */
  addItem(beyondMax = false): HTMLElement | undefined {
    const template = this.template;
    if (!template || (!beyondMax && this.items.length >= this.limits.max)) return undefined;
    const item = document.createElement('div');
    item.append(document.importNode(template.content, true));
    this.adopt(item);
    this.append(item);
    this.items = [...this.items, item];
    this.renumber();
    return item;
  }

  /** Removes the item at `index` (from 0), unless only `min` are left. Later items are renumbered. */
  removeItem(index: number): void {
    const item = this.items[index];
    if (!item || this.items.length <= this.limits.min) return;
    item.remove();
    this.items = this.items.filter((other) => other !== item);
    this.renumber();
  }

  private async onAdd(): Promise<void> {
    const item = this.addItem();
    if (!item) return;
    this.dispatchEvent(new KithItemAddEvent(this.items.length - 1));
    await this.updateComplete;
    if (!(await focusFirstField(item))) this.legendOf(item)?.focus();
    // The add button has gone: say so, as focus is in the new item, far from the message in its place.
    if (this.items.length >= this.limits.max) announce(this.limitMessage());
  }

  private limitMessage(): string {
    const { max } = this.limits;
    return toText(this.limitText) || msg(str`You have reached the maximum of ${formatCount(max)}`, { id: 'kith.add-another.limit' });
  }

  private async onRemove(item: HTMLElement): Promise<void> {
    const index = this.items.indexOf(item);
    const label = this.label;
    this.removeItem(index);
    if (this.items.includes(item)) return;
    announce(msg(str`${label} ${formatCount(index + 1)} removed`, { id: 'kith.add-another.removed', desc: 'Announced after an item is removed, for example "Household member 2 removed"' }));
    this.dispatchEvent(new KithItemRemoveEvent(index));
    await this.updateComplete;
    const previous = this.items[index - 1];
    (previous ? this.legendOf(previous) : this.addButton)?.focus();
  }

  private legendOf(item: HTMLElement): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`legend[data-item="${item.slot}"]`);
  }

  protected override render() {
    if (!this.started) return nothing;
    const { min, max } = this.limits;
    const label = this.label;
    const removable = this.items.length > min;
    const addText = toText(this.addText) || msg(str`Add another ${labelInSentence(label)}`, { id: 'kith.add-another.add' });
    const removeText = toText(this.removeText) || msg('Remove', { id: 'kith.add-another.remove' });
    return html`
      ${repeat(
        this.items,
        (item) => item.slot,
        // Each name is one string: Chromium drops the whitespace-only text between two template parts.
        (item, index) => html`<fieldset class="item" part="item">
          <legend class="legend" part="legend" tabindex="-1" data-item=${item.slot}>${`${label} ${formatCount(index + 1)}`}</legend>
          <slot name=${item.slot}></slot>
          ${removable
            ? html`<button type="button" class="button secondary" part="remove-button" @click=${() => this.onRemove(item)}>
                ${removeText}<span class="visually-hidden">${` ${labelInSentence(label)} ${formatCount(index + 1)}`}</span>
              </button>`
            : nothing}
        </fieldset>`,
      )}
      ${this.items.length < max
        ? html`<button type="button" class="button secondary add" part="add-button" @click=${this.onAdd}>${addText}</button>`
        : html`<p class="limit" part="limit">${this.limitMessage()}</p>`}
    `;
  }
}
