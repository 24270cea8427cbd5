package dev.parley.adapter.jdbc;

/**
 * Where one adapter instance stands, for its health check: its configuration rejected, waiting
 * for a driver, or connected; and how its inbox fares.
 */
final class AdapterStatus {

    private final String name;
    private volatile String problem;
    private volatile String waiting = "starting";
    private volatile LegacyDatabase database;
    private volatile String inboxProblem;
    private volatile long inboxBacklog;
    private volatile long inboxFailing;
    private volatile long inboxAnswered;

    AdapterStatus(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void rejected(String problem) {
        this.problem = problem;
    }

    void waiting(String reason) {
        this.waiting = reason;
    }

    void connected(LegacyDatabase database) {
        this.database = database;
        this.waiting = null;
    }

    /** The configuration's problem, or {@code null}. */
    String problem() {
        return problem;
    }

    /** What the adapter waits for before it can serve, or {@code null}. */
    String waitingReason() {
        return problem == null ? waiting : null;
    }

    LegacyDatabase database() {
        return database;
    }

    /** Records a poll that went through: no problem now, and the replies still to write back. */
    void inboxPolled(int answered, long[] backlog) {
        inboxProblem = null;
        inboxAnswered += answered;
        inboxBacklog = backlog[0];
        inboxFailing = backlog[1];
    }

    /**
     * Records why the inbox could not poll.
     *
     * @return whether the reason is new, so it is logged once and not at every poll
     */
    boolean inboxProblem(String reason) {
        boolean changed = !reason.equals(inboxProblem);
        inboxProblem = reason;
        return changed;
    }

    String inboxProblem() {
        return inboxProblem;
    }

    long inboxBacklog() {
        return inboxBacklog;
    }

    long inboxFailing() {
        return inboxFailing;
    }

    long inboxAnswered() {
        return inboxAnswered;
    }
}
