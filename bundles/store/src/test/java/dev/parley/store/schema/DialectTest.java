package dev.parley.store.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DialectTest {

    @Test
    void theUrlSchemeSelectsTheDialectAndDriver() {
        assertThat(Dialect.of("jdbc:h2:file:/srv/parley/data/db/parley")).isEqualTo(Dialect.H2);
        assertThat(Dialect.of("JDBC:PostgreSQL://db:5432/parley")).isEqualTo(Dialect.POSTGRESQL);
        assertThat(Dialect.POSTGRESQL.driverClass()).isEqualTo("org.postgresql.Driver");
        assertThat(Dialect.H2.folder()).isEqualTo("h2");
    }

    @Test
    void anUnsupportedSchemeIsNamedWithoutTheRestOfTheUrl() {
        assertThatThrownBy(() -> Dialect.of("jdbc:oracle:thin:scott/tiger@db:1521"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'jdbc:oracle:'")
                .hasMessageNotContaining("tiger");
    }

    @Test
    void scriptsSplitAtSemicolonsEndingALineAndTakeTheirDescriptionFromTheFirstComment() {
        MigrationScript script = MigrationScript.parse(3,
                "-- orders and lines\n-- second comment\nCREATE TABLE a (x INT);\n\nINSERT INTO a VALUES (1); -- no\n"
                        + "INSERT INTO a\n  VALUES (2);\n");

        assertThat(script.description()).isEqualTo("orders and lines");
        assertThat(script.statements()).containsExactly("CREATE TABLE a (x INT)",
                "INSERT INTO a VALUES (1); -- no\nINSERT INTO a\n  VALUES (2)");
        assertThat(script.checksum()).hasSize(64);
    }
}
