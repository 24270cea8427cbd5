package dev.parley.dashboard;

import org.apache.felix.hc.api.HealthCheck;
import org.osgi.framework.Bundle;

import dev.parley.api.analytics.ServiceAnalytics;
import dev.parley.api.forecast.VolumeForecaster;
import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.SentimentAnalyzer;
import dev.parley.store.schema.StoreDatabase;

/** The services the panels read, each {@code null} while it is not running. */
interface DashboardServices {

    ServiceAnalytics analytics();

    StoreDatabase storeDatabase();

    IntentClassifier intentClassifier();

    SentimentAnalyzer sentimentAnalyzer();

    /** The "Service SLA" health check of the analytics bundle. */
    HealthCheck slaCheck();

    /** The volume forecast of the forecast bundle. */
    VolumeForecaster forecaster();

    Bundle[] bundles();
}
