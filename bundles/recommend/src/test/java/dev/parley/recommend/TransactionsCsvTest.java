package dev.parley.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TransactionsCsvTest {

    private static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

    private final TransactionsCsv csv = new TransactionsCsv();
    private final List<Purchase> purchases = new ArrayList<>();

    private void read(String rows) {
        csv.read(new StringReader(HEADER + rows), purchases::add);
    }

    @Test
    void readsAPurchaseWithItsBasketAndTime() {
        read("536365,85123A,\"WHITE HANGING HEART, T-LIGHT HOLDER\",6,2010-12-01 08:26,2.55,17850,United Kingdom\n");

        assertThat(purchases).containsExactly(new Purchase("17850", "536365", "85123A",
                "WHITE HANGING HEART, T-LIGHT HOLDER", Instant.parse("2010-12-01T08:26:00Z")));
        assertThat(csv.rows()).isEqualTo(1);
        assertThat(csv.purchases()).isEqualTo(1);
    }

    @Test
    void acceptsSecondsAndTheOriginalUsDateFormat() {
        read("1,A1,x,1,2011-01-02 03:04:05,1,7,UK\n2,A1,x,1,12/1/2010 8:26,1,7,UK\n");

        assertThat(purchases).extracting(Purchase::time).containsExactly(Instant.parse("2011-01-02T03:04:05Z"),
                Instant.parse("2010-12-01T08:26:00Z"));
    }

    @Test
    void skipsAndCountsWhatIsNotAPurchase() {
        read("""
                C536379,22556,PLASTERS,-24,2010-12-01 09:41,1.65,14527,UK
                536380,22557,LABEL,-3,2010-12-01 09:41,1.65,14527,UK
                536381,22558,CLIPS,0,2010-12-01 09:41,1.65,14527,UK
                536382,22559,PEGS,3,2010-12-01 09:41,1.65,,UK
                536383,POST,POSTAGE,1,2010-12-01 09:41,18,14527,UK
                536384,BANK CHARGES,Bank Charges,1,2010-12-01 09:41,15,14527,UK
                536385,22560,SPOON,three,2010-12-01 09:41,1.65,14527,UK
                536386,22561,FORK,3,yesterday,1.65,14527,UK
                536387,22562,KNIFE
                536388,22563,CUP,2,2010-12-01 09:41,1.65,14527,UK
                """);

        assertThat(purchases).extracting(Purchase::itemId).containsExactly("22563");
        assertThat(csv.rows()).isEqualTo(10);
        assertThat(csv.skipped(SkipReason.CANCELLED)).isEqualTo(1);
        assertThat(csv.skipped(SkipReason.NON_POSITIVE_QUANTITY)).isEqualTo(2);
        assertThat(csv.skipped(SkipReason.MISSING_CUSTOMER)).isEqualTo(1);
        assertThat(csv.skipped(SkipReason.NON_PRODUCT)).isEqualTo(2);
        assertThat(csv.skipped(SkipReason.UNPARSABLE)).isEqualTo(3);
        assertThat(csv.brokenAtLine()).isEqualTo(-1);
    }

    @Test
    void aBrokenRecordEndsTheFileThereCountedAsUnparsable() {
        read("1,A1,x,1,2011-01-02 03:04,1,7,UK\n2,A2,\"unclosed,1,2011-01-02 03:04,1,7,UK\n3,A3,x,1,2011-01-02 03:04,1,7,UK\n");

        assertThat(purchases).extracting(Purchase::itemId).containsExactly("A1");
        assertThat(csv.skipped(SkipReason.UNPARSABLE)).isEqualTo(1);
        assertThat(csv.brokenAtLine()).isPositive();
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsRefusedByName() {
        assertThatThrownBy(() -> csv.read(new StringReader("Invoice,Item\n1,A\n"), purchases::add))
                .isInstanceOf(InvalidTransactionsException.class)
                .hasMessageContaining("InvoiceNo, StockCode, Quantity, InvoiceDate, CustomerID");
    }

    @Test
    void productCodesHaveDigits() {
        assertThat(TransactionsCsv.isNonProduct("85123A")).isFalse();
        assertThat(TransactionsCsv.isNonProduct("C2")).isTrue();
        assertThat(TransactionsCsv.isNonProduct("DOT")).isTrue();
        assertThat(TransactionsCsv.isNonProduct("PADS")).isTrue();
    }
}
