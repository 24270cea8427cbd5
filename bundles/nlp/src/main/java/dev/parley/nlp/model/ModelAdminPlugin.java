package dev.parley.nlp.model;

import java.io.IOException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The admin HTTP endpoint for models, a Felix Web Console plugin so that it is behind the
 * console's authentication: {@code GET /system/console/parley-models.json} lists the installed
 * versions as JSON ({@code /system/console/parley-models} as a page of the console); {@code POST} with {@code action=revert&model=intent/commerce-en} or
 * {@code action=activate&model=...&version=...} changes the active one. Bad requests get a 400
 * {@code application/problem+json} that says what to send.
 */
@Component(service = Servlet.class, property = {
        "felix.webconsole.label=" + ModelAdminPlugin.LABEL,
        "felix.webconsole.title=Parley models",
        "felix.webconsole.category=Parley" })
public final class ModelAdminPlugin extends HttpServlet {

    static final String LABEL = "parley-models";
    private static final long serialVersionUID = 1L;
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final transient ModelAdmin admin;

    @Activate
    public ModelAdminPlugin(@Reference ModelAdmin admin) {
        this.admin = admin;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getRequestURI().endsWith(".json")) {
            writeTable(response);
            return;
        }
        JsonArray models = new JsonArray();
        for (ModelAdmin.Entry entry : admin.list()) {
            JsonObject model = new JsonObject();
            model.addProperty("model", entry.id());
            model.addProperty("version", entry.version());
            model.addProperty("bundleId", entry.bundleId());
            model.addProperty("state", entry.state());
            model.addProperty("detail", entry.detail());
            models.add(model);
        }
        JsonObject body = new JsonObject();
        body.add("models", models);
        write(response, HttpServletResponse.SC_OK, "application/json", body);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getParameter("action");
        String model = request.getParameter("model");
        if (model == null || model.isBlank()) {
            problem(response, "model is missing", "send model=<kind/name>, e.g. model=intent/commerce-en");
            return;
        }
        try {
            String message;
            if ("revert".equals(action)) {
                message = admin.revert(model);
            } else if ("activate".equals(action)) {
                String version = request.getParameter("version");
                if (version == null || version.isBlank()) {
                    problem(response, "version is missing", "send version=<version> with action=activate");
                    return;
                }
                message = admin.activate(model, version);
            } else {
                problem(response, "unknown action '" + action + "'", "send action=revert or action=activate");
                return;
            }
            JsonObject body = new JsonObject();
            body.addProperty("message", message);
            write(response, HttpServletResponse.SC_OK, "application/json", body);
        } catch (IllegalArgumentException | IllegalStateException e) {
            problem(response, "cannot " + action + " " + model, e.getMessage());
        }
    }

    /** The console page: the console draws its frame around this table. */
    private void writeTable(HttpServletResponse response) throws IOException {
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        StringBuilder html = new StringBuilder("<table class='tablesorter nicetable'><thead><tr><th>Model</th>"
                + "<th>Version</th><th>Bundle</th><th>State</th><th>Detail</th></tr></thead><tbody>");
        for (ModelAdmin.Entry entry : admin.list()) {
            html.append("<tr><td>").append(escape(entry.id())).append("</td><td>").append(escape(entry.version()))
                    .append("</td><td>").append(entry.bundleId()).append("</td><td>").append(escape(entry.state()))
                    .append("</td><td>").append(escape(entry.detail())).append("</td></tr>");
        }
        html.append("</tbody></table><p>Shell: parley:model list | activate &lt;model&gt; &lt;version&gt; | revert "
                + "&lt;model&gt;. JSON: parley-models.json.</p>");
        response.getWriter().write(html.toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }

    private static void problem(HttpServletResponse response, String title, String detail) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("type", "about:blank");
        body.addProperty("title", title);
        body.addProperty("status", HttpServletResponse.SC_BAD_REQUEST);
        body.addProperty("detail", detail);
        write(response, HttpServletResponse.SC_BAD_REQUEST, "application/problem+json", body);
    }

    private static void write(HttpServletResponse response, int status, String type, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(GSON.toJson(body));
    }
}
