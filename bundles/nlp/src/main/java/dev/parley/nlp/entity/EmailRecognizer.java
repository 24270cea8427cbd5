package dev.parley.nlp.entity;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses, reported in lower case. A dot or other punctuation after the address ends the
 * sentence, not the address: the domain must end in letters.
 */
final class EmailRecognizer implements SpanRecognizer {

    // The local part starts at a letter or digit so that "...ada@x.com" yields "ada@x.com"; every
    // quantifier is bounded, as the RFC bounds the parts, so a long token costs at most 64 steps,
    // and the local part is possessive: "@" cannot be in it, so giving back characters never helps.
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9_%+\\-])[A-Za-z0-9_%+\\-][A-Za-z0-9._%+\\-]{0,63}+"
            + "@[A-Za-z0-9\\-]{1,63}(?:\\.[A-Za-z0-9\\-]{1,63}){0,6}\\.[A-Za-z]{2,24}(?![A-Za-z0-9\\-])");
    private static final double CONFIDENCE = 0.99;

    @Override
    public void findAll(String text, LocalDate today, List<Entity> found) {
        if (text.indexOf('@') < 0) {
            return; // most messages: skip trying a local part at every word
        }
        Matcher matcher = EMAIL.matcher(text);
        while (matcher.find()) {
            String written = matcher.group();
            found.add(new Entity(EntityTypes.EMAIL, written.toLowerCase(Locale.ROOT), written,
                    matcher.start(), matcher.end(), CONFIDENCE));
        }
    }
}
