package dev.parley.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the page and its files from this bundle: a fixed list, each with its own media type, so
 * nothing else of the bundle can be read through it and no browser has to guess a type.
 */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=parley-dashboard-page",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT + "=" + DashboardContext.SELECT })
public final class DashboardPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String FOLDER = "dashboard/";

    /** Path under /parley to the resource and its media type. */
    static final Map<String, Asset> ASSETS = Map.of(
            "/", new Asset("index.html", "text/html;charset=UTF-8"),
            "/dashboard.css", new Asset("dashboard.css", "text/css;charset=UTF-8"),
            "/dashboard.js", new Asset("dashboard.js", "text/javascript;charset=UTF-8"),
            "/charts.js", new Asset("charts.js", "text/javascript;charset=UTF-8"),
            "/favicon.svg", new Asset("favicon.svg", "image/svg+xml"));

    record Asset(String resource, String contentType) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = pathOf(request);
        if (path.isEmpty()) {
            // /parley without the slash: the page's relative links need the folder form
            response.setHeader("Location", request.getContextPath() + "/");
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            return;
        }
        Asset asset = ASSETS.get(path.equals("/index.html") ? "/" : path);
        byte[] content = asset == null ? null : read(asset.resource());
        if (content == null) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // revalidated each time, so a bundle update shows at the next load
        response.setHeader("Cache-Control", "no-cache");
        response.setContentType(asset.contentType());
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    private static String pathOf(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return servletPath + pathInfo;
    }

    private static byte[] read(String resource) {
        try (InputStream in = DashboardPageServlet.class.getClassLoader().getResourceAsStream(FOLDER + resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
