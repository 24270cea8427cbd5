package dev.parley.api.conversation;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What a host says about the sender of a message. Any field may be {@code null}; all of them are
 * for an anonymous visitor. The values are claims, not proof of identity: a chat widget may let
 * anyone type any e-mail address.
 *
 * @param customerId the host's customer id, or {@code null}
 * @param email the e-mail address, or {@code null}
 * @param phone the phone number, E.164 where possible, or {@code null}
 * @param name the display name, or {@code null}
 */
@ProviderType
public record CustomerRef(String customerId, String email, String phone, String name) {

    private static final CustomerRef ANONYMOUS = new CustomerRef(null, null, null, null);

    /**
     * The sender about whom the host knows nothing.
     *
     * @return a reference with every field {@code null}
     */
    public static CustomerRef anonymous() {
        return ANONYMOUS;
    }
}
