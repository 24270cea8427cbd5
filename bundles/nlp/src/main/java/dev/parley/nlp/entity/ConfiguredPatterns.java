package dev.parley.nlp.entity;

import java.util.function.Consumer;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;

/**
 * Turns the component's configuration into {@link EntityPatterns}, keeping the default of every
 * attribute whose value is invalid and saying so in one WARN line that names the attribute.
 */
final class ConfiguredPatterns {

    private ConfiguredPatterns() {
    }

    static EntityPatterns from(PatternEntityExtractor.Config config, Logger log) {
        EntityPatterns.Builder builder = EntityPatterns.builder().dayFirst(config.dayFirst());
        apply("orderNumberPattern", config.orderNumberPattern(), builder::orderNumber, log);
        apply("productCodePattern", config.productCodePattern(), builder::productCode, log);
        apply("trackingNumberPattern", config.trackingNumberPattern(), builder::trackingNumber, log);
        apply("defaultCurrency", config.defaultCurrency(), builder::defaultCurrency, log);
        apply("phoneRegionPrefix", config.phoneRegionPrefix(), builder::phoneRegionPrefix, log);
        return builder.build();
    }

    /** Hands {@code value} to {@code setter}; when it refuses, the builder keeps its default. */
    private static void apply(String attribute, String value, Consumer<String> setter, Logger log) {
        if (value == null) {
            return;
        }
        try {
            setter.accept(value);
        } catch (PatternSyntaxException e) {
            // getMessage() spans three lines (pattern and caret); one line is easier to find in a log.
            log.warn("Configuration {}: {} is not a valid regular expression ({} near index {}); using the default",
                    PatternEntityExtractor.PID, attribute, e.getDescription(), e.getIndex());
        } catch (IllegalArgumentException e) {
            log.warn("Configuration {}: {} is invalid ({}); using the default",
                    PatternEntityExtractor.PID, attribute, e.getMessage());
        }
    }
}
