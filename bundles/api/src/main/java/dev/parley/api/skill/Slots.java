package dev.parley.api.skill;

/**
 * Names of the conversation slots that several skills share, so that a customer who named an
 * order to one skill is not asked for it again by the next. Skills may add slots of their own,
 * prefixed with their name (e.g. {@code "cancel-order.reason"}).
 */
public final class Slots {

    /** The order the conversation is about, e.g. {@code "100234"}. */
    public static final String ORDER_NUMBER = "orderNumber";
    /** An e-mail address the customer gave, e.g. the new one for an update. */
    public static final String EMAIL = "email";
    /** A phone number the customer gave. */
    public static final String PHONE = "phone";
    /** A product code or name the customer asked about. */
    public static final String PRODUCT = "product";
    /** A ticket opened in this conversation. */
    public static final String TICKET_ID = "ticketId";
    /** The customer's preferred name or form of address, when they stated one. */
    public static final String PREFERRED_NAME = "preferredName";

    private Slots() {
    }
}
