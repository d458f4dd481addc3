// Live updates for the `eventAdded` subscription. One in-process pub/sub (graphql-yoga's
// createPubSub): the worker and the server must run in the same process (as `npm start` does)
// for a dashboard to see events live; a separate `khabar worker` process publishes to nobody.
import { createPubSub } from 'graphql-yoga';

/** What the worker announces after it committed an article's graph. */
export type EventAddedPayload =
  /** The events written (new or changed) for this article: the subscription reads them from the graph. */
  | { articleId: string }
  /** These events were written. */
  | { eventIds: readonly string[] };

export const pubsub = createPubSub<{ eventAdded: [payload: EventAddedPayload] }>();

/**
 * Tells subscribers that events were written. Call it after the transaction that wrote them has
 * committed (not inside it: a subscriber reads them back from the graph).
 * EXAMPLE: publishEventAdded({ articleId: 'u-3f1c…' })
 */
export function publishEventAdded(payload: EventAddedPayload): void {
  pubsub.publish('eventAdded', payload);
}
