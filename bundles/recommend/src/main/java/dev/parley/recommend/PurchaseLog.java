package dev.parley.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Purchases collected for training, kept as primitive columns so a million rows take a few tens
 * of megabytes: customers, baskets and items become dense int ids.
 */
public final class PurchaseLog {

    private final Map<String, Integer> customerIds = new HashMap<>();
    private final Map<String, Integer> basketIds = new HashMap<>();
    private final Map<String, Integer> itemIds = new HashMap<>();
    private final List<String> customers = new ArrayList<>();
    private final List<String> items = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private int[] customerColumn = new int[1024];
    private int[] basketColumn = new int[1024];
    private int[] itemColumn = new int[1024];
    private long[] timeColumn = new long[1024];
    private int size;

    public void add(Purchase purchase) {
        if (size == itemColumn.length) {
            int grown = size * 2;
            customerColumn = Arrays.copyOf(customerColumn, grown);
            basketColumn = Arrays.copyOf(basketColumn, grown);
            itemColumn = Arrays.copyOf(itemColumn, grown);
            timeColumn = Arrays.copyOf(timeColumn, grown);
        }
        customerColumn[size] = id(customerIds, customers, purchase.customerId());
        basketColumn[size] = basketIds.computeIfAbsent(purchase.basketId(), key -> basketIds.size());
        int item = id(itemIds, items, purchase.itemId());
        if (item == titles.size()) {
            titles.add(purchase.title() == null || purchase.title().isBlank() ? null : purchase.title().strip());
        }
        itemColumn[size] = item;
        timeColumn[size] = purchase.time().getEpochSecond();
        size++;
    }

    private static int id(Map<String, Integer> ids, List<String> names, String name) {
        Integer id = ids.get(name);
        if (id == null) {
            id = names.size();
            ids.put(name, id);
            names.add(name);
        }
        return id;
    }

    public int size() {
        return size;
    }

    int customerCount() {
        return customers.size();
    }

    int basketCount() {
        return basketIds.size();
    }

    int itemCount() {
        return items.size();
    }

    String customer(int id) {
        return customers.get(id);
    }

    String item(int id) {
        return items.get(id);
    }

    String title(int id) {
        return titles.get(id);
    }

    int customerAt(int row) {
        return customerColumn[row];
    }

    int basketAt(int row) {
        return basketColumn[row];
    }

    int itemAt(int row) {
        return itemColumn[row];
    }

    long timeAt(int row) {
        return timeColumn[row];
    }

    /** The latest purchase time in epoch seconds, the "now" that recency is measured from. */
    long latestTime() {
        long latest = Long.MIN_VALUE;
        for (int row = 0; row < size; row++) {
            latest = Math.max(latest, timeColumn[row]);
        }
        return latest;
    }
}
