package dev.parley.adapter.demo;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.parley.api.host.Address;
import dev.parley.api.host.ChangeRejectedException;

/** How the demo shop checks and normalizes contact data, as a real shop system would. */
final class ContactRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern PHONE_DECORATION = Pattern.compile("[\\s().\\-/]");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private ContactRules() {
    }

    /** The lookup key of an e-mail address: trimmed, lower-case. */
    static String emailKey(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The lookup key of a phone number: its digits only, so "+49 30 123456" matches "+4930123456". */
    static String phoneDigits(String phone) {
        if (phone == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        phone.chars().filter(Character::isDigit).forEach(c -> digits.append((char) c));
        return digits.isEmpty() ? null : digits.toString();
    }

    /**
     * @return the address lower-case
     * @throws ChangeRejectedException if it is no e-mail address
     */
    static String validEmail(String email) {
        String key = emailKey(email);
        if (key.length() > 254 || !EMAIL.matcher(key).matches()) {
            throw new ChangeRejectedException("that is not a valid e-mail address; it should look like name@example.com");
        }
        return key;
    }

    /**
     * @return the number in E.164 form, spaces, dashes, dots and brackets removed
     * @throws ChangeRejectedException if it is not an international number
     */
    static String validPhone(String phone) {
        String compact = PHONE_DECORATION.matcher(phone.strip()).replaceAll("");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        if (!E164.matcher(compact).matches()) {
            throw new ChangeRejectedException("that is not a valid phone number; give it with the country code, "
                    + "e.g. +49 30 1234567");
        }
        return compact;
    }

    /** @throws ChangeRejectedException if the address lacks what a parcel needs */
    static Address validAddress(Address address) {
        if (address.line1().isBlank() || address.city().isBlank()) {
            throw new ChangeRejectedException("the address needs a street and a city");
        }
        if (longer(address.line1(), 200) || longer(address.line2(), 200) || longer(address.postalCode(), 20)
                || longer(address.city(), 100) || longer(address.region(), 100)) {
            throw new ChangeRejectedException("the address is too long: at most 200 characters a line, 100 for the "
                    + "city and region, 20 for the postal code");
        }
        if (!COUNTRY.matcher(address.countryCode()).matches()) {
            throw new ChangeRejectedException("the country must be a two-letter code such as DE or GB");
        }
        return address;
    }

    private static boolean longer(String value, int limit) {
        return value != null && value.length() > limit;
    }
}
