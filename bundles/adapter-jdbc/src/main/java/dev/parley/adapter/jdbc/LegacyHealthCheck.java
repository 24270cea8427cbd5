package dev.parley.adapter.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;

/**
 * A legacy database's health: its configuration accepted, the database reachable, every
 * configured statement valid against its schema with the mapped columns there, and the inbox's
 * backlog of replies not yet written back.
 */
final class LegacyHealthCheck implements HealthCheck {

    private final AdapterStatus status;

    LegacyHealthCheck(AdapterStatus status) {
        this.status = status;
    }

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        String file = "etc/" + JdbcAdapter.PID + "-<name>.cfg";
        if (status.problem() != null) {
            log.critical("Legacy CRM {}: configuration rejected: {} ({})", status.name(), status.problem(), file);
            return new Result(log);
        }
        LegacyDatabase database = status.database();
        if (database == null) {
            log.critical("Legacy CRM {} not available: {}", status.name(), status.waitingReason());
            return new Result(log);
        }
        Settings settings = database.settings();
        try (Connection connection = database.connection()) {
            DatabaseMetaData meta = connection.getMetaData();
            StatementCheck.Findings findings = StatementCheck.check(connection, settings);
            List<String> problems = findings.invalid();
            if (problems.isEmpty()) {
                log.info("Legacy CRM {}: {} {} at {}, {} statements valid, {}", status.name(), meta.getDatabaseProductName(),
                        meta.getDatabaseProductVersion(), LegacyDatabase.redacted(settings.url), settings.statements.size() - findings.denied().size(),
                        database.usage());
            }
            for (String problem : problems) {
                log.critical("Legacy CRM {}: {} ({})", status.name(), problem, file);
            }
            for (String denied : findings.denied()) {
                log.warn("Legacy CRM {}: {}; such changes are refused: grant the right or remove the statement ({})",
                        status.name(), denied, file);
            }
        } catch (SQLException e) {
            log.critical("Legacy CRM {}: database unreachable at {}: {}", status.name(),
                    LegacyDatabase.redacted(settings.url), LegacyDatabase.reason(e));
        }
        if (settings.inboxEnabled()) {
            inbox(log);
        }
        return new Result(log);
    }

    private void inbox(FormattingResultLog log) {
        if (status.inboxProblem() != null) {
            log.warn("Legacy CRM {}: inbox not polled: {}", status.name(), status.inboxProblem());
        } else if (status.inboxFailing() > 0) {
            log.warn("Legacy CRM {}: {} inbox replies wait for the outbox, {} of them could not be enqueued before and "
                    + "are retried", status.name(), status.inboxBacklog(), status.inboxFailing());
        } else {
            log.info("Legacy CRM {}: inbox answered {} messages since start, {} replies being enqueued; the outbox "
                    + "writes them back (channel {})", status.name(), status.inboxAnswered(), status.inboxBacklog(),
                    InboxReplyDelivery.channel(status.name()));
        }
    }
}
