// Builders for one text field in each library compared, with the same label and hint.
export const label = (i) => `Question ${i + 1}`;
export const HINT = 'A hint for this question';

export function plainField(i) {
  const group = document.createElement('div');
  group.className = 'form-group';
  const labelElement = document.createElement('label');
  labelElement.className = 'label';
  labelElement.htmlFor = `f${i}`;
  labelElement.textContent = label(i);
  const hint = document.createElement('div');
  hint.className = 'hint';
  hint.id = `f${i}-hint`;
  hint.textContent = HINT;
  const input = document.createElement('input');
  input.className = 'input';
  input.id = `f${i}`;
  input.name = `f${i}`;
  input.setAttribute('aria-describedby', hint.id);
  group.append(labelElement, hint, input);
  return group;
}

/** GOV.UK Frontend's text input markup (govuk-frontend's own CSS styles it). */
export function govukField(i) {
  const group = document.createElement('div');
  group.className = 'govuk-form-group';
  const labelElement = document.createElement('label');
  labelElement.className = 'govuk-label';
  labelElement.htmlFor = `g${i}`;
  labelElement.textContent = label(i);
  const hint = document.createElement('div');
  hint.className = 'govuk-hint';
  hint.id = `g${i}-hint`;
  hint.textContent = HINT;
  const input = document.createElement('input');
  input.className = 'govuk-input';
  input.id = `g${i}`;
  input.name = `g${i}`;
  input.type = 'text';
  input.setAttribute('aria-describedby', hint.id);
  group.append(labelElement, hint, input);
  return group;
}

export function kithField(i) {
  const field = document.createElement('kith-text-input');
  field.setAttribute('name', `f${i}`);
  field.setAttribute('label', label(i));
  field.setAttribute('hint', HINT);
  return field;
}

export function shoelaceField(i) {
  const field = document.createElement('sl-input');
  field.setAttribute('name', `f${i}`);
  field.setAttribute('label', label(i));
  field.setAttribute('help-text', HINT);
  return field;
}
