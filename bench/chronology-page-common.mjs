// Shared by the two bench pages: times a change from the start of a frame to the paint of
// that frame, and the long tasks the browser saw meanwhile.

const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

/** Resolves with the time after the next frame has painted. */
export function nextPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  });
}

/**
 * Makes a change at the start of a frame (in a requestAnimationFrame callback, where a
 * browser also handles input) and stops the clock when the changed page has been
 * painted: a message posted from the callback is handled after that frame's style,
 * layout and paint. Starting in the frame keeps the wait for the next vsync out of both
 * sides' figures. `change` may return a promise for work that spans several tasks (Kith
 * validates 100,000 entries in slices); the clock then stops at the first paint after it
 * settles. `describe` reads counts afterwards, outside the timing.
 */
export function measure(name, change, describe) {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const start = performance.now();
      performance.mark(`${name}-start`);
      let settled = false;
      const result = Promise.resolve(change()).then(() => (settled = true));
      const finish = async (painted) => {
        performance.mark(`${name}-painted`);
        // Long task entries arrive after the task; give them time.
        await new Promise((done) => setTimeout(done, 100));
        const tasks = longTasks.filter((task) => task.startTime >= start - 1 && task.startTime <= painted);
        resolve({
          ms: painted - start,
          longTasks: tasks.length,
          maxLongTaskMs: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
          ...(await describe()),
        });
      };
      const channel = new MessageChannel();
      channel.port1.onmessage = async () => {
        if (settled) return finish(performance.now());
        await result;
        finish(await nextPaint());
      };
      channel.port2.postMessage(0);
    });
  });
}
