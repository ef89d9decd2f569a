import { announce, ensureAnnouncer, type Politeness } from '../announcer.js';

/**
 * Records every non-empty message the page's live region of one politeness is given, from now
 * until `stop()`: what a screen reader would be told. Clears the region first, so a message
 * said before the recording starts is not counted.
 */
export function recordAnnouncements(politeness: Politeness = 'polite'): { messages: string[]; stop: () => void } {
  announce('', { politeness });
  const region = ensureAnnouncer().querySelector(`[data-politeness="${politeness}"]`)!;
  const messages: string[] = [];
  const observer = new MutationObserver(() => {
    if (region.textContent) messages.push(region.textContent);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { messages, stop: () => observer.disconnect() };
}
