package dev.parley.nlp.entity;

import dev.parley.api.nlp.Entity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Order numbers, product codes and tracking numbers: a configured pattern, its {@code id} group
 * (or whole match) as the entity, and a value in upper case without {@code #} or white space.
 *
 * <p>A match that includes a keyword around the identifier ("order 100234") may be more certain
 * than a bare one ("100234", which may as well be a postcode): each kind says how certain.
 */
final class IdentifierRecognizer implements SpanRecognizer {

    private static final String ID_GROUP = "(?<id>";

    private final String type;
    private final Pattern pattern;
    private final double withKeyword;
    private final double bare;
    private final boolean hasIdGroup;

    /**
     * @param withKeyword the confidence when the match reaches beyond the {@code id} group
     * @param bare the confidence when the identifier stands alone
     */
    IdentifierRecognizer(String type, Pattern pattern, double withKeyword, double bare) {
        this.type = type;
        this.pattern = pattern;
        this.withKeyword = withKeyword;
        this.bare = bare;
        // Java 17 cannot list a pattern's named groups; asking a matcher for a missing one throws.
        this.hasIdGroup = pattern.pattern().contains(ID_GROUP);
    }

    @Override
    public void findAll(String text, LocalDate today, List<Entity> found) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            boolean idMatched = hasIdGroup && matcher.start("id") >= 0;
            int start = idMatched ? matcher.start("id") : matcher.start();
            int end = idMatched ? matcher.end("id") : matcher.end();
            if (end <= start) {
                continue; // a configured pattern that can match nothing, such as \d*
            }
            String written = text.substring(start, end);
            String value = normalize(written);
            if (value.isEmpty()) {
                continue;
            }
            boolean keyword = matcher.start() < start || matcher.end() > end;
            found.add(new Entity(type, value, written, start, end, keyword ? withKeyword : bare));
        }
    }

    private static String normalize(String written) {
        StringBuilder value = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (!Character.isWhitespace(c) && !(c == '#' && value.length() == 0)) {
                value.append(c);
            }
        }
        return value.toString().toUpperCase(Locale.ROOT);
    }
}
