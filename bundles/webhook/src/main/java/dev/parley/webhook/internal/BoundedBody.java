package dev.parley.webhook.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a request body with a hard cap, whatever {@code Content-Length} says (a chunked body has
 * none, and a client may lie), so no request can make Parley hold more than the cap.
 */
final class BoundedBody {

    /** The body was larger than the cap. */
    static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message, null, false, false);
        }
    }

    private BoundedBody() {
    }

    /**
     * @param declaredLength the {@code Content-Length}, or -1 if unknown
     * @return the body, at most {@code maxBytes} bytes
     * @throws TooLargeException if the declared length or the bytes read exceed {@code maxBytes}
     */
    static byte[] read(InputStream in, long declaredLength, int maxBytes) throws IOException, TooLargeException {
        if (declaredLength > maxBytes) {
            throw tooLarge(declaredLength + " bytes", maxBytes);
        }
        int initial = (int) Math.min(maxBytes + 1L, declaredLength >= 0 ? declaredLength + 1 : 8192);
        byte[] buffer = new byte[Math.max(initial, 1)];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(maxBytes + 1L, buffer.length * 2L));
            }
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) {
                return Arrays.copyOf(buffer, length);
            }
            length += read;
            if (length > maxBytes) {
                throw tooLarge("more than " + maxBytes + " bytes", maxBytes);
            }
        }
    }

    /** {@code true} if the bytes are well-formed UTF-8. */
    static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static TooLargeException tooLarge(String size, int maxBytes) {
        return new TooLargeException("the body has " + size + "; the maximum is " + maxBytes
                + " bytes (" + WebhookQueues.PID + " maxBodyBytes)");
    }
}
