// The measuring side of a bench page: render→paint and keystroke→frame for any builder.
export const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function createHarness(container, builders) {
  let listeners;
  return {
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
    /** Focuses the middle field's text box; keystroke times collect in window.keystrokeTimes. */
    focusMiddle(count) {
      const fields = container.querySelector('form').children;
      fields[Math.floor(count / 2)].querySelector?.('input')?.focus() ?? fields[Math.floor(count / 2)].focus();
      if (document.activeElement === document.body) fields[Math.floor(count / 2)].focus();
      window.keystrokeTimes = [];
      listeners?.abort();
      listeners = new AbortController();
      const { signal } = listeners;
      let pressed = 0;
      document.addEventListener('keydown', () => (pressed = performance.now()), { capture: true, signal });
      document.addEventListener('input', () => nextPaint().then(() => window.keystrokeTimes.push(performance.now() - pressed)), { capture: true, signal });
    },
  };
}
