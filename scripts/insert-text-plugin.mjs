// A @web/test-runner command that types text into the focused element the way an IME or a
// paste does: CDP Input.insertText, so the browser's own editing code handles every code
// unit (sendKeys cannot type emoji sequences, control characters or 100 KB in reasonable time).
export function insertTextPlugin() {
  return {
    name: 'kith-insert-text',
    async executeCommand({ command, payload, session }) {
      if (command !== 'kith-insert-text') return undefined;
      if (typeof payload?.text !== 'string') throw new TypeError('kith-insert-text: payload.text must be a string');
      const page = session.browser.getPage(session.id);
      const client = await page.createCDPSession();
      try {
        await client.send('Input.insertText', { text: payload.text });
        return true;
      } finally {
        await client.detach();
      }
    },
  };
}
