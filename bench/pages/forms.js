// Bench page: renders N fields as kith-text-input or as plain HTML, and measures
// render→paint and keystroke→frame in the same page.
import '@kith/forms';

const container = document.getElementById('container');
const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function plainField(i) {
  const group = document.createElement('div');
  group.className = 'form-group';
  const label = document.createElement('label');
  label.className = 'label';
  label.htmlFor = `f${i}`;
  label.textContent = `Question ${i + 1}`;
  const hint = document.createElement('div');
  hint.className = 'hint';
  hint.id = `f${i}-hint`;
  hint.textContent = 'A hint for this question';
  const input = document.createElement('input');
  input.className = 'input';
  input.id = `f${i}`;
  input.name = `f${i}`;
  input.setAttribute('aria-describedby', hint.id);
  group.append(label, hint, input);
  return group;
}

function kithField(i) {
  const field = document.createElement('kith-text-input');
  field.setAttribute('name', `f${i}`);
  field.setAttribute('label', `Question ${i + 1}`);
  field.setAttribute('hint', 'A hint for this question');
  return field;
}

const builders = { plain: plainField, kith: kithField };
let listeners;

window.bench = {
  async render(mode, count) {
    container.replaceChildren();
    await nextPaint();
    const start = performance.now();
    const form = document.createElement('form');
    for (let i = 0; i < count; i++) form.append(builders[mode](i));
    container.append(form);
    await nextPaint();
    return performance.now() - start;
  },
  /** Focuses the middle field; the bench then types and reads keystrokeTimes. */
  focusMiddle(mode, count) {
    const index = Math.floor(count / 2);
    const target = mode === 'kith' ? container.querySelectorAll('kith-text-input')[index] : document.getElementById(`f${index}`);
    target.focus();
    window.keystrokeTimes = [];
    listeners?.abort();
    listeners = new AbortController();
    const { signal } = listeners;
    let pressed = 0;
    document.addEventListener('keydown', () => (pressed = performance.now()), { capture: true, signal });
    document.addEventListener('input', () => nextPaint().then(() => window.keystrokeTimes.push(performance.now() - pressed)), { capture: true, signal });
  },
};
