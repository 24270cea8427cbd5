package dev.parley.api.nlp;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The {@link Entity#type() entity types} Parley knows, each with the normalized form of its
 * {@link Entity#value() value}. Extractors may report other types; their names are lower-case
 * with underscores, like these.
 */
@ProviderType
public final class EntityTypes {

    /** An order number, upper-case, without a leading {@code #}: {@code "A-10042"}. */
    public static final String ORDER_NUMBER = "order_number";

    /** A parcel tracking number, upper-case, without spaces: {@code "1Z999AA10123456784"}. */
    public static final String TRACKING_NUMBER = "tracking_number";

    /** A product code or SKU, upper-case, as the shop writes it: {@code "TSHIRT-BLUE-M"}. */
    public static final String PRODUCT_CODE = "product_code";

    /** A helpdesk ticket number, without a leading {@code #}: {@code "4521"}. */
    public static final String TICKET_NUMBER = "ticket_number";

    /** An e-mail address, lower-case: {@code "ana@example.com"}. */
    public static final String EMAIL = "email";

    /**
     * A phone number: E.164 ({@code "+4930123456"}) when the country is written or follows from
     * the locale; otherwise only its digits.
     */
    public static final String PHONE = "phone";

    /**
     * A calendar date, ISO-8601 ({@code "2025-03-14"}); relative dates are resolved against
     * {@link ExtractionContext#reference()}.
     */
    public static final String DATE = "date";

    /**
     * An amount of money: a plain decimal with {@code .} as separator, followed by a space and
     * the ISO 4217 currency code when the text names the currency: {@code "19.99 EUR"} or
     * {@code "19.99"}.
     */
    public static final String MONEY = "money";

    private EntityTypes() {
    }
}
