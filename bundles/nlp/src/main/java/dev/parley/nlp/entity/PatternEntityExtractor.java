package dev.parley.nlp.entity;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityExtractor;
import dev.parley.api.nlp.ExtractionContext;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link EntityExtractor} service: rule-based recognition by {@link EntityRecognizer}, with the
 * shop's identifier formats, currency, phone region and date order from configuration PID
 * {@value #PID}. A configuration change applies to the next message; an invalid value is logged
 * once at WARN and replaced by its default, so a typo never takes extraction down.
 */
@Component(service = EntityExtractor.class, configurationPid = PatternEntityExtractor.PID)
@Designate(ocd = PatternEntityExtractor.Config.class)
public final class PatternEntityExtractor implements EntityExtractor {

    /** The configuration PID. */
    public static final String PID = "dev.parley.nlp.entities";

    private static final Logger LOG = LoggerFactory.getLogger(PatternEntityExtractor.class);

    /** What a deployment can change; each attribute's description is the admin's documentation. */
    @ObjectClassDefinition(name = "Parley entity extraction",
            description = "How order numbers, product codes, tracking numbers, amounts, phone numbers and dates"
                    + " are recognized in customer messages.")
    public @interface Config {

        @AttributeDefinition(name = "Order number pattern",
                description = "Java regular expression for the shop's order numbers. A named group 'id' is"
                        + " reported as the order number (so 'order 100234' yields 100234); without it the whole"
                        + " match. The value is upper case without a leading '#'. Empty turns order numbers off."
                        + " Start with a look-behind and use bounded quantifiers ({1,10}), never nested ones,"
                        + " so that long messages stay fast. An invalid expression is logged and the default kept.")
        String orderNumberPattern() default EntityPatterns.DEFAULT_ORDER_NUMBER;

        @AttributeDefinition(name = "Product code pattern",
                description = "Java regular expression for the shop's product codes or SKUs (default: upper-case"
                        + " letters, a dash and digits, like SKU-12345). Same rules as the order number pattern.")
        String productCodePattern() default EntityPatterns.DEFAULT_PRODUCT_CODE;

        @AttributeDefinition(name = "Tracking number pattern",
                description = "Java regular expression for parcel tracking numbers (default: UPS 1Z numbers"
                        + " anywhere; 12, 15, 20 or 22 digits right after 'tracking', 'parcel', 'shipment' or"
                        + " 'consignment'). Same rules as the order number pattern.")
        String trackingNumberPattern() default EntityPatterns.DEFAULT_TRACKING_NUMBER;

        @AttributeDefinition(name = "Default currency",
                description = "ISO 4217 code of the shop's currency, e.g. EUR. Used for amounts after a payment"
                        + " word without a currency ('I was charged 25.50'), and for '$' or '¥' when it is a"
                        + " dollar or yen/yuan currency. Empty: such amounts carry no currency code.")
        String defaultCurrency() default EntityPatterns.DEFAULT_CURRENCY;

        @AttributeDefinition(name = "Phone region prefix",
                description = "Country calling code of the shop's customers, e.g. +49. National numbers"
                        + " ('030 1234567') are then reported in international form (+49301234567). Empty: they"
                        + " are reported as their digits.")
        String phoneRegionPrefix() default EntityPatterns.DEFAULT_PHONE_REGION_PREFIX;

        @AttributeDefinition(name = "Day first",
                description = "Whether numeric dates put the day before the month: true reads 03/11/2026 as"
                        + " 3 November, false as March 11. When only the other order gives a valid date"
                        + " (25/11 or 11/25), that order is used. Dates starting with the year are always"
                        + " year-month-day.")
        boolean dayFirst() default true;
    }

    private volatile EntityRecognizer recognizer;

    /** Starts with the given configuration. */
    @Activate
    public PatternEntityExtractor(Config config) {
        configure(config);
    }

    @Modified
    void configure(Config config) {
        EntityPatterns patterns = ConfiguredPatterns.from(config, LOG);
        recognizer = new EntityRecognizer(patterns);
        LOG.info("Entity extraction configured: dayFirst={}, defaultCurrency={}, phoneRegionPrefix={}",
                patterns.dayFirst(), display(patterns.defaultCurrency()), display(patterns.phoneRegionPrefix()));
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code null} or blank text gives an empty list; the result never has overlapping spans.
     */
    @Override
    public List<Entity> extract(String text, ExtractionContext context) {
        List<Entity> entities = recognizer.recognize(text, context);
        LOG.debug("extracted {} entities", entities.size());
        return entities;
    }

    private static String display(String setting) {
        return setting.isEmpty() ? "none" : setting;
    }
}
