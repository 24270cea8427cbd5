package dev.parley.dashboard;

import java.io.IOException;

import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The servlet context of everything under {@value #PATH}: only the web console's user gets in
 * (HTTP Basic), and every answer carries the security headers, the login challenge included.
 */
@Component(service = ServletContextHelper.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + DashboardContext.NAME,
        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_PATH + "=" + DashboardContext.PATH })
public final class DashboardContext extends ServletContextHelper {

    static final String NAME = "parley-dashboard";
    static final String PATH = "/parley";
    /** The filter by which the dashboard's servlets select this context. */
    static final String SELECT = "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + NAME + ")";

    private static final Logger LOG = LoggerFactory.getLogger(DashboardContext.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ConfigurationAdmin configurations;

    private final BundleContext bundleContext;
    private volatile boolean warnedNoPassword;

    @Activate
    public DashboardContext(BundleContext bundleContext) {
        super(bundleContext.getBundle());
        this.bundleContext = bundleContext;
    }

    @Override
    public boolean handleSecurity(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeaders.apply(response);
        ConsoleLogin.Outcome outcome = new ConsoleLogin(configurations, bundleContext::getProperty)
                .check(request.getHeader("Authorization"));
        if (outcome == ConsoleLogin.Outcome.ACCEPTED) {
            request.setAttribute(REMOTE_USER, "console");
            request.setAttribute(AUTHENTICATION_TYPE, HttpServletRequest.BASIC_AUTH);
            return true;
        }
        if (outcome == ConsoleLogin.Outcome.NO_PASSWORD_SET && !warnedNoPassword) {
            warnedNoPassword = true;
            LOG.warn("The dashboard at {}/ refuses every login while the web console has its well-known default "
                    + "password: set password=<secret> in etc/{}.cfg", PATH, ConsoleLogin.CONSOLE_PID);
        } else if (outcome == ConsoleLogin.Outcome.REJECTED) {
            LOG.debug("Dashboard login refused for a request to {}", request.getRequestURI());
        }
        response.setHeader("WWW-Authenticate", ConsoleLogin.challenge());
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=UTF-8");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.getWriter().write("Log in with the web console's user and password.\n");
        return false;
    }
}
