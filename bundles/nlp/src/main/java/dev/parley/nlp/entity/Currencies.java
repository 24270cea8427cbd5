package dev.parley.nlp.entity;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The currency symbols, codes and words customers write, and the ISO 4217 code each stands for.
 * The ambiguous ones ("$", "dollars", "¥") mean the shop's own currency when it is one of them.
 */
final class Currencies {

    /** The codes recognized when written next to an amount, as a regex alternation. */
    static final String CODES =
            "EUR|USD|GBP|CHF|JPY|CNY|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|INR|BRL|MXN|ZAR|SGD|HKD|TRY";

    /** Symbols, longest first so that "US$" is not read as "$". */
    static final String SYMBOLS = "US\\$|CA\\$|C\\$|AU\\$|A\\$|NZ\\$|€|\\$|£|¥";

    /** Words that follow an amount: "25 euros", "10 bucks". */
    static final String WORDS = "euros?|dollars?|bucks|pounds?|francs?|yen";

    private static final Set<String> DOLLARS = Set.of("USD", "CAD", "AUD", "NZD", "SGD", "HKD");
    private static final Set<String> YEN_OR_YUAN = Set.of("JPY", "CNY");
    private static final Map<String, String> UNAMBIGUOUS = Map.ofEntries(
            Map.entry("€", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("£", "GBP"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"),
            Map.entry("us$", "USD"), Map.entry("ca$", "CAD"), Map.entry("c$", "CAD"),
            Map.entry("au$", "AUD"), Map.entry("a$", "AUD"), Map.entry("nz$", "NZD"),
            Map.entry("franc", "CHF"), Map.entry("francs", "CHF"), Map.entry("yen", "JPY"));

    private Currencies() {
    }

    /**
     * @param written a symbol, code or word matched by {@link #CODES}, {@link #SYMBOLS} or
     *     {@link #WORDS}, in any case
     * @param shopCurrency the shop's currency code, or empty
     * @return the ISO 4217 code {@code written} stands for
     */
    static String codeOf(String written, String shopCurrency) {
        String token = written.trim().toLowerCase(Locale.ROOT);
        String code = UNAMBIGUOUS.get(token);
        if (code != null) {
            return code;
        }
        switch (token) {
            case "$", "dollar", "dollars", "bucks":
                return DOLLARS.contains(shopCurrency) ? shopCurrency : "USD";
            case "¥":
                return YEN_OR_YUAN.contains(shopCurrency) ? shopCurrency : "JPY";
            default:
                return token.toUpperCase(Locale.ROOT); // an ISO code as written
        }
    }
}
