/**
 * What the ticket helpdesk adapters share: the events a helpdesk webhook reports about a ticket
 * ({@link dev.parley.helpdesk.TicketEvent}), the updates an assistant's reply becomes on the
 * ticket ({@link dev.parley.helpdesk.ReplyPlanner}), who answers a ticket
 * ({@link dev.parley.helpdesk.TicketOwnership}), queue to group mappings checked against the
 * handoff queues ({@link dev.parley.helpdesk.GroupMapping}) and shared-secret checks
 * ({@link dev.parley.helpdesk.SharedSecrets}).
 *
 * <p>Events carry customer text and personal data: log them at DEBUG only.
 */
@Version("1.0.0")
@Export
package dev.parley.helpdesk;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
