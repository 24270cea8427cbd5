package dev.parley.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a request body as JSON bytes with a hard cap: a body larger than the cap is refused before
 * it is buffered, so no client can make Parley hold unbounded input.
 */
final class RequestBody {

    private RequestBody() {
    }

    /**
     * Checks the {@code Content-Type}: JSON ({@code application/json} or {@code application/*+json})
     * in UTF-8. An empty body may come without one.
     *
     * @throws ProblemException 415 for any other media type or charset
     */
    static void requireJson(String contentType, long contentLength) {
        if (contentType == null || contentType.isBlank()) {
            if (contentLength == 0) {
                return;
            }
            throw unsupported("the request has no Content-Type; send Content-Type: application/json");
        }
        String[] parts = contentType.split(";");
        String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json") && !(mediaType.startsWith("application/") && mediaType.endsWith("+json"))) {
            throw unsupported("Content-Type " + mediaType + " is not supported; send Content-Type: application/json");
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].trim().split("=", 2);
            if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("charset")) {
                String charset = parameter[1].trim().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    throw unsupported("charset " + charset + " is not supported; send JSON in UTF-8");
                }
            }
        }
    }

    /**
     * Reads at most {@code maxBytes} bytes.
     *
     * @param declaredLength the {@code Content-Length}, or -1 if the body is chunked
     * @throws ProblemException 413 if the body is larger than {@code maxBytes}
     */
    static byte[] read(InputStream in, long declaredLength, int maxBytes) throws IOException {
        if (declaredLength > maxBytes) {
            throw tooLarge(declaredLength, maxBytes);
        }
        byte[] buffer = new byte[(int) Math.min(maxBytes + 1L, declaredLength >= 0 ? declaredLength + 1 : 8192)];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                if (length > maxBytes) {
                    throw tooLarge(-1, maxBytes);
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(maxBytes + 1L, buffer.length * 2L));
            }
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) {
                break;
            }
            length += read;
            if (length > maxBytes) {
                throw tooLarge(-1, maxBytes);
            }
        }
        return Arrays.copyOf(buffer, length);
    }

    private static ProblemException tooLarge(long declaredLength, int maxBytes) {
        String size = declaredLength >= 0 ? declaredLength + " bytes" : "more than " + maxBytes + " bytes";
        return ProblemException.tooLarge(null, "the request body has " + size + "; the maximum is " + maxBytes
                + " bytes (dev.parley.rest maxBodyBytes)");
    }

    private static ProblemException unsupported(String detail) {
        return new ProblemException(415, "unsupported-media-type", "Unsupported media type", detail, null);
    }
}
