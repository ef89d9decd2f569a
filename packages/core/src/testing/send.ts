/**
 * A host's request that a test settles by hand: pass `sending` to a send event's `waitUntil()`,
 * check what the element shows meanwhile, then `resolve()` (stored) or `reject()` (it failed).
 */
export function hostRequest(): { sending: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const sending = new Promise<void>((stored, failed) => {
    resolve = stored;
    reject = failed;
  });
  return { sending, resolve, reject };
}

/**
 * Navigates an iframe and resolves with its document once the page has loaded and `tagName` is
 * defined in it: for tests of what the browser restores when the user comes back with Back.
 */
export async function navigateFrame(frame: HTMLIFrameElement, navigate: () => void, tagName: string): Promise<Document> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  navigate();
  await loaded;
  // A navigation started before the page has completely loaded (the task after load) replaces its history entry.
  await new Promise((resolve) => setTimeout(resolve));
  const win = frame.contentWindow!;
  await win.customElements.whenDefined(tagName);
  return win.document;
}

/**
 * The heading and the sentence of the draft banner (`kith-draft-restore`) that a form shows in its
 * shadow root, once the banner has rendered. Fails the test when the form shows no banner.
 */
export async function draftBannerWords(form: Element): Promise<[string, string]> {
  const banner = form.shadowRoot?.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('kith-draft-restore');
  if (!banner) throw new Error('the form offers no draft: it shows no kith-draft-restore');
  await banner.updateComplete;
  const text = (part: string) => banner.shadowRoot!.querySelector(`[part="${part}"]`)!.textContent!.trim();
  return [text('title'), text('message')];
}
