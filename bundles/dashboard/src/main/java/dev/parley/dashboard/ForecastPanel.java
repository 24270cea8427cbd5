package dev.parley.dashboard;

import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.parley.api.forecast.Accuracy;
import dev.parley.api.forecast.Forecast;
import dev.parley.api.forecast.ForecastPoint;
import dev.parley.api.forecast.Granularity;
import dev.parley.api.forecast.VolumeForecaster;

/**
 * The conversations to expect in the next {@link #HOURS} hours and {@link #DAYS} days, each with
 * its prediction interval, the method and its back-test against the seasonal naive forecast; the
 * same fields as {@code GET /api/v1/analytics/forecast}.
 */
final class ForecastPanel {

    static final int HOURS = 24;
    static final int DAYS = 14;

    private ForecastPanel() {
    }

    static JsonObject of(VolumeForecaster forecaster) {
        JsonObject json = new JsonObject();
        json.add("hours", toJson(forecaster.forecast(Granularity.HOUR, HOURS)));
        json.add("days", toJson(forecaster.forecast(Granularity.DAY, DAYS)));
        return json;
    }

    static JsonObject toJson(Forecast forecast) {
        JsonObject json = new JsonObject();
        json.addProperty("granularity", forecast.granularity().name().toLowerCase(Locale.ROOT));
        json.addProperty("timeZone", forecast.timeZone());
        json.addProperty("method", forecast.method().name());
        json.addProperty("seasonLength", forecast.seasonLength());
        json.addProperty("historyPeriods", forecast.historyPeriods());
        json.addProperty("fittedAt", forecast.fittedAt().toString());
        json.addProperty("intervalLevel", forecast.intervalLevel());
        json.addProperty("note", forecast.note());
        JsonArray points = new JsonArray();
        for (ForecastPoint point : forecast.points()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("start", point.periodStart().toString());
            entry.addProperty("predicted", round(point.predicted()));
            entry.addProperty("lower", round(point.lower()));
            entry.addProperty("upper", round(point.upper()));
            points.add(entry);
        }
        json.add("points", points);
        JsonObject backTest = new JsonObject();
        backTest.addProperty("origins", forecast.backTest().origins());
        backTest.addProperty("horizon", forecast.backTest().horizon());
        backTest.add("method", accuracy(forecast.backTest().method()));
        backTest.add("seasonalNaive", accuracy(forecast.backTest().seasonalNaive()));
        json.add("backTest", backTest);
        return json;
    }

    private static JsonObject accuracy(Accuracy accuracy) {
        JsonObject json = new JsonObject();
        json.addProperty("mape", accuracy == null || accuracy.mape() == null ? null : round(accuracy.mape()));
        json.addProperty("wape", accuracy == null || accuracy.wape() == null ? null : round(accuracy.wape()));
        json.addProperty("periods", accuracy == null ? 0 : accuracy.periods());
        return json;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
