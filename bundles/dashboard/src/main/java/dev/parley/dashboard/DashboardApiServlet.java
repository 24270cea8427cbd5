package dev.parley.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.apache.felix.hc.api.HealthCheck;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import dev.parley.api.analytics.ServiceAnalytics;
import dev.parley.api.forecast.VolumeForecaster;
import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.SentimentAnalyzer;
import dev.parley.store.schema.StoreDatabase;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the dashboard's JSON at {@code /parley/api/*} (see {@link DashboardApi}) from whichever
 * of its services are running; each one may come and go.
 */
@Component(service = Servlet.class, configurationPid = DashboardApiServlet.PID, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/api/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=parley-dashboard-api",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT + "=" + DashboardContext.SELECT })
@Designate(ocd = DashboardApiServlet.Config.class)
public final class DashboardApiServlet extends HttpServlet implements DashboardServices {

    static final String PID = "dev.parley.dashboard";
    static final String SLA_CHECK_NAME = "Service SLA";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DashboardApiServlet.class);
    private static final Gson GSON = new GsonBuilder().serializeNulls().create();

    @ObjectClassDefinition(name = "Parley dashboard", description = "The business owner's dashboard at /parley/, "
            + "behind the web console's user and password.")
    public @interface Config {
        @AttributeDefinition(description = "An SLA target that holds is shown amber (at risk) when the measured value "
                + "is within this fraction of the target: 0.1 shows an average first response over 27 s of a 30 s "
                + "target as at risk. 0 turns amber off.")
        double slaWarningMargin() default 0.1;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile ServiceAnalytics analytics;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile StoreDatabase storeDatabase;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile IntentClassifier intentClassifier;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile SentimentAnalyzer sentimentAnalyzer;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            target = "(" + HealthCheck.NAME + "=" + SLA_CHECK_NAME + ")")
    private transient volatile HealthCheck slaCheck;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile VolumeForecaster forecaster;

    private final transient BundleContext bundleContext;
    private transient volatile DashboardApi api;

    @Activate
    public DashboardApiServlet(BundleContext bundleContext, Config config) {
        this.bundleContext = bundleContext;
        configure(config);
    }

    @Modified
    void configure(Config config) {
        double margin = config.slaWarningMargin();
        if (!(margin >= 0 && margin < 1)) {
            LOG.warn("{}: slaWarningMargin {} is not from 0 to below 1; 0.1 is used", PID, margin);
            margin = 0.1;
        }
        api = new DashboardApi(this, Clock.systemUTC(), margin);
        LOG.info("Dashboard at {}/ (web console login), SLA warning margin {}", DashboardContext.PATH, margin);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String resource = path.startsWith("/") ? path.substring(1) : path;
        JsonObject body;
        int status = HttpServletResponse.SC_OK;
        try {
            if (!"GET".equals(request.getMethod())) {
                response.setHeader("Allow", "GET");
                throw new ApiProblem(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method Not Allowed",
                        "the dashboard's resources are read with GET only", null);
            }
            body = api.handle(resource, request::getParameter);
        } catch (ApiProblem problem) {
            body = problem.toJson(request.getRequestURI());
            status = problem.status();
        }
        byte[] bytes = GSON.toJson(body).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType((status == HttpServletResponse.SC_OK ? "application/json" : "application/problem+json")
                + ";charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    @Override
    public ServiceAnalytics analytics() {
        return analytics;
    }

    @Override
    public StoreDatabase storeDatabase() {
        return storeDatabase;
    }

    @Override
    public IntentClassifier intentClassifier() {
        return intentClassifier;
    }

    @Override
    public SentimentAnalyzer sentimentAnalyzer() {
        return sentimentAnalyzer;
    }

    @Override
    public HealthCheck slaCheck() {
        return slaCheck;
    }

    @Override
    public VolumeForecaster forecaster() {
        return forecaster;
    }

    @Override
    public Bundle[] bundles() {
        return bundleContext.getBundles();
    }
}
