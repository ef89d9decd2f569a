// Accessibility checks axe cannot make, run on a story already shown in a page:
// a keyboard walk where every stop has a name (read from Chromium's accessibility tree),
// a visible focus indicator (measured in pixels: a ring with 3:1 contrast against the
// unfocused state), in normal and forced colours, a target of at least 24 by 24 px; and
// reflow at 320 CSS px with no horizontal scrolling.

const MAX_STOPS = 15;
const MIN_TARGET = 24;
const INTERACTIVE_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'button', 'link', 'listbox', 'spinbutton', 'switch', 'slider', 'tab', 'menuitem', 'option', 'DisclosureTriangle', 'row', 'gridcell', 'treeitem']);

const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

/** Runs in the page: counts pixels that changed between two screenshots, and those that changed with 3:1 contrast. */
async function comparePixels(a, b) {
  const load = (src) => new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = reject;
    image.src = `data:image/png;base64,${src}`;
  });
  const [first, second] = await Promise.all([load(a), load(b)]);
  const pixels = (image) => {
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, image.width, image.height).data;
  };
  const [p, q] = [pixels(first), pixels(second)];
  const channel = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  const luminance = (d, i) => 0.2126 * channel(d[i]) + 0.7152 * channel(d[i + 1]) + 0.0722 * channel(d[i + 2]);
  let changed = 0;
  let strong = 0;
  for (let i = 0; i < p.length; i += 4) {
    if (Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]) < 24) continue;
    changed++;
    const [l1, l2] = [luminance(p, i), luminance(q, i)].sort((x, y) => y - x);
    if ((l1 + 0.05) / (l2 + 0.05) >= 3) strong++;
  }
  return { changed, strong };
}

async function describeStop(page, handle) {
  return page.evaluate((element) => {
    let host = element;
    while (host.getRootNode() instanceof ShadowRoot) host = host.getRootNode().host;
    const style = getComputedStyle(element);
    return {
      inRoot: !!document.querySelector('#storybook-root')?.contains(host),
      tag: element.localName,
      host: host.localName,
      // A host with one text control is named by its label; a group (date boxes) by its legend.
      hostLabel:
        !element.closest('fieldset') && host.shadowRoot?.querySelectorAll('input:not([type=radio]):not([type=checkbox]), textarea, select').length === 1
          ? host.getAttribute('label')
          : null,
      inline: style.display === 'inline',
      text: (element.textContent ?? '').trim().slice(0, 40),
    };
  }, handle);
}

/** Where the element is on the document (not the viewport), read in one go so a scroll cannot fall between. */
const documentBox = (element) => {
  const rect = element.getBoundingClientRect();
  return { x: rect.x + window.scrollX, y: rect.y + window.scrollY, width: rect.width, height: rect.height };
};
const sameBox = (a, b) => ['x', 'y', 'width', 'height'].every((key) => Math.abs(a[key] - b[key]) < 0.5);

/** Measures the focus indicator of the focused element; leaves focus where it was. */
async function focusIndicator(page, handle, inline) {
  const margin = 8;
  let box;
  let focused;
  // A page still reacting to focus (a virtualised list settling its scroll position) can
  // move the element while it is photographed: photograph it again once it stays put.
  for (let attempt = 0; attempt < 5; attempt++) {
    box = await handle.evaluate(documentBox);
    if (box.width === 0 || box.height === 0) return { box, strong: 0, needed: 0 };
    const clip = { x: Math.max(0, box.x - margin), y: Math.max(0, box.y - margin), width: box.width + 2 * margin, height: box.height + 2 * margin };
    focused = { clip, image: await page.screenshot({ clip, encoding: 'base64', captureBeyondViewport: true }) };
    if (sameBox(box, await handle.evaluate(documentBox))) break;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  await page.evaluate((element) => element.blur(), handle);
  const unfocused = await page.screenshot({ clip: focused.clip, encoding: 'base64', captureBeyondViewport: true });
  await page.evaluate((element) => element.focus({ preventScroll: true }), handle);
  const { strong } = await page.evaluate(comparePixels, focused.image, unfocused);
  // Enough pixels must change with 3:1 contrast to be seen at once: at least a 2 px bar
  // along the control's longest side. That accepts both GOV.UK focus styles (a yellow
  // outline with a dark inner ring on inputs; a yellow fill with a dark 4 px bar beneath
  // buttons and links) and rejects a missing, faint or 1 px browser ring. A link inside
  // text may wrap over lines, so it needs a 1 px line its own width. 5% allows for the
  // anti-aliased ends of a bar.
  const needed = 0.95 * (inline ? box.width : 2 * Math.max(box.width, box.height));
  return { box, strong, needed: Math.round(needed) };
}

async function keyboardWalk(page, { checkNames }) {
  const problems = [];
  const stops = [];
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  const seen = new Set();
  for (let i = 0; i < MAX_STOPS; i++) {
    await page.keyboard.press('Tab');
    // Let the page finish reacting to focus (a virtualised list renders the rows it scrolled to) before measuring.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const handle = await page.evaluateHandle(deepActive);
    const stop = await describeStop(page, handle).catch(() => null);
    if (!stop || !stop.inRoot) break;
    const key = await page.evaluate((el) => {
      el.__kithWalkId ??= Math.random().toString(36).slice(2);
      return el.__kithWalkId;
    }, handle);
    if (seen.has(key)) break;
    seen.add(key);
    const where = `${stop.host}${stop.host === stop.tag ? '' : ` > ${stop.tag}`} "${stop.text}"`;
    stops.push(where);
    if (checkNames) {
      const node = await page.accessibility.snapshot({ root: handle, interestingOnly: false });
      if (node && INTERACTIVE_ROLES.has(node.role) && !node.name?.trim()) problems.push(`no accessible name: ${where} (role ${node.role})`);
      if (node && stop.hostLabel && ['textbox', 'combobox', 'searchbox'].includes(node.role) && node.name !== stop.hostLabel.trim()) {
        problems.push(`name "${node.name}" does not match the visible label "${stop.hostLabel}": ${where}`);
      }
      const box = await handle.boundingBox();
      if (box && !stop.inline && (box.width < MIN_TARGET - 0.5 || box.height < MIN_TARGET - 0.5)) {
        problems.push(`target ${box.width.toFixed(0)}×${box.height.toFixed(0)} px is under ${MIN_TARGET}×${MIN_TARGET}: ${where}`);
      }
    }
    const { strong, needed } = await focusIndicator(page, handle, stop.inline);
    if (strong < needed) problems.push(`focus indicator too faint (${strong} px changed at 3:1, need ${needed}): ${where}`);
  }
  return { problems, stops };
}

async function reflow(page) {
  const viewport = page.viewport();
  await page.setViewport({ width: 320, height: 640 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.setViewport(viewport);
  return scrollWidth > 321 ? [`scrolls horizontally at 320 px wide (content is ${scrollWidth} px)`] : [];
}

/** Every depth check for the story on screen: [{ check, problems }]. */
export async function depthChecks(page) {
  const walk = await keyboardWalk(page, { checkNames: true });
  await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
  const forced = await keyboardWalk(page, { checkNames: false }).finally(() => page.emulateMediaFeatures([]));
  return [
    { check: 'keyboard: names, visible focus, target size', problems: walk.problems },
    { check: 'forced colours: visible focus', problems: forced.problems.map((p) => `forced colours: ${p}`) },
    { check: 'reflow at 320 px', problems: await reflow(page) },
  ];
}
