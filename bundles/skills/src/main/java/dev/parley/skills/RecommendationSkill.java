package dev.parley.skills;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.host.ProductCatalog;
import dev.parley.api.recommend.Recommendation;
import dev.parley.api.recommend.Recommender;
import dev.parley.api.skill.Skill;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.skill.Slots;
import dev.parley.skills.support.ProductMention;
import dev.parley.skills.support.SkillService;

/**
 * Suggests up to three products, each with the recommender's reason: what goes with a product the
 * customer names (or the one the conversation is about), otherwise what fits the customer's
 * purchases, and for an anonymous sender what is popular. Suggestions are a courtesy: without a
 * {@link Recommender}, or when it fails or knows nothing yet, the customer gets a polite answer
 * without them, never an error or a handoff.
 */
@Component(service = Skill.class)
@SkillService(name = RecommendationSkill.NAME, intents = "product_recommendation")
public final class RecommendationSkill implements Skill {

    static final String NAME = "recommendation";
    static final int SUGGESTIONS = 3;
    /**
     * The id the recommender is asked with for an anonymous sender: no customer has it, so the
     * answer is its cold start (popular items), and no one's purchases are shown to a stranger.
     */
    static final String ANONYMOUS = "parley:anonymous";

    static final String NONE = "I'm sorry, I don't have any product suggestions for you right now."
            + " I can check whether a product is in stock, or help with your orders.";

    private static final Logger LOG = LoggerFactory.getLogger(RecommendationSkill.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Recommender recommender;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ProductCatalog catalog;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SkillResult handle(SkillContext context) {
        Recommender current = recommender;
        if (current == null) {
            LOG.debug("Conversation {}: no recommender installed, answered without suggestions",
                    context.conversationId());
            return noSuggestions("");
        }
        try {
            return suggest(context, current);
        } catch (RuntimeException e) {
            // the exception's message may name products the customer asked about: its type only
            LOG.warn("Skill {}: the recommender failed with {}; answered without suggestions", NAME,
                    e.getClass().getName());
            LOG.debug("Skill {} recommender failure", NAME, e);
            return noSuggestions("");
        }
    }

    private SkillResult suggest(SkillContext context, Recommender current) {
        Optional<ProductMention> product = ProductMention.find(context, catalog);
        String notKnown = "";
        if (product.isPresent()) {
            List<Recommendation> related = current.relatedTo(product.get().sku(), SUGGESTIONS);
            LOG.debug("Conversation {}: {} suggestion(s) related to {}", context.conversationId(), related.size(),
                    product.get().sku());
            if (!related.isEmpty()) {
                return list("Here are some ideas to go with the " + product.get().title() + ":", related)
                        .withSlotUpdates(Map.of(Slots.PRODUCT, product.get().sku()));
            }
            notKnown = "I don't have suggestions to go with the " + product.get().title() + " yet. ";
        }
        Optional<String> customerId = context.customer().map(c -> c.id());
        List<Recommendation> items = current.forCustomer(customerId.orElse(ANONYMOUS), SUGGESTIONS);
        LOG.debug("Conversation {}: {} {} suggestion(s)", context.conversationId(), items.size(),
                customerId.isPresent() ? "personal" : "popular");
        if (items.isEmpty()) {
            return noSuggestions(notKnown);
        }
        // no name here: on a conversation's first turn the assistant's welcome already greets by name
        String head = customerId.isPresent() ? "Here are some ideas for you:"
                : "Here are some of our customers' favourites:";
        return list(notKnown + head, items);
    }

    private static SkillResult list(String head, List<Recommendation> items) {
        StringBuilder text = new StringBuilder(head);
        for (Recommendation item : items) {
            text.append("\n- ").append(displayName(item));
            if (item.title() != null) {
                text.append(" (").append(item.itemId()).append(')');
            }
            if (item.reason() != null && !item.reason().isBlank()) {
                text.append(": ").append(item.reason());
            }
        }
        String[] choices = items.stream().map(item -> "Is the " + displayName(item) + " in stock?")
                .toArray(String[]::new);
        return SkillResult.answer(text.toString(), choices);
    }

    /** The item as the customer reads it: its title, else its code. */
    static String displayName(Recommendation item) {
        return item.title() == null || item.title().isBlank() ? item.itemId() : item.title();
    }

    private static SkillResult noSuggestions(String prefix) {
        return SkillResult.answer(prefix.isEmpty() ? NONE : prefix + "I'm sorry, I have no other suggestions right now."
                + " I can check whether a product is in stock, or help with your orders.",
                "Is a product in stock?", "Where is my order?");
    }
}
