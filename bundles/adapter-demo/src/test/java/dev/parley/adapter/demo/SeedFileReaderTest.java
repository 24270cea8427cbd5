package dev.parley.adapter.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import dev.parley.api.host.Order;
import dev.parley.api.host.OrderStatus;

/** Problems in etc/demo-crm.json are named with their place. */
class SeedFileReaderTest {

    private static final String CUSTOMER = "{\"id\": \"C-1\", \"email\": \"a@example.com\"}";

    @Test
    void theShippedFileHasTheDocumentedContent() throws Exception {
        SeedData data = SeedFileReader.read(Files.readString(DemoCrmTest.SHIPPED_SEED));

        assertThat(data.customers()).hasSizeBetween(18, 25);
        assertThat(data.orders()).hasSizeBetween(55, 65).extracting(Order::number).allMatch(n -> n.matches("\\d{6}"));
        assertThat(data.products()).hasSizeBetween(20, 30);
        assertThat(data.orders()).extracting(Order::status).containsAll(EnumSet.allOf(OrderStatus.class));
    }

    @Test
    void brokenJsonIsReportedWithLineAndColumn() {
        assertThatThrownBy(() -> SeedFileReader.read("{\n  \"customers\": [\n    {\"id\": \"C-1\",}\n  ]\n}"))
                .isInstanceOf(SeedFileException.class)
                .hasMessage("not valid JSON: Expected name at line 3 column 19 (path $.customers[0].id)");
        assertThatThrownBy(() -> SeedFileReader.read("{\"customers\": [ {\"id\": \"C-1\",, } ]}"))
                .hasMessage("not valid JSON: malformed JSON (a stray comma, quote or bracket?) at line 1 column 31 "
                        + "(path $.customers[0].id)");
    }

    @Test
    void aWrongValueIsReportedWithItsPath() {
        String order = "{\"number\": \"100001\", \"customerId\": \"C-1\", \"status\": \"SHIPED\", "
                + "\"placedAt\": \"2026-11-03T10:15:00Z\", \"currency\": \"EUR\", "
                + "\"items\": [{\"sku\": \"A-100\", \"quantity\": 1, \"unitPrice\": \"9.90\"}]}";

        assertThatThrownBy(() -> SeedFileReader.read(seed(CUSTOMER, order)))
                .isInstanceOf(SeedFileException.class)
                .hasMessageContaining("$.orders[0].status: 'SHIPED' is not one of [PENDING, PAID");
        assertThatThrownBy(() -> SeedFileReader.read(seed(CUSTOMER, order.replace("C-1", "C-2").replace("SHIPED", "PAID"))))
                .hasMessageContaining("$.orders[0].customerId: no customer C-2");
        assertThatThrownBy(() -> SeedFileReader.read(seed(CUSTOMER, order.replace("100001", "1234").replace("SHIPED", "PAID"))))
                .hasMessageContaining("$.orders[0].number: '1234' is not a 6-digit order number");
        assertThatThrownBy(() -> SeedFileReader.read(seed(CUSTOMER + ", " + CUSTOMER.replace("C-1", "C-2"), "")))
                .hasMessageContaining("$.customers[1].email: another customer has the same e-mail address");
        assertThatThrownBy(() -> SeedFileReader.read("{\"customers\": []}"))
                .hasMessageContaining("$.products: missing");
    }

    @Test
    void totalsAreTheSumOfTheItems() throws Exception {
        String order = "{\"number\": \"100001\", \"customerId\": \"C-1\", \"status\": \"paid\", "
                + "\"placedAt\": \"2026-11-03T10:15:00Z\", \"currency\": \"EUR\", \"items\": ["
                + "{\"sku\": \"A-100\", \"quantity\": 2, \"unitPrice\": \"9.90\"}, {\"sku\": \"B-100\", \"quantity\": 1, \"unitPrice\": 5}]}";

        Order parsed = SeedFileReader.read(seed(CUSTOMER, order)).orders().get(0);

        assertThat(parsed.total()).isEqualByComparingTo("24.80");
        assertThat(parsed.lines()).hasSize(2);
    }

    private static String seed(String customers, String orders) {
        return "{\"customers\": [" + customers + "], \"products\": [], \"orders\": [" + orders + "]}";
    }
}
