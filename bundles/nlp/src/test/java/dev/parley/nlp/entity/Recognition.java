package dev.parley.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.ExtractionContext;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Runs the recognizer against a fixed "now" — Wednesday 2026-11-18, 10:30 in Berlin — and checks
 * the invariants every result must keep, so that each test only states what it is about.
 */
final class Recognition {

    static final ZonedDateTime WEDNESDAY = ZonedDateTime.of(2026, 11, 18, 10, 30, 0, 0, ZoneId.of("Europe/Berlin"));
    static final ExtractionContext CONTEXT = new ExtractionContext(WEDNESDAY, Locale.UK);

    private static final EntityRecognizer DEFAULT = new EntityRecognizer(EntityPatterns.defaults());

    private Recognition() {
    }

    static List<Entity> entities(String text) {
        return checked(text, DEFAULT.recognize(text, CONTEXT));
    }

    static List<Entity> entities(EntityPatterns patterns, String text) {
        return checked(text, new EntityRecognizer(patterns).recognize(text, CONTEXT));
    }

    /** The entities of one type, in text order. */
    static List<Entity> entities(String type, String text) {
        return entities(text).stream().filter(entity -> entity.type().equals(type)).toList();
    }

    /** The values of one type, in text order. */
    static List<String> values(String type, String text) {
        return entities(type, text).stream().map(Entity::value).toList();
    }

    /** Offsets point into the original text, entities come in text order and never overlap. */
    static List<Entity> checked(String text, List<Entity> entities) {
        int previousEnd = 0;
        for (Entity entity : entities) {
            assertThat(text.substring(entity.start(), entity.end())).as("text of %s", entity).isEqualTo(entity.text());
            assertThat(entity.start()).as("start of %s", entity).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = entity.end();
        }
        return entities;
    }
}
