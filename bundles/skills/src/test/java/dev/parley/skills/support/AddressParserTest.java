package dev.parley.skills.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressParserTest {

    @Test
    void readsABritishOneLineAddress() {
        assertThat(AddressParser.parse("12 Baker Street, London NW1 6XE, GB"))
                .isEqualTo(new PartialAddress("12 Baker Street", "NW1 6XE", "London", "GB"));
    }

    @Test
    void readsAGermanAddressWithTheCountryByName() {
        assertThat(AddressParser.parse("Hauptstraße 5, 10115 Berlin, Germany"))
                .isEqualTo(new PartialAddress("Hauptstraße 5", "10115", "Berlin", "DE"));
    }

    @Test
    void readsAnAmericanAddressWhoseHouseNumberLooksLikeAPostcode() {
        PartialAddress address = AddressParser.parse("1600 Amphitheatre Parkway, Mountain View, CA 94043, US");

        assertThat(address.line1()).isEqualTo("1600 Amphitheatre Parkway");
        assertThat(address.postalCode()).isEqualTo("94043");
        assertThat(address.city()).isEqualTo("Mountain View");
        assertThat(address.countryCode()).isEqualTo("US");
    }

    @Test
    void dropsTheWordsLeadingIntoTheAddress() {
        assertThat(AddressParser.parse("please send it to 12 Baker Street, NW1 6XE London").line1()).isEqualTo("12 Baker Street");
    }

    @Test
    void leavesWhatIsNotThereMissing() {
        PartialAddress address = AddressParser.parse("12 Baker Street");

        assertThat(address.line1()).isEqualTo("12 Baker Street");
        assertThat(address.missing()).containsExactly("the postcode", "the town or city", "the country");
    }

    @Test
    void aSentenceWithoutAnAddressGivesNothing() {
        assertThat(AddressParser.parse("I want to change the delivery address of my order").isEmpty()).isTrue();
    }

    @Test
    void survivesTheSlotRoundTrip() {
        PartialAddress address = new PartialAddress("12 Baker Street", null, "London", "GB");

        assertThat(PartialAddress.fromSlot(address.toSlot())).isEqualTo(address);
        assertThat(PartialAddress.fromSlot("garbage")).isEqualTo(PartialAddress.EMPTY);
    }
}
