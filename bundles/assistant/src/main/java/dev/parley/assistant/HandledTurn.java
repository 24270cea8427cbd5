package dev.parley.assistant;

import dev.parley.api.conversation.Reply;
import dev.parley.api.store.Turn;

/**
 * A message handled but not yet saved: the turn to store and the reply to return once it is.
 *
 * @param turn what the store saves
 * @param reply what the host gets
 */
record HandledTurn(Turn turn, Reply reply) {
}
