package dev.parley.skills;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import dev.parley.api.host.Product;
import dev.parley.api.host.ProductCatalog;
import dev.parley.api.knowledge.KnowledgeBase;
import dev.parley.api.knowledge.KnowledgeHit;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.skill.Skill;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.skill.Slots;
import dev.parley.skills.support.Formats;
import dev.parley.skills.support.Replies;
import dev.parley.skills.support.SkillService;
import dev.parley.skills.support.Turns;

/**
 * Says whether a product is in stock, from the host's {@link ProductCatalog} when there is one,
 * and otherwise (or for a product the catalogue does not know) from the knowledge base.
 */
@Component(service = Skill.class)
@SkillService(name = ProductAvailabilitySkill.NAME, intents = "product_availability")
public final class ProductAvailabilitySkill extends HostSkill {

    static final String NAME = "product-availability";
    private static final int SUGGESTIONS = 3;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ProductCatalog catalog;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile KnowledgeBase knowledge;

    public ProductAvailabilitySkill() {
        super(NAME);
    }


    @Override
    SkillResult turn(SkillContext context) {
        Optional<String> named = Turns.entity(context, EntityTypes.PRODUCT_CODE);
        String question = context.message().text();
        ProductCatalog products = catalog;
        if (products != null) {
            Optional<Product> exact = named.flatMap(products::findBySku);
            if (exact.isPresent()) {
                return remembered(availability(exact.get()), exact.get());
            }
            List<Product> similar = products.search(question, SUGGESTIONS);
            if (!similar.isEmpty()) {
                return suggestions(named, similar);
            }
            // a follow-up such as "when will it be back?" is about the product of the last turn
            Optional<Product> earlier = named.isEmpty()
                    ? Turns.slot(context, Slots.PRODUCT).flatMap(products::findBySku) : Optional.empty();
            if (earlier.isPresent()) {
                return remembered(availability(earlier.get()), earlier.get());
            }
        }
        return fromKnowledge(named, question, products != null);
    }

    private static SkillResult remembered(SkillResult result, Product product) {
        return result.withSlotUpdates(Map.of(Slots.PRODUCT, product.sku()));
    }

    private static SkillResult availability(Product product) {
        String name = product.title() + " (" + product.sku() + ")";
        if (product.inStock() > 0) {
            String price = product.price() == null || product.currency() == null ? ""
                    : " It costs " + Formats.money(product.price(), product.currency()) + ".";
            return SkillResult.answer("Yes, " + name + " is in stock." + price, "Shipping costs", "Delivery time");
        }
        String restock = product.restockDate() == null ? " I don't have a restock date yet."
                : " We expect more on " + Formats.weekday(product.restockDate()) + ".";
        return SkillResult.answer("Sorry, " + name + " is out of stock right now." + restock,
                "Something similar", Replies.TALK_TO_PERSON);
    }

    private static SkillResult suggestions(Optional<String> code, List<Product> similar) {
        if (code.isEmpty() && similar.size() == 1) {
            return remembered(availability(similar.get(0)), similar.get(0));
        }
        StringBuilder text = new StringBuilder(code.map(c -> "I couldn't find a product with the code " + c + ". ")
                .orElse("")).append("These might be what you're looking for:");
        for (Product product : similar) {
            text.append("\n- ").append(product.title()).append(" (").append(product.sku()).append("): ")
                    .append(product.inStock() > 0 ? "in stock" : "out of stock");
        }
        String[] choices = similar.stream().map(Product::sku).limit(SUGGESTIONS).toArray(String[]::new);
        return SkillResult.answer(text.toString(), choices).withSlotUpdates(Map.of(Slots.PRODUCT, ""));
    }

    private SkillResult fromKnowledge(Optional<String> code, String question, boolean searchedCatalog) {
        KnowledgeBase kb = knowledge;
        List<KnowledgeHit> hits = kb == null ? List.of() : kb.search(question, 1);
        String notFound = !searchedCatalog ? ""
                : code.map(c -> "I couldn't find a product with the code " + c + ". ")
                        .orElse("I couldn't find that product in our catalogue. ");
        if (hits.isEmpty()) {
            if (!searchedCatalog) {
                // nothing to answer from: the assistant tries its own fallbacks or a person
                return SkillResult.failed("no product catalogue and no knowledge article about the product");
            }
            return SkillResult.answer(notFound + "Could you send me the product code from the product page?",
                    Replies.TALK_TO_PERSON).withSlotUpdates(Map.of(Slots.PRODUCT, ""));
        }
        KnowledgeHit hit = hits.get(0);
        return SkillResult.answer(notFound + "This may help: " + hit.title() + "\n" + hit.passage()
                + (hit.url() == null ? "" : "\n" + hit.url()), "That helps, thanks", Replies.TALK_TO_PERSON)
                .withSlotUpdates(Map.of(Slots.PRODUCT, ""));
    }
}
