package dev.parley.adapter.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.parley.api.host.Address;
import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.ContactUpdate;
import dev.parley.api.host.Customer;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.host.RecordNotFoundException;

/**
 * The legacy CRM's customers through the configured statements. A lookup whose statement is not
 * configured finds nobody; a change whose statement is not configured is refused with the
 * property that would enable it.
 */
final class LegacyCustomerDirectory implements CustomerDirectory {

    private final LegacyDatabase database;
    private final LegacyRows rows;
    private final Settings settings;

    LegacyCustomerDirectory(LegacyDatabase database) {
        this.database = database;
        this.rows = new LegacyRows(database);
        this.settings = database.settings();
    }

    @Override
    public Optional<Customer> findById(String customerId) {
        Objects.requireNonNull(customerId, "customerId");
        return find(Query.CUSTOMER_BY_ID, Map.of("customerId", customerId));
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        Objects.requireNonNull(email, "email");
        return find(Query.CUSTOMER_BY_EMAIL, Map.of("email", email.trim().toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<Customer> findByPhone(String phone) {
        Objects.requireNonNull(phone, "phone");
        return find(Query.CUSTOMER_BY_PHONE, phoneValues(phone));
    }

    @Override
    public Customer updateContact(String customerId, ContactUpdate update) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(update, "update");
        if (update.email() != null) {
            settings.requireChange(Query.UPDATE_EMAIL, "changing the e-mail address");
        }
        if (update.phone() != null) {
            settings.requireChange(Query.UPDATE_PHONE, "changing the phone number");
        }
        if (update.address() != null) {
            settings.requireChange(Query.UPDATE_ADDRESS, "changing the address");
        }
        return database.inTransaction("changing a customer's contact data", connection -> {
            if (update.email() != null) {
                change(connection, Query.UPDATE_EMAIL, customerId,
                        Map.of("customerId", customerId, "email", update.email().trim().toLowerCase(Locale.ROOT)));
            }
            if (update.phone() != null) {
                Map<String, Object> values = new HashMap<>(phoneValues(update.phone()));
                values.put("customerId", customerId);
                change(connection, Query.UPDATE_PHONE, customerId, values);
            }
            if (update.address() != null) {
                Map<String, Object> values = addressValues(update.address());
                values.put("customerId", customerId);
                change(connection, Query.UPDATE_ADDRESS, customerId, values);
            }
            return rows.oneCustomer(connection, Query.CUSTOMER_BY_ID, Map.of("customerId", customerId))
                    .orElseThrow(() -> new RecordNotFoundException("no customer " + customerId + " in the legacy CRM '"
                            + settings.name + "'"));
        });
    }

    private Optional<Customer> find(Query query, Map<String, ?> values) {
        if (settings.statement(query) == null) {
            return Optional.empty();
        }
        return database.read("looking a customer up", connection -> rows.oneCustomer(connection, query, values));
    }

    private void change(Connection connection, Query query, String customerId, Map<String, ?> values) throws SQLException {
        int changed;
        try {
            changed = database.update(connection, query, values);
        } catch (SQLException e) {
            if (LegacyDatabase.isRefusal(e)) {
                throw new ChangeRejectedException("the legacy CRM '" + settings.name + "' refused the change ("
                        + LegacyDatabase.withoutValues(e) + ")");
            }
            throw e;
        }
        if (changed == 0) {
            throw new RecordNotFoundException("no customer " + customerId + " in the legacy CRM '" + settings.name + "'");
        }
    }

    /** The number as Parley has it (E.164) and as its digits only, for legacy columns that store it either way. */
    static Map<String, Object> phoneValues(String phone) {
        String trimmed = phone.trim();
        return Map.of("phone", trimmed, "phoneDigits", trimmed.replaceAll("\\D", ""));
    }

    static Map<String, Object> addressValues(Address address) {
        Map<String, Object> values = new HashMap<>();
        values.put("line1", address.line1());
        values.put("line2", address.line2());
        values.put("postalCode", address.postalCode());
        values.put("city", address.city());
        values.put("region", address.region());
        values.put("countryCode", address.countryCode());
        return values;
    }
}
