package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class NamedSqlTest {

    @Test
    void namedParametersBecomePlaceholdersInOrder() {
        NamedSql sql = NamedSql.parse("SELECT * FROM KUNDE WHERE KDNR = :customerId OR LOWER(EMAIL_ADR) = :email "
                + "OR ALT_KDNR = :customerId");

        assertThat(sql.jdbc()).isEqualTo("SELECT * FROM KUNDE WHERE KDNR = ? OR LOWER(EMAIL_ADR) = ? OR ALT_KDNR = ?");
        assertThat(sql.parameters()).containsExactly("customerId", "email", "customerId");
        assertThat(sql.names()).containsExactly("customerId", "email");
    }

    @Test
    void postgresCastsStayCasts() {
        NamedSql sql = NamedSql.parse("SELECT KDNR::text AS id FROM KUNDE WHERE KDNR = :customerId::integer");

        assertThat(sql.jdbc()).isEqualTo("SELECT KDNR::text AS id FROM KUNDE WHERE KDNR = ?::integer");
        assertThat(sql.parameters()).containsExactly("customerId");
    }

    @Test
    void colonsInQuotesAndCommentsAreText() {
        NamedSql sql = NamedSql.parse("SELECT 'at :noon' AS a, 'it''s :x' AS b, \"odd:col\", `my:col` -- by :nothing\n"
                + "FROM T /* :neither */ WHERE C = :orderId");

        assertThat(sql.jdbc()).isEqualTo("SELECT 'at :noon' AS a, 'it''s :x' AS b, \"odd:col\", `my:col` -- by :nothing\n"
                + "FROM T /* :neither */ WHERE C = ?");
        assertThat(sql.parameters()).containsExactly("orderId");
    }

    @Test
    void aColonNotBeforeANameIsText() {
        NamedSql sql = NamedSql.parse("SELECT a FROM t WHERE b = :_x1 AND c := 1 AND d = ':'");

        assertThat(sql.jdbc()).isEqualTo("SELECT a FROM t WHERE b = ? AND c := 1 AND d = ':'");
        assertThat(sql.parameters()).containsExactly("_x1");
    }

    @Test
    void aQuestionMarkOfTheAdminIsRefused() {
        assertThatThrownBy(() -> NamedSql.parse("SELECT * FROM t WHERE a = ?"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 27")
                .hasMessageContaining("named parameters");
    }

    @Test
    void aQuestionMarkInQuotesIsText() {
        assertThat(NamedSql.parse("SELECT 'why?' FROM t WHERE a = :x").jdbc()).isEqualTo("SELECT 'why?' FROM t WHERE a = ?");
    }

    @Test
    void unclosedQuotesAndCommentsAreRefused() {
        assertThatThrownBy(() -> NamedSql.parse("SELECT 'open FROM t")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> NamedSql.parse("SELECT a /* open")).hasMessageContaining("not closed");
    }

    @Test
    void valuesAreBoundNotWrittenIntoTheStatement() throws Exception {
        NamedSql sql = NamedSql.parse("UPDATE KUNDE SET EMAIL_ADR = :email WHERE KDNR = :customerId AND X = :email");
        PreparedStatement statement = mock(PreparedStatement.class);
        Map<String, Object> values = new HashMap<>();
        values.put("email", "x'; DROP TABLE KUNDE; --");
        values.put("customerId", null);

        sql.bind(statement, values);

        assertThat(sql.jdbc()).doesNotContain("DROP");
        InOrder order = inOrder(statement);
        order.verify(statement).setObject(1, "x'; DROP TABLE KUNDE; --");
        order.verify(statement).setNull(2, Types.VARCHAR);
        order.verify(statement).setObject(3, "x'; DROP TABLE KUNDE; --");
    }

    @Test
    void aMissingValueIsABug() {
        NamedSql sql = NamedSql.parse("SELECT * FROM t WHERE a = :orderId");

        assertThatThrownBy(() -> sql.bind(mock(PreparedStatement.class), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":orderId");
    }
}
