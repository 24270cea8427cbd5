package dev.parley.adapter.chatwoot;

import java.lang.annotation.Annotation;
import java.util.List;

/** Configurations for tests, as ConfigAdmin would hand them to the component. */
final class TestSettings {

    static final String SECRET = "test-chatwoot-secret";

    private TestSettings() {
    }

    static ChatwootWebhookHandler.Config config(String baseUrl, String token, String secret, long accountId,
            String[] teams, long defaultTeam) {
        return new ChatwootWebhookHandler.Config() {
            @Override public Class<? extends Annotation> annotationType() { return ChatwootWebhookHandler.Config.class; }
            @Override public String baseUrl() { return baseUrl; }
            @Override public String apiAccessToken() { return token; }
            @Override public String webhookSecret() { return secret; }
            @Override public boolean allowUnsigned() { return false; }
            @Override public long accountId() { return accountId; }
            @Override public String[] teamMapping() { return teams; }
            @Override public long defaultTeamId() { return defaultTeam; }
            @Override public long ownUserId() { return 0; }
            @Override public boolean labelIntent() { return true; }
            @Override public boolean labelSentiment() { return true; }
            @Override public int maxAgeSeconds() { return 300; }
            @Override public int requestTimeoutSeconds() { return 10; }
        };
    }

    static ChatwootSettings settings() {
        return ChatwootSettings.of(config("http://127.0.0.1:9", "token-1", SECRET, 1, new String[] {"billing=3"}, 9),
                List.of("general", "billing"));
    }
}
