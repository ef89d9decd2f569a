/**
 * Makes every IndexedDB put fail as it does on a full disk: the request errors with a
 * QuotaExceededError and its transaction is aborted, so nothing is written. For tests of what a
 * form tells the user when the device cannot keep their answers. Returns the undo.
 */
export function failPutsWithQuota(): () => void {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const request = put.apply(this, args);
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    Object.defineProperty(request, 'error', { get: () => quota });
    request.addEventListener(
      'success',
      (event) => {
        event.stopImmediatePropagation();
        request.dispatchEvent(new Event('error'));
        this.transaction.abort();
      },
      { once: true },
    );
    return request;
  };
  return () => {
    IDBObjectStore.prototype.put = put;
  };
}

/**
 * Closes the page as a browser does when a tab is closed straight after typing: `pagehide` fires,
 * and nothing the page starts then reaches IndexedDB (the browser ends the page first). Resolves
 * once the form's saves have run.
 */
export async function closePageBeforeSavesLand(form: { draftSaved(): Promise<void> }): Promise<void> {
  const undo = failPutsWithQuota();
  try {
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    await form.draftSaved();
  } finally {
    undo();
  }
}
