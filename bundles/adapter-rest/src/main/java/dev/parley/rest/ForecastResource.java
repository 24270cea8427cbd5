package dev.parley.rest;

import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.parley.api.forecast.Accuracy;
import dev.parley.api.forecast.Forecast;
import dev.parley.api.forecast.ForecastPoint;
import dev.parley.api.forecast.Granularity;
import dev.parley.api.forecast.VolumeForecaster;

/** {@code GET /api/v1/analytics/forecast?granularity=hour|day&horizon=N}: conversations to expect, for staffing. */
final class ForecastResource {

    static final int DEFAULT_HOURS = 24;
    static final int DEFAULT_DAYS = 14;

    private final ParleyServices services;
    private final Settings settings;

    ForecastResource(ParleyServices services, Settings settings) {
        this.services = services;
        this.settings = settings;
    }

    /**
     * @param granularityParameter {@code hour} (default) or {@code day}
     * @param horizonParameter the periods to forecast; default 24 hours or 14 days
     */
    JsonObject forecast(String granularityParameter, String horizonParameter) {
        Granularity granularity = granularity(granularityParameter);
        int horizon = horizon(granularity, horizonParameter);
        VolumeForecaster forecaster = services.forecaster().orElseThrow(() -> ProblemException.unavailable(
                "the volume forecast is not running; check /system/health (bundle dev.parley.forecast)",
                settings.retryAfterSeconds()));
        return json(forecaster.forecast(granularity, horizon));
    }

    static JsonObject json(Forecast forecast) {
        JsonObject json = new JsonObject();
        json.addProperty("granularity", forecast.granularity().name().toLowerCase(Locale.ROOT));
        json.addProperty("timeZone", forecast.timeZone());
        json.addProperty("method", forecast.method().name());
        json.addProperty("seasonLength", forecast.seasonLength());
        json.addProperty("historyStart", forecast.historyStart().toString());
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
        json.addProperty("mape", accuracy.mape() == null ? null : round(accuracy.mape()));
        json.addProperty("wape", accuracy.wape() == null ? null : round(accuracy.wape()));
        json.addProperty("smape", accuracy.smape() == null ? null : round(accuracy.smape()));
        json.addProperty("periods", accuracy.periods());
        return json;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static Granularity granularity(String value) {
        if (value == null) {
            return Granularity.HOUR;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "hour" -> Granularity.HOUR;
            case "day" -> Granularity.DAY;
            default -> throw ProblemException.invalidField("granularity", "granularity must be hour or day");
        };
    }

    private static int horizon(Granularity granularity, String value) {
        boolean hours = granularity == Granularity.HOUR;
        if (value == null) {
            return hours ? DEFAULT_HOURS : DEFAULT_DAYS;
        }
        int maximum = hours ? VolumeForecaster.MAX_HOURS : VolumeForecaster.MAX_DAYS;
        try {
            int horizon = Integer.parseInt(value.strip());
            if (horizon >= 1 && horizon <= maximum) {
                return horizon;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField("horizon", "horizon must be a whole number from 1 to " + maximum + " for "
                + (hours ? "hours" : "days") + ", e.g. ?granularity=" + (hours ? "hour&horizon=" + DEFAULT_HOURS
                        : "day&horizon=" + DEFAULT_DAYS));
    }
}
