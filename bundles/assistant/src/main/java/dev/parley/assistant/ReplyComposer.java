package dev.parley.assistant;

import dev.parley.api.knowledge.KnowledgeHit;
import dev.parley.api.nlp.ScoredIntent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The assistant's own texts (when no skill answers) and the rule that every reply carries one to
 * four quick replies.
 */
final class ReplyComposer {

    static final int MAX_QUICK_REPLIES = 4;
    static final String TALK_TO_PERSON = "Talk to a person";
    static final List<String> DEFAULT_QUICK_REPLIES = List.of("Where is my order?", "Return an item", TALK_TO_PERSON);
    /** Alternatives weaker than this are not worth offering. */
    private static final double SUGGESTABLE = 0.15;

    private ReplyComposer() {
    }

    /** A message nobody understood: ask again, offer likely topics, related articles and a person. */
    static Composed notUnderstood(Nlu nlu, List<KnowledgeHit> related) {
        StringBuilder text = new StringBuilder("I'm not sure I understood that. Could you say it in other words?"
                + " I can help with orders, deliveries, returns and your account, or put you through to a person.");
        List<String> replies = new ArrayList<>();
        for (ScoredIntent alternative : nlu.understanding().intent().alternatives()) {
            if (alternative.confidence() >= SUGGESTABLE && replies.size() < 2) {
                IntentPhrases.quickReply(alternative.intent()).ifPresent(replies::add);
            }
        }
        addRelated(text, related, replies);
        replies.add(TALK_TO_PERSON);
        return new Composed(text.toString(), replies);
    }

    /** Answers to small talk for when no small-talk skill is installed. */
    private static final Map<String, String> SMALL_TALK = Map.of(
            "greeting", "Hello! How can I help you today?",
            "thanks", "You're welcome! Is there anything else I can do for you?",
            "goodbye", "Goodbye, and thanks for getting in touch!",
            "affirm", "OK. What can I do for you?",
            "deny", "OK. What can I do for you?");

    /** An understood request no installed skill handles: say so, and offer a person. */
    static Composed noSkill(String intent, List<KnowledgeHit> related) {
        if (SMALL_TALK.containsKey(intent)) {
            return new Composed(SMALL_TALK.get(intent), DEFAULT_QUICK_REPLIES);
        }
        StringBuilder text = new StringBuilder("I can't help with " + IntentPhrases.topic(intent)
                + " here yet, but a person from our team can.");
        List<String> replies = new ArrayList<>();
        addRelated(text, related, replies);
        replies.add(TALK_TO_PERSON);
        return new Composed(text.toString(), replies);
    }

    /** A skill failed after the conversation was with a person before: no second handoff. */
    static Composed cannotNow() {
        return new Composed("I'm sorry, I can't do that right now. Please try again in a little while,"
                + " or ask for a person.", List.of(TALK_TO_PERSON));
    }

    static Composed niceToMeet(String name) {
        return new Composed("Nice to meet you, " + name + "! How can I help you today?", DEFAULT_QUICK_REPLIES);
    }

    /** One to four distinct quick replies: the given ones, else sensible defaults. */
    static List<String> quickReplies(List<String> given, boolean awaitingInput) {
        Set<String> distinct = new LinkedHashSet<>();
        given.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).forEach(distinct::add);
        if (distinct.isEmpty()) {
            // A question waits for a typed answer; still offer the way out.
            return awaitingInput ? List.of(TALK_TO_PERSON) : DEFAULT_QUICK_REPLIES;
        }
        return distinct.stream().limit(MAX_QUICK_REPLIES).toList();
    }

    private static void addRelated(StringBuilder text, List<KnowledgeHit> related, List<String> replies) {
        // Room is left for "Talk to a person" within the four quick replies.
        int room = Math.max(0, Math.min(2, MAX_QUICK_REPLIES - 1 - replies.size()));
        List<String> titles = related.stream().map(KnowledgeHit::title).distinct().limit(room).toList();
        if (!titles.isEmpty()) {
            text.append(" These help articles might be related: ").append(String.join("; ", titles)).append('.');
            replies.addAll(titles);
        }
    }

    /** A reply text with its quick replies. */
    record Composed(String text, List<String> quickReplies) {
    }
}
