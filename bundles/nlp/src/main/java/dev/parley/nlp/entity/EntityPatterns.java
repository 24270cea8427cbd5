package dev.parley.nlp.entity;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The shop-specific settings of entity recognition: the identifier patterns, the shop's currency,
 * its phone region and the order of day and month in numeric dates. Immutable and thread-safe.
 *
 * <p>An identifier pattern that has a named group {@code id} reports that group as the entity
 * (the default order-number pattern matches "order 100234" but reports "100234"); without one the
 * whole match is the entity. Patterns run on every message: they should start at a word boundary
 * (a look-behind) and use bounded quantifiers ({@code {1,10}}), never nested ones like
 * {@code (a+)+}, so that a long message costs linear time.
 */
public final class EntityPatterns {

    /**
     * 5–10 digits, optionally after {@code #}, "order", "order no.", "order number", "no." or "nr.";
     * digits that are part of a longer number, a decimal, a code ("SKU-12345") or a word do not count.
     */
    public static final String DEFAULT_ORDER_NUMBER =
            "(?i)(?:(?<!\\w)(?:order|no\\.|nr\\.)[\\s:#]{0,4}(?:(?:no\\.|nr\\.|number|id)[\\s:#]{0,4})?"
            + "|#|(?<![\\w#.,/-]))(?<id>\\d{5,10})(?!\\w|[.,/-]\\d)";

    /** Two to six upper-case letters, a dash and 3–8 digits: {@code SKU-12345}, {@code AB-1234}. */
    public static final String DEFAULT_PRODUCT_CODE = "(?<![\\p{Alnum}-])[A-Z]{2,6}-\\d{3,8}(?![\\p{Alnum}-])";

    /**
     * UPS ({@code 1Z} + 16 letters or digits) anywhere; a 12-, 15-, 20- or 22-digit number (FedEx,
     * USPS, DHL ...) only right after "tracking", "parcel", "shipment" or "consignment", optionally
     * followed by "number", "no.", "id" or "code" and "is".
     */
    public static final String DEFAULT_TRACKING_NUMBER =
            "(?i)(?:(?<!\\p{Alnum})(?=1Z)"
            + "|(?<!\\w)(?:tracking|parcel|shipment|consignment)(?:\\s{1,3}(?:number|no\\.|nr\\.|id|code))?"
            + "(?:\\s{1,3}is)?[\\s:#]{1,4})"
            + "(?<id>1Z[0-9A-Z]{16}|\\d{22}|\\d{20}|\\d{15}|\\d{12})(?!\\p{Alnum})";

    /** The currency of amounts whose currency the customer does not write: "I paid 25.50". */
    public static final String DEFAULT_CURRENCY = "EUR";

    /** No region: national phone numbers are reported as their digits. */
    public static final String DEFAULT_PHONE_REGION_PREFIX = "";

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern COUNTRY_PREFIX = Pattern.compile("\\+[1-9]\\d{0,3}");
    private static final EntityPatterns DEFAULTS = builder().build();

    private final Pattern orderNumber;
    private final Pattern productCode;
    private final Pattern trackingNumber;
    private final String defaultCurrency;
    private final String phoneRegionPrefix;
    private final boolean dayFirst;

    private EntityPatterns(Builder builder) {
        this.orderNumber = builder.orderNumber;
        this.productCode = builder.productCode;
        this.trackingNumber = builder.trackingNumber;
        this.defaultCurrency = builder.defaultCurrency;
        this.phoneRegionPrefix = builder.phoneRegionPrefix;
        this.dayFirst = builder.dayFirst;
    }

    /** The settings every default above describes, with day-first numeric dates. */
    public static EntityPatterns defaults() {
        return DEFAULTS;
    }

    /** A builder that starts from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The order-number pattern; empty when order numbers are not recognized. */
    public Optional<Pattern> orderNumber() {
        return Optional.ofNullable(orderNumber);
    }

    /** The product-code pattern; empty when product codes are not recognized. */
    public Optional<Pattern> productCode() {
        return Optional.ofNullable(productCode);
    }

    /** The tracking-number pattern; empty when tracking numbers are not recognized. */
    public Optional<Pattern> trackingNumber() {
        return Optional.ofNullable(trackingNumber);
    }

    /** An ISO 4217 code such as {@code EUR}, or empty when amounts without a currency stay without one. */
    public String defaultCurrency() {
        return defaultCurrency;
    }

    /** The country calling code for national phone numbers, such as {@code +49}, or empty. */
    public String phoneRegionPrefix() {
        return phoneRegionPrefix;
    }

    /** Whether "03/11/2026" is 3 November (true) or March 11 (false). */
    public boolean dayFirst() {
        return dayFirst;
    }

    /** Collects settings; each setter checks its value, so {@link #build()} cannot fail. */
    public static final class Builder {

        private Pattern orderNumber = Pattern.compile(DEFAULT_ORDER_NUMBER);
        private Pattern productCode = Pattern.compile(DEFAULT_PRODUCT_CODE);
        private Pattern trackingNumber = Pattern.compile(DEFAULT_TRACKING_NUMBER);
        private String defaultCurrency = DEFAULT_CURRENCY;
        private String phoneRegionPrefix = DEFAULT_PHONE_REGION_PREFIX;
        private boolean dayFirst = true;

        private Builder() {
        }

        /**
         * Sets the order-number pattern.
         *
         * @param regex the order-number pattern; blank turns order-number recognition off
         * @throws PatternSyntaxException if {@code regex} is not a valid regular expression
         */
        public Builder orderNumber(String regex) {
            orderNumber = compileUnlessBlank(regex);
            return this;
        }

        /** Like {@link #orderNumber(String)}, for product codes. */
        public Builder productCode(String regex) {
            productCode = compileUnlessBlank(regex);
            return this;
        }

        /** Like {@link #orderNumber(String)}, for tracking numbers. */
        public Builder trackingNumber(String regex) {
            trackingNumber = compileUnlessBlank(regex);
            return this;
        }

        /**
         * Sets the shop's currency.
         *
         * @param code three upper-case letters, or blank for none
         * @throws IllegalArgumentException if {@code code} is neither
         */
        public Builder defaultCurrency(String code) {
            defaultCurrency = requireBlankOr(CURRENCY_CODE, code, "a currency code such as EUR");
            return this;
        }

        /**
         * Sets the calling code of national phone numbers.
         *
         * @param prefix {@code +} and a country calling code such as {@code +49}, or blank for none
         * @throws IllegalArgumentException if {@code prefix} is neither
         */
        public Builder phoneRegionPrefix(String prefix) {
            phoneRegionPrefix = requireBlankOr(COUNTRY_PREFIX, prefix, "a calling code such as +49");
            return this;
        }

        /** Whether numeric dates put the day before the month. */
        public Builder dayFirst(boolean value) {
            dayFirst = value;
            return this;
        }

        /** The settings collected so far. */
        public EntityPatterns build() {
            return new EntityPatterns(this);
        }

        private static Pattern compileUnlessBlank(String regex) {
            Objects.requireNonNull(regex, "regex");
            return regex.isBlank() ? null : Pattern.compile(regex);
        }

        private static String requireBlankOr(Pattern format, String value, String expected) {
            Objects.requireNonNull(value, "value");
            String trimmed = value.trim();
            if (!trimmed.isEmpty() && !format.matcher(trimmed).matches()) {
                throw new IllegalArgumentException("expected " + expected + " or nothing");
            }
            return trimmed;
        }
    }
}
