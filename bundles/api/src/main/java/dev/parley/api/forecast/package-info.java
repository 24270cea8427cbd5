/**
 * Contact-volume forecasts for staffing: how many conversations will start per hour or per day,
 * with a prediction interval, the method that produced the forecast and how well that method did
 * on the latest history compared with a seasonal naive forecast.
 */
@Version("1.0.0")
@Export(substitution = Export.Substitution.NOIMPORT)
package dev.parley.api.forecast;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
