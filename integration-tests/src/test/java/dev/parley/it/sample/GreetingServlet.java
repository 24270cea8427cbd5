package dev.parley.it.sample;

import java.io.IOException;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A bundle as third parties write them, for the deploy and configuration tests: a configurable
 * Declarative Services component that serves {@code GET /it/greeting} and says which bundle
 * version answered. It is packaged into test bundles at test time, never into the container.
 */
@Component(service = Servlet.class, configurationPid = GreetingServlet.PID,
        property = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=" + GreetingServlet.PATH)
@Designate(ocd = GreetingServlet.Config.class)
public class GreetingServlet extends HttpServlet {

    public static final String PID = "dev.parley.it.greeting";
    public static final String PATH = "/it/greeting";
    private static final long serialVersionUID = 1L;

    @ObjectClassDefinition(name = "Greeting (integration tests)")
    public @interface Config {
        String greeting() default "hello";

        int repeat() default 1;
    }

    private transient volatile Config config;
    private transient BundleContext context;

    @Activate
    @Modified
    void configure(Config newConfig, BundleContext bundleContext) {
        this.config = newConfig;
        this.context = bundleContext;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Config current = config;
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print("greeting=" + String.join(" ", java.util.Collections.nCopies(current.repeat(), current.greeting()))
                + " version=" + context.getBundle().getVersion());
    }
}
