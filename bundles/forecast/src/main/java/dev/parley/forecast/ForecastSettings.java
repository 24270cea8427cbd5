package dev.parley.forecast;

import dev.parley.api.forecast.Granularity;

/**
 * How forecasts are made, whatever the series.
 *
 * @param damped whether Holt-Winters' trend is damped
 * @param weeklyHours whether hourly series use a weekly season (168 hours) once they hold
 *     {@link #WEEKLY_MINIMUM_WEEKS} weeks, rather than a daily one (24)
 * @param intervalLevel the coverage of the prediction intervals, between 0.5 and 0.99
 * @param backTestOrigins the most forecast origins of the back-test
 * @param closedSeasons a period of the season with no count in each of this many latest seasons
 *     is taken as closed (e.g. nights, a closed weekday) and forecast 0; 0 turns this off
 */
record ForecastSettings(boolean damped, boolean weeklyHours, double intervalLevel, int backTestOrigins,
        int closedSeasons) {

    /** Weeks of hourly history from which the weekly season is used: two to start from and one to learn. */
    static final int WEEKLY_MINIMUM_WEEKS = 3;
    static final int HOURS_PER_DAY = 24;
    static final int HOURS_PER_WEEK = 168;
    static final int DAYS_PER_WEEK = 7;

    ForecastSettings {
        if (!(intervalLevel >= 0.5 && intervalLevel <= 0.99)) {
            throw new IllegalArgumentException("intervalLevel must be from 0.5 to 0.99, was " + intervalLevel);
        }
        if (backTestOrigins < 1) {
            throw new IllegalArgumentException("backTestOrigins must be at least 1, was " + backTestOrigins);
        }
        if (closedSeasons < 0) {
            throw new IllegalArgumentException("closedSeasons must not be negative, was " + closedSeasons);
        }
    }

    /** The defaults, chosen on the retail data's first months (see the README's Volume forecast section). */
    static final ForecastSettings DEFAULTS = new ForecastSettings(true, true, 0.8, 4, 3);

    /** The season of a series of this granularity and length. */
    int seasonLength(Granularity granularity, int historyPeriods) {
        if (granularity == Granularity.DAY) {
            return DAYS_PER_WEEK;
        }
        return weeklyHours && historyPeriods >= WEEKLY_MINIMUM_WEEKS * HOURS_PER_WEEK ? HOURS_PER_WEEK : HOURS_PER_DAY;
    }
}
