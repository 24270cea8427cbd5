package dev.parley.it.sample.rest;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.parley.api.conversation.Assistant;
import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.conversation.InvalidMessageException;
import dev.parley.api.conversation.Reply;
import dev.parley.api.nlp.EntityExtractor;
import dev.parley.api.nlp.ExtractionContext;
import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.SentimentAnalyzer;
import dev.parley.api.nlp.Understanding;
import dev.parley.api.store.Author;
import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationStore;
import dev.parley.api.store.Decision;
import dev.parley.api.store.StoredMessage;
import dev.parley.api.store.Turn;

/**
 * An assistant that keeps the {@link Assistant} contract without skills: it understands the
 * message with the container's real NLP services, answers with the intent it found, stores the
 * turn before replying and returns the stored reply for a message id it handled before. The
 * attribute {@value #DELAY_ATTRIBUTE} delays the first handling of a message, to test time limits. Ranked above
 * the real assistant, so that the REST API's tests control how long a reply takes; the conversation
 * tests exercise the real assistant.
 */
@Component(property = "service.ranking:Integer=1000")
public class EchoAssistant implements Assistant {

    public static final String DELAY_ATTRIBUTE = "it.delayMillis";

    private final ConversationStore store;
    private final IntentClassifier classifier;
    private final EntityExtractor extractor;
    private final SentimentAnalyzer sentiment;

    @Activate
    public EchoAssistant(@Reference ConversationStore store, @Reference IntentClassifier classifier,
            @Reference EntityExtractor extractor, @Reference SentimentAnalyzer sentiment) {
        this.store = store;
        this.classifier = classifier;
        this.extractor = extractor;
        this.sentiment = sentiment;
    }

    @Override
    public Reply handle(IncomingMessage message) {
        var handled = store.findTurn(message.channel(), message.messageId());
        if (handled.isPresent()) {
            StoredMessage reply = handled.get().reply();
            return new Reply(message.conversationId(), reply.text(), reply.quickReplies(), null, null, null, false, null);
        }
        delay(message);
        Conversation conversation = store.find(message.conversationId())
                .orElseThrow(() -> new InvalidMessageException("no conversation " + message.conversationId()));
        Locale locale = message.locale() != null ? message.locale() : Locale.ENGLISH;
        Understanding understanding = new Understanding(classifier.classify(message.text()),
                extractor.extract(message.text(), new ExtractionContext(message.sentAt().atZone(ZoneOffset.UTC), locale)),
                sentiment.analyze(message.text()));
        String text = "Understood: " + understanding.intent().intent() + ", " + understanding.entities().size() + " entities.";
        List<String> quickReplies = List.of("Talk to a human");
        Decision decision = new Decision(understanding.intent().intent(), understanding.intent().confidence(),
                understanding.intent().modelVersion(), understanding.sentiment().score(),
                understanding.sentiment().label().name().toLowerCase(Locale.ROOT), null, null, null, null, null, null, 0);
        StoredMessage customerMessage = new StoredMessage(conversation.id(), 0, Author.CUSTOMER, message.messageId(),
                message.text(), message.sentAt(), null, null);
        StoredMessage reply = new StoredMessage(conversation.id(), 0, Author.ASSISTANT, UUID.randomUUID().toString(), text,
                message.sentAt(), quickReplies, decision);
        store.saveTurn(conversation, new Turn(customerMessage, reply, conversation.state()));
        return new Reply(conversation.id(), text, quickReplies, understanding, null, null, false, null);
    }

    private static void delay(IncomingMessage message) {
        String delay = message.attributes().get(DELAY_ATTRIBUTE);
        if (delay != null) {
            try {
                Thread.sleep(Long.parseLong(delay));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
