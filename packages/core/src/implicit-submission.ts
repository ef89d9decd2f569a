/**
 * Implicit submission for a control in a shadow root, whose form the browser does not know:
 * pressing Enter in it presses the form's default button (its first submit button in tree
 * order, native or `kith-button`), so validation, the submitter's name and value and
 * kith-button's double-click guard apply as for a click; a disabled default button does
 * nothing. A form without a submit button is submitted only from its one text field.
 *
 * Bind it to the inner control as `@keypress=${submitImplicitly}`: lit calls it with the
 * host (whose `form` is the form owner) as `this`. It listens for `keypress`, where the
 * browser's own implicit submission happens, so it follows the same rules: a page that cancels
 * Enter's `keydown` stops it, and in Chromium Ctrl, Alt or Meta with Enter do not submit.
 */
export function submitImplicitly(this: { form: HTMLFormElement | null }, event: KeyboardEvent): void {
  const form = this.form;
  if (event.key !== 'Enter' || event.isComposing || !form) return;
  let fields = 0;
  for (const element of form.elements as Iterable<HTMLInputElement & { href?: unknown }>) {
    // A kith-button with an href is a link, and does nothing to the form.
    if ((element.type === 'submit' || element.type === 'image') && !element.href) {
      // A disabled button (native or kith-button) ignores click(): nothing is submitted, as natively.
      element.click();
      return;
    }
    // HTML's fields that block implicit submission are the text-like inputs, those that match
    // :read-write (here only while editable); kith-date-input is three of them.
    fields += element.matches('kith-date-input') ? 3 : +element.matches('input:read-write,kith-text-input');
  }
  if (fields < 2 && (event.target as Element).matches(':read-write')) form.requestSubmit();
}
