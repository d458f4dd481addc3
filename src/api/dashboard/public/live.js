// Live updates. Follows the API's `eventAdded` subscription (SSE) and calls `onChange` for each
// event the worker writes. Feature detection by asking: when the server refuses the subscription
// (a schema without `eventAdded`) the page polls instead, every 30 s. A stream that drops is
// reopened after 5 s, with polling meanwhile.

/** How often to reload without a subscription, ms. @default 30000 */
export const POLL_MS = 30_000;
/** Wait before reopening a dropped stream, ms. @default 5000 */
export const RECONNECT_MS = 5_000;

/**
 * @param {ReturnType<import('./api.js').createClient>} client
 * @param {{ onChange(event: object | null): void, onMode(mode: 'connecting' | 'live' | 'polling'): void }} handlers
 * @returns {() => void} stops everything
 */
export function startLive(client, { onChange, onMode }) {
  const abort = new AbortController();
  let pollTimer = null;

  const startPolling = () => {
    if (pollTimer === null) pollTimer = setInterval(() => onChange(null), POLL_MS);
    onMode('polling');
  };
  const stopPolling = () => {
    clearInterval(pollTimer);
    pollTimer = null;
  };
  const onOpen = () => {
    stopPolling();
    onMode('live');
  };

  async function follow() {
    onMode('connecting');
    while (!abort.signal.aborted) {
      try {
        await client.subscribeEventAdded({ onOpen, onEvent: onChange }, abort.signal);
      } catch (err) {
        if (abort.signal.aborted) return;
        if (err?.codes?.includes('UNSUPPORTED')) return startPolling(); // for good
      }
      if (abort.signal.aborted) return;
      startPolling();
      await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
    }
  }

  void follow();
  return () => {
    abort.abort();
    stopPolling();
  };
}
