package dev.parley.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slf4j.helpers.NOPLogger;

class ColumnMappingTest {

    private static final Map<Column, String> DEFAULTS = ImportSettings.from(TestConfig.defaults(), null,
            NOPLogger.NOP_LOGGER).columnNames();

    @Test
    void theDefaultsFindEveryColumnOfTheCustomerSupportTicketExport() throws Exception {
        List<String> header = List.of(CsvFileImporterTest.HEADER.strip().split(","));

        ColumnMapping mapping = ColumnMapping.of(header, DEFAULTS);

        assertThat(mapping.position(Column.TICKET_ID)).isZero();
        assertThat(mapping.position(Column.CUSTOMER_EMAIL)).isEqualTo(2);
        assertThat(mapping.position(Column.DESCRIPTION)).isEqualTo(7);
        assertThat(mapping.position(Column.SATISFACTION)).isEqualTo(14);
        assertThat(mapping.unmapped()).containsExactly(Column.CREATED);
    }

    @Test
    void namesAreMatchedIgnoringCaseAndSpacesAroundThem() throws Exception {
        ColumnMapping mapping = ColumnMapping.of(List.of(" ticket id ", "BODY", "Ticket Subject"), with(Column.DESCRIPTION, "body"));

        assertThat(mapping.position(Column.TICKET_ID)).isZero();
        assertThat(mapping.position(Column.DESCRIPTION)).isEqualTo(1);
        assertThat(mapping.position(Column.SUBJECT)).isEqualTo(2);
        assertThat(mapping.position(Column.STATUS)).isEqualTo(-1);
    }

    @Test
    void aBlankNameLeavesTheColumnOut() throws Exception {
        ColumnMapping mapping = ColumnMapping.of(List.of("Ticket ID", "Ticket Subject", "Customer Email"),
                with(Column.CUSTOMER_EMAIL, ""));

        assertThat(mapping.position(Column.CUSTOMER_EMAIL)).isEqualTo(-1);
    }

    @Test
    void withoutTextColumnsNoRowCanBeImported() {
        assertThatThrownBy(() -> ColumnMapping.of(List.of("Ticket ID", "Status"), DEFAULTS))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("the header has neither the subject column 'Ticket Subject' nor the description column "
                        + "'Ticket Description'; set subjectColumn or descriptionColumn in etc/dev.parley.adapter.csv.cfg "
                        + "to the names the export uses");
    }

    private static Map<Column, String> with(Column column, String name) {
        Map<Column, String> names = new EnumMap<>(DEFAULTS);
        names.put(column, name);
        return names;
    }
}
