package dev.parley.adapter.demo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.parley.api.host.Product;
import dev.parley.api.host.ProductCatalog;

/**
 * The demo shop's catalogue. Search ranks products by how many words of the question their title
 * holds; a small shop's catalogue fits in one query, a real adapter asks the shop's search.
 */
@Component(service = ProductCatalog.class)
public final class DemoProductCatalog implements ProductCatalog {

    private static final String SELECT_PRODUCT = "SELECT sku, title, price, currency, in_stock, restock_date FROM demo_product ";
    private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "is", "are", "do", "does", "you", "have",
            "has", "in", "of", "for", "my", "i", "it", "any", "still", "there", "stock", "available", "when", "will",
            "be", "back", "to", "and", "or", "with");

    private final DemoSql sql;

    @Activate
    public DemoProductCatalog(@Reference DemoCrm crm) {
        this(crm.sql());
    }

    DemoProductCatalog(DemoSql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Product> findBySku(String sku) {
        Objects.requireNonNull(sku, "sku");
        List<Product> found = query("WHERE UPPER(sku) = ?", sku.strip().toUpperCase(Locale.ROOT));
        return found.stream().findFirst();
    }

    @Override
    public List<Product> search(String query, int limit) {
        Objects.requireNonNull(query, "query");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1 but was " + limit);
        }
        List<String> words = words(query).stream().filter(w -> w.length() > 1 && !STOP_WORDS.contains(w)).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        record Scored(Product product, long score) { }
        return query("", null).stream()
                .map(p -> new Scored(p, words(p.title()).stream().filter(words::contains).distinct().count()))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingLong(Scored::score).reversed().thenComparing(s -> s.product().title()))
                .limit(limit).map(Scored::product).toList();
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    }

    private List<Product> query(String where, String value) {
        return sql.read("reading the catalogue", connection -> {
            try (PreparedStatement query = connection.prepareStatement(SELECT_PRODUCT + where + " ORDER BY sku")) {
                if (value != null) {
                    query.setString(1, value);
                }
                List<Product> products = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        products.add(new Product(row.getString("sku"), row.getString("title"), row.getBigDecimal("price"),
                                row.getString("currency"), row.getInt("in_stock"), row.getObject("restock_date", LocalDate.class)));
                    }
                }
                return products;
            }
        });
    }
}
