/** Written in a template's attributes wherever an item's position goes: `name="members[%index%][name]"`. */
export const INDEX_PLACEHOLDER = '%index%';

/** Attributes whose value is a list of ids; they must follow the ids they point at. */
const ID_REFERENCES = ['for', 'list', 'aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-details', 'aria-errormessage'];

interface AttributeTemplate {
  element: Element;
  name: string;
  template: string;
}

/** The attributes of one item that depend on its position, as they were written in the template. */
export interface ItemTemplate {
  attributes: AttributeTemplate[];
  ids: Set<string>;
}

/**
 * Records, before any index is written, every attribute of an item that holds the
 * placeholder, every id and every id reference. Renumbering always starts again from these,
 * so an item can move from position 3 to 2 any number of times without drift.
 */
export function recordItem(root: Element): ItemTemplate {
  const elements = [root, ...root.querySelectorAll('*')];
  const attributes: AttributeTemplate[] = [];
  const ids = new Set<string>();
  for (const element of elements) {
    if (element.id) ids.add(element.id);
    for (const { name, value } of element.attributes) {
      if (name === 'id' || ID_REFERENCES.includes(name) || value.includes(INDEX_PLACEHOLDER)) {
        attributes.push({ element, name, template: value });
      }
    }
  }
  return { attributes, ids };
}

export function withIndex(template: string, index: number): string {
  return template.replaceAll(INDEX_PLACEHOLDER, String(index));
}

/** An id without the placeholder gets the index as a suffix, so a cloned id is never duplicated. */
export function indexedId(template: string, index: number): string {
  return template.includes(INDEX_PLACEHOLDER) ? withIndex(template, index) : `${template}-${index}`;
}

/**
 * Writes an item's position into its names, ids and id references. Only attributes change:
 * the elements, and so everything the user typed into them, stay as they are.
 */
export function applyIndex(item: ItemTemplate, index: number): void {
  for (const { element, name, template } of item.attributes) {
    let value: string;
    if (name === 'id') value = indexedId(template, index);
    else if (ID_REFERENCES.includes(name)) {
      value = template
        .split(/\s+/)
        .map((token) => (item.ids.has(token) ? indexedId(token, index) : withIndex(token, index)))
        .join(' ');
    } else value = withIndex(template, index);
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}
