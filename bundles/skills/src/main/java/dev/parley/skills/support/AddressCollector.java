package dev.parley.skills.support;

import java.util.List;
import java.util.Map;

import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;

/**
 * Collects a postal address over as many turns as it takes: each message adds the parts it
 * holds, the slot {@code <skill>.address} keeps what is known, and the question names what is
 * still missing.
 */
public final class AddressCollector {

    private static final String EXAMPLE = "for example: 12 Baker Street, London NW1 6XE, GB";

    private final String key;

    public AddressCollector(String skill) {
        this.key = skill + ".address";
    }

    /**
     * The address known after this turn.
     *
     * @param defaultCountry the country to assume when the customer names none (e.g. that of the
     *     current address), or {@code null} to ask for it
     */
    public PartialAddress collect(SkillContext context, String defaultCountry) {
        PartialAddress known = stored(context);
        String text = Turns.textWithout(context, EntityTypes.ORDER_NUMBER, EntityTypes.EMAIL, EntityTypes.PHONE).trim();
        PartialAddress found = AddressParser.parse(text);
        List<String> missing = known.missing();
        if (found.isEmpty() && !known.isEmpty() && missing.size() == 1 && !text.isEmpty() && text.length() <= 60) {
            // a short answer to "I still need the town" is that part, whatever its form
            found = onlyPart(missing.get(0), text);
        }
        return known.mergedWith(found).withDefaultCountry(defaultCountry);
    }

    /** The address collected in earlier turns. */
    public PartialAddress stored(SkillContext context) {
        return PartialAddress.fromSlot(context.slots().get(key));
    }

    /** The slot update that remembers {@code address}. */
    public Map<String, String> remember(PartialAddress address) {
        return Map.of(key, address.toSlot());
    }

    /** Asks for the address or its missing parts. */
    public SkillResult ask(PartialAddress address, String whatFor, Map<String, String> more) {
        Map<String, String> updates = new java.util.HashMap<>(more);
        updates.putAll(remember(address));
        // a country assumed from the current address is not something the customer said
        boolean nothingGiven = address.line1() == null && address.postalCode() == null && address.city() == null;
        String question = nothingGiven
                ? "What is the new address " + whatFor + "? Please write it on one line, " + EXAMPLE + "."
                : "Thanks. I still need " + list(address.missing()) + " of the new address.";
        return SkillResult.ask(question, Replies.TALK_TO_PERSON).withSlotUpdates(updates);
    }

    private static String list(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static PartialAddress onlyPart(String missing, String text) {
        if (missing.contains("country")) {
            return new PartialAddress(null, null, null, AddressParser.country(text));
        }
        if (missing.contains("town")) {
            return new PartialAddress(null, null, text, null);
        }
        if (missing.contains("street")) {
            return new PartialAddress(text, null, null, null);
        }
        return new PartialAddress(null, text.toUpperCase(java.util.Locale.ROOT), null, null);
    }
}
