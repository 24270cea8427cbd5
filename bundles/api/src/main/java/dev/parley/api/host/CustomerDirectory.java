package dev.parley.api.host;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The host's customer records (CRM contacts, shop accounts, helpdesk users), implemented by an
 * adapter.
 *
 * <p>Implementations are thread-safe. Lookups that match more than one customer return empty:
 * Parley must never guess whose data to show. Exceptions are those of the package documentation.
 */
@ConsumerType
public interface CustomerDirectory {

    /**
     * Looks a customer up by the host's id.
     *
     * @param customerId the host's customer id; not {@code null}
     * @return the customer, or empty if the host has none with this id
     * @throws HostUnavailableException if the host cannot be reached
     */
    Optional<Customer> findById(String customerId);

    /**
     * Looks a customer up by e-mail address.
     *
     * @param email the address, lower-case (as {@link dev.parley.api.nlp.EntityTypes#EMAIL}
     *     normalizes it); the adapter compares case-insensitively; not {@code null}
     * @return the one customer with this address, or empty if none or several have it
     * @throws HostUnavailableException if the host cannot be reached
     */
    Optional<Customer> findByEmail(String email);

    /**
     * Looks a customer up by phone number.
     *
     * @param phone the number in E.164 form, e.g. {@code "+4930123456"} (as
     *     {@link dev.parley.api.nlp.EntityTypes#PHONE} normalizes it); not {@code null}
     * @return the one customer with this number, or empty if none or several have it
     * @throws HostUnavailableException if the host cannot be reached
     */
    Optional<Customer> findByPhone(String phone);

    /**
     * Changes a customer's contact data. Fields of {@code update} that are {@code null} stay as
     * they are.
     *
     * @param customerId the host's customer id; not {@code null}
     * @param update the new values; not {@code null}
     * @return the customer as stored after the change
     * @throws RecordNotFoundException if the host has no customer with this id
     * @throws ChangeRejectedException if the host refuses a value, e.g. an e-mail address that
     *     belongs to another customer
     * @throws UnsupportedOperationException if the host does not allow contact changes through
     *     this adapter
     * @throws HostUnavailableException if the host cannot be reached
     */
    Customer updateContact(String customerId, ContactUpdate update);
}
