package dev.parley.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.parley.api.host.Product;
import dev.parley.api.host.ProductCatalog;
import dev.parley.api.knowledge.KnowledgeBase;
import dev.parley.api.knowledge.KnowledgeHit;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.skill.SkillOutcome;
import dev.parley.api.skill.SkillResult;

class ProductAvailabilitySkillTest {

    private static final Product BLUE = new Product("TSHIRT-BLUE-M", "Blue T-shirt", new BigDecimal("19.9"), "EUR", 12, null);
    private static final Product JACKET = new Product("RAIN-JACKET", "Rain jacket", null, null, 0, LocalDate.parse("2026-12-04"));
    private static final Product RED = new Product("TSHIRT-RED-M", "Red T-shirt", null, null, 3, null);

    private final ProductCatalog catalog = mock(ProductCatalog.class);
    private final KnowledgeBase knowledge = mock(KnowledgeBase.class);
    private final ProductAvailabilitySkill skill = new ProductAvailabilitySkill();

    @BeforeEach
    void catalogue() {
        when(catalog.findBySku(anyString())).thenReturn(Optional.empty());
        when(catalog.findBySku(BLUE.sku())).thenReturn(Optional.of(BLUE));
        when(catalog.findBySku(JACKET.sku())).thenReturn(Optional.of(JACKET));
        when(catalog.search(anyString(), anyInt())).thenReturn(List.of());
        when(knowledge.search(anyString(), anyInt())).thenReturn(List.of());
        skill.catalog = catalog;
        skill.knowledge = knowledge;
    }

    @Test
    void inStock() {
        SkillResult result = new Dialogue(skill).say("is TSHIRT-BLUE-M in stock?", "product_availability",
                EntityTypes.PRODUCT_CODE, "TSHIRT-BLUE-M");

        assertThat(result.text()).isEqualTo("Yes, Blue T-shirt (TSHIRT-BLUE-M) is in stock. It costs 19.90 EUR.");
    }

    @Test
    void outOfStockWithTheRestockDate() {
        SkillResult result = new Dialogue(skill).say("do you have RAIN-JACKET", "product_availability",
                EntityTypes.PRODUCT_CODE, "RAIN-JACKET");

        assertThat(result.text()).contains("out of stock", "Friday 4 December");
    }

    @Test
    void aFollowUpIsAboutTheSameProduct() {
        Dialogue dialogue = new Dialogue(skill);
        dialogue.say("do you have RAIN-JACKET", "product_availability", EntityTypes.PRODUCT_CODE, "RAIN-JACKET");

        SkillResult result = dialogue.say("and when will it be back?", "product_availability");

        assertThat(result.text()).contains("Rain jacket", "Friday 4 December");
    }

    @Test
    void anUnknownCodeSuggestsSimilarProducts() {
        when(catalog.search("is TSHIRT-GREEN-M available?", 3)).thenReturn(List.of(BLUE, RED));

        SkillResult result = new Dialogue(skill).say("is TSHIRT-GREEN-M available?", "product_availability",
                EntityTypes.PRODUCT_CODE, "TSHIRT-GREEN-M");

        assertThat(result.text()).contains("couldn't find a product with the code TSHIRT-GREEN-M", "Blue T-shirt", "Red T-shirt");
        assertThat(result.quickReplies()).containsExactly("TSHIRT-BLUE-M", "TSHIRT-RED-M");
    }

    @Test
    void anUnknownProductFallsBackToTheKnowledgeBase() {
        when(knowledge.search(anyString(), anyInt())).thenReturn(List.of(
                new KnowledgeHit("kb-7", "Gift cards", "Gift cards are sold in the shop only.", 4.2, null)));

        SkillResult result = new Dialogue(skill).say("do you sell gift cards?", "product_availability");

        assertThat(result.outcome()).isEqualTo(SkillOutcome.ANSWERED);
        assertThat(result.text()).contains("couldn't find that product", "Gift cards are sold in the shop only.");
    }

    @Test
    void withoutCatalogueOrArticleTheSkillFails() {
        skill.catalog = null;

        SkillResult result = new Dialogue(skill).say("do you sell gift cards?", "product_availability");

        assertThat(result.outcome()).isEqualTo(SkillOutcome.FAILED);
    }
}
