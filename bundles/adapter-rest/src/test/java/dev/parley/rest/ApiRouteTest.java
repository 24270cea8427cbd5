package dev.parley.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiRouteTest {

    @Test
    void routesWithTheirConversationId() {
        assertThat(ApiRoute.match("/conversations")).contains(new ApiRoute.Match(ApiRoute.CREATE_CONVERSATION, null));
        assertThat(ApiRoute.match("/conversations/c-1")).contains(new ApiRoute.Match(ApiRoute.READ_CONVERSATION, "c-1"));
        assertThat(ApiRoute.match("/conversations/c-1/messages/"))
                .contains(new ApiRoute.Match(ApiRoute.POST_MESSAGE, "c-1"));
        assertThat(ApiRoute.match("/analyze")).contains(new ApiRoute.Match(ApiRoute.ANALYZE, null));
        assertThat(ApiRoute.match("/customers/C-1001/recommendations"))
                .contains(new ApiRoute.Match(ApiRoute.CUSTOMER_RECOMMENDATIONS, "C-1001"));
        assertThat(ApiRoute.match("/conversations/c-1/rating"))
                .contains(new ApiRoute.Match(ApiRoute.RATE_CONVERSATION, "c-1"));
        assertThat(ApiRoute.match("/analytics/summary")).contains(new ApiRoute.Match(ApiRoute.ANALYTICS_SUMMARY, null));
        assertThat(ApiRoute.match("/analytics/summary.csv"))
                .contains(new ApiRoute.Match(ApiRoute.ANALYTICS_SUMMARY_CSV, null));
        assertThat(ApiRoute.match("/analytics/summaryxcsv")).isEmpty();
        assertThat(ApiRoute.match("/analytics/forecast")).contains(new ApiRoute.Match(ApiRoute.ANALYTICS_FORECAST, null));
        assertThat(ApiRoute.match("/conversations/c-1/escalation-risk"))
                .contains(new ApiRoute.Match(ApiRoute.CONVERSATION_ESCALATION_RISK, "c-1"));
        assertThat(ApiRoute.match("/customers/C-1001/churn-risk"))
                .contains(new ApiRoute.Match(ApiRoute.CUSTOMER_CHURN_RISK, "C-1001"));
        assertThat(ApiRoute.match("/analytics/daily")).contains(new ApiRoute.Match(ApiRoute.ANALYTICS_DAILY, null));
    }

    @Test
    void unknownPathsAndMalformedIdsMatchNothing() {
        assertThat(ApiRoute.match(null)).isEmpty();
        assertThat(ApiRoute.match("/")).isEmpty();
        assertThat(ApiRoute.match("/conversations/c-1/notes")).isEmpty();
        assertThat(ApiRoute.match("/conversations/<script>")).isEmpty();
        assertThat(ApiRoute.match("/conversations/" + "x".repeat(200))).isEmpty();
    }

    @Test
    void eachRouteNamesItsMethod() {
        assertThat(ApiRoute.READ_CONVERSATION.method()).isEqualTo("GET");
        assertThat(ApiRoute.POST_MESSAGE.method()).isEqualTo("POST");
    }
}
