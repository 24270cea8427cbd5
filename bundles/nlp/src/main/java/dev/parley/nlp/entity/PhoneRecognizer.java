package dev.parley.nlp.entity;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers: written with a {@code +} and 7–15 digits ("+44 20 7946 0958"), or national with
 * 8–15 digits in groups that start with a trunk {@code 0} or an area code in brackets ("030
 * 1234567", "(030) 123-4567") or come in three or more groups ("555-123-4567"). A run of digits
 * without separators is never a phone number, and neither are two plain groups ("12345 67890"):
 * they are more likely order or tracking numbers.
 *
 * <p>The value is {@code +} and the digits for international numbers ("+49 (0)30 ..." drops the
 * bracketed trunk 0), and for national ones starting with {@code 00}. Other national numbers are
 * their digits, or, when the shop configured a region prefix such as {@code +49}, that prefix and
 * the digits without a leading trunk {@code 0} ("030 1234567" → "+49301234567"; with {@code +1},
 * "(555) 123-4567" → "+15551234567").
 */
final class PhoneRecognizer implements SpanRecognizer {

    // Groups of digits joined by exactly one separator each: since a separator is mandatory
    // between groups, a digit run can be split only one way and matching stays linear. Only the
    // second group may be a single digit ("+33 1 23 45 67 89"), so that "030 1234567 2 times"
    // does not take the 2.
    private static final String SEPARATOR = "(?:[ \\-./]|\\)[ \\-]?|[ ]?\\(0\\)[ ]?|[ ]?\\()";
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+(#$€£.,/\\-])(?:\\+|\\()?\\d{1,5}" + SEPARATOR + "\\d{1,8}(?:" + SEPARATOR + "\\d{2,8}){0,6}"
            + "(?![\\w@])");
    // "2026-11-03", "03.11.2026" and "1.299.000" are dates and amounts, not phone numbers.
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{1,4}([\\-/.])\\d{1,2}\\1\\d{1,4}");
    private static final Pattern THOUSANDS_SHAPE = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+");
    private static final Pattern GROUP = Pattern.compile("\\d+");
    private static final int MIN_INTERNATIONAL_DIGITS = 7;
    private static final int MIN_NATIONAL_DIGITS = 8;
    private static final int MAX_DIGITS = 15;
    private static final double INTERNATIONAL = 0.95;
    private static final double NATIONAL = 0.85;

    private final String regionPrefix;

    /** @param regionPrefix {@code +} and a calling code for national numbers, or empty */
    PhoneRecognizer(String regionPrefix) {
        this.regionPrefix = regionPrefix;
    }

    @Override
    public void findAll(String text, LocalDate today, List<Entity> found) {
        Matcher matcher = PHONE.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            String written = matcher.group();
            if (written.startsWith("(") && written.indexOf(')') < 0) {
                // "(030 1234567)": the bracket encloses a remark, not an area code.
                start++;
                written = written.substring(1);
            }
            if (isPhone(written)) {
                found.add(new Entity(EntityTypes.PHONE, normalize(written), written, start, matcher.end(),
                        written.startsWith("+") ? INTERNATIONAL : NATIONAL));
            }
        }
    }

    private static boolean isPhone(String written) {
        if (count(written, '(') != count(written, ')')) {
            return false;
        }
        int digits = digitsOf(written).length();
        if (written.startsWith("+")) {
            return digits >= MIN_INTERNATIONAL_DIGITS && digits <= MAX_DIGITS;
        }
        return digits >= MIN_NATIONAL_DIGITS && digits <= MAX_DIGITS && looksNational(written)
                && !DATE_SHAPE.matcher(written).lookingAt()
                && !THOUSANDS_SHAPE.matcher(written).matches();
    }

    /** A trunk 0, an area code in brackets, or three groups like "555-123-4567". */
    private static boolean looksNational(String written) {
        return written.startsWith("0") || written.startsWith("(") || GROUP.matcher(written).results().count() >= 3;
    }

    private String normalize(String written) {
        if (written.startsWith("+")) {
            return "+" + digitsOf(written.replace("(0)", ""));
        }
        String digits = digitsOf(written);
        if (digits.startsWith("00")) {
            return "+" + digits.substring(2);
        }
        if (regionPrefix.isEmpty()) {
            return digits;
        }
        return regionPrefix + (digits.startsWith("0") ? digits.substring(1) : digits);
    }

    private static String digitsOf(String written) {
        StringBuilder digits = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private static int count(String written, char wanted) {
        int count = 0;
        for (int i = 0; i < written.length(); i++) {
            if (written.charAt(i) == wanted) {
                count++;
            }
        }
        return count;
    }
}
