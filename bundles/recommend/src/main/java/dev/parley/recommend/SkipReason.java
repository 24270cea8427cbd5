package dev.parley.recommend;

/** Why a transactions row did not become a purchase; each is counted and reported. */
public enum SkipReason {
    /** InvoiceNo starts with C: a cancellation, not a purchase. */
    CANCELLED,
    /** Quantity zero or negative outside a cancellation: a correction or return. */
    NON_POSITIVE_QUANTITY,
    /** No CustomerID: nobody to learn a taste from. */
    MISSING_CUSTOMER,
    /** Postage, fees, discounts and other codes that are not products (POST, M, D, BANK CHARGES, ...). */
    NON_PRODUCT,
    /** A missing column value, a quantity or date that does not parse, or a broken CSV record. */
    UNPARSABLE;

    /** The key in reports, e.g. {@code skipped_cancelled}. */
    public String key() {
        return "skipped_" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
