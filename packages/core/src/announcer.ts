export type Politeness = 'polite' | 'assertive';

const ANNOUNCER_ATTRIBUTE = 'data-kith-announcer';
/** Long enough for screen readers to notice the region was emptied before new text arrives. */
const SETTLE_MS = 50;
/** Old messages are cleared so that a user who browses to the region does not find stale text. */
const CLEAR_AFTER_MS = 7000;

const timers = new WeakMap<HTMLElement, number[]>();
/** Every element that announces asks for the announcer when it connects: a lookup, not a search of the document each time. */
const announcers = new WeakMap<Document, HTMLElement>();

function hideVisually(element: HTMLElement): void {
  // CSSOM assignments, not a style attribute, so a strict style-src CSP does not block them.
  Object.assign(element.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: '0',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: '0',
  });
}

function createRegion(doc: Document, politeness: Politeness): HTMLElement {
  const region = doc.createElement('div');
  region.setAttribute('aria-live', politeness);
  region.setAttribute('aria-atomic', 'true');
  region.setAttribute('data-politeness', politeness);
  return region;
}

/**
 * Returns the one light-DOM announcer of the document, creating it if needed.
 * Live regions must exist before their content changes or screen readers miss the
 * first message, so every element that announces calls this when it connects.
 */
export function ensureAnnouncer(doc: Document = document): HTMLElement {
  const known = announcers.get(doc);
  if (known?.isConnected) return known;
  const existing = doc.querySelector<HTMLElement>(`[${ANNOUNCER_ATTRIBUTE}]`);
  if (existing) {
    announcers.set(doc, existing);
    return existing;
  }
  const announcer = doc.createElement('div');
  announcer.setAttribute(ANNOUNCER_ATTRIBUTE, '');
  hideVisually(announcer);
  announcer.append(createRegion(doc, 'polite'), createRegion(doc, 'assertive'));
  (doc.body ?? doc.documentElement).append(announcer);
  announcers.set(doc, announcer);
  return announcer;
}

/**
 * Speaks a message through the shared live region. Polite messages wait for the
 * screen reader to finish; assertive ones interrupt and are for errors only.
 */
export function announce(message: string, { politeness = 'polite' }: { politeness?: Politeness } = {}): void {
  if (typeof message !== 'string') throw new TypeError('announce: message must be a string');
  const region = ensureAnnouncer().querySelector<HTMLElement>(`[data-politeness="${politeness}"]`);
  if (!region) return;
  for (const timer of timers.get(region) ?? []) clearTimeout(timer);
  // Emptying first makes a repeated identical message count as a change.
  region.textContent = '';
  const settle = window.setTimeout(() => {
    region.textContent = message;
  }, SETTLE_MS);
  const clear = window.setTimeout(() => {
    region.textContent = '';
  }, SETTLE_MS + CLEAR_AFTER_MS);
  timers.set(region, [settle, clear]);
}
