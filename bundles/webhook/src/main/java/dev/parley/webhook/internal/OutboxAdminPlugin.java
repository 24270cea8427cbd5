package dev.parley.webhook.internal;

import java.io.IOException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The admin HTTP endpoint for the outbox and inbox, a Felix Web Console plugin so that it is behind
 * the console's authentication: {@code GET /system/console/parley-outbox.json} gives the figures and
 * the dead letters (without their content, which may hold customer text); {@code POST} with
 * {@code action=replay&id=outbox:12} or {@code action=replay-all} makes them pending again.
 */
@Component(service = Servlet.class, property = {
        "felix.webconsole.label=" + OutboxAdminPlugin.LABEL,
        "felix.webconsole.title=Parley outbox",
        "felix.webconsole.category=Parley" })
public final class OutboxAdminPlugin extends HttpServlet {

    static final String LABEL = "parley-outbox";
    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 500;

    private final transient DeadLetters deadLetters;

    @Activate
    public OutboxAdminPlugin(@Reference WebhookQueues queues) {
        this.deadLetters = new DeadLetters(queues);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject body = status();
        if (request.getRequestURI().endsWith(".json")) {
            write(response, 200, "application/json", body.toString());
            return;
        }
        // The console draws its frame around this fragment.
        StringBuilder html = new StringBuilder("<p>").append(escape(summary(body))).append("</p><table class='"
                + "tablesorter nicetable'><thead><tr><th>Id</th><th>Channel</th><th>Kind</th><th>Key</th>"
                + "<th>Attempts</th><th>Failed at</th><th>Reason</th></tr></thead><tbody>");
        for (var element : body.getAsJsonArray("deadLetters")) {
            JsonObject letter = element.getAsJsonObject();
            html.append("<tr>");
            for (String field : new String[] {"id", "channel", "kind", "key", "attempts", "failedAt", "reason"}) {
                html.append("<td>").append(letter.has(field) && !letter.get(field).isJsonNull()
                        ? escape(letter.get(field).getAsString()) : "").append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table><p>Replay: POST action=replay&amp;id=&lt;id&gt; or action=replay-all. "
                + "Shell: parley:outbox list | replay &lt;id&gt; | replay-all. JSON: parley-outbox.json.</p>");
        write(response, 200, "text/html", html.toString());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getParameter("action");
        JsonObject body = new JsonObject();
        try {
            if ("replay".equals(action)) {
                String id = request.getParameter("id");
                if (id == null || id.isBlank()) {
                    problem(response, 400, "id is missing", "send id=<outbox:id or inbox:id> with action=replay");
                    return;
                }
                if (!deadLetters.replay(id)) {
                    problem(response, 404, "no dead letter " + id, "list the dead letters with GET " + LABEL + ".json");
                    return;
                }
                body.addProperty("replayed", 1);
            } else if ("replay-all".equals(action)) {
                body.addProperty("replayed", deadLetters.replayAll());
            } else {
                problem(response, 400, "unknown action '" + action + "'", "send action=replay&id=<id> or "
                        + "action=replay-all");
                return;
            }
        } catch (IllegalArgumentException e) {
            problem(response, 400, "invalid id", e.getMessage());
            return;
        }
        write(response, 200, "application/json", body.toString());
    }

    private JsonObject status() {
        DeadLetters.Counts counts = deadLetters.counts();
        JsonObject body = new JsonObject();
        body.add("outbox", figures(counts.outbox()));
        body.add("inbox", figures(counts.inbox()));
        JsonArray letters = new JsonArray();
        for (DeadLetters.Letter letter : deadLetters.list(LIMIT)) {
            DurableQueue.DeadLetter row = letter.row();
            JsonObject json = new JsonObject();
            json.addProperty("id", letter.reference());
            json.addProperty("channel", row.topic());
            json.addProperty("kind", row.kind());
            json.addProperty("key", row.key());
            json.addProperty("attempts", row.attempts());
            json.addProperty("createdAt", String.valueOf(row.createdAt()));
            json.addProperty("failedAt", String.valueOf(row.failedAt()));
            json.addProperty("reason", row.lastError());
            letters.add(json);
        }
        body.add("deadLetters", letters);
        return body;
    }

    private static JsonObject figures(DurableQueue.Counts counts) {
        JsonObject json = new JsonObject();
        json.addProperty("pending", counts.pending());
        json.addProperty("done", counts.done());
        json.addProperty("dead", counts.dead());
        return json;
    }

    private static String summary(JsonObject body) {
        JsonObject outbox = body.getAsJsonObject("outbox");
        JsonObject inbox = body.getAsJsonObject("inbox");
        return "Outbox: " + outbox.get("pending") + " pending, " + outbox.get("done") + " delivered, "
                + outbox.get("dead") + " dead. Inbox: " + inbox.get("pending") + " pending, " + inbox.get("done")
                + " processed, " + inbox.get("dead") + " dead.";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("type", "about:blank");
        body.addProperty("title", title);
        body.addProperty("status", status);
        body.addProperty("detail", detail);
        write(response, status, "application/problem+json", body.toString());
    }

    private static void write(HttpServletResponse response, int status, String type, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}
