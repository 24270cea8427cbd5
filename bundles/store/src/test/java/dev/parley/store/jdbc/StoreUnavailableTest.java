package dev.parley.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import dev.parley.api.store.StoreUnavailableException;
import dev.parley.store.testing.TestDatabase;
import dev.parley.store.testing.TestDatabase.Backend;

/** A database that cannot be reached fails each call with a message free of customer data. */
@ParameterizedClass
@EnumSource(Backend.class)
class StoreUnavailableTest {

    private final Backend backend;
    @TempDir
    Path folder;

    StoreUnavailableTest(Backend backend) {
        this.backend = backend;
    }

    @Test
    void callsFailWithStoreUnavailableNamingNoCustomerData() throws Exception {
        try (TestDatabase database = TestDatabase.create(backend, folder);
                ConnectionPool pool = database.open(backend == Backend.H2
                        ? "jdbc:h2:tcp://127.0.0.1:1/nothing"
                        : "jdbc:postgresql://127.0.0.1:1/test?password=secret", 2000)) {
            JdbcConversationStore store = new JdbcConversationStore(pool.dataSource());

            assertThatThrownBy(() -> store.open("web", "secret-external-id", "C-1001", null))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("the database cannot be reached")
                    .hasMessageNotContaining("secret")
                    .hasMessageNotContaining("C-1001");
            assertThatThrownBy(() -> store.historyOf("C-1001", java.time.Instant.now(), 5))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("reading a customer's history");
        }
    }

    @Test
    void theUrlIsLoggedWithoutItsParameters() {
        assertThat(ConnectionPool.redacted("jdbc:postgresql://db:5432/parley?user=p&password=secret"))
                .isEqualTo("jdbc:postgresql://db:5432/parley");
        assertThat(ConnectionPool.redacted("jdbc:h2:file:/x/parley;PASSWORD=secret")).isEqualTo("jdbc:h2:file:/x/parley");
    }
}
