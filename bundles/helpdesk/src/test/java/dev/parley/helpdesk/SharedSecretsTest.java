package dev.parley.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedSecretsTest {

    @Test
    void matchesOnlyTheExactConfiguredSecret() {
        assertThat(SharedSecrets.matches("s3cret", "s3cret")).isTrue();
        assertThat(SharedSecrets.matches("s3cret ", "s3cret")).isFalse();
        assertThat(SharedSecrets.matches(null, "s3cret")).isFalse();
        assertThat(SharedSecrets.matches("", "")).as("a blank configured secret never matches").isFalse();
    }

    @Test
    void basicCredentialsRoundTripAndBothPartsMustMatch() {
        String header = SharedSecrets.basicHeader("parley", "pa:ss");

        assertThat(SharedSecrets.basicCredentials(header)).hasValueSatisfying(c -> {
            assertThat(c[0]).isEqualTo("parley");
            assertThat(c[1]).isEqualTo("pa:ss");
        });
        assertThat(SharedSecrets.basicMatches(header, "parley", "pa:ss")).isTrue();
        assertThat(SharedSecrets.basicMatches(header, "parley", "other")).isFalse();
        assertThat(SharedSecrets.basicMatches(header, "someone", "pa:ss")).isFalse();
        assertThat(SharedSecrets.basicMatches(header, "", "")).as("Basic not configured").isFalse();
    }

    @Test
    void malformedAuthorizationHeadersAreNoCredentials() {
        assertThat(SharedSecrets.basicCredentials(null)).isEmpty();
        assertThat(SharedSecrets.basicCredentials("Bearer abc")).isEmpty();
        assertThat(SharedSecrets.basicCredentials("Basic !!!not-base64")).isEmpty();
        assertThat(SharedSecrets.basicCredentials("Basic bm9jb2xvbg==")).as("no colon").isEmpty();
        assertThat(SharedSecrets.basicCredentials("basic " + SharedSecrets.basicHeader("a", "b").substring(6)))
                .as("scheme ignores case").isPresent();
    }
}
