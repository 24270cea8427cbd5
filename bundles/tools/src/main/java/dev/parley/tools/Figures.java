package dev.parley.tools;

import com.google.gson.JsonObject;

import dev.parley.api.risk.BacktestFigures;

/** Back-test figures as the risk commands print them. */
final class Figures {

    private Figures() {
    }

    static JsonObject model(BacktestFigures figures) {
        JsonObject json = new JsonObject();
        json.addProperty("auc", round(figures.auc()));
        json.addProperty("brier", round(figures.brier()));
        json.addProperty("threshold", figures.threshold());
        json.addProperty("precision", round(figures.precision()));
        json.addProperty("recall", round(figures.recall()));
        return json;
    }

    static JsonObject baseline(BacktestFigures figures) {
        JsonObject json = new JsonObject();
        json.addProperty("name", figures.baseline());
        json.addProperty("auc", round(figures.baselineAuc()));
        json.addProperty("brier", round(figures.baselineBrier()));
        return json;
    }

    static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 10_000) / 10_000.0;
    }
}
