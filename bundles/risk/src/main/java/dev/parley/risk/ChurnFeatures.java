package dev.parley.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The features of a customer as of a moment, from what happened before it only: recency,
 * frequency, money and trend of purchases (RFM), and how the conversations with the service went.
 */
public final class ChurnFeatures {

    /** Readable names: they become the factors staff see. Recency comes first: it is the baseline. */
    public static final List<String> NAMES = List.of(
            "days since the last purchase",
            "orders placed",
            "money spent",
            "buying less than before",
            "days as a customer",
            "days since the last conversation",
            "conversations",
            "share of conversations handed to a person",
            "share of unhappy conversations",
            "share of low ratings",
            "no purchase on record");

    /** Recency and tenure are capped here: a year without a purchase says all there is to say. */
    static final double MAX_DAYS = 365;
    /** A conversation whose lowest sentiment is at or below this counts as unhappy. */
    static final double UNHAPPY_SENTIMENT = -0.5;
    private static final Duration QUARTER = Duration.ofDays(90);

    private ChurnFeatures() {
    }

    public static double[] of(CustomerActivity activity, Instant asOf) {
        Instant first = null;
        Instant last = null;
        int orders = 0;
        double spent = 0;
        int recent = 0;
        int before = 0;
        for (CustomerActivity.Purchase purchase : activity.purchases()) {
            if (!purchase.at().isBefore(asOf)) {
                continue;
            }
            orders++;
            spent += Math.max(0, purchase.amount());
            first = first == null || purchase.at().isBefore(first) ? purchase.at() : first;
            last = last == null || purchase.at().isAfter(last) ? purchase.at() : last;
            if (!purchase.at().isBefore(asOf.minus(QUARTER))) {
                recent++;
            } else if (!purchase.at().isBefore(asOf.minus(QUARTER.multipliedBy(2)))) {
                before++;
            }
        }
        Instant lastContact = null;
        int contacts = 0;
        int handedOff = 0;
        int unhappy = 0;
        int rated = 0;
        int lowRatings = 0;
        for (CustomerActivity.Contact contact : activity.conversations()) {
            if (!contact.at().isBefore(asOf)) {
                continue;
            }
            contacts++;
            handedOff += contact.handedOff() ? 1 : 0;
            unhappy += contact.lowestSentiment() <= UNHAPPY_SENTIMENT ? 1 : 0;
            if (contact.rating() != null) {
                rated++;
                lowRatings += contact.rating() <= 2 ? 1 : 0;
            }
            lastContact = lastContact == null || contact.at().isAfter(lastContact) ? contact.at() : lastContact;
        }
        return new double[] {
            days(last, asOf),
            Math.log1p(orders),
            Math.log1p(spent),
            (before - recent) / (double) (before + recent + 1),
            first == null ? 0 : days(first, asOf),
            days(lastContact, asOf),
            Math.log1p(contacts),
            contacts == 0 ? 0 : (double) handedOff / contacts,
            contacts == 0 ? 0 : (double) unhappy / contacts,
            rated == 0 ? 0 : (double) lowRatings / rated,
            orders == 0 ? 1 : 0
        };
    }

    private static double days(Instant since, Instant asOf) {
        if (since == null) {
            return MAX_DAYS;
        }
        return Math.min(MAX_DAYS, Duration.between(since, asOf).toHours() / 24.0);
    }
}
