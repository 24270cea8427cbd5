package dev.parley.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    @Test
    void readsABodyUpToTheCapWhateverContentLengthSays() throws Exception {
        byte[] body = "{\"a\": 1}".getBytes(StandardCharsets.UTF_8);

        assertThat(BoundedBody.read(new ByteArrayInputStream(body), -1, 8)).isEqualTo(body);
        assertThat(BoundedBody.read(new ByteArrayInputStream(body), 2, 8)).as("a lying Content-Length").isEqualTo(body);
    }

    @Test
    void aLargerBodyIsRefusedBeforeOrWhileReading() {
        assertThatThrownBy(() -> BoundedBody.read(InputStream.nullInputStream(), 9, 8))
                .isInstanceOf(BoundedBody.TooLargeException.class).hasMessageContaining("9 bytes");
        assertThatThrownBy(() -> BoundedBody.read(new ByteArrayInputStream(new byte[20]), -1, 8))
                .isInstanceOf(BoundedBody.TooLargeException.class).hasMessageContaining("more than 8 bytes");
    }

    @Test
    void utf8IsChecked() {
        assertThat(BoundedBody.isUtf8("Grüße 👋".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(BoundedBody.isUtf8("Grüße".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(BoundedBody.isUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).as("a lone surrogate")
                .isFalse();
    }
}
