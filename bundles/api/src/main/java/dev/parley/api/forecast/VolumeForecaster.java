package dev.parley.api.forecast;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Forecasts how many conversations will start per hour or per day, from the conversations the
 * store holds, for staffing.
 *
 * <p>Throws {@link dev.parley.api.store.StoreUnavailableException} when the database cannot be
 * reached.
 */
@ProviderType
public interface VolumeForecaster {

    /** The longest hourly horizon: one week. */
    int MAX_HOURS = 168;
    /** The longest daily horizon: about a quarter. */
    int MAX_DAYS = 90;

    /**
     * Forecasts the next periods, starting with the current one.
     *
     * @param granularity hours or days; not {@code null}
     * @param horizon the periods to forecast, 1 to {@link #MAX_HOURS} hours or 1 to {@link #MAX_DAYS} days
     * @return the forecast with {@code horizon} points
     * @throws IllegalArgumentException if the horizon is out of range
     */
    Forecast forecast(Granularity granularity, int horizon);
}
