package dev.parley.ops.health;

import java.util.List;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.Result;

/** Turns the problems of one check into a health check result. */
final class ProblemResult {

    private ProblemResult() {
    }

    static Result of(List<Problem> problems, String allGood) {
        FormattingResultLog log = new FormattingResultLog();
        if (problems.isEmpty()) {
            log.info("{}", allGood);
        }
        for (Problem problem : problems) {
            if (problem.critical()) {
                log.critical("{}", problem.describe());
            } else {
                log.warn("{}", problem.describe());
            }
        }
        return new Result(log);
    }
}
