/**
 * The legacy CRM database adapter: {@code CustomerDirectory} and {@code OrderService} over
 * configured SQL on a database nobody may change, and an optional inbox table answered by the
 * assistant. Nothing is exported.
 */
package dev.parley.adapter.jdbc;
