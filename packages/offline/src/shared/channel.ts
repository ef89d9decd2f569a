/** What one tab tells the others about a named offline store. */
export type ChannelMessage =
  | { kind: 'drafts' }
  | { kind: 'outbox'; sending?: number; lastSentAt?: number | null }
  | { kind: 'cleared' };

/**
 * A BroadcastChannel per store name. Tabs never trust a message's data for counts: a
 * message only says "look again", and each tab reads the same database, so every tab
 * shows the same numbers.
 */
export function openChannel(name: string, onMessage: (message: ChannelMessage) => void): { post(message: ChannelMessage): void; close(): void } {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(`kith-offline:${name}`);
  channel.onmessage = (event: MessageEvent<ChannelMessage>) => onMessage(event.data);
  let open = true;
  return {
    // Work finishing after close() (a send in flight) has no one left to tell.
    post: (message) => open && channel.postMessage(message),
    close: () => {
      open = false;
      channel.close();
    },
  };
}
