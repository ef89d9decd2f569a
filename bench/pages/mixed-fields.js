// Builders for the mixed 100-field case form: text inputs, textareas, date inputs, radios,
// checkboxes and selects, as Kith elements and as plain HTML (styled by plain-fields.css).
import { label, HINT } from './fields.js';

/** The kind of field at each position: in every ten, 4 text inputs and 1 or 2 of each other control. */
const KINDS = ['text', 'textarea', 'text', 'date', 'radios', 'text', 'checkboxes', 'select', 'text', 'radios'];
const kindOf = (i) => KINDS[i % KINDS.length];
const CHOICES = ['Yes', 'No', 'Not known'];
const OPTIONS = ['Choose a relationship', 'Parent', 'Grandparent', 'Sibling'];

function element(tag, attributes = {}, text = '') {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

/** A label (or legend), hint and control, as plainField in fields.js does for a text box. */
function plainLabelled(i, control) {
  const group = element('div', { class: 'form-group' });
  control.id = `f${i}`;
  control.name = `f${i}`;
  control.setAttribute('aria-describedby', `f${i}-hint`);
  group.append(element('label', { class: 'label', for: `f${i}` }, label(i)), element('div', { class: 'hint', id: `f${i}-hint` }, HINT), control);
  return group;
}

function plainFieldset(i, content) {
  const group = element('div', { class: 'form-group' });
  const fieldset = element('fieldset', { class: 'fieldset', 'aria-describedby': `f${i}-hint` });
  fieldset.append(element('legend', { class: 'legend' }, label(i)), element('div', { class: 'hint', id: `f${i}-hint` }, HINT), content);
  group.append(fieldset);
  return group;
}

function plainChoices(i, type) {
  const items = element('div', { class: 'items' });
  CHOICES.forEach((text, n) => {
    const item = element('div', { class: 'item' });
    item.append(
      element('input', { class: 'choice-input', type, id: `f${i}-${n}`, name: `f${i}`, value: text }),
      element('label', { class: 'choice-label', for: `f${i}-${n}` }, text),
    );
    items.append(item);
  });
  return plainFieldset(i, items);
}

function plainDate(i) {
  const boxes = element('div', { class: 'date-input' });
  for (const [part, width] of [['Day', 2], ['Month', 2], ['Year', 4]]) {
    const item = element('div', { class: 'date-item' });
    const id = `f${i}-${part.toLowerCase()}`;
    item.append(element('label', { class: 'date-label', for: id }, part), element('input', { class: `input width-${width}`, id, name: id, inputmode: 'numeric', spellcheck: 'false' }));
    boxes.append(item);
  }
  return plainFieldset(i, boxes);
}

export function plainMixedField(i) {
  switch (kindOf(i)) {
    case 'textarea':
      return plainLabelled(i, element('textarea', { class: 'textarea', rows: '5' }));
    case 'date':
      return plainDate(i);
    case 'radios':
      return plainChoices(i, 'radio');
    case 'checkboxes':
      return plainChoices(i, 'checkbox');
    case 'select': {
      const select = element('select', { class: 'select' });
      for (const text of OPTIONS) select.append(element('option', { value: text === OPTIONS[0] ? '' : text }, text));
      return plainLabelled(i, select);
    }
    default:
      return plainLabelled(i, element('input', { class: 'input', type: 'text' }));
  }
}

export function kithMixedField(i) {
  const kind = kindOf(i);
  const common = { name: `f${i}`, hint: HINT };
  switch (kind) {
    case 'textarea':
      return element('kith-textarea', { ...common, label: label(i) });
    case 'date':
      return element('kith-date-input', { ...common, label: label(i) });
    case 'radios':
    case 'checkboxes': {
      const group = element(`kith-${kind}`, { ...common, legend: label(i) });
      for (const text of CHOICES) group.append(element('kith-option', { value: text }, text));
      return group;
    }
    case 'select': {
      const select = element('kith-select', { ...common, label: label(i) });
      for (const text of OPTIONS) select.append(element('option', { value: text === OPTIONS[0] ? '' : text }, text));
      return select;
    }
    default:
      return element('kith-text-input', { ...common, label: label(i) });
  }
}
