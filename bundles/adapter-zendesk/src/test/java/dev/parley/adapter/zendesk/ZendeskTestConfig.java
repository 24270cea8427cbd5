package dev.parley.adapter.zendesk;

import java.lang.annotation.Annotation;

/** A configuration as an admin would write it, with every property settable. */
class ZendeskTestConfig implements ZendeskAdapter.Config {

    String baseUrl = "https://acme.zendesk.com/";
    String email = "bot@acme.example";
    String apiToken = "api-token";
    String assistantUserId = "900";
    String signingSecret = "signing-secret";
    String webhookUser = "";
    String webhookPassword = "";
    int signatureMaxAgeSeconds = 300;
    String replyMode = "reply";
    String[] queueGroups = {"billing=360001"};
    String defaultGroupId = "";

    @Override
    public Class<? extends Annotation> annotationType() {
        return ZendeskAdapter.Config.class;
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String apiToken() {
        return apiToken;
    }

    @Override
    public String assistantUserId() {
        return assistantUserId;
    }

    @Override
    public String signingSecret() {
        return signingSecret;
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
    public int signatureMaxAgeSeconds() {
        return signatureMaxAgeSeconds;
    }

    @Override
    public String replyMode() {
        return replyMode;
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
        return defaultGroupId;
    }
}
