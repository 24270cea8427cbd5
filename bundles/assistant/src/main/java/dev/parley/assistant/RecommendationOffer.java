package dev.parley.assistant;

import dev.parley.api.host.Order;
import dev.parley.api.host.OrderLine;
import dev.parley.api.host.OrderStatus;
import dev.parley.api.nlp.Emotion;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentLabel;
import dev.parley.api.recommend.Recommendation;
import dev.parley.api.recommend.Recommender;
import dev.parley.api.skill.SkillOutcome;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.skill.Slots;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a skill told the customer about one of their orders (order status, tracking), adds one
 * suggestion for an item of that order: "Customers who bought the Blue rain jacket also liked the
 * Storm umbrella." It is a courtesy, so it holds back readily: at most once per conversation
 * (the private slot {@value #OFFERED}), only for the sender's own order that is still coming or
 * has arrived, not while the customer sounds unhappy, and any failure just leaves it out.
 */
final class RecommendationOffer {

    /** Private slot: the item offered in this conversation, so it is offered only once. */
    static final String OFFERED = "assistant.recommended";
    /** The quick reply that asks the recommendation skill for more. */
    static final String MORE = "More suggestions";

    private static final Logger LOG = LoggerFactory.getLogger(RecommendationOffer.class);
    /** A cancelled, returned or refunded order is no moment to sell more. */
    private static final Set<OrderStatus> STILL_WANTED = EnumSet.of(OrderStatus.PENDING, OrderStatus.PAID,
            OrderStatus.PROCESSING, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
    /** Related items asked per order line: some may already be in the order. */
    private static final int CANDIDATES = 5;
    private static final Set<Emotion> UPSET_EMOTIONS = EnumSet.of(Emotion.ANGER, Emotion.FRUSTRATION,
            Emotion.SADNESS, Emotion.FEAR);

    private final AssistantSettings settings;

    RecommendationOffer(AssistantSettings settings) {
        this.settings = settings;
    }

    /**
     * Adds the suggestion to the draft's reply when this turn qualifies.
     *
     * @param skill the skill that answered the turn
     * @param result what it answered
     */
    void afterSkill(SkillRegistry.Entry skill, SkillResult result, TurnInput turn, Nlu nlu, Identity identity,
            TurnDraft draft) {
        if (!settings.offerRecommendations() || result.outcome() != SkillOutcome.ANSWERED
                || draft.slots.containsKey(OFFERED) || upset(nlu)
                || skill.intents().stream().noneMatch(settings.recommendAfterIntents()::contains)) {
            return;
        }
        Services services = turn.services();
        String orderNumber = draft.slots.get(Slots.ORDER_NUMBER);
        if (services.recommender() == null || services.orders() == null || identity.customer().isEmpty()
                || orderNumber == null) {
            return;
        }
        try {
            Optional<Order> order = services.orders().findOrder(orderNumber)
                    .filter(o -> identity.customerId().equals(o.customerId()))
                    .filter(o -> STILL_WANTED.contains(o.status()));
            order.flatMap(o -> suggestion(o, services.recommender())).ifPresent(s -> offer(s, turn, draft));
        } catch (RuntimeException e) {
            // messages of host or recommender failures may name products: the type only above DEBUG
            LOG.warn("No suggestion after the order answer: {} failed", e.getClass().getName());
            LOG.debug("Suggestion after the order answer failed in conversation {}", turn.conversation().id(), e);
        }
    }

    /** An item bought with this order, and the item of the order it goes with. */
    private record Suggestion(OrderLine bought, Recommendation item) {
    }

    private static Optional<Suggestion> suggestion(Order order, Recommender recommender) {
        Set<String> inOrder = order.lines().stream().map(OrderLine::sku).collect(Collectors.toSet());
        for (OrderLine line : order.lines()) {
            List<Recommendation> related = recommender.relatedTo(line.sku(), CANDIDATES);
            Optional<Recommendation> fresh = related.stream().filter(r -> !inOrder.contains(r.itemId())).findFirst();
            if (fresh.isPresent()) {
                return Optional.of(new Suggestion(line, fresh.get()));
            }
        }
        return Optional.empty();
    }

    private static void offer(Suggestion suggestion, TurnInput turn, TurnDraft draft) {
        String bought = suggestion.bought().title() == null ? suggestion.bought().sku() : suggestion.bought().title();
        Recommendation item = suggestion.item();
        String liked = item.title() == null || item.title().isBlank() ? item.itemId() : item.title();
        draft.text = draft.text + "\n\nCustomers who bought the " + bought + " also liked the " + liked + ".";
        if (draft.quickReplies.size() < ReplyComposer.MAX_QUICK_REPLIES && !draft.quickReplies.contains(MORE)) {
            draft.quickReplies = append(draft.quickReplies, MORE);
        }
        // the product the suggestion was about becomes the one the conversation is about, so that
        // "what else would go with it?" or "is it in stock?" refer to it
        draft.slots = DialogueManager.withUpdates(draft.slots,
                Map.of(OFFERED, item.itemId(), Slots.PRODUCT, suggestion.bought().sku()));
        LOG.debug("Conversation {}: suggested {} after the order answer", turn.conversation().id(), item.itemId());
    }

    /**
     * A sales line is unwelcome to a customer who is annoyed, sad or worried, even when the words
     * alone score neutral ("WHERE IS MY ORDER???").
     */
    private static boolean upset(Nlu nlu) {
        Sentiment sentiment = nlu.sentiment();
        return sentiment != null && (sentiment.label() == SentimentLabel.NEGATIVE
                || UPSET_EMOTIONS.contains(sentiment.emotion()));
    }

    private static List<String> append(List<String> replies, String reply) {
        return java.util.stream.Stream.concat(replies.stream(), java.util.stream.Stream.of(reply)).toList();
    }
}
