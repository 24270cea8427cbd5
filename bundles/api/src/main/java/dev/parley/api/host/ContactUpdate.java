package dev.parley.api.host;

import org.osgi.annotation.versioning.ProviderType;

/**
 * New contact data for {@link CustomerDirectory#updateContact(String, ContactUpdate)}: a
 * {@code null} field stays unchanged, so a value cannot be removed through it.
 *
 * @param email the new e-mail address, lower-case, or {@code null} to keep the current one
 * @param phone the new phone number, E.164, or {@code null} to keep the current one
 * @param address the new default address, or {@code null} to keep the current one
 */
@ProviderType
public record ContactUpdate(String email, String phone, Address address) {
}
