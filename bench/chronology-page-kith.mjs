// The Kith side of the chronology bench: <kith-chronology> given the entries.
import '../packages/chronology/src/chronology/define.ts';
import { FILTERS, generateEntries } from './chronology-data.mjs';
import { measure } from './chronology-page-common.mjs';

let entries = [];
const element = () => document.querySelector('kith-chronology');

window.bench = {
  prepare(count) {
    entries = generateEntries(count);
    return entries.length;
  },
  /** From setting .entries to the first painted frame of the chronology. */
  render(renderAll = false) {
    return measure(
      'render',
      () => {
        element().renderAll = renderAll;
        element().entries = entries;
        return element().updateComplete;
      },
      async () => {
        await element().updateComplete;
        return { shown: element().visibleEntries.length, rendered: element().shadowRoot.querySelectorAll('article').length };
      },
    );
  },
  /** Opens the filter panel as a user would before ticking a box; not timed. */
  async beforeFilter() {
    const toggle = element().shadowRoot.querySelector('[aria-controls="filter-body"]');
    if (toggle.getAttribute('aria-expanded') === 'false') toggle.click();
    await element().updateComplete;
  },
  /** From setting .filter to the painted, filtered chronology. */
  filter(name) {
    return measure(
      `filter-${name}`,
      () => {
        element().filter = FILTERS[name].filter;
        return element().updateComplete;
      },
      async () => {
        await element().updateComplete;
        return { shown: element().visibleEntries.length };
      },
    );
  },
};
window.benchReady = true;
