package dev.parley.nlp.entity;

import static dev.parley.nlp.entity.ConfigStub.config;
import static dev.parley.nlp.entity.Recognition.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class PatternEntityExtractorTest {

    private final Logger log = mock(Logger.class);

    @Test
    void withoutConfigurationTheServiceUsesTheDefaults() {
        PatternEntityExtractor extractor = new PatternEntityExtractor(config(Map.of()));

        assertThat(extractor.extract("Where is my order 100234? I ordered it last Friday", CONTEXT))
                .extracting(Entity::type, Entity::value)
                .containsExactly(tuple(EntityTypes.ORDER_NUMBER, "100234"), tuple(EntityTypes.DATE, "2026-11-13"));
    }

    @Test
    void aCustomOrderNumberPatternReplacesTheDefault() {
        PatternEntityExtractor extractor = new PatternEntityExtractor(
                config(Map.of("orderNumberPattern", "(?<![\\w-])ORD-\\d{6}(?![\\w-])")));

        assertThat(extractor.extract("is ORD-123456 shipped? not order 100234", CONTEXT))
                .extracting(Entity::type, Entity::value)
                .containsExactly(tuple(EntityTypes.ORDER_NUMBER, "ORD-123456"));
    }

    @Test
    void anIdGroupInACustomPatternIsTheReportedSpan() {
        PatternEntityExtractor extractor = new PatternEntityExtractor(
                config(Map.of("orderNumberPattern", "(?i)\\bauftrag\\s{1,3}(?<id>[a-z]\\d{5})\\b")));

        assertThat(extractor.extract("Auftrag a12345 fehlt", CONTEXT))
                .extracting(Entity::value, Entity::text, Entity::start)
                .containsExactly(tuple("A12345", "a12345", 8));
    }

    @Test
    void anInvalidPatternKeepsTheDefaultAndIsLoggedOnceNamingTheAttribute() {
        EntityPatterns patterns = ConfiguredPatterns.from(config(Map.of("orderNumberPattern", "order (\\d{5")), log);

        assertThat(new EntityRecognizer(patterns).recognize("order 100234", CONTEXT))
                .extracting(Entity::value).containsExactly("100234");
        verify(log).warn(contains("not a valid regular expression"), eq(PatternEntityExtractor.PID),
                eq("orderNumberPattern"), anyString(), any());
    }

    @Test
    void theComponentStartsDespiteAnInvalidPattern() {
        PatternEntityExtractor extractor = new PatternEntityExtractor(
                config(Map.of("trackingNumberPattern", "*1Z", "productCodePattern", "[A-Z")));

        assertThat(extractor.extract("SKU-12345 via 1Z999AA10123456784", CONTEXT)).extracting(Entity::type)
                .containsExactly(EntityTypes.PRODUCT_CODE, EntityTypes.TRACKING_NUMBER);
    }

    @Test
    void anInvalidCurrencyOrPhonePrefixKeepsItsDefault() {
        EntityPatterns patterns = ConfiguredPatterns.from(
                config(Map.of("defaultCurrency", "euro", "phoneRegionPrefix", "0049")), log);

        assertThat(patterns.defaultCurrency()).isEqualTo("EUR");
        assertThat(patterns.phoneRegionPrefix()).isEmpty();
        verify(log).warn(contains("is invalid"), eq(PatternEntityExtractor.PID), eq("defaultCurrency"), anyString());
        verify(log).warn(contains("is invalid"), eq(PatternEntityExtractor.PID), eq("phoneRegionPrefix"), anyString());
    }

    @Test
    void validSettingsAreTakenWithoutWarning() {
        EntityPatterns patterns = ConfiguredPatterns.from(config(Map.of("defaultCurrency", "CHF",
                "phoneRegionPrefix", "+41", "dayFirst", false)), log);

        assertThat(patterns.defaultCurrency()).isEqualTo("CHF");
        assertThat(patterns.phoneRegionPrefix()).isEqualTo("+41");
        assertThat(patterns.dayFirst()).isFalse();
        verify(log, never()).warn(anyString(), any(Object[].class));
    }

    @Test
    void anEmptyPatternTurnsThatEntityOff() {
        PatternEntityExtractor extractor = new PatternEntityExtractor(config(Map.of("productCodePattern", "")));

        assertThat(extractor.extract("SKU-12345, order 100234", CONTEXT)).extracting(Entity::type)
                .containsExactly(EntityTypes.ORDER_NUMBER);
    }

    @Test
    void aConfigurationChangeAppliesToTheNextMessage() {
        PatternEntityExtractor extractor = new PatternEntityExtractor(config(Map.of()));
        assertThat(extractor.extract("due 03/11/2026", CONTEXT)).extracting(Entity::value)
                .containsExactly("2026-11-03");

        extractor.configure(config(Map.of("dayFirst", false, "phoneRegionPrefix", "+1")));

        assertThat(extractor.extract("due 03/11/2026, call (555) 123-4567", CONTEXT)).extracting(Entity::value)
                .containsExactly("2026-03-11", "+15551234567");
    }

    @Test
    void aPatternThatMatchesNothingAtAllYieldsNoEmptyEntities() {
        PatternEntityExtractor extractor = new PatternEntityExtractor(config(Map.of("orderNumberPattern", "\\d*")));

        assertThat(extractor.extract("order 100234", CONTEXT)).extracting(Entity::type, Entity::value)
                .containsExactly(tuple(EntityTypes.ORDER_NUMBER, "100234"));
    }
}
