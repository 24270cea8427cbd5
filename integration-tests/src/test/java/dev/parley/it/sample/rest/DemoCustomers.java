package dev.parley.it.sample.rest;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import dev.parley.api.host.ContactUpdate;
import dev.parley.api.host.Customer;
import dev.parley.api.host.CustomerDirectory;

/** A customer directory with the demo customer C-1001 only; ranked below any real directory. */
@Component(property = "service.ranking:Integer=-100")
public class DemoCustomers implements CustomerDirectory {

    private static final Customer ADA = new Customer("C-1001", "Ada Lovelace", "ada@example.com", null, null, null, null);

    @Override
    public Optional<Customer> findById(String customerId) {
        return Optional.of(ADA).filter(customer -> customer.id().equals(customerId));
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        return Optional.of(ADA).filter(customer -> customer.email().equals(email));
    }

    @Override
    public Optional<Customer> findByPhone(String phone) {
        return Optional.empty();
    }

    @Override
    public Customer updateContact(String customerId, ContactUpdate update) {
        throw new UnsupportedOperationException("the demo directory is read-only");
    }
}
