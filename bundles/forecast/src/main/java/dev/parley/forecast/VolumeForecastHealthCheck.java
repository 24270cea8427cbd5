package dev.parley.forecast;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.Result;

import dev.parley.api.forecast.Accuracy;
import dev.parley.api.forecast.BackTest;
import dev.parley.api.forecast.Granularity;

/**
 * What the admin sees of the volume forecast in {@code /system/health} (check "Volume forecast",
 * tags {@code parley}, {@code forecast}): per granularity the method, history and back-test of the
 * last fit, or that none was made yet; WARN when the latest fit failed, with the reason. Reads only
 * what the component keeps, so a health request never fits.
 */
final class VolumeForecastHealthCheck {

    /**
     * A fit that failed.
     *
     * @param reason why, e.g. the database's message; never customer data
     * @param at when
     */
    record Failure(String reason, Instant at) {
    }

    private VolumeForecastHealthCheck() {
    }

    static Result of(Map<Granularity, FittedForecast> fitted, Map<Granularity, Failure> failures) {
        FormattingResultLog log = new FormattingResultLog();
        for (Granularity granularity : Granularity.values()) {
            String name = name(granularity);
            Failure failure = failures.get(granularity);
            if (failure != null) {
                log.warn("{} forecast: the last fit failed at {}: {}", name, failure.at(), failure.reason());
            }
            FittedForecast fit = fitted.get(granularity);
            if (fit == null) {
                log.info("{} forecast: not fitted yet", name);
            } else {
                log.info("{} forecast{}: {} (season {}) on {} periods of history, fitted at {}; {}", name,
                        failure == null ? "" : " (last good fit)", fit.prediction().method(), fit.season(),
                        fit.history().counts().length, fit.fittedAt(), backTest(fit.backTest()));
            }
        }
        return new Result(log);
    }

    private static String name(Granularity granularity) {
        return granularity == Granularity.HOUR ? "Hourly" : "Daily";
    }

    private static String backTest(BackTest backTest) {
        if (backTest.origins() == 0) {
            return "no back-test: the history is too short";
        }
        return "back-test MAPE " + percent(backTest.method()) + " against seasonal naive "
                + percent(backTest.seasonalNaive()) + " (" + backTest.origins() + " origins of "
                + backTest.horizon() + " periods)";
    }

    private static String percent(Accuracy accuracy) {
        return accuracy == null || accuracy.mape() == null ? "n/a"
                : String.format(Locale.ROOT, "%.1f %%", accuracy.mape());
    }
}
