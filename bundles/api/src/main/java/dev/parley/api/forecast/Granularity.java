package dev.parley.api.forecast;

/** The length of one forecast period. */
public enum Granularity {
    /** One hour of the shop's local time. */
    HOUR,
    /** One day of the shop's local time. */
    DAY
}
