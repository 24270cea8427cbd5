package dev.parley.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Dictionary;
import java.util.Hashtable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class DashboardContextTest {

    private static final String HASH = "{sha-256}02849a34dffa0e93-1000-otnJOwOO+rHitAHiPRZ7kMGFyopUeZq1eTCZqmxR7Ps=";
    private static final String PLAIN = "DHHvsSWCuZUNdeu3Q9hu";

    private DashboardContext context;
    private HttpServletRequest request;
    private HttpServletResponse response;
    private final StringWriter body = new StringWriter();

    @BeforeEach
    void context() throws Exception {
        BundleContext bundleContext = mock(BundleContext.class);
        when(bundleContext.getBundle()).thenReturn(mock(Bundle.class));
        context = new DashboardContext(bundleContext);
        ConfigurationAdmin admin = mock(ConfigurationAdmin.class);
        Configuration configuration = mock(Configuration.class);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("username", "admin");
        properties.put("password", HASH);
        when(configuration.getProperties()).thenReturn(properties);
        when(admin.listConfigurations(anyString())).thenReturn(new Configuration[] { configuration });
        context.configurations = admin;
        request = mock(HttpServletRequest.class);
        response = mock(HttpServletResponse.class);
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        when(request.getRequestURI()).thenReturn("/parley/");
    }

    @Test
    void withoutCredentialsTheAnswerIs401WithAChallengeAndTheSecurityHeaders() throws Exception {
        assertThat(context.handleSecurity(request, response)).isFalse();

        verify(response).setStatus(401);
        verify(response).setHeader("WWW-Authenticate", "Basic realm=\"Parley dashboard\", charset=\"UTF-8\"");
        verify(response).setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
        verify(response).setHeader("X-Content-Type-Options", "nosniff");
        verify(response).setHeader("Cache-Control", "no-store");
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).startsWith("default-src 'self'");
    }

    @Test
    void aWrongPasswordIs401() throws Exception {
        when(request.getHeader("Authorization")).thenReturn(basic("admin", "admin"));
        assertThat(context.handleSecurity(request, response)).isFalse();
        verify(response).setStatus(401);
    }

    @Test
    void theConsolesCredentialsPassWithTheSecurityHeaders() throws Exception {
        when(request.getHeader("Authorization")).thenReturn(basic("admin", PLAIN));
        assertThat(context.handleSecurity(request, response)).isTrue();
        verify(response, never()).setStatus(401);
        verify(response).setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
        verify(response).setHeader("X-Frame-Options", "DENY");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
