/** The attributes of `kith-option` that change what a group shows; the group watches them. */
export const OPTION_ATTRIBUTES = ['value', 'label', 'hint', 'divider', 'exclusive', 'disabled', 'slot'];

/** What a group reads from one `kith-option` child. */
export interface ChoiceOption {
  /** The `kith-option` element, kept so its follow-up content can be projected and hidden. */
  element: HTMLElement;
  value: string;
  label: string;
  hint: string;
  divider: boolean;
  exclusive: boolean;
  disabled: boolean;
  /** True when the option has children with `slot="conditional"`. */
  hasFollowUp: boolean;
}

export interface ReadOptionsResult {
  /** The options to show, in order; dividers included, later duplicates of a value left out. */
  options: ChoiceOption[];
  /** Every `kith-option` child, including left-out duplicates (their follow-ups must stay hidden). */
  elements: HTMLElement[];
  /** Values that more than one option had. */
  duplicates: string[];
}

const isFollowUp = (node: Node): boolean => node instanceof Element && node.getAttribute('slot') === 'conditional';

/** The option's own text, leaving out its follow-up content; whitespace collapsed as HTML renders it. */
function labelText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) {
    // Comments are left out: frameworks put their markers there.
    const readable = node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && !isFollowUp(node));
    if (readable) text += node.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Reads the `kith-option` children of a group. Text is read as text, never as markup.
 * An option without a `value` takes its label as value, as a native `<option>` does.
 * When two options share a value only the first is kept, so a selection is never ambiguous.
 */
export function readOptions(host: Element): ReadOptionsResult {
  const elements = [...host.children].filter((child): child is HTMLElement => child.localName === 'kith-option');
  const options: ChoiceOption[] = [];
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const element of elements) {
    const divider = element.hasAttribute('divider');
    const label = element.getAttribute('label') ?? labelText(element);
    const value = divider ? '' : (element.getAttribute('value') ?? label);
    if (!divider) {
      if (seen.has(value)) {
        duplicates.add(value);
        continue;
      }
      seen.add(value);
    }
    options.push({
      element,
      value,
      label,
      hint: element.getAttribute('hint') ?? '',
      divider,
      exclusive: !divider && element.hasAttribute('exclusive'),
      disabled: element.hasAttribute('disabled'),
      hasFollowUp: !divider && [...element.children].some(isFollowUp),
    });
  }
  return { options, elements, duplicates: [...duplicates] };
}

/**
 * Reads a list of values written as one string (the `value` attribute of kith-checkboxes):
 * comma-separated, spaces around commas ignored, empty entries dropped.
 */
export function parseValueList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
