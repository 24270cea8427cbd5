package dev.parley.adapter.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.parley.api.host.Address;
import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.ContactUpdate;
import dev.parley.api.host.Customer;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.host.RecordNotFoundException;

/** The demo shop's customers: e-mail looked up case-insensitively, phone numbers by their digits. */
@Component(service = CustomerDirectory.class)
public final class DemoCustomerDirectory implements CustomerDirectory {

    private final DemoSql sql;

    @Activate
    public DemoCustomerDirectory(@Reference DemoCrm crm) {
        this(crm.sql());
    }

    DemoCustomerDirectory(DemoSql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Customer> findById(String customerId) {
        Objects.requireNonNull(customerId, "customerId");
        return find("WHERE id = ?", customerId);
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        Objects.requireNonNull(email, "email");
        return find("WHERE email_key = ?", ContactRules.emailKey(email));
    }

    @Override
    public Optional<Customer> findByPhone(String phone) {
        Objects.requireNonNull(phone, "phone");
        String digits = ContactRules.phoneDigits(phone);
        return digits == null ? Optional.empty() : find("WHERE phone_digits = ?", digits);
    }

    @Override
    public Customer updateContact(String customerId, ContactUpdate update) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(update, "update");
        String email = update.email() == null ? null : ContactRules.validEmail(update.email());
        String phone = update.phone() == null ? null : ContactRules.validPhone(update.phone());
        Address address = update.address() == null ? null : ContactRules.validAddress(update.address());
        Optional<Customer> other = email == null ? Optional.empty() : findByEmail(email);
        if (other.isPresent() && !other.get().id().equals(customerId)) {
            throw new ChangeRejectedException("this e-mail address belongs to another customer account");
        }
        return sql.inTransaction("updating a customer's contact data", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE demo_customer SET "
                    + "email = COALESCE(?, email), email_key = COALESCE(?, email_key), phone = COALESCE(?, phone), "
                    + "phone_digits = COALESCE(?, phone_digits) WHERE id = ?")) {
                statement.setString(1, email);
                statement.setString(2, email);
                statement.setString(3, phone);
                statement.setString(4, ContactRules.phoneDigits(phone));
                statement.setString(5, customerId);
                if (statement.executeUpdate() == 0) {
                    throw new RecordNotFoundException("no customer " + customerId + " in the demo CRM");
                }
            } catch (SQLException e) {
                if (DemoSql.isUniqueViolation(e)) {
                    throw new ChangeRejectedException("this e-mail address belongs to another customer account");
                }
                throw e;
            }
            if (address != null) {
                try (PreparedStatement statement = connection.prepareStatement("UPDATE demo_customer SET "
                        + "address_line1 = ?, address_line2 = ?, postal_code = ?, city = ?, region = ?, country_code = ? "
                        + "WHERE id = ?")) {
                    DemoRows.bindAddress(statement, 1, address);
                    statement.setString(7, customerId);
                    statement.executeUpdate();
                }
            }
            try (PreparedStatement query = connection.prepareStatement(DemoRows.SELECT_CUSTOMER + "WHERE id = ?")) {
                query.setString(1, customerId);
                return DemoRows.oneCustomer(query).orElseThrow();
            }
        });
    }

    private Optional<Customer> find(String where, String value) {
        return sql.read("looking a customer up", connection -> {
            try (PreparedStatement query = connection.prepareStatement(DemoRows.SELECT_CUSTOMER + where)) {
                query.setString(1, value);
                return DemoRows.oneCustomer(query);
            }
        });
    }
}
