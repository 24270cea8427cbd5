package dev.parley.forecast;

import java.time.Instant;
import java.time.LocalDateTime;

import dev.parley.api.forecast.BackTest;

/**
 * A fitted forecast kept between requests: the periods from {@code firstPeriod} on, somewhat more
 * than the longest horizon so that it still serves after the clock has moved on a few periods.
 * A few hundred numbers; the history itself is not kept.
 */
record FittedForecast(VolumeSeries history, int season, Prediction prediction, LocalDateTime firstPeriod,
        BackTest backTest, Instant fittedAt) {
}
