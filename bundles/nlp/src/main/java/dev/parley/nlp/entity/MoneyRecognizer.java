package dev.parley.nlp.entity;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money: a number with a currency symbol, code or word before or after it ("€25",
 * "US$ 19.99", "19,99 €", "25 EUR", "25 dollars"), or a number right after a payment word
 * ("charged 25.50", "refund of 19,99"), which is in the shop's currency. A bare number is not money.
 *
 * <p>The value is a plain decimal with a dot, a space and the currency code: "19.99 EUR"; without a
 * shop currency, a payment-word amount has no code. A dot or comma followed by one or two digits
 * at the end is the decimal separator; followed by three digits it groups thousands, so "1.299"
 * and "1,299" are both 1299 and "1.299,00", "1,299.00" and "1'299.00" all 1299.00.
 */
final class MoneyRecognizer implements SpanRecognizer {

    // Thousands may be grouped with a dot, a comma or, as in Switzerland, an apostrophe.
    private static final String AMOUNT =
            "(?<amount>(?:\\d{1,3}(?:[.,'\u2019]\\d{3}){1,3}|\\d{1,9})(?:[.,]\\d{1,2})?)";
    private static final String AMOUNT_END = "(?!\\d|[.,]\\d)";
    private static final String SPACE = "[\\s\\u00A0\\u202F]?";
    // Codes only in upper case, except the common ones: "try 25 times" is not Turkish lira.
    private static final String CODE = "(?:" + Currencies.CODES + "|(?i:eur|usd|gbp|chf))(?!\\p{L})";
    private static final Pattern CURRENCY_FIRST = Pattern.compile(
            "(?<![\\p{L}\\d])(?<currency>" + Currencies.SYMBOLS + "|" + CODE + ")" + SPACE + AMOUNT + AMOUNT_END);
    private static final Pattern AMOUNT_FIRST = Pattern.compile(
            "(?<![\\p{L}\\d.,])" + AMOUNT + SPACE + "(?<currency>" + Currencies.SYMBOLS + "|" + CODE
            + "|(?i:" + Currencies.WORDS + ")(?!\\p{L}))");
    // "paid 2 times", "paid 3 days ago": the number counts something other than money.
    private static final String COUNTED_THINGS =
            "times|x|days?|weeks?|months?|years?|hours?|minutes?|items?|pieces?|pcs|orders?";
    private static final Pattern AFTER_PAYMENT_WORD = Pattern.compile(
            "(?i)(?<!\\p{L})(?:charged|paid|refund(?:ed)?|billed|costs?|price|pay)"
            + "(?:\\s{1,3}(?:me|us|you|of|was|is|at|for|back|only))?\\s{1,3}" + AMOUNT
            + "(?![\\d\\p{L}%]|[.,]\\d)"
            + "(?!\\s{1,3}(?:" + COUNTED_THINGS + ")(?!\\p{L}))");

    private static final Pattern WORD = Pattern.compile("(?i)" + Currencies.WORDS);

    private static final double WITH_SYMBOL_OR_CODE = 0.95;
    private static final double WITH_WORD = 0.85;
    private static final double AFTER_PAYMENT = 0.6;

    private final String shopCurrency;

    /** @param shopCurrency the code of amounts after a payment word, or empty for none */
    MoneyRecognizer(String shopCurrency) {
        this.shopCurrency = shopCurrency;
    }

    @Override
    public void findAll(String text, LocalDate today, List<Entity> found) {
        findWithCurrency(CURRENCY_FIRST, text, found);
        findWithCurrency(AMOUNT_FIRST, text, found);
        Matcher matcher = AFTER_PAYMENT_WORD.matcher(text);
        while (matcher.find()) {
            String value = decimal(matcher.group("amount")) + (shopCurrency.isEmpty() ? "" : " " + shopCurrency);
            found.add(new Entity(EntityTypes.MONEY, value, matcher.group("amount"),
                    matcher.start("amount"), matcher.end("amount"), AFTER_PAYMENT));
        }
    }

    private void findWithCurrency(Pattern pattern, String text, List<Entity> found) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String currency = matcher.group("currency");
            // "25 pounds" may be a weight; a symbol or code is unambiguous.
            boolean word = WORD.matcher(currency).matches();
            String value = decimal(matcher.group("amount")) + " " + Currencies.codeOf(currency, shopCurrency);
            found.add(new Entity(EntityTypes.MONEY, value, matcher.group(), matcher.start(), matcher.end(),
                    word ? WITH_WORD : WITH_SYMBOL_OR_CODE));
        }
    }

    /** "1.299,00" → "1299.00": the last separator is decimal only when one or two digits follow. */
    static String decimal(String amount) {
        int last = Math.max(amount.lastIndexOf('.'), amount.lastIndexOf(','));
        boolean hasDecimals = last >= 0 && amount.length() - last - 1 <= 2;
        String whole = hasDecimals ? amount.substring(0, last) : amount;
        String number = whole.replaceAll("[.,'\u2019]", "")
                + (hasDecimals ? "." + amount.substring(last + 1) : "");
        return new BigDecimal(number).toPlainString();
    }
}
