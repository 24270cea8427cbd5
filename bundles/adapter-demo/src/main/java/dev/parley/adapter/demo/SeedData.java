package dev.parley.adapter.demo;

import java.util.List;

import dev.parley.api.host.Customer;
import dev.parley.api.host.Order;
import dev.parley.api.host.Product;

/** The content of {@code etc/demo-crm.json}, checked. */
record SeedData(List<Customer> customers, List<Product> products, List<Order> orders) {
}
