package dev.parley.adapter.jdbc;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.parley.api.ParleyException;
import dev.parley.api.conversation.Assistant;
import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.conversation.Reply;

/**
 * An assistant that keeps the real one's contract — a message id handled before returns the
 * stored reply — and records what it was asked; it can be made unavailable.
 */
final class RecordingAssistant implements Assistant {

    final List<IncomingMessage> handled = new CopyOnWriteArrayList<>();
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    volatile boolean down;

    @Override
    public Reply handle(IncomingMessage message) {
        if (down) {
            throw new ParleyException("the conversation store is not available");
        }
        return replies.computeIfAbsent(message.channel() + "/" + message.messageId(), key -> {
            handled.add(message);
            return new Reply("conversation-" + message.conversationId(), "Answer to " + message.messageId(), null, null,
                    null, null, false, null);
        });
    }
}
