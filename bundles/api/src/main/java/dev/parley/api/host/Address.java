package dev.parley.api.host;

import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A postal address.
 *
 * @param line1 street and number, or the first address line; not {@code null}
 * @param line2 the second address line (apartment, c/o ...), or {@code null}
 * @param postalCode the postal code, or {@code null} where the country has none
 * @param city the city or town; not {@code null}
 * @param region the state, province or county, or {@code null}
 * @param countryCode the ISO 3166-1 alpha-2 country code, upper-case, e.g. {@code "DE"}; not
 *     {@code null}
 */
@ProviderType
public record Address(
        String line1,
        String line2,
        String postalCode,
        String city,
        String region,
        String countryCode) {

    public Address {
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(countryCode, "countryCode");
    }
}
