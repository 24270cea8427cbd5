package dev.parley.api.nlp;

/** The range checks of this package's records, so every one reports a violation the same way. */
final class Ranges {

    private Ranges() {
    }

    /**
     * Checks that {@code value} lies in {@code [min, max]}; NaN is outside every range.
     *
     * @return {@code value}
     * @throws IllegalArgumentException naming {@code field} and the allowed range
     */
    static double requireInRange(double value, double min, double max, String field) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    field + " must be in [" + min + ", " + max + "] but was " + value);
        }
        return value;
    }
}
