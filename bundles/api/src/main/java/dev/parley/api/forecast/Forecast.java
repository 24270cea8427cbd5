package dev.parley.api.forecast;

import java.time.Instant;
import java.util.List;

/**
 * A contact-volume forecast.
 *
 * @param granularity the length of each period
 * @param timeZone the time zone of the hours and days, e.g. {@code Europe/Berlin}
 * @param method the method that made the forecast
 * @param seasonLength the periods of one season (24 or 168 for hours, 7 for days)
 * @param historyStart the start of the first period of the history used
 * @param historyPeriods the periods of history used
 * @param fittedAt when the model was fitted
 * @param intervalLevel the coverage of the prediction intervals, e.g. 0.8
 * @param note why the method was chosen when it is not the configured one (e.g. a history too
 *     short for Holt-Winters), else {@code null}
 * @param points the forecast periods, oldest first, starting with the current period
 * @param backTest the method's and the seasonal naive forecast's accuracy on the end of the history
 */
public record Forecast(Granularity granularity, String timeZone, ForecastMethod method, int seasonLength,
        Instant historyStart, int historyPeriods, Instant fittedAt, double intervalLevel, String note,
        List<ForecastPoint> points, BackTest backTest) {

    public Forecast {
        points = List.copyOf(points);
    }
}
