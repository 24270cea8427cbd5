package dev.parley.adapter.demo;

import static dev.parley.adapter.demo.JsonFields.integer;
import static dev.parley.adapter.demo.JsonFields.money;
import static dev.parley.adapter.demo.JsonFields.object;
import static dev.parley.adapter.demo.JsonFields.text;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import dev.parley.api.host.Address;
import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.Customer;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderLine;
import dev.parley.api.host.OrderStatus;
import dev.parley.api.host.Product;

/**
 * Reads and checks {@code etc/demo-crm.json} (format in the module's README). Every problem is
 * reported with its place: line and column for broken JSON, the JSON path (e.g.
 * {@code $.orders[3].status}) for a wrong value.
 */
final class SeedFileReader {

    private static final Pattern ORDER_NUMBER = Pattern.compile("[0-9]{6}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern GSON_PLACE = Pattern.compile("at line (\\d+) column (\\d+) path (\\S+)");

    private final Map<String, Customer> customers = new HashMap<>();

    static SeedData read(String json) throws SeedFileException {
        return new SeedFileReader().parse(json);
    }

    private SeedData parse(String json) throws SeedFileException {
        JsonElement root;
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new SeedFileException("unexpected content after the end of the JSON object at "
                        + reader.getPath());
            }
        } catch (JsonParseException | IOException e) {
            throw new SeedFileException("not valid JSON: " + rootMessage(e));
        }
        try {
            JsonObject top = object(root, "$");
            List<Customer> customerList = list(top, "$", "customers", this::customer);
            List<Product> products = list(top, "$", "products", this::product);
            List<Order> orders = list(top, "$", "orders", this::order);
            return new SeedData(customerList, products, orders);
        } catch (JsonFields.Invalid e) {
            throw new SeedFileException(e.getMessage());
        }
    }

    private Customer customer(JsonObject o, String path) {
        String id = text(o, path, "id", true);
        if (customers.containsKey(id)) {
            throw new JsonFields.Invalid(path + ".id: customer " + id + " appears twice");
        }
        String email = text(o, path, "email", false);
        String phone = text(o, path, "phone", false);
        try {
            email = email == null ? null : ContactRules.validEmail(email);
            phone = phone == null ? null : ContactRules.validPhone(phone);
        } catch (ChangeRejectedException e) {
            throw new JsonFields.Invalid(path + ": " + e.getMessage());
        }
        String emailKey = email;
        if (email != null && customers.values().stream().anyMatch(c -> emailKey.equals(c.email()))) {
            throw new JsonFields.Invalid(path + ".email: another customer has the same e-mail address");
        }
        String since = text(o, path, "since", false);
        Customer customer = new Customer(id, text(o, path, "name", false), email, phone,
                text(o, path, "tier", false), address(o, path, "address"),
                since == null ? null : JsonFields.parse(since, path + ".since", Instant::parse, "an instant like 2025-03-01T09:30:00Z"));
        customers.put(id, customer);
        return customer;
    }

    private Product product(JsonObject o, String path) {
        String restock = text(o, path, "restockDate", false);
        int inStock = integer(o, path, "inStock");
        if (inStock < 0) {
            throw new JsonFields.Invalid(path + ".inStock: must be 0 or more");
        }
        return new Product(text(o, path, "sku", true), text(o, path, "title", true), money(o, path, "price", false),
                currency(o, path, false), inStock,
                restock == null ? null : JsonFields.parse(restock, path + ".restockDate", LocalDate::parse, "a date like 2026-12-01"));
    }

    private Order order(JsonObject o, String path) {
        String number = text(o, path, "number", true);
        if (!ORDER_NUMBER.matcher(number).matches()) {
            throw new JsonFields.Invalid(path + ".number: '" + number + "' is not a 6-digit order number");
        }
        String customerId = text(o, path, "customerId", true);
        Customer customer = customers.get(customerId);
        if (customer == null) {
            throw new JsonFields.Invalid(path + ".customerId: no customer " + customerId + " in $.customers");
        }
        String status = text(o, path, "status", true);
        OrderStatus orderStatus = JsonFields.parse(status.toUpperCase(Locale.ROOT), path + ".status", OrderStatus::valueOf,
                "one of " + List.of(OrderStatus.values()));
        List<OrderLine> lines = list(o, path, "items", this::line);
        if (lines.isEmpty()) {
            throw new JsonFields.Invalid(path + ".items: an order needs at least one item");
        }
        BigDecimal total = lines.stream().map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        Address shipping = address(o, path, "shippingAddress");
        String delivery = text(o, path, "estimatedDelivery", false);
        return new Order(number, customerId, orderStatus,
                JsonFields.parse(text(o, path, "placedAt", true), path + ".placedAt", Instant::parse, "an instant like 2026-11-03T10:15:00Z"),
                lines, total, currency(o, path, true), shipping == null ? customer.defaultAddress() : shipping,
                text(o, path, "trackingNumber", false), text(o, path, "carrier", false),
                delivery == null ? null : JsonFields.parse(delivery, path + ".estimatedDelivery", LocalDate::parse, "a date like 2026-11-07"));
    }

    private OrderLine line(JsonObject o, String path) {
        int quantity = integer(o, path, "quantity");
        if (quantity < 1) {
            throw new JsonFields.Invalid(path + ".quantity: must be 1 or more");
        }
        return new OrderLine(text(o, path, "sku", true), text(o, path, "title", false), quantity,
                money(o, path, "unitPrice", true));
    }

    private Address address(JsonObject parent, String parentPath, String name) {
        if (!parent.has(name) || parent.get(name).isJsonNull()) {
            return null;
        }
        String path = parentPath + "." + name;
        JsonObject o = object(parent.get(name), path);
        String country = text(o, path, "countryCode", true);
        if (!country.matches("[A-Z]{2}")) {
            throw new JsonFields.Invalid(path + ".countryCode: '" + country + "' is not a two-letter country code such as DE");
        }
        return new Address(text(o, path, "line1", true), text(o, path, "line2", false), text(o, path, "postalCode", false),
                text(o, path, "city", true), text(o, path, "region", false), country);
    }

    private String currency(JsonObject o, String path, boolean required) {
        String currency = text(o, path, "currency", required);
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            throw new JsonFields.Invalid(path + ".currency: '" + currency + "' is not an ISO 4217 code such as EUR");
        }
        return currency;
    }

    // ---- JSON values with their path ----

    private <T> List<T> list(JsonObject parent, String parentPath, String name, Item<T> item) {
        String path = parentPath + "." + name;
        JsonElement value = parent.get(name);
        if (value == null || !value.isJsonArray()) {
            throw new JsonFields.Invalid(path + ": missing, or not a list [...]");
        }
        JsonArray array = value.getAsJsonArray();
        List<T> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String itemPath = path + "[" + i + "]";
            T parsed = item.read(object(array.get(i), itemPath), itemPath);
            String key = parsed instanceof Product p ? p.sku() : parsed instanceof Order r ? r.number() : null;
            if (key != null && !seen.add(key)) {
                throw new JsonFields.Invalid(itemPath + ": " + key + " appears twice");
            }
            items.add(parsed);
        }
        return items;
    }

    /** Gson's message as "what at line L column C (path P)", without its advice to parse leniently. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int link = message.indexOf("\nSee https://");
        message = link < 0 ? message : message.substring(0, link);
        Matcher place = GSON_PLACE.matcher(message);
        if (!place.find()) {
            return message;
        }
        String what = message.substring(0, place.start()).strip();
        if (what.startsWith("Use JsonReader.setStrictness")) {
            what = "malformed JSON (a stray comma, quote or bracket?)";
        }
        return what + " at line " + place.group(1) + " column " + place.group(2) + " (path " + place.group(3) + ")";
    }

    @FunctionalInterface
    private interface Item<T> {
        T read(JsonObject object, String path);
    }
}
