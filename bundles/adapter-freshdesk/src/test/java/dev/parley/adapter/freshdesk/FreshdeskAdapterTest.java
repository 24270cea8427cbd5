package dev.parley.adapter.freshdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import dev.parley.api.conversation.Assistant;
import dev.parley.api.store.ConversationStore;
import dev.parley.helpdesk.SharedSecrets;
import dev.parley.webhook.Outbox;
import dev.parley.webhook.WebhookRejection;
import dev.parley.webhook.WebhookRequest;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.felix.hc.api.Result;
import org.junit.jupiter.api.Test;

class FreshdeskAdapterTest {

    /** A configuration as an admin would write it. */
    static final class TestConfig implements FreshdeskAdapter.Config {
        String apiKey = "api-key";
        String webhookUser = "freshdesk";
        String webhookPassword = "rule-password";
        String webhookSecret = "header-secret";
        String[] queueGroups = {"billing=42"};

        @Override
        public Class<? extends Annotation> annotationType() {
            return FreshdeskAdapter.Config.class;
        }

        @Override
        public String baseUrl() {
            return "https://acme.freshdesk.com";
        }

        @Override
        public String apiKey() {
            return apiKey;
        }

        @Override
        public String webhookUser() {
            return webhookUser;
        }

        @Override
        public String webhookPassword() {
            return webhookPassword;
        }

        @Override
        public String webhookHeader() {
            return "X-Parley-Secret";
        }

        @Override
        public String webhookSecret() {
            return webhookSecret;
        }

        @Override
        public String replyMode() {
            return "reply";
        }

        @Override
        public boolean tagIntent() {
            return true;
        }

        @Override
        public boolean tagSentiment() {
            return true;
        }

        @Override
        public String handoffTag() {
            return "parley_handoff";
        }

        @Override
        public String handbackTag() {
            return "parley_handback";
        }

        @Override
        public String[] queueGroups() {
            return queueGroups;
        }

        @Override
        public String defaultGroupId() {
            return "";
        }
    }

    private static FreshdeskAdapter adapter(TestConfig config) {
        return new FreshdeskAdapter(config, mock(Assistant.class), mock(ConversationStore.class), mock(Outbox.class),
                List.of("general", "billing"));
    }

    private static WebhookRequest request(Map<String, List<String>> headers) {
        return new WebhookRequest("freshdesk", headers, "{}".getBytes(StandardCharsets.UTF_8), "127.0.0.1",
                Instant.now());
    }

    @Test
    void acceptsTheRulesBasicCredentialsOrTheCustomHeader() throws Exception {
        FreshdeskAdapter adapter = adapter(new TestConfig());

        adapter.authenticate(request(Map.of("Authorization", List.of(SharedSecrets.basicHeader("freshdesk",
                "rule-password")))));
        adapter.authenticate(request(Map.of("x-parley-secret", List.of("header-secret"))));
    }

    @Test
    void refusesMissingOrWrongCredentials() {
        FreshdeskAdapter adapter = adapter(new TestConfig());

        for (Map<String, List<String>> headers : List.of(Map.<String, List<String>>of(),
                Map.of("Authorization", List.of(SharedSecrets.basicHeader("freshdesk", "guess"))),
                Map.of("X-Parley-Secret", List.of("guess")))) {
            assertThatThrownBy(() -> adapter.authenticate(request(headers)))
                    .isInstanceOfSatisfying(WebhookRejection.class, r -> assertThat(r.status()).isEqualTo(401));
        }
    }

    @Test
    void aConfigurationWithoutCredentialsOrWithAWrongMappingIsCritical() {
        TestConfig config = new TestConfig();
        config.webhookUser = "";
        config.webhookSecret = "";
        config.apiKey = "";
        config.queueGroups = new String[] {"vip=1"};

        Result health = adapter(config).execute();

        assertThat(health.getStatus()).isEqualTo(Result.Status.CRITICAL);
        assertThat(health.toString()).contains("apiKey is required", "webhookSecret", "queue 'vip'")
                .doesNotContain("rule-password");
        assertThat(adapter(new TestConfig()).execute().getStatus()).isEqualTo(Result.Status.OK);
    }
}
