package dev.parley.adapter.jdbc;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.parley.api.host.OrderStatus;

/**
 * The legacy system's order states ({@code 'S'}, {@code 'X'}, {@code 3}) as Parley's
 * {@link OrderStatus}: {@code S=SHIPPED, X=CANCELLED, 3=DELIVERED}. An empty mapping takes the
 * legacy values to be the status names themselves. Codes are compared after trimming, as legacy
 * {@code CHAR} columns pad them.
 */
final class StatusMapping {

    private final Map<String, OrderStatus> codes;

    private StatusMapping(Map<String, OrderStatus> codes) {
        this.codes = codes;
    }

    /**
     * Reads a mapping.
     *
     * @throws IllegalArgumentException naming the pair that is wrong and the states there are
     */
    static StatusMapping parse(String value) {
        Map<String, OrderStatus> codes = new LinkedHashMap<>();
        if (value == null || value.isBlank()) {
            for (OrderStatus status : OrderStatus.values()) {
                codes.put(status.name(), status);
            }
            return new StatusMapping(codes);
        }
        for (String pair : value.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.lastIndexOf('=');
            String code = equals < 0 ? "" : pair.substring(0, equals).trim();
            String name = equals < 0 ? pair.trim() : pair.substring(equals + 1).trim();
            if (code.isEmpty()) {
                throw new IllegalArgumentException("'" + pair.trim() + "' has no legacy code: write CODE=STATUS, e.g. S=SHIPPED");
            }
            OrderStatus status;
            try {
                status = OrderStatus.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + name + "' (code " + code + ") is not one of "
                        + java.util.Arrays.toString(OrderStatus.values()));
            }
            if (codes.put(code, status) != null) {
                throw new IllegalArgumentException("code '" + code + "' is mapped twice");
            }
        }
        return new StatusMapping(codes);
    }

    /**
     * The status of a legacy code.
     *
     * @return the status, or {@code null} if the code is not mapped
     */
    OrderStatus of(String code) {
        return code == null ? null : codes.get(code.trim());
    }
}
