package dev.parley.skills.support;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.host.HostUnavailableException;
import dev.parley.api.host.Product;
import dev.parley.api.host.ProductCatalog;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.Slots;

/**
 * The product a message is about: one named by its code, one whose title the message mentions
 * (through the host's {@link ProductCatalog}), or, for a message that points back ("what goes
 * with this?", "something similar"), the product the conversation was about. A catalogue that
 * cannot be reached only means no title match: the turn goes on without it.
 *
 * @param sku the product's code
 * @param title its name for the customer; the code when the catalogue does not know it
 */
public record ProductMention(String sku, String title) {

    private static final Logger LOG = LoggerFactory.getLogger(ProductMention.class);

    /** Words that refer to a product mentioned before rather than name one. */
    private static final Pattern REFERS_BACK = Pattern.compile(
            "\\b(this|that|it|these|those|them|similar|alternatives?)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "A gift", "gift ideas": the occasion, not the product "Gift card"; a title search would
     * otherwise match every request for a present.
     */
    private static final Pattern OCCASION = Pattern.compile("\\b(gifts?|presents?)\\b(?!\\s+cards?\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The product this turn is about, if any.
     *
     * @param catalog the host's catalogue, or {@code null} when there is none: then only a code
     *     or the conversation's product count
     */
    public static Optional<ProductMention> find(SkillContext context, ProductCatalog catalog) {
        Optional<String> code = Turns.entity(context, EntityTypes.PRODUCT_CODE);
        if (code.isPresent()) {
            return Optional.of(byCode(code.get(), catalog));
        }
        if (catalog != null) {
            String words = OCCASION.matcher(Turns.textWithout(context, EntityTypes.ORDER_NUMBER, EntityTypes.EMAIL,
                    EntityTypes.PHONE, EntityTypes.TRACKING_NUMBER, EntityTypes.MONEY, EntityTypes.DATE)).replaceAll(" ");
            List<Product> matches = searchQuietly(catalog, words);
            if (!matches.isEmpty()) {
                return Optional.of(new ProductMention(matches.get(0).sku(), matches.get(0).title()));
            }
        }
        if (REFERS_BACK.matcher(context.message().text()).find()) {
            return Turns.slot(context, Slots.PRODUCT).map(sku -> byCode(sku, catalog));
        }
        return Optional.empty();
    }

    private static ProductMention byCode(String code, ProductCatalog catalog) {
        if (catalog == null) {
            return new ProductMention(code, code);
        }
        try {
            return catalog.findBySku(code).map(p -> new ProductMention(p.sku(), p.title()))
                    .orElse(new ProductMention(code, code));
        } catch (HostUnavailableException e) {
            LOG.warn("Product catalogue unreachable, the product is named by its code: {}", e.getMessage());
            return new ProductMention(code, code);
        }
    }

    private static List<Product> searchQuietly(ProductCatalog catalog, String words) {
        try {
            return catalog.search(words, 1);
        } catch (HostUnavailableException e) {
            LOG.warn("Product catalogue unreachable, no product looked up by name: {}", e.getMessage());
            return List.of();
        }
    }
}
