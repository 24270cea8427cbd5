package dev.parley.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.parley.api.host.HostUnavailableException;
import dev.parley.api.host.Product;
import dev.parley.api.host.ProductCatalog;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.recommend.Recommendation;
import dev.parley.api.recommend.Recommender;
import dev.parley.api.skill.SkillOutcome;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.skill.Slots;

class RecommendationSkillTest {

    private static final String INTENT = "product_recommendation";
    private static final Product JACKET = new Product("JKT-2041", "Blue rain jacket", null, null, 4, null);
    private static final Product GIFT_CARD = new Product("GFT-9001", "Gift card 50 EUR", null, null, 99, null);
    private static final Recommendation BEANIE = new Recommendation("HAT-7101", "Wool beanie", 0.8,
            "because you bought Leather hiking boots");
    private static final Recommendation UMBRELLA = new Recommendation("UMB-7401", "Storm umbrella", 0.6,
            "often bought together with Blue rain jacket");
    private static final Recommendation SOCKS = new Recommendation("SCK-1200", "Merino hiking socks (2 pairs)", 0.5,
            "customers who bought Blue rain jacket also bought this");
    private static final Recommendation POPULAR = new Recommendation("TNT-5001", "Two-person dome tent", 0.9,
            "popular this month");

    private final Recommender recommender = mock(Recommender.class);
    private final ProductCatalog catalog = mock(ProductCatalog.class);
    private final RecommendationSkill skill = new RecommendationSkill();

    @BeforeEach
    void services() {
        when(recommender.forCustomer(anyString(), anyInt())).thenReturn(List.of());
        when(recommender.relatedTo(anyString(), anyInt())).thenReturn(List.of());
        when(catalog.findBySku(anyString())).thenReturn(Optional.empty());
        when(catalog.findBySku(JACKET.sku())).thenReturn(Optional.of(JACKET));
        when(catalog.search(anyString(), anyInt())).thenReturn(List.of());
        skill.recommender = recommender;
        skill.catalog = catalog;
    }

    @Test
    void aKnownCustomerGetsUpToThreePersonalSuggestionsWithTheirReasons() {
        when(recommender.forCustomer(Shop.ADA.id(), RecommendationSkill.SUGGESTIONS))
                .thenReturn(List.of(BEANIE, UMBRELLA, SOCKS));

        SkillResult result = new Dialogue(skill).from(Shop.ADA).say("any suggestions for me?", INTENT);

        assertThat(result.outcome()).isEqualTo(SkillOutcome.ANSWERED);
        assertThat(result.text()).startsWith("Here are some ideas for you:")
                .contains("- Wool beanie (HAT-7101): because you bought Leather hiking boots")
                .contains("- Storm umbrella (UMB-7401): often bought together with Blue rain jacket")
                .contains("- Merino hiking socks (2 pairs) (SCK-1200)");
        assertThat(result.quickReplies()).containsExactly("Is the Wool beanie in stock?",
                "Is the Storm umbrella in stock?", "Is the Merino hiking socks (2 pairs) in stock?");
    }

    @Test
    void anAnonymousSenderGetsPopularItemsAndNobodysHistory() {
        when(recommender.forCustomer(RecommendationSkill.ANONYMOUS, RecommendationSkill.SUGGESTIONS))
                .thenReturn(List.of(POPULAR));

        SkillResult result = new Dialogue(skill).say("what's popular right now", INTENT);

        assertThat(result.text()).startsWith("Here are some of our customers' favourites:")
                .contains("Two-person dome tent (TNT-5001): popular this month");
        verify(recommender, never()).forCustomer(Shop.ADA.id(), RecommendationSkill.SUGGESTIONS);
    }

    @Test
    void aProductNamedByItsTitleGetsWhatGoesWithIt() {
        String question = "what would you recommend with the rain jacket";
        when(catalog.search(question, 1)).thenReturn(List.of(JACKET));
        when(recommender.relatedTo(JACKET.sku(), RecommendationSkill.SUGGESTIONS)).thenReturn(List.of(UMBRELLA, SOCKS));

        SkillResult result = new Dialogue(skill).from(Shop.ADA).say(question, INTENT);

        assertThat(result.text()).startsWith("Here are some ideas to go with the Blue rain jacket:")
                .contains("Storm umbrella (UMB-7401): often bought together with Blue rain jacket");
        assertThat(result.slotUpdates()).containsEntry(Slots.PRODUCT, JACKET.sku());
        verify(recommender, never()).forCustomer(anyString(), anyInt());
    }

    @Test
    void aProductCodeWorksWithoutACatalogue() {
        skill.catalog = null;
        when(recommender.relatedTo("JKT-2041", RecommendationSkill.SUGGESTIONS)).thenReturn(List.of(UMBRELLA));

        SkillResult result = new Dialogue(skill).say("what goes with JKT-2041?", INTENT,
                EntityTypes.PRODUCT_CODE, "JKT-2041");

        assertThat(result.text()).startsWith("Here are some ideas to go with the JKT-2041:").contains("Storm umbrella");
    }

    @Test
    void whatGoesWithThisMeansTheProductTheConversationIsAbout() {
        when(recommender.relatedTo(JACKET.sku(), RecommendationSkill.SUGGESTIONS)).thenReturn(List.of(UMBRELLA));
        Dialogue dialogue = new Dialogue(skill).from(Shop.ADA).slot(Slots.PRODUCT, JACKET.sku());

        SkillResult result = dialogue.say("what else would go with this?", INTENT);

        assertThat(result.text()).startsWith("Here are some ideas to go with the Blue rain jacket:");
    }

    @Test
    void withoutPointingBackTheConversationsProductIsNotAssumed() {
        when(recommender.forCustomer(Shop.ADA.id(), RecommendationSkill.SUGGESTIONS)).thenReturn(List.of(BEANIE));
        Dialogue dialogue = new Dialogue(skill).from(Shop.ADA).slot(Slots.PRODUCT, JACKET.sku());

        SkillResult result = dialogue.say("any suggestions for me?", INTENT);

        assertThat(result.text()).startsWith("Here are some ideas for you").contains("Wool beanie");
        verify(recommender, never()).relatedTo(anyString(), anyInt());
    }

    @Test
    void aGiftIdeaIsNotAQuestionAboutTheGiftCard() {
        when(catalog.search(anyString(), anyInt())).thenAnswer(call ->
                ((String) call.getArgument(0)).toLowerCase().contains("gift") ? List.of(GIFT_CARD) : List.of());
        when(recommender.forCustomer(RecommendationSkill.ANONYMOUS, RecommendationSkill.SUGGESTIONS))
                .thenReturn(List.of(POPULAR));

        SkillResult result = new Dialogue(skill).say("I need a gift idea", INTENT);

        assertThat(result.text()).contains("Two-person dome tent");
        verify(recommender, never()).relatedTo(anyString(), anyInt());
    }

    @Test
    void aProductWithoutRelatedItemsFallsBackToPersonalSuggestionsAndSaysSo() {
        when(catalog.search(anyString(), anyInt())).thenReturn(List.of(JACKET));
        when(recommender.forCustomer(Shop.ADA.id(), RecommendationSkill.SUGGESTIONS)).thenReturn(List.of(BEANIE));

        SkillResult result = new Dialogue(skill).from(Shop.ADA).say("what goes with the rain jacket", INTENT);

        assertThat(result.text()).startsWith("I don't have suggestions to go with the Blue rain jacket yet. "
                + "Here are some ideas for you:").contains("Wool beanie");
    }

    @Test
    void withoutARecommenderThePoliteAnswerHasNoSuggestions() {
        skill.recommender = null;

        SkillResult result = new Dialogue(skill).from(Shop.ADA).say("what else would go with this?", INTENT);

        assertThat(result.outcome()).isEqualTo(SkillOutcome.ANSWERED);
        assertThat(result.text()).isEqualTo(RecommendationSkill.NONE);
        assertThat(result.quickReplies()).isNotEmpty();
    }

    @Test
    void aRecommenderThatKnowsNothingYetGetsThePoliteAnswer() {
        SkillResult result = new Dialogue(skill).from(Shop.ADA).say("any recommendations?", INTENT);

        assertThat(result.outcome()).isEqualTo(SkillOutcome.ANSWERED);
        assertThat(result.text()).isEqualTo(RecommendationSkill.NONE);
    }

    @Test
    void aFailingRecommenderIsNeitherAnErrorNorAHandoff() {
        when(recommender.forCustomer(anyString(), anyInt())).thenThrow(new IllegalStateException("model broken"));

        SkillResult result = new Dialogue(skill).from(Shop.ADA).say("any recommendations?", INTENT);

        assertThat(result.outcome()).isEqualTo(SkillOutcome.ANSWERED);
        assertThat(result.text()).isEqualTo(RecommendationSkill.NONE);
    }

    @Test
    void anUnreachableCatalogueOnlyLosesTheTitleMatch() {
        when(catalog.search(anyString(), anyInt())).thenThrow(new HostUnavailableException("demo CRM down"));
        when(recommender.forCustomer(Shop.ADA.id(), RecommendationSkill.SUGGESTIONS)).thenReturn(List.of(BEANIE));

        SkillResult result = new Dialogue(skill).from(Shop.ADA).say("what goes with the rain jacket", INTENT);

        assertThat(result.text()).startsWith("Here are some ideas for you").contains("Wool beanie");
    }

    @Test
    void anItemWithoutTitleOrReasonIsShownByItsCode() {
        when(recommender.forCustomer(Shop.ADA.id(), RecommendationSkill.SUGGESTIONS))
                .thenReturn(List.of(new Recommendation("X-1", null, 0.4, null)));

        SkillResult result = new Dialogue(skill).from(Shop.ADA).say("any suggestions?", INTENT);

        assertThat(result.text()).endsWith("\n- X-1");
        assertThat(result.quickReplies()).containsExactly("Is the X-1 in stock?");
    }
}
