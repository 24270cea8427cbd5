package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.OrderStatus;

class SettingsTest {

    static Map<String, Object> minimal() {
        Map<String, Object> values = new HashMap<>();
        values.put("url", "jdbc:postgresql://crm:5432/crm");
        values.put("customerByIdSql", "SELECT KDNR, NAME1 FROM KUNDE WHERE KDNR = :customerId");
        values.put("orderByNumberSql", "SELECT AUFNR, STATUS, DATUM FROM AUFTRAG WHERE AUFNR = :orderId");
        return values;
    }

    private static Settings settings(Map<String, Object> values) {
        return Settings.of(TestConfig.of(values));
    }

    @Test
    void aMinimalConfigurationServesLookups() {
        Settings settings = settings(minimal());

        assertThat(settings.driverClass).isEqualTo("org.postgresql.Driver");
        assertThat(settings.statement(Query.CUSTOMER_BY_ID).jdbc()).endsWith("KDNR = ?");
        assertThat(settings.statement(Query.CUSTOMER_BY_EMAIL)).isNull();
        assertThat(settings.inboxEnabled()).isFalse();
        assertThat(settings.serviceRanking).isEqualTo(10);
    }

    @Test
    void aNameTooLongForTheOutboxChannelIsRefused() {
        Map<String, Object> values = minimal();
        values.put("name", "x".repeat(60));

        assertThatThrownBy(() -> settings(values)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name: longer than 59 characters");
        values.put("name", "x".repeat(59));
        assertThat(InboxReplyDelivery.channel(settings(values).name)).hasSize(64);
    }

    @Test
    void theDriverFollowsTheUrlsScheme() {
        assertThat(Drivers.driverClassOf("jdbc:mariadb://h/db")).isEqualTo("org.mariadb.jdbc.Driver");
        assertThat(Drivers.driverClassOf("jdbc:mysql://h/db")).isEqualTo("org.mariadb.jdbc.Driver");
        assertThat(Drivers.driverClassOf("jdbc:h2:mem:x")).isEqualTo("org.h2.Driver");
        assertThat(Drivers.driverClassOf("jdbc:oracle:thin:@h")).isNull();
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsProperty() {
        Map<String, Object> values = new HashMap<>();
        values.put("url", "");
        values.put("customerByEmailSql", "SELECT * FROM KUNDE WHERE EMAIL = :mail");
        values.put("statusMapping", "S=SHIPED");
        values.put("customerColumns", "id=KDNR, nam=NAME1");
        values.put("maxPoolSize", 0);

        assertThatThrownBy(() -> settings(values)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("url: missing")
                .hasMessageContaining("customerByIdSql: missing")
                .hasMessageContaining("orderByNumberSql: missing")
                .hasMessageContaining("customerByEmailSql: unknown parameter :mail; this statement may use :email")
                .hasMessageContaining("statusMapping: 'SHIPED' (code S) is not one of")
                .hasMessageContaining("customerColumns: unknown field 'nam'")
                .hasMessageContaining("maxPoolSize: 0 is outside 1..100");
    }

    @Test
    void aStatementMustUseItsKeyParameter() {
        Map<String, Object> values = minimal();
        values.put("orderByNumberSql", "SELECT * FROM AUFTRAG");
        values.put("customerByPhoneSql", "SELECT * FROM KUNDE");

        assertThatThrownBy(() -> settings(values))
                .hasMessageContaining("orderByNumberSql: the statement must use :orderId")
                .hasMessageContaining("customerByPhoneSql: the statement must use :phone or :phoneDigits");
    }

    @Test
    void anExplicitMappingMustNameTheRequiredFields() {
        Map<String, Object> values = minimal();
        values.put("orderColumns", "number=AUFNR, status=STATUS");

        assertThatThrownBy(() -> settings(values)).hasMessageContaining("orderColumns: field 'placedAt' must be mapped");
    }

    @Test
    void statusCodesMapOntoParleysStates() {
        StatusMapping mapping = StatusMapping.parse("S=SHIPPED, X=cancelled, 3=DELIVERED");

        assertThat(mapping.of("S")).isEqualTo(OrderStatus.SHIPPED);
        assertThat(mapping.of("X ")).isEqualTo(OrderStatus.CANCELLED);
        assertThat(mapping.of("3")).isEqualTo(OrderStatus.DELIVERED);
        assertThat(mapping.of("Q")).isNull();
        assertThat(StatusMapping.parse("").of("PAID")).isEqualTo(OrderStatus.PAID);
        assertThatThrownBy(() -> StatusMapping.parse("S=SHIPPED, S=DELIVERED")).hasMessageContaining("mapped twice");
        assertThatThrownBy(() -> StatusMapping.parse("=SHIPPED")).hasMessageContaining("no legacy code");
    }

    @Test
    void columnsAreMatchedCaseInsensitively() {
        ColumnMapping mapping = ColumnMapping.parse("id=kdnr, email = Email_Adr", ColumnMapping.CUSTOMER, java.util.Set.of("id"));

        assertThat(mapping.column("id")).isEqualTo("KDNR");
        assertThat(mapping.column("email")).isEqualTo("EMAIL_ADR");
        assertThat(mapping.column("name")).isNull();
        assertThat(ColumnMapping.parse("", ColumnMapping.CUSTOMER, java.util.Set.of()).column("postalCode"))
                .isEqualTo("POSTALCODE");
    }

    @Test
    void theInboxNeedsBothItsStatements() {
        Map<String, Object> values = minimal();
        values.put("inboxSql", "SELECT NR AS id, TEXT FROM NACHRICHT WHERE NR > :after");

        assertThatThrownBy(() -> settings(values)).hasMessageContaining("inboxSql, inboxReplySql");

        values.put("inboxReplySql", "UPDATE NACHRICHT SET ANTWORT = :reply WHERE NR = :messageId");
        assertThat(settings(values).inboxEnabled()).isTrue();
    }

    @Test
    void aChangeWithoutItsStatementIsRefusedNamingTheProperty() {
        Settings settings = settings(minimal());

        assertThatThrownBy(() -> settings.requireChange(Query.CANCEL_ORDER, "cancelling orders"))
                .isInstanceOf(ChangeRejectedException.class)
                .hasMessage("cancelling orders is not enabled for the legacy CRM 'legacy-crm': its adapter has no "
                        + "cancelOrderSql configured");
    }
}
