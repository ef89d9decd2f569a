import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OPTION_ATTRIBUTES, readOptions, type ChoiceOption, type ReadOptionsResult } from './options.js';

type GroupHost = ReactiveControllerHost & HTMLElement;

/** The slot, inside the group's shadow root, that shows option `index`'s follow-up content. */
export const followUpSlotName = (index: number): string => `option-${index}`;

const NATIVE_CONTROLS = 'input, select, textarea, button, fieldset';

function isFormControl(element: Element): boolean {
  if (element.matches(NATIVE_CONTROLS)) return true;
  const definition = customElements.get(element.localName) as { formAssociated?: boolean } | undefined;
  return definition?.formAssociated === true;
}

/** Every form control inside an option's follow-up content (nested ones included). */
function followUpControls(option: Element): Element[] {
  const controls: Element[] = [];
  for (const child of option.children) {
    if (child.getAttribute('slot') !== 'conditional') continue;
    if (isFormControl(child)) controls.push(child);
    for (const descendant of child.querySelectorAll('*')) if (isFormControl(descendant)) controls.push(descendant);
  }
  return controls;
}

/**
 * The shared machinery of kith-radios and kith-checkboxes:
 * - reads the `kith-option` children, and re-reads them when the page changes them;
 * - projects each option's follow-up content into the slot rendered right after it
 *   (manual slot assignment, so the page's markup is not touched);
 * - disables the controls inside hidden follow-up content, so they neither block
 *   submission nor submit an answer to a question the user did not pick, and enables
 *   them again when the content is shown. Disabling keeps what the user typed.
 */
export class ChoiceGroupController implements ReactiveController {
  private cache?: ReadOptionsResult;
  private observing = false;
  private warned = '';
  /** The follow-up controls this group disabled, per option; only these are enabled again. */
  private readonly disabledByGroup = new Map<Element, Set<Element>>();
  private readonly observer = new MutationObserver((records) => {
    if (records.some(this.matters)) this.invalidate();
  });

  constructor(
    private readonly host: GroupHost,
    private readonly tagName: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.cache = undefined;
    this.observing = true;
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: OPTION_ATTRIBUTES,
    });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.observing = false;
    this.cache = undefined;
  }

  /** The options as they are now. Pending DOM changes are read first, so a value set right after adding options is matched. */
  get result(): ReadOptionsResult {
    if (!this.observing) return readOptions(this.host);
    if (this.observer.takeRecords().some(this.matters)) this.invalidate();
    if (!this.cache) {
      this.cache = readOptions(this.host);
      this.warnAboutDuplicates(this.cache.duplicates);
    }
    return this.cache;
  }

  get options(): ChoiceOption[] {
    return this.result.options;
  }

  /** The selectable (non-divider) options. */
  get choices(): ChoiceOption[] {
    return this.options.filter((option) => !option.divider);
  }

  /**
   * Call after each render: assigns follow-up content to its slot and disables the
   * controls of follow-ups that are not open.
   */
  sync(isOpen: (option: ChoiceOption) => boolean): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    const { options, elements } = this.result;
    const open = new Set<Element>();
    options.forEach((option, index) => {
      if (!option.hasFollowUp) return;
      root.querySelector<HTMLSlotElement>(`slot[name="${followUpSlotName(index)}"]`)?.assign(option.element);
      if (isOpen(option)) open.add(option.element);
    });
    for (const element of elements) {
      if (open.has(element)) this.enable(element);
      else this.disable(element);
    }
    // An option moved out of the group must not keep controls the group disabled.
    for (const element of this.disabledByGroup.keys()) {
      if (!elements.includes(element as HTMLElement)) this.enable(element);
    }
  }

  /** Changes to options matter; the `disabled` this group sets on follow-up controls does not. */
  private readonly matters = (record: MutationRecord): boolean => {
    if (record.type !== 'attributes') return true;
    const target = record.target as Element;
    if (target.localName === 'kith-option') return target.parentElement === this.host;
    return record.attributeName === 'slot' && target.parentElement?.localName === 'kith-option';
  };

  private invalidate(): void {
    this.cache = undefined;
    this.host.requestUpdate();
  }

  private disable(option: Element): void {
    const disabled = this.disabledByGroup.get(option) ?? new Set<Element>();
    for (const control of followUpControls(option)) {
      if (control.hasAttribute('disabled')) continue;
      control.setAttribute('disabled', '');
      disabled.add(control);
    }
    if (disabled.size) this.disabledByGroup.set(option, disabled);
  }

  private enable(option: Element): void {
    for (const control of this.disabledByGroup.get(option) ?? []) control.removeAttribute('disabled');
    this.disabledByGroup.delete(option);
  }

  private warnAboutDuplicates(duplicates: string[]): void {
    const warning = duplicates.map((value) => JSON.stringify(value)).join(', ');
    if (warning && warning !== this.warned) {
      console.warn(`${this.tagName}: more than one kith-option has the value ${warning}; only the first of each is shown.`);
    }
    this.warned = warning;
  }
}
