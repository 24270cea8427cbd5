/**
 * Service analytics: customer ratings (CSAT) and a summary of how the assistant served customers
 * over a period — response and resolution times, containment, handoffs, intents, sentiment,
 * returning customers, costs and SLA targets; since 1.1 the same figures per day for trends.
 *
 * <p>Values that cannot be measured for lack of data (e.g. an average over no ratings) are
 * {@code null}, never zero, so that "no data" is not mistaken for a bad figure.
 */
@Version("1.1.0")
@Export(substitution = Export.Substitution.NOIMPORT)
package dev.parley.api.analytics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
