package dev.parley.assistant;

import dev.parley.api.Priority;
import dev.parley.api.handoff.Handoff;
import dev.parley.api.handoff.HandoffRequest;
import dev.parley.api.handoff.HandoffRouter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A router that sends complaints to "complaints", everything else to "support". */
final class FakeRouter implements HandoffRouter {

    final List<HandoffRequest> requests = new ArrayList<>();
    boolean withinBusinessHours = true;
    Instant expectedResponseBy;

    @Override
    public Handoff route(HandoffRequest request) {
        requests.add(request);
        String queue = "complaint".equals(request.intent()) ? "complaints" : "support";
        String reason = request.reason() == null ? request.trigger().name() : request.reason();
        return new Handoff(queue, request.trigger(), reason, Priority.NORMAL, null,
                withinBusinessHours ? null : expectedResponseBy, withinBusinessHours);
    }
}
