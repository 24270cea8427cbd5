package dev.parley.api.host;

import java.time.Instant;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A customer as the host knows them.
 *
 * @param id the host's customer id; not {@code null}
 * @param name the display name, or {@code null} if unknown
 * @param email the e-mail address, lower-case, or {@code null} if unknown
 * @param phone the phone number, E.164 where possible, or {@code null} if unknown
 * @param tier the host's customer segment, e.g. {@code "vip"} or {@code "gold"}, used for handoff
 *     routing; {@code null} if the host has none
 * @param defaultAddress the default shipping address, or {@code null} if unknown
 * @param since when the customer account was created, or {@code null} if unknown
 */
@ProviderType
public record Customer(
        String id,
        String name,
        String email,
        String phone,
        String tier,
        Address defaultAddress,
        Instant since) {

    public Customer {
        Objects.requireNonNull(id, "id");
    }
}
