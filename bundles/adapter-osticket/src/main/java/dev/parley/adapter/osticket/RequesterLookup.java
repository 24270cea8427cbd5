package dev.parley.adapter.osticket;

import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.Customer;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.host.HostUnavailableException;

/**
 * The name and e-mail address osTicket requires for a ticket: the customer's, from the customer
 * directory (the CRM), else the configured anonymous requester. Without either, osTicket cannot
 * take the ticket, and the caller is told why.
 */
final class RequesterLookup {

    private static final Logger LOG = LoggerFactory.getLogger(RequesterLookup.class);

    private final Supplier<CustomerDirectory> directory;
    private final String anonymousName;
    private final String anonymousEmail;

    RequesterLookup(Supplier<CustomerDirectory> directory, String anonymousName, String anonymousEmail) {
        this.directory = directory;
        this.anonymousName = anonymousName;
        this.anonymousEmail = anonymousEmail;
    }

    Requester requesterOf(String customerId) {
        Optional<Customer> customer = Optional.empty();
        CustomerDirectory customers = directory.get();
        if (customerId != null && customers != null) {
            try {
                customer = customers.findById(customerId);
            } catch (HostUnavailableException e) {
                if (anonymousEmail.isEmpty()) {
                    throw e;
                }
                LOG.warn("osTicket adapter: customer directory unavailable ({}); the ticket is opened for the "
                        + "anonymous requester", e.getMessage());
            }
        }
        Optional<Requester> known = customer.filter(found -> found.email() != null && !found.email().isBlank())
                .map(found -> new Requester(nameOf(found), found.email()));
        if (known.isPresent()) {
            return known.get();
        }
        if (anonymousEmail.isEmpty()) {
            throw new ChangeRejectedException("osTicket needs the customer's e-mail address, and "
                    + (customerId == null ? "the customer is not identified" : "the CRM has none for customer "
                            + customerId) + ": set anonymousEmail in etc/" + OsTicketAdapter.PID + ".cfg to open "
                    + "such tickets anyway");
        }
        return new Requester(anonymousName, anonymousEmail);
    }

    private static String nameOf(Customer customer) {
        if (customer.name() != null && !customer.name().isBlank()) {
            return customer.name().strip();
        }
        return customer.email().substring(0, Math.max(1, customer.email().indexOf('@')));
    }
}
