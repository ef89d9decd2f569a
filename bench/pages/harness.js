// The measuring side of a bench page: render→paint and keystroke→frame for any builder.
// Performance marks bracket each render and each keystroke, so a trace can sum the CPU time between them.
export const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function createHarness(container, builders) {
  let listeners;
  let waiting;
  return {
    async render(mode, count) {
      container.replaceChildren();
      await nextPaint();
      const start = performance.now();
      performance.mark('render-start');
      const form = document.createElement('form');
      for (let i = 0; i < count; i++) form.append(builders[mode](i));
      container.append(form);
      await nextPaint();
      performance.mark('render-painted');
      return performance.now() - start;
    },
    /**
     * Focuses the middle field's text box; keystroke times collect in window.keystrokeTimes,
     * and keystroke n is bracketed by the marks `key-n-start` and `key-n-painted`.
     */
    focusMiddle(count) {
      const fields = container.querySelector('form').children;
      fields[Math.floor(count / 2)].querySelector?.('input')?.focus() ?? fields[Math.floor(count / 2)].focus();
      if (document.activeElement === document.body) fields[Math.floor(count / 2)].focus();
      window.keystrokeTimes = [];
      listeners?.abort();
      listeners = new AbortController();
      const { signal } = listeners;
      let pressed = 0;
      let keys = 0;
      const onKeydown = () => {
        pressed = performance.now();
        performance.mark(`key-${++keys}-start`);
      };
      const onInput = async () => {
        const [key, at] = [keys, pressed];
        await nextPaint();
        performance.mark(`key-${key}-painted`);
        window.keystrokeTimes.push(performance.now() - at);
        if (waiting && window.keystrokeTimes.length >= waiting.count) waiting.resolve();
      };
      document.addEventListener('keydown', onKeydown, { capture: true, signal });
      document.addEventListener('input', onInput, { capture: true, signal });
    },
    /** Resolves once `count` keystrokes have reached a painted frame (without polling, which would add work to the page). */
    keystrokesPainted(count) {
      if (window.keystrokeTimes.length >= count) return Promise.resolve();
      return new Promise((resolve) => (waiting = { count, resolve }));
    },
  };
}
