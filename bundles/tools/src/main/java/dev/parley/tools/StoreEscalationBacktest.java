package dev.parley.tools;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import dev.parley.api.risk.BacktestFigures;
import dev.parley.risk.ConversationHistory;
import dev.parley.risk.EscalationTrainer;
import dev.parley.risk.StoreHistory;

/**
 * {@code backtest-escalation --jdbc-url}: the escalation model on a real store's history, read as the
 * risk bundle reads it: it learns on the older 80 % of the conversations and is measured on the
 * newest 20 %, next to the assistant's single-message rule.
 */
final class StoreEscalationBacktest {

    static final String PASSWORD_VARIABLE = "PARLEY_DB_PASSWORD";

    private final Options options;

    StoreEscalationBacktest(Options options) {
        this.options = options;
    }

    String run() throws UsageException {
        String url = options.required("jdbc-url");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new UsageException("--jdbc-url must be a jdbc:h2: or jdbc:postgresql: URL of Parley's store");
        }
        int days = EscalationBacktestCommand.positive(options, "days", "365");
        String user = options.get("user", "");
        String password = options.get("password", System.getenv(PASSWORD_VARIABLE) == null ? ""
                : System.getenv(PASSWORD_VARIABLE));
        Instant now = Instant.now();
        List<ConversationHistory> history;
        try (Connection probe = DriverManager.getConnection(url, user, password)) {
            history = new StoreHistory(new SingleConnection(probe)).conversations(now.minus(Duration.ofDays(days)),
                    now);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the store at " + url + ": " + e.getMessage(), e);
        }
        int split = (int) Math.round(history.size() * 0.8);
        EscalationTrainer trainer = new EscalationTrainer(0.01, 10, 0.2, 0.5, EscalationBacktestCommand.RULE_THRESHOLD);
        BacktestFigures figures = trainer.backtest(history.subList(0, split), history.subList(split, history.size()));
        if (figures == null) {
            throw new IllegalStateException(history.size() + " conversations of the last " + days + " days hold too few"
                    + " handoffs to learn and measure a model (10 cases before a handoff and 10 others in the older"
                    + " 80 %, at least one of each in the newest 20 %)");
        }
        JsonObject json = new JsonObject();
        json.addProperty("history", "store " + url.replaceAll("password=[^;&]*", "password=***"));
        json.addProperty("conversations", history.size());
        json.addProperty("handedOffShare", Figures.round(history.stream().filter(ConversationHistory::handedOff)
                .count() / (double) Math.max(1, history.size())));
        json.addProperty("trainConversations", split);
        json.addProperty("testConversations", history.size() - split);
        json.addProperty("testCases", figures.examples());
        json.addProperty("testCasesBeforeAHandoff", figures.positives());
        json.add("model", Figures.model(figures));
        json.add("baseline", Figures.baseline(figures));
        return new GsonBuilder().setPrettyPrinting().create().toJson(json);
    }

    /** The one connection of this command as a {@link DataSource} that never closes it. */
    private record SingleConnection(Connection connection) implements DataSource {

        @Override
        public Connection getConnection() {
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] { Connection.class }, (proxy, method, args) -> method.getName().equals("close")
                            ? null : invoke(method, args));
        }

        private Object invoke(java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(connection, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // no log
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // the connection is open already
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
