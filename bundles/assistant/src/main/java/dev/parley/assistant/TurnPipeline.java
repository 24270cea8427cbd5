package dev.parley.assistant;

import dev.parley.api.ParleyException;
import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.conversation.InvalidMessageException;
import dev.parley.api.conversation.Reply;
import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationStore;
import dev.parley.api.store.DuplicateMessageException;
import dev.parley.api.store.StaleConversationException;
import dev.parley.api.store.Turn;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of one message: validation, idempotency on its id, the conversation it belongs to,
 * the turn, and saving it before the reply is returned. A turn based on a conversation that
 * another node changed meanwhile is redone on a fresh read, a bounded number of times.
 */
final class TurnPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(TurnPipeline.class);

    private final AssistantSettings settings;
    private final ConversationResolver resolver = new ConversationResolver();
    private final TurnHandler handler;

    TurnPipeline(AssistantSettings settings, Clock clock) {
        this.settings = settings;
        this.handler = new TurnHandler(settings, clock);
    }

    Reply handle(IncomingMessage message, Services services) {
        long start = System.nanoTime();
        validate(message);
        ConversationStore store = services.store();
        try {
            for (int attempt = 0; attempt <= settings.staleRetries(); attempt++) {
                Optional<Turn> earlier = store.findTurn(message.channel(), message.messageId());
                if (earlier.isPresent()) {
                    return replay(message, earlier.get());
                }
                Conversation conversation = resolver.resolve(message, store);
                HandledTurn handled = handler.handle(new TurnInput(conversation, message, locale(message, conversation),
                        services), start);
                try {
                    store.saveTurn(conversation, handled.turn());
                    return handled.reply();
                } catch (StaleConversationException e) {
                    LOG.debug("Conversation {} changed while message {} was handled (attempt {}); handling it anew",
                            conversation.id(), message.messageId(), attempt + 1);
                } catch (DuplicateMessageException e) {
                    // Another node handled the same message meanwhile: its reply is the one.
                    return replay(message, store.findTurn(message.channel(), message.messageId())
                            .orElseThrow(() -> e));
                }
            }
        } catch (ParleyException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("Message {} of channel {} could not be handled; nothing was stored", message.messageId(),
                    message.channel(), e);
            throw new ParleyException("the assistant failed on message " + message.messageId()
                    + "; nothing was stored, retry later with the same message id (see the log)", e);
        }
        LOG.warn("Message {} of channel {}: its conversation kept changing during {} attempts; nothing was stored",
                message.messageId(), message.channel(), settings.staleRetries() + 1);
        throw new ParleyException("conversation of message " + message.messageId() + " kept changing while it was"
                + " handled; nothing was stored, retry with the same message id");
    }

    private void validate(IncomingMessage message) {
        int length = message.text().length();
        if (length > settings.maxTextLength()) {
            throw new InvalidMessageException("text has " + length + " chars; the maximum is "
                    + settings.maxTextLength() + " (" + AssistantComponent.PID + " maxTextLength): shorten or split"
                    + " the message");
        }
    }

    private static Reply replay(IncomingMessage message, Turn earlier) {
        if (!earlier.customerMessage().text().equals(message.text())) {
            throw new InvalidMessageException("message id " + message.messageId() + " was used before in channel "
                    + message.channel() + " for a different text; give every message its own id");
        }
        LOG.debug("Message {} of channel {} was handled before: returning the stored reply", message.messageId(),
                message.channel());
        return TurnRecorder.replay(earlier);
    }

    private Locale locale(IncomingMessage message, Conversation conversation) {
        if (message.locale() != null) {
            return message.locale();
        }
        return conversation.locale() != null ? conversation.locale() : settings.defaultLocale();
    }
}
